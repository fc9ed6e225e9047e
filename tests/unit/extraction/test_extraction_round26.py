"""Session 33 (round 26): more rules from the retired eighteenth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_they_are_the_people_quoted_before_not_the_one_person_quoted_since():
    source = (
        "Danish geologists said on Monday they had found a 2-billion-year-old rock. "
        '"It is the oldest rock," Pieter de Vries of the Geological Museum told reporters. '
        "They said the rock was found 40 metres below the ice."
    )
    assert claim_with(source, "40 metres below").speaker == "Danish geologists"


def test_a_crowd_that_yells_an_answer_speaks_it():
    source = (
        "The senator asked the crowd how much the average donor gave. "
        "\u201cTwelve dollars!\u201d supporters shouted."
    )
    assert speakers(source)[-1] == "supporters"


def test_dismissing_an_offer_as_something_is_a_verdict_stated():
    source = "The union has dismissed the offer as a stunt to delay the pay talks until 2026."
    assert speakers(source) == ["union"]


def test_dismissing_a_case_is_still_an_act():
    assert speakers("The judge dismissed the case against the two officers on Friday.") == [None]
