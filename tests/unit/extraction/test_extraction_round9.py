"""Session 28 (round 9): rules from the retired third fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, spoken
from webapp.extraction import extract_claims


def test_a_verb_in_an_irregular_past_is_never_read_as_part_of_a_speaker_name():
    source = (
        "Deere said its profit fell 30%. But the results shook off those worries and the company "
        "raised its outlook, saying farm demand is steadying. The company, a maker of tractors, "
        "said its sales slid to $9 billion."
    )
    names = [speaker for _, speaker in spoken(source)]
    assert all(speaker in (None, "Deere") for speaker in names), names
    assert names[-1] == "Deere"


def test_a_new_subject_with_its_own_past_tense_verb_after_and_is_a_claim_of_its_own():
    found = [
        passage
        for passage, _ in spoken(
            "The shares jumped 8 percent in early trading and the bank lifted its dividend for a "
            "third time."
        )
    ]
    assert len(found) == 2
    assert found[1].startswith("the bank lifted its dividend")


def test_a_second_speaker_after_and_gets_the_words_that_follow_it():
    claims = spoken(
        "The first officer, Sergeant Paula Reyes, testified on Monday. Sergeant Reyes said she "
        "asked the driver if he had been drinking and Mr Okafor said he had had two beers."
    )
    assert claims[-2][1] == "Paula Reyes"
    assert claims[-1][0].startswith("Mr Okafor said he had had two beers")
    assert claims[-1][1] == "Okafor"


def test_two_names_joined_by_and_before_said_stay_one_speaker():
    claims = spoken(
        "Troops raided the compound and killed 12 fighters, Iraqi and Kurdish officials said."
    )
    assert len(claims) == 1
    assert claims[0][1] == "Iraqi and Kurdish officials"


def test_mr_with_a_surname_is_never_the_woman_who_shares_it():
    claims = spoken(
        "Mary Doyle, 58, is accused of poisoning her husband. She denies the charge. "
        "A nurse said Mr Doyle had complained of stomach pains for a week. "
        'Mr Doyle said he "could not keep anything down", the nurse told the court. '
        'Mr Doyle told his sister: "I feel terrible."'
    )
    assert claims[-1][1] != "Mary Doyle"
    assert claims[-1][1] == "Mr Doyle"


def test_it_after_a_body_just_quoted_in_the_same_sentence_is_that_body():
    claims = spoken(
        "The U.S. Navy struck a depot near the coast, the Defense Department said Monday, but "
        "it denied that a school nearby had been hit."
    )
    assert claims[-1][0].startswith("it denied")
    assert claims[-1][1] == "Defense Department"


def test_a_question_asked_to_applause_belongs_to_whoever_asked_it():
    claims = spoken(
        "Senator Lee spoke first. Then Senator Maria Ortiz took the stage. "
        '"Who is ready to vote?," Ortiz asked to cheers.'
    )
    assert claims[-1][1] == "Maria Ortiz"


def test_a_named_monitor_after_its_description_is_the_speaker():
    claims = spoken(
        "The London-based rights group Syrian Network for Human Rights reported that 14 people "
        "were killed in the shelling."
    )
    assert claims[0][1] == "Syrian Network for Human Rights"


def test_a_name_before_a_two_part_description_is_the_speaker():
    claims = spoken(
        "Bellingcat, an independent, Netherlands-based investigative group, says at least 300 "
        "videos show the convoy."
    )
    assert claims[0][1] == "Bellingcat"


def test_the_maker_of_several_brands_is_the_company_not_the_last_brand():
    claims = spoken(
        "Unilever reported higher sales on Thursday. Growth was strongest in Asia. "
        "The maker of Dove, Knorr and Ben & Jerry's said it earned 1.9 billion euros."
    )
    assert claims[-1][1] == "Unilever"


def test_a_source_unaware_of_any_evidence_is_response_boilerplate():
    (claim,) = extract_claims(
        '"We are not aware of any credible evidence of looting," said a police spokeswoman.'
    )
    assert claim.checkable_reason == "boilerplate"


def test_still_reviewing_is_boilerplate_but_a_finding_after_it_is_checkable():
    first, second = extract_claims(
        '"We are still reviewing the incident," the ministry said. "We are still reviewing '
        'the results, but believe that 14 fighters were killed," the ministry said.'
    )
    assert first.checkable_reason == "boilerplate"
    assert second.checkable


def test_expecting_an_increase_is_a_prediction():
    (claim,) = extract_claims("The ministry expects a sharp increase in admissions this winter.")
    assert claim.checkable_reason == "prediction"


def test_each_place_in_a_ranked_list_is_its_own_claim():
    source = (
        "Ohio reported the most cases with 4,210, followed by Texas with 3,050, and Florida "
        "with 2,875."
    )
    found = passages(source)
    assert len(found) == 3
    assert found[-1].startswith("Florida with 2,875")


def test_a_with_clause_that_dates_its_own_event_is_its_own_claim():
    source = (
        "The river has flooded the town every 10 years, with the last big flood coming in 1997."
    )
    found = passages(source)
    assert found == [
        "The river has flooded the town every 10 years",
        "with the last big flood coming in 1997.",
    ]


def test_could_in_a_reported_past_question_is_no_prediction():
    (claim,) = extract_claims(
        "The officer said the driver asked him if he could see the dent on the bumper."
    )
    assert claim.checkable
