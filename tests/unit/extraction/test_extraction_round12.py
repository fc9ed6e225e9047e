"""Session 28 (round 12): rules from the retired sixth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import extract_claims


def test_a_single_name_after_says_at_the_end_of_a_list_is_the_speaker():
    names = speakers(
        "Species in decline include lapwings, curlews, skylarks and yellowhammers, says Hughes."
    )
    assert names == ["Hughes"]


def test_a_name_before_a_role_left_without_its_closing_comma_is_the_speaker():
    names = speakers(
        "Ann Lee, senior economist at the IFS said: “Borrowing will top £150 billion.” "
        "Tom Hart, chief economist at the CBI said: “Growth will return next year.”"
    )
    assert names == ["Ann Lee", "Tom Hart"]


def test_a_research_body_named_with_and_keeps_its_whole_name_after_according_to():
    (claim,) = extract_claims(
        "According to the Institute for Fiscal and Social Studies (IFSS), borrowing rose 4 percent."
    )
    assert claim.speaker == "Institute for Fiscal and Social Studies"


def test_he_after_an_unnamed_lawyer_quoted_just_before_is_that_lawyer():
    names = speakers(
        "U.S. Attorney John Kerr said the sentence was fair. In court, a defense attorney said "
        "Ruiz had cooperated. He said Ruiz never meant to harm anyone."
    )
    assert names[-1] == "defense attorney"


def test_a_stock_expression_of_regret_is_boilerplate():
    (claim,) = extract_claims('"We regret the loss of civilian lives," the army said.')
    assert claim.checkable_reason == "boilerplate"


def test_high_time_is_an_exhortation():
    (claim,) = extract_claims('"It is high time the council published the accounts," he said.')
    assert claim.checkable_reason == "exhortation"


def test_what_someone_was_told_would_happen_is_checkable():
    (claim,) = extract_claims(
        "Investigators said the buyer was told the rifles would be shipped to Libya."
    )
    assert claim.checkable


def test_the_years_a_convict_will_spend_in_prison_are_checkable():
    (claim,) = extract_claims("Diaz will now spend 12 years behind bars, the judge said.")
    assert claim.checkable


def test_an_unnamed_attorney_is_not_the_attorney_named_before():
    names = speakers(
        "U.S. Attorney John Kerr said the plea was fair. A defense attorney said the deal was "
        "signed on Monday."
    )
    assert names == ["John Kerr", "defense attorney"]
