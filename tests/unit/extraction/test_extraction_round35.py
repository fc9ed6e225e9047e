"""Session 35 (round 35): a second predicate of one subject after "and" is a claim of its own,
as the annotators split 61 of 84 such sentences of the tuning half; tested on sentences of our
own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers
from webapp.extraction.wording import sentence_wording


def test_a_second_past_predicate_after_and_is_a_claim_of_its_own():
    source = (
        "The former mayor lost his seat on the council in 2019 and was struggling with debts "
        "from his restaurant."
    )
    assert passages(source) == [
        "The former mayor lost his seat on the council in 2019",
        "was struggling with debts from his restaurant.",
    ]
    assert (
        claim_with(source, "struggling").text
        == "The former mayor was struggling with debts from his restaurant."
    )


def test_a_second_regular_past_verb_after_and_is_a_claim_of_its_own():
    source = (
        "Rescue teams searched the flooded valley through the night and evacuated the "
        "villages along the river."
    )
    assert len(passages(source)) == 2


def test_short_predicates_stay_together():
    source = "He pleaded guilty and was sentenced on Friday."
    assert len(passages(source)) == 1


def test_a_speech_verb_after_and_is_said_by_the_sentences_subject():
    # (round 36: such a predicate splits too, and the subject before "and" says it)
    source = (
        "The finance minister opened the debate on the new tax and urged the Speaker to "
        "hold a second vote on the bill."
    )
    assert speakers(source) == [None, "finance minister"]
    source = (
        "The senator voted against the bill last year and has said she would do the same this time."
    )
    assert speakers(source) == [None, "senator"]


def test_an_apostrophe_typed_as_a_closing_mark_stays_in_the_wording():
    assert sentence_wording("Mr Lopez\u201ds sister wept") == "Mr Lopez\u201ds sister wept."
    # a real closing mark with no opening one still goes
    assert sentence_wording("the sister wept\u201d") == "The sister wept."


def test_a_pronoun_subject_after_and_opens_a_claim_of_its_own():
    source = "The company closed two plants last year and it\u2019s now cutting 400 jobs in Ohio."
    assert passages(source) == [
        "The company closed two plants last year",
        "it\u2019s now cutting 400 jobs in Ohio.",
    ]
    source = (
        "The mayor could stay on as chair of the board and he could keep his seat on the "
        "council until May."
    )
    assert len(passages(source)) == 2
