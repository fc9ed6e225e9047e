"""Session 32 (round 24): rules from the retired seventeenth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers
from webapp.extraction import split_sentences


def test_the_broadcaster_a_speaker_told_is_never_he():
    source = (
        "Health Minister Lino Baraka said 40 cases were confirmed. "
        "He told Radio Tamazuj, 12 patients are in hospital. "
        "\u201cWe need more vaccines,\u201d he said."
    )
    assert speakers(source) == ["Lino Baraka", "Lino Baraka", "Lino Baraka"]


def test_a_first_name_alone_is_the_person_named_in_full_with_it():
    source = (
        "Education Minister Amina Koroma opened 12 schools on Monday. "
        "\u201cWe have built 12 schools this year,\u201d Amina said."
    )
    assert speakers(source)[-1] == "Amina Koroma"


def test_according_to_a_titled_person_after_a_description():
    source = "According to the state Finance Minister Rufus Obi, revenue rose 8 percent in May."
    assert speakers(source) == ["Rufus Obi"]


def test_a_group_named_after_said_speaks_the_whole_quotation():
    source = (
        'Treasurer Dan Kemp said the vote was valid. "This is wrong. '
        'We oppose it," said several council members.'
    )
    assert speakers(source)[1:] == ["several council members", "several council members"]


def test_conceding_to_a_request_is_an_act_not_speech():
    assert speakers("Speaker Ann Roe conceded to the minister's request on Tuesday.") == [None]


def test_a_quotation_then_he_said_with_a_long_subject_is_two_sentences():
    source = (
        "She apologised for the \u201cconfusion I caused.\u201d He said the payments he made "
        "to the two firms were lawful."
    )
    assert len(split_sentences(source)) == 2


def test_a_casualty_count_and_the_attack_that_caused_it_are_two_claims():
    parts = passages(
        "At least nine soldiers were killed on Sunday when insurgents attacked a police "
        "checkpoint outside the northern city of Gao."
    )
    assert len(parts) == 2 and parts[1].startswith("insurgents attacked")


def test_a_time_when_something_happened_stays_one_claim():
    assert len(passages("The defendant wept when the judge read out the sentence.")) == 1


def test_a_count_then_while_only_a_smaller_count_are_two_claims():
    assert len(passages("412 members voted on Monday while only 388 had voted in March.")) == 2
