"""Session 35 (round 39): rules from the retired thirtieth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claims_of, speakers


def test_a_recent_report_by_a_body_that_suggests_is_the_bodys():
    source = (
        "Attacks rose in the east this year, though a recent report by the Regional Security "
        "Council suggests that the militia has about 4,000 fighters."
    )
    assert speakers(source)[-1] == "Regional Security Council"


@pytest.mark.parametrize(
    "source",
    [
        "The governor expressed deep sorrow over the loss of life in the floods.",
        "The president paid tribute to the firefighters who died on Sunday.",
    ],
)
def test_sorrow_and_tributes_are_boilerplate(source):
    claim = claims_of(source)[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "boilerplate")


def test_paying_money_to_families_stays_a_fact():
    source = "The insurer paid $2 million to the families of the victims in March."
    assert claims_of(source)[0][1].checkable
