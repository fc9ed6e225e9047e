"""A passage's wording as a sentence: what a split part or a merged claim reads like."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from webapp.extraction.wording import sentence_wording


@pytest.mark.parametrize(
    ("passages", "expected"),
    [
        # two claims merged: each keeps its end punctuation, one space between
        (
            (
                "Russia also has maintained warm ties with Israel",
                "Russia also demonstrated a readiness to take its security interests into account.",
            ),
            "Russia also has maintained warm ties with Israel. Russia also demonstrated a "
            "readiness to take its security interests into account.",
        ),
        (
            ("Inflation eased to 2.4% in March.", "  the central bank held rates at 5.25%,"),
            "Inflation eased to 2.4% in March. The central bank held rates at 5.25%.",
        ),
        (
            ("Did the minister resign?", "He did not, his office said"),
            "Did the minister resign? He did not, his office said.",
        ),
        # the first part of a split: no trailing comma, the bracket it holds stays closed
        (
            ("Romania recorded the most cases (about 30,000),",),
            "Romania recorded the most cases (about 30,000).",
        ),
        # the second part: a capital letter
        (("followed by Kazakhstan with 13,000.",), "Followed by Kazakhstan with 13,000."),
        # a cut inside brackets: the part closes what it opened…
        (
            ("within 25 kilometers (15 miles of the zone",),
            "Within 25 kilometers (15 miles of the zone).",
        ),
        # …and the other part drops the closing mark it has no opening for
        (("15 miles) of the zone.",), "15 miles of the zone."),
        # a bracket opened at the very end is dropped, not closed around nothing
        (("The army fired a Patriot missile (",), "The army fired a Patriot missile."),
        # the full stop goes after a closing bracket, even one that closes around a quotation
        (
            ("payments to the U.S. Postal Service (“USPS”)",),
            "Payments to the U.S. Postal Service (“USPS”).",
        ),
        (("“He won the vote (narrowly)”",), "“He won the vote (narrowly).”"),
        # a quotation cut in two: the full stop goes inside the closing mark
        (
            ("“We will continue to act decisively against any spillover,",),
            "“We will continue to act decisively against any spillover.”",
        ),
        (
            ("and any infiltration of Israeli territory or airspace,” Netanyahu said.",),
            "And any infiltration of Israeli territory or airspace, Netanyahu said.",
        ),
        (
            ('The mayor called the plan "a costly mistake',),
            'The mayor called the plan "a costly mistake."',
        ),
        (
            ('costly mistake," the mayor said on Monday',),
            "Costly mistake, the mayor said on Monday.",
        ),
        (('"We will win," he said;',), '"We will win," he said.'),
        # a passage that opens on a dash or semicolon of the sentence it was cut from
        (
            ("— an issue that is expected to top the agenda of the summit",),
            "An issue that is expected to top the agenda of the summit.",
        ),
        (("; the S&P 500 lost 0.3%",), "The S&P 500 lost 0.3%."),
        (("Stocks fell after the report —",), "Stocks fell after the report."),
        # whitespace folded, no space before a comma or full stop
        (
            ("Unemployment\n  fell to 3.9% in April ,  the   ministry said .",),
            "Unemployment fell to 3.9% in April, the ministry said.",
        ),
        # what is already a sentence stays as it is
        (("U.S. officials met in Helsinki.",), "U.S. officials met in Helsinki."),
        (("She said: ‘Not yet.’",), "She said: ‘Not yet.’"),
        (("Prices rose 5%!",), "Prices rose 5%!"),
        (("The talks, he said, went well…",), "The talks, he said, went well…"),
        # a brand that starts small keeps its case; a possessive is not a quote
        (("iPhone sales rose 4% in the quarter",), "iPhone sales rose 4% in the quarter."),
        (("the fund is run by the Smiths’",), "The fund is run by the Smiths’."),
        (("42 people queued for bread",), "42 people queued for bread."),
        # nothing readable: nothing
        ((" , ",), ""),
        (("Exports fell 2%.", " — "), "Exports fell 2%."),
    ],
)
def test_passages_read_as_sentences(passages, expected):
    assert sentence_wording(*passages) == expected


NEWS_WORDS = st.sampled_from(
    [
        "Officials",
        "said",
        "unemployment",
        "fell",
        "to",
        "3.9%",
        "(about",
        "30,000),",
        "“we",
        "will",
        "win,”",
        '"a',
        'mistake,"',
        "[sic]",
        "—",
        ";",
        "followed",
        "by",
        "Kazakhstan",
        "with",
        "13,000.",
        "Israel",
        "and",
        "Putin’s",
    ]
)


@given(st.lists(NEWS_WORDS, min_size=1, max_size=14).map(" ".join))
def test_any_cut_of_news_text_reads_as_one_tidy_sentence(passage):
    wording = sentence_wording(passage)
    assert wording == sentence_wording(passage)  # deterministic
    assert sentence_wording(wording) == wording  # already tidy: nothing more to do
    if not any(character.isalnum() for character in passage):
        assert wording == ""
        return
    assert "  " not in wording and wording == wording.strip()
    assert wording.rstrip('”")]').endswith((".", "!", "?", "…"))
    assert not wording.rstrip('.”")]').endswith((",", ";", ":", "—", "(", "“"))
    first_letter = next(character for character in wording if character.isalnum())
    assert not first_letter.islower(), wording
    for opening, closing in (("(", ")"), ("[", "]"), ("“", "”")):
        depth = 0
        for character in wording:
            depth += (character == opening) - (character == closing)
            assert depth >= 0, wording
        assert depth == 0, wording
    assert wording.count('"') % 2 == 0, wording


@given(st.text(alphabet='ab Z1.,;:—–-()[]“”"’‘!?…\n'))
def test_any_punctuation_at_all_gives_a_stable_balanced_sentence(passage):
    wording = sentence_wording(passage)
    assert sentence_wording(wording) == wording
    if wording:
        assert "  " not in wording and wording == wording.strip()
        assert wording.rstrip('”")]’').endswith((".", "!", "?", "…")), wording
        # (a closing mark inside a word, "Hernandez”s", is copy's apostrophe, kept as such)
        marks = re.sub(r"(?<=\w\w)”(?=[a-z])", "", wording)
        for opening, closing in (("(", ")"), ("[", "]"), ("“", "”")):
            assert marks.count(opening) == marks.count(closing), wording
        assert wording.count('"') % 2 == 0, wording
