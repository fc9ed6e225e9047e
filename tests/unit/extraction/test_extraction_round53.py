"""Session 37 (round 53): rules from the retired forty-fourth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers, wordings


def test_a_dateline_with_a_colon_is_no_transcript_speaker():
    source = (
        "NEW DELHI: The opposition will boycott the budget session, says Rahul Verma.\n\n"
        "The party has 52 seats in the lower house.\n\n"
        "The budget will be presented on February 1."
    )
    assert speakers(source) == ["Rahul Verma", None, None]


def test_a_transcript_still_names_each_speaker():
    source = (
        "JOHN SMITH: We cut the deficit by 4 percent last year.\n"
        "MARY JONES: The deficit rose in each of the last two years."
    )
    assert speakers(source) == ["John Smith", "Mary Jones"]


def test_a_sentence_that_introduces_a_statement_ends_before_its_colon():
    source = (
        "The governor's office issued a statement on Friday evening:\n\n"
        "“No one in this administration is above the law.”"
    )
    claim = claim_with(source, "issued a statement")
    assert source[claim.start : claim.end].endswith("Friday evening")
    assert claim.text == "The governor's office issued a statement on Friday evening."


def test_and_say_opens_what_the_subject_said():
    source = (
        "Nurses have reported a sharp rise in admissions across the county, and say it matches "
        "a pattern seen across the region."
    )
    assert passages(source) == [
        "Nurses have reported a sharp rise in admissions across the county",
        "say it matches a pattern seen across the region.",
    ]
    assert wordings(source)[1] == "Nurses say it matches a pattern seen across the region."


def test_a_public_appeal_for_help_is_an_exhortation():
    source = '"We still need your help to stop the spread of the virus," said the health officer.'
    assert claim_with(source, "need your help").checkable_reason == "exhortation"


def test_an_epithet_that_also_speaks_is_the_person_just_quoted():
    source = (
        "The opposition will not take part in the vote, says Datuk Amir Rahman. "
        "The Seremban MP also claimed that the agreement was void. "
        "Barisan's chief whip also said 12 members had been forced to sign."
    )
    assert speakers(source) == ["Datuk Amir Rahman"] * 3
