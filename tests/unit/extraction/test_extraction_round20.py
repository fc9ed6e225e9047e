"""Session 31 (round 20): rules from the retired fourteenth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers


def test_a_quotation_running_into_a_new_paragraph_with_a_straight_mark_keeps_its_speaker():
    source = (
        '"The pitch was slow and we batted well," said captain Tom Reyes. "We bowled them out '
        'twice in three days.\n"The crowd stayed with us. The bowlers took 20 wickets."'
    )
    assert speakers(source)[-2:] == ["Tom Reyes", "Tom Reyes"]


def test_he_added_after_a_full_name_with_no_gender_cue_goes_to_that_name():
    source = (
        'Jan Moller, an economist, said output fell by 2 percent. "Sales dropped 4 percent in '
        'May," noted Alex Kerrigan of Norbank. "Exports rose 3 percent," he added.'
    )
    assert speakers(source)[-2:] == ["Alex Kerrigan", "Alex Kerrigan"]


def test_a_breakdown_of_figures_names_the_body_that_published_it():
    source = (
        "The Central Statistics Agency (CSA) said prices rose 2 percent. Fuel costs drove most "
        "of the rise, the CSA breakdown of figures showed."
    )
    assert speakers(source)[-1] in ("Central Statistics Agency", "CSA")


def test_a_possessive_name_before_its_short_form_is_the_name_without_the_mark():
    source = (
        "Wages matched the Bureau for Labour Statistics’ (BLS) first estimate. Pay rose 3 "
        "percent, the BLS said."
    )
    assert speakers(source)[-1] == "Bureau for Labour Statistics"


def test_leaders_of_a_party_with_a_short_form_named_together_are_the_speakers():
    source = (
        "Free Liberal Party (FLP) leaders Anna Lee Moss and Karl Dent said that the vote was "
        "held without a quorum."
    )
    assert speakers(source) == ["Anna Lee Moss"]


def test_a_belief_in_the_speakers_own_words_is_an_opinion():
    source = '"We still think the figures understate the recovery," said analyst Rosa Lind.'
    claim = claim_with(source, "We still think")
    assert (claim.checkable, claim.checkable_reason) == (False, "opinion")

    source = '"I thought we played really well in the second half," said coach Dan Abe.'
    claim = claim_with(source, "I thought")
    assert (claim.checkable, claim.checkable_reason) == (False, "opinion")


def test_a_question_followed_by_told_and_a_listener_is_a_question():
    source = '"Why would anyone build a dam there?" the farmer told reporters.'
    claim = claim_with(source, "Why would")
    assert (claim.checkable, claim.checkable_reason) == (False, "question")


def test_a_course_of_action_being_considered_is_an_intent():
    source = "The opposition is considering bringing a no-confidence motion against the cabinet."
    claim = claim_with(source, "considering")
    assert (claim.checkable, claim.checkable_reason) == (False, "intent")

    source = "The club was still considering whether to appeal the ban, a spokesman said."
    claim = claim_with(source, "considering")
    assert (claim.checkable, claim.checkable_reason) == (False, "intent")


def test_a_contrast_with_a_plural_subject_in_the_present_is_a_claim_of_its_own():
    source = (
        "Shelling has eased since the truce was signed in March, but both armies accuse each "
        "other of breaking it."
    )
    assert passages(source) == [
        "Shelling has eased since the truce was signed in March",
        "both armies accuse each other of breaking it.",
    ]


def test_yet_opens_a_second_clause_like_but():
    source = (
        "The revised estimate matched the agency's first reading, yet a group of bankers "
        "continue to question the figures."
    )
    assert passages(source) == [
        "The revised estimate matched the agency's first reading",
        "a group of bankers continue to question the figures.",
    ]


def test_a_newspaper_with_its_city_in_brackets_is_named_without_the_bracket():
    source = "Car sales in the state rose 9 percent, The (Toledo) Morning Ledger reported."
    assert speakers(source) == ["Morning Ledger"]
