"""Session 41 (round 81): general rules from the tuning texts' errors, the seventieth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_the_one_quoted_by_a_site_is_the_speaker_not_the_site():
    source = (
        "“This changes the market,” Lena Ortiz, the firm’s chief engineer, was quoted by "
        "TechWire as saying."
    )
    assert speakers(source) == ["Lena Ortiz"]


def test_the_bank_is_the_bank_named_before():
    source = (
        "The Bank of Canada raised its key rate to 2%. The bank said that further increases "
        "were possible."
    )
    assert speakers(source)[-1] == "Bank of Canada"


def test_an_age_epithet_is_the_person_named_with_that_age():
    source = (
        "Police arrested Jaime Rios, 64, and Tom Hale, 41, on Monday. The 64-year-old told "
        "detectives he handled the payments."
    )
    assert speakers(source)[-1] == "Jaime Rios"


def test_a_nationality_epithet_is_the_person_named_with_that_nationality():
    source = (
        "Australian golfer Marc Leishman, 34, shot a 61 on Friday. The Australian said he never "
        "thought about a 59."
    )
    assert speakers(source)[-1] == "Marc Leishman"


def test_adding_one_more_birdie_is_no_speech():
    source = (
        "Leishman opened with an eagle at the fifth. He made birdies at the sixth and seventh. "
        "He added one more birdie at the 17th to finish a stroke shy of the record."
    )
    assert speakers(source)[-1] is None
