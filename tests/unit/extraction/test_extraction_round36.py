"""Session 35 (round 36): rules from the retired twenty-seventh fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claims_of, speakers


def test_initials_written_together_stay_in_the_company_name():
    source = (
        "Retail shares fell. J.P. Lomax Co Inc cut its sales forecast on Monday. The "
        "Ohio-based company said sales fell 4.1 percent."
    )
    assert speakers(source)[-1] == "J.P. Lomax Co Inc"


def test_a_hyphenated_title_is_no_part_of_the_name():
    source = "UN Secretary-General Amina Diallo added that 40 countries had signed the pact."
    assert speakers(source) == ["Amina Diallo"]


def test_he_goes_back_to_the_person_a_role_named_as_subject():
    source = (
        "Judge Tom Hale sentenced former Mayor Carl Ruiz to six years. "
        "His wife, Ana Ruiz, said Hale\u2019s ruling was cruel. "
        "Asking for a shorter term, the former mayor apologized to the city. "
        "\u201cI made mistakes. I am sorry for them,\u201d he said from the dock."
    )
    assert speakers(source)[-1] == "Carl Ruiz"


@pytest.mark.parametrize(
    "source",
    [
        "\u201cI\u2019m dumbfounded by the ruling,\u201d she said.",
        '"It was hard," he said after the race.',
        "\u201cAs I said then, the fault lies with the board.\u201d",
    ],
)
def test_a_speakers_feelings_and_blame_are_opinions(source):
    claim = claims_of(source)[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "opinion")


def test_it_was_hard_to_reach_stays_a_fact():
    source = "It was hard to reach the village after the bridge collapsed on Monday."
    assert claims_of(source)[0][1].checkable
