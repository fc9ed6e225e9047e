"""Session 37 (round 52): rules from the retired forty-third fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, passages, speakers, wordings


def test_a_participle_with_its_own_act_is_a_claim_of_its_own():
    source = (
        "A Falcon rocket lifted off from Vandenberg on Sunday evening, carrying a weather "
        "satellite for the European agency."
    )
    assert passages(source) == [
        "A Falcon rocket lifted off from Vandenberg on Sunday evening",
        "carrying a weather satellite for the European agency.",
    ]


def test_a_participle_stays_with_what_a_speaker_said_or_a_list_of_gerunds():
    said = (
        "The mayor said the budget was balanced, citing the savings from the new transport "
        "contract."
    )
    assert len(passages(said)) == 1
    listed = (
        "The senator spoke of raising the pension age, cutting the payroll tax and ending the "
        "subsidy for coal."
    )
    assert len(passages(listed)) == 1
    title = "Maria Costa, acting director of the agency, said the launch went well."
    assert speakers(title) == ["Maria Costa"]


def test_a_noun_in_ing_is_no_participle():
    source = (
        "The governor spent the evening arguing that the courts, polling firms and newspapers "
        "were biased against his party."
    )
    assert len(passages(source)) == 1


def test_a_second_count_inside_a_quotation_splits():
    source = '"Three of our guards were killed and four were wounded in the raid," said Ali Reza.'
    # (the first part's passage leaves out the quotation mark it opens with)
    assert passages(source) == [
        "Three of our guards were killed",
        'four were wounded in the raid," said Ali Reza.',
    ]
    assert speakers(source) == ["Ali Reza", "Ali Reza"]
    assert wordings(source)[1] == '"Four were wounded in the raid," said Ali Reza.'


def test_a_count_that_went_missing_is_a_fact_of_its_own():
    source = (
        "Four sailors were killed and six went missing when the ferry capsized off the coast, "
        "the navy said on Friday."
    )
    found = passages(source)
    assert "Four sailors were killed" in found
    assert "six went missing" in found


def test_a_place_where_a_count_does_something_is_a_fact_of_its_own():
    source = (
        "The fighting is heaviest in the northern province, where 12,000 soldiers are facing "
        "about 4,000 rebels."
    )
    assert len(passages(source)) == 2
    assert "12,000 soldiers" in passages(source)[1]


def test_despite_anything_is_the_reporters_own_contrast():
    source = (
        "The candidate told supporters in Ohio on Monday that he would win the state, despite "
        "trailing in every poll published this month."
    )
    parts = claims_of(source)
    assert len(parts) == 2
    assert parts[0][1].speaker is not None
    assert parts[1][1].speaker is None
    assert parts[1][1].attribution == "reporter"


def test_a_recent_poll_is_the_poll_not_its_being_new():
    assert speakers("A new Gallup survey shows 45% of voters back the plan.") == ["Gallup survey"]
    source = "The latest Harris/Decima poll shows the governor ahead of his rival by 6 points."
    assert speakers(source) == ["Harris/Decima poll"]


def test_first_person_trying_to_is_an_intent():
    source = '"Two of the crew are still missing," Ahmed said. "We are trying to find them."'
    assert claim_with(source, "trying to find").checkable_reason == "intent"
    other = "The finance minister is trying to bring down inflation of 9 percent."
    assert claim_with(other, "trying to").checkable


def test_an_epithet_turned_is_the_person_quoted():
    source = (
        "Mark Holt told supporters in Denver he would cut taxes. The rancher-turned-senator "
        "also told the crowd he was leading in the polls."
    )
    assert speakers(source) == ["Mark Holt", "Mark Holt"]


def test_the_chief_of_a_body_is_its_head_named_before():
    source = (
        "Central bank governor Elena Marsh said rates would rise by half a point. "
        "The bank chief said inflation had reached 7 percent in March."
    )
    assert speakers(source)[-1] == "Elena Marsh"
