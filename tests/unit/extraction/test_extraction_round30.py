"""Session 34 (round 30): rules from the retired twenty-second fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers, spoken


def test_a_split_quotation_attributed_at_its_end_is_all_the_speakers():
    source = (
        '"Four people were killed and 12 wounded in the shelling of the market," state '
        "television reported in a news flash, which gave no source for the figures."
    )
    assert speakers(source)[:2] == ["state television", "state television"]


def test_an_attribution_followed_by_another_sides_clause_still_closes_the_first():
    source = (
        "Soldiers raided a farm where rebels were hiding and killed 12 fighters, army "
        "officers said Monday, but villagers said four farm workers died."
    )
    found = spoken(source)
    assert found[0][1] == "army officers"
    assert found[-1][1] == "villagers"


def test_telling_a_news_agency_that_is_an_attribution():
    source = (
        "Ali Hamid, the governor's spokesman, could not confirm the toll and gave a lower "
        "one, telling Reuters that two people died in the blast."
    )
    assert claim_with(source, "two people died").speaker == "Ali Hamid"


def test_died_is_a_verb():
    # what was told is a clause only if "died" is read as its verb
    source = "Rosa Diaz, the health minister, gave no figure, saying a child died."
    assert claim_with(source, "a child died").speaker == "Rosa Diaz"


def test_its_confirmed_has_no_speaker():
    assert speakers("It's confirmed.") == [None]


def test_an_organisations_kind_of_report_is_the_organisations():
    source = "NASA\u2019s yearly climate summary report found that 2023 was the warmest year."
    assert speakers(source) == ["NASA"]


def test_a_long_name_with_its_short_form_in_brackets_before_the_verb_speaks():
    source = (
        '"There were three shells," Ana Ruiz of the Office for the Coordination of '
        "Humanitarian Affairs (OCHA) told AFP."
    )
    assert speakers(source) == ["Ana Ruiz"]


def test_results_called_disappointing_are_an_appraisal():
    claim = claim_with('"Holiday sales were disappointing," the chief executive said.', "Holiday")
    assert claim.checkable_reason == "opinion"


def test_encouraging_progress_is_an_appraisal():
    claim = claim_with("The new stores are showing encouraging progress, the chain said.", "new")
    assert claim.checkable_reason == "opinion"


def test_the_likelihood_of_a_rate_rise_is_a_prediction():
    claim = claim_with(
        "The figures reinforce the likelihood of a rate rise in March, economists said.",
        "likelihood",
    )
    assert claim.checkable_reason == "prediction"
