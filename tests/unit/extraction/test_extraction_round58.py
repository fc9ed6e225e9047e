"""Session 38 (rounds 58 and 59): general rules from the tuning texts' missed boundaries
(hand-marked claims that one extracted claim held together), each tested on sentences of our
own."""

from tests.unit.extraction.helpers import spoken
from webapp.extraction import extract_claims


def wordings(source: str) -> list[str]:
    return [claim.text for claim in extract_claims(source)]


def test_a_new_subject_after_and_splits_where_a_second_count_was_refused():
    # "and her coach climbed …" first looks like a second count ("… and 20 climbed …"); no
    # count follows, but it is still a new subject with its own verb
    assert wordings(
        "Her left ankle swelled badly and her coach climbed down from the stand to help."
    ) == ["Her left ankle swelled badly.", "Her coach climbed down from the stand to help."]


def test_what_the_subject_told_after_a_second_act_is_a_claim_of_its_own():
    assert spoken(
        "The mayor visited the shelter and told the crowd the city would open two more."
    ) == [
        ("The mayor visited the shelter", None),
        ("told the crowd the city would open two more.", "mayor"),
    ]


def test_an_irregular_past_after_but_is_a_second_predicate():
    assert wordings("The inspectors checked 40 plants, but found no leaks in any of them.") == [
        "The inspectors checked 40 plants.",
        "The inspectors found no leaks in any of them.",
    ]


def test_a_time_put_before_the_subject_is_not_borrowed_by_the_second_predicate():
    assert wordings("In March, the index expanded by 0.5%, but shrank by 0.2% in April.") == [
        "In March, the index expanded by 0.5%.",
        "The index shrank by 0.2% in April.",
    ]


def test_but_and_a_count_with_its_own_verb_splits_without_a_comma():
    assert wordings("Twelve members voted for the motion but 30 members were absent.") == [
        "Twelve members voted for the motion.",
        "30 members were absent.",
    ]


def test_but_and_a_modal_verb_is_a_second_predicate_of_the_subject():
    assert wordings(
        "The fungus is common and usually harmless but can kill patients with weak immune systems."
    ) == [
        "The fungus is common and usually harmless.",
        "The fungus can kill patients with weak immune systems.",
    ]


def test_a_refused_break_that_no_later_kind_takes_keeps_the_sentence_whole():
    # "pleaded guilty and were sentenced" is one event of a case, whatever kind is tried
    source = "The brothers pleaded guilty at the hearing in March and were sentenced in June."
    assert wordings(source) == [source]


def test_a_new_clause_inside_a_quotation_that_opens_the_sentence_splits():
    assert spoken(
        '"The factory lost five days of output, and we lost two big customers," Maria Lopez '
        "said in a telephone interview."
    ) == [
        ("The factory lost five days of output", "Maria Lopez"),
        ('we lost two big customers," Maria Lopez said in a telephone interview.', "Maria Lopez"),
    ]


def test_a_quotation_that_opens_after_the_speaker_stays_whole():
    # each part would read with a mark that is not its passage's
    source = (
        "She added: “We have cut waiting lists by a third, and the board said they would fall "
        "again in May.”"
    )
    assert len(extract_claims(source)) == 1


def test_a_quotation_with_an_editors_gap_stays_whole():
    source = (
        "“The council approved the budget […] the works will start in March, but the roads "
        "stay open,” said the mayor."
    )
    assert len(extract_claims(source)) == 1
