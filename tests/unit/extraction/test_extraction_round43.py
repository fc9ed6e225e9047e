"""Session 36 (round 43): rules from the retired thirty-fourth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claims_of, passages, speakers, wordings


def test_a_second_predicate_of_what_was_said_keeps_its_own_subject():
    source = (
        "Maria Lopez, a district official, said the shelling on Sunday hit a school and "
        "wounded 14 pupils."
    )
    assert wordings(source)[-1] == (
        "Maria Lopez, a district official, said the shelling on Sunday wounded 14 pupils."
    )


def test_a_clause_after_that_with_its_own_subject_is_no_relative_clause():
    source = (
        "The army said it was aware of claims that villagers were hurt, but had no "
        "immediate information about their number."
    )
    assert (
        wordings(source)[-1] == "The army said it had no immediate information about their number."
    )


def test_the_speakers_own_second_act_keeps_the_speaker():
    source = "Adams said he was sorry for the delay but denied hiding the report from the board."
    assert wordings(source)[-1] == "Adams denied hiding the report from the board."


def test_however_between_the_speech_verb_and_what_was_said():
    source = (
        "He noted, however, that the minister had ignored the warnings and had risked the "
        "lives of 40 workers."
    )
    assert wordings(source)[-1] == (
        "He noted, however, that the minister had risked the lives of 40 workers."
    )


def test_a_tribal_elder_named_after_according_to_speaks_and_is_he():
    source = (
        "The raid began after troops came under fire near the village, according to tribal "
        "elder Haji Rahim.\n"
        '"The planes came at dawn," he said.'
    )
    assert speakers(source) == ["Haji Rahim", "Haji Rahim"]


def test_on_his_part_and_an_opening_however_are_no_part_of_the_subject():
    source = (
        "However, the Trade Minister, Ama Boateng on her part says the tariff has been withdrawn."
    )
    assert speakers(source) == ["Ama Boateng"]


def test_claiming_a_title_is_no_speech():
    source = "Norway's Ingrid Berg claimed her third world title by beating Ana Silva 6-3 6-4."
    assert speakers(source) == [None]


def test_claimed_with_a_that_clause_is_still_speech():
    source = "The rebels claimed that 40 soldiers died in the ambush."
    assert speakers(source) == ["rebels"]


def test_advising_the_public_is_an_exhortation_by_the_adviser():
    source = (
        "The Health Ministry said 12 cases were confirmed. The ministry advised residents "
        "to boil their drinking water."
    )
    claim = claims_of(source)[-1][1]
    assert (claim.speaker, claim.checkable_reason) == ("Health Ministry", "exhortation")


def test_no_immediate_information_is_boilerplate():
    claim = claims_of("The police had no immediate information on the cause of the fire.")[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "boilerplate")


def test_a_second_count_with_its_own_verb_is_a_claim_of_its_own():
    source = (
        "In another attack, four police officers were killed and one was wounded on Monday. "
        "He said seven fighters also were killed and five women were wounded inside the compound."
    )
    assert wordings(source) == [
        "In another attack, four police officers were killed.",
        "One was wounded on Monday.",
        "He said seven fighters also were killed.",
        "Five women were wounded inside the compound.",
    ]


def test_a_year_range_is_no_second_count():
    source = (
        "Four firms paid the lobbyist more than $10 million between 2001 and 2004, and he "
        "was ordered to repay $3 million."
    )
    assert passages(source)[0] == (
        "Four firms paid the lobbyist more than $10 million between 2001 and 2004"
    )
