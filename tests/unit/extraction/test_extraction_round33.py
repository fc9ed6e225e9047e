"""Session 35 (round 33): rules from the retired twenty-fifth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, passages, speakers


def test_a_closing_which_clause_after_a_possessive_noun_is_a_fact_of_its_own():
    source = (
        "The board met for nine hours before announcing its verdict, which also included a "
        "fine of $2,000."
    )
    assert passages(source) == [
        "The board met for nine hours before announcing its verdict",
        "which also included a fine of $2,000.",
    ]
    assert claim_with(source, "also included").text == "Its verdict also included a fine of $2,000."


def test_an_acronym_spokesman_after_the_country_named_in_full_is_the_spokesman():
    source = (
        "Twelve soldiers were killed in the Republic of Mali last week in the north of the "
        "Democratic Republic, a DRC spokesman said on Monday."
    )
    assert speakers(source) == ["DRC spokesman"]


def test_a_country_named_before_a_role_is_not_a_person():
    source = (
        "Eleven people died in floods across the Dominican Republic, a government spokesman "
        "said. The spokesman said 400 homes were destroyed."
    )
    assert "Dominican Republic" not in speakers(source)


def test_the_rebel_group_disputing_a_toll_speaks_by_its_full_name():
    source = (
        "But the rebel Movement for Unity and Renewal (MUR) disputed the toll given by the army, "
        "saying it had lost only four fighters."
    )
    assert speakers(source) == [
        "Movement for Unity and Renewal",
        "Movement for Unity and Renewal",
    ]


def test_dismissing_a_toll_is_a_statement():
    source = "The militia dismissed the figures released by the ministry on Friday."
    claim = claims_of(source)[0][1]
    assert (claim.speaker, claim.attribution) == ("militia", "reported")


QUOTED_TOLL = (
    "Colonel Ahmed Diallo spoke on state radio. "
    '"Six soldiers died in the fighting for the town," he added, stressing that no civilians '
    "had died."
)


def test_a_participle_after_a_closing_quotation_is_reported_not_quoted():
    claim = claim_with(QUOTED_TOLL, "stressing")
    assert (claim.speaker, claim.attribution) == ("Ahmed Diallo", "reported")


def test_the_quotation_part_before_it_stays_direct():
    parts = [claim for passage, claim in claims_of(QUOTED_TOLL) if passage.startswith('"Six')]
    assert [(claim.speaker, claim.attribution) for claim in parts] == [("Ahmed Diallo", "direct")]


def test_a_reporters_reading_after_a_company_figure_has_no_speaker():
    source = (
        "The company said 70 percent of its sales came from old models, suggesting that its new "
        "range has not caught on."
    )
    assert claim_with(source, "suggesting").speaker is None
    assert claim_with(source, "70 percent").speaker == "company"


def test_a_fair_result_and_a_frustrating_outcome_are_opinions():
    for sentence in (
        '"The draw is a fair result," the coach said.',
        "It was a frustrating evening for the home side, who missed two penalties.",
        '"Both sides played with intensity, which is very important," the coach said.',
        "Their inability to defend set pieces cost them again on Saturday.",
    ):
        claim = claims_of(sentence)[0][1]
        assert (claim.checkable, claim.checkable_reason) == (False, "opinion"), sentence


def test_its_important_to_note_stays_a_fact_frame():
    source = '"It is important to note that exports rose 4 percent in May," the minister said.'
    assert claims_of(source)[0][1].checkable
