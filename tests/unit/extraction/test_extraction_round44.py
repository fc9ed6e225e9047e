"""Session 36 (round 44): rules from the retired thirty-fifth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claims_of, speakers, wordings


def test_the_part_that_closes_a_quotation_opens_it_again():
    source = (
        "The agency said 23 deaths were reported.\n"
        "\u201cThese make up 0.1 percent of all doses. Of the 23, nine people died in hospitals "
        "while 14 deaths were recorded at home,\u201d it added."
    )
    assert wordings(source)[-1] == "\u201c14 deaths were recorded at home,\u201d it added."


def test_data_shared_by_a_body_is_the_bodys():
    source = (
        "The Health Ministry opened 40 new clinics. According to data shared by the ministry, "
        "1.2 million people have been vaccinated so far."
    )
    assert speakers(source)[-1] == "Health Ministry"


def test_clarified_that_reports_what_was_said():
    source = "The ministry clarified that the two deaths were not linked to the vaccine."
    assert speakers(source) == ["ministry"]


def test_said_little_is_the_reporters_account():
    source = "At the rally, the senator said little to suggest she would back the bill."
    assert speakers(source) == [None]


def test_said_nothing_had_changed_is_still_speech():
    source = "The minister said nothing had changed since the May budget."
    assert speakers(source) == ["minister"]


def test_boilerplate_with_a_curly_apostrophe():
    claim = claims_of(
        "A spokesman for the mayor didn\u2019t immediately respond to a request for comment."
    )[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "boilerplate")


def test_an_exhortation_with_a_curly_apostrophe():
    claim = claims_of("\u201cIn Ohio, let\u2019s finish the job,\u201d she told the crowd.")[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "exhortation")
