"""Session 34 (round 31): rules from the retired twenty-third fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_a_count_from_an_agency_cited_is_the_agencys():
    source = (
        "The outbreak has sickened 41 people in four states according to the latest tally "
        "from the World Health Organization."
    )
    assert speakers(source) == ["World Health Organization"]


def test_claiming_that_after_a_spokesman_called_is_his_claim():
    source = (
        "Rebel spokesman Idris Musa also telephoned AFP, claiming that his fighters had "
        "downed a helicopter."
    )
    assert speakers(source) == ["Idris Musa"]


def test_an_outlet_unable_to_verify_figures_is_boilerplate():
    claim = claim_with(
        "The agency has been unable to independently verify the casualty figures.", "verify"
    )
    assert claim.checkable_reason == "boilerplate"


def test_groups_named_in_an_appositive_are_the_speakers():
    source = (
        "Both armed groups, the Karen National Union and the Arakan Army, claimed the attack "
        "on the border post."
    )
    assert speakers(source) == ["Karen National Union"]
