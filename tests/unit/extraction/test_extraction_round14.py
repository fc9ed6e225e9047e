"""Session 29 (round 14): rules from the retired eighth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, passages, speakers, spoken
from webapp.extraction import extract_claims


def test_counts_of_dead_and_wounded_split_inside_a_quotation_and_keep_its_marks():
    source = (
        'Two soldiers were shot at the checkpoint. "Three guards have been killed and '
        'nine others wounded," the commander told reporters.'
    )
    found = passages(source)
    assert "Three guards have been killed" in found
    assert 'nine others wounded," the commander told reporters.' in found
    wounded = claim_with(source, "nine others wounded")
    # the count reads with the verb it shares, and the quotation is opened again
    assert wounded.text == (
        '"Three guards have been killed and nine others wounded," the commander told reporters.'
    )


def test_a_source_named_before_historical_data_is_the_speaker():
    source = "Inflation has not been this low since 1998, according to ONS historical data."
    assert speakers(source) == ["ONS"]


def test_an_adverb_between_a_surname_and_its_verb_is_not_part_of_the_name():
    source = (
        "Coach Anna Reyes said the pitch was heavy. Reyes further added that two players "
        "were injured in training."
    )
    assert speakers(source) == ["Anna Reyes", "Anna Reyes"]


def test_an_owners_word_before_a_role_and_name_is_not_part_of_the_speaker():
    assert speakers("The visiting team’s head coach Mark Olsen said the referee was fair.") == [
        "Mark Olsen"
    ]
    assert speakers("The bank's chief economist Lena Hoff said rates would stay at 4%.") == [
        "Lena Hoff"
    ]


def test_a_title_held_in_a_house_and_stacked_titles_go_to_the_name_after_them():
    source = (
        "Finance Minister and Leader of the House Ravi Menon said the bill was passed "
        "by 120 votes. “The opposition walked out before the vote,” he said."
    )
    assert speakers(source) == ["Ravi Menon", "Ravi Menon"]


def test_mentioned_that_reports_speech():
    source = "The chairman, Arun Das, mentioned that 14 members had sought a debate."
    assert spoken(source) == [(source, "Arun Das")]


def test_a_sides_appraisal_is_an_opinion_not_a_checkable_claim():
    for sentence in (
        "“They deserved to win the game,” the coach said.",
        "The coach said that they are a good team.",
        "“Our finishing was very poor in the second half,” he said.",
        "The result surprised us a little, the captain said.",
        "The export figures, though, are not as encouraging.",
    ):
        (claim,) = extract_claims(sentence)
        assert not claim.checkable and claim.checkable_reason == "opinion", sentence


def test_a_good_result_in_figures_stays_checkable():
    # appraisal words must not swallow the facts they sit beside
    (claim,) = extract_claims("The team won 12 of its 15 games this season.")
    assert claim.checkable


def test_an_even_though_clause_is_a_claim_of_its_own():
    source = (
        "Even though the hosts had 60% of the possession, the visitors had eight shots on target."
    )
    found = passages(source)
    assert len(found) == 2
    assert found[1] == "the visitors had eight shots on target."
    assert [claim.checkable for _, claim in claims_of(source)] == [True, True]
