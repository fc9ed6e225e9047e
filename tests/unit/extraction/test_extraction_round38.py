"""Session 35 (round 38): rules from the retired twenty-ninth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claims_of, speakers


def test_no_group_claiming_responsibility_names_no_speaker():
    source = "Five soldiers died in the blast. No group has claimed responsibility for the attack."
    assert speakers(source) == [None, None]


def test_an_adverb_of_time_before_he_is_no_part_of_the_speaker():
    source = (
        "Senator Mark Lowe spoke for an hour in Dayton. Then he noted that 40 plants had closed "
        "in the state since 2010."
    )
    assert speakers(source)[-1] == "Mark Lowe"


def test_declaring_an_emergency_is_an_act_not_a_statement():
    source = "The agency declared measles a national health emergency in March."
    claim = claims_of(source)[0][1]
    assert (claim.speaker, claim.attribution) == (None, "reporter")


def test_declaring_a_fact_stays_a_statement():
    source = '"We have won," the mayor declared after the count.'
    assert speakers(source) == ["mayor"]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("The minister extended condolences to the families of the dead.", "boilerplate"),
        ("\u201cWe are looking at unacceptably high death rates,\u201d she said.", "opinion"),
        ("\u201cThe whole town is proud of its firefighters,\u201d the mayor said.", "opinion"),
    ],
)
def test_condolences_and_appraisals_are_not_checkable(source, reason):
    claim = claims_of(source)[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, reason)
