"""Session 35 (round 37): rules from the retired twenty-eighth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claims_of, speakers


def test_they_after_in_which_is_the_clauses_subject_not_the_preposition():
    source = (
        "Police spokesman Ali Noor said two officers were hurt. The rebel front claimed the "
        "ambush in a short statement, in which they said they had captured 12 rifles."
    )
    assert speakers(source)[-1] == "rebel front"


def test_a_politician_with_a_party_and_a_field_before_the_name_is_the_name():
    source = "\u201cThe reform is a mess,\u201d said SPD finance politician Lena Vogt."
    assert speakers(source) == ["Lena Vogt"]


def test_a_dash_before_the_attribution_is_no_part_of_the_name():
    source = (
        "\u201cThe ministry ignored every warning it was given,\u201d \u2013 Green Party MP "
        "Jonas Weber said."
    )
    assert speakers(source) == ["Jonas Weber"]


@pytest.mark.parametrize(
    "source",
    [
        "\u201cThe rules are badly drafted,\u201d the senator said.",
        "\u201cThe rise is not as bad as it looks,\u201d the economist added.",
        "\u201cI\u2019m surprised how quickly the team adapted,\u201d the coach said.",
    ],
)
def test_appraisals_of_drafting_and_degree_are_opinions(source):
    claim = claims_of(source)[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "opinion")
