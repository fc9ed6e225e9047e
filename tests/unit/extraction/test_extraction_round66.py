"""Session 40 (round 66): general rules from the tuning texts' errors, the fifty-fifth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, spoken, wordings


def test_a_short_clause_the_speaker_went_on_to_say_is_kept_as_a_claim():
    # (the part had been split off and then dropped as too short: its words were in no claim)
    assert spoken(
        "The army said six men were killed, adding that investigations were underway."
    ) == [
        ("The army said six men were killed", "army"),
        ("investigations were underway.", "army"),
    ]


def test_a_change_given_as_a_percentage_after_a_comma_is_a_second_fact():
    assert wordings(
        "Diesel reached $4.10 a gallon on Monday, a 22 percent increase from a year ago."
    ) == [
        "Diesel reached $4.10 a gallon on Monday.",
        "Diesel reached $4.10 a gallon on Monday, a 22 percent increase from a year ago.",
    ]


def test_a_fine_after_a_prison_term_reads_after_the_same_verb():
    assert wordings("He faces up to five years in prison and a $100,000 fine.") == [
        "He faces up to five years in prison.",
        "He faces a $100,000 fine.",
    ]
    assert wordings("She faces a maximum sentence of 10 years and a maximum fine of $250,000.") == [
        "She faces a maximum sentence of 10 years.",
        "She faces a maximum fine of $250,000.",
    ]


def test_a_fine_followed_by_another_clause_leaves_that_clause_its_own_claim():
    assert wordings(
        "He faced up to 10 years in prison and a $250,000 fine, but prosecutors asked for less."
    ) == [
        "He faced up to 10 years in prison and a $250,000 fine.",
        "Prosecutors asked for less.",
    ]


def test_a_statement_introduced_by_its_issuer_is_the_issuers_quotation():
    assert speakers(
        'Ms. Lee pleaded guilty on Monday. Afterward, she issued this statement, "I accept the '
        "court's decision. I have repaid the money to the city.\""
    ) == [None, "Lee", "Lee"]


def test_a_report_released_by_a_body_and_what_the_report_says_are_the_bodys():
    assert speakers(
        "Reflecting weaker exports, the Commerce Department released a report on Wednesday "
        "showing the trade deficit widened in January. The report said the deficit widened to "
        "$56.6 billion."
    ) == ["Commerce Department", "Commerce Department"]


def test_a_rank_after_a_dash_with_again_is_a_second_fact():
    assert wordings(
        "The share of patients seen within two weeks dropped to 72% – again the lowest level on "
        "record."
    ) == [
        "The share of patients seen within two weeks dropped to 72%.",
        "The share of patients seen within two weeks dropped to 72% – again the lowest level on "
        "record.",
    ]


def test_a_record_low_after_a_comma_is_a_second_fact():
    assert wordings(
        "Figures show 69% of patients were seen within four hours last month, a record low for "
        "the service."
    ) == [
        "Figures show 69% of patients were seen within four hours last month.",
        "Figures show 69% of patients were seen within four hours last month, a record low for "
        "the service.",
    ]
