"""Session 41 (round 94): general rules from the tuning texts' errors, the eighty-third fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_according_to_a_name_with_no_comma_is_the_name_not_the_clause():
    source = (
        "According to Unison the cuts are a result of the council wasting money on consultants."
    )
    assert speakers(source) == ["Unison"]


def test_hinted_that_is_speech():
    source = "Senior aides have hinted that the budget will be delayed until the autumn."
    assert speakers(source) == ["Senior aides"]


def test_emailed_someone_to_say_is_what_the_sender_said():
    source = (
        "Karen Holt, a director at the agency, emailed the council to say that the survey had "
        "been withdrawn."
    )
    assert speakers(source) == ["Karen Holt"]


def test_he_after_a_name_opening_the_sentence_behind_a_connective():
    source = (
        "Ana Ruiz said on Monday that she would resign. However, Tomas Berg has signalled a wish "
        'to stay on. He said: "I am very happy doing the job I am doing."'
    )
    assert speakers(source)[-1] == "Tomas Berg"


def test_feelings_in_a_speakers_words_are_opinion():
    source = '"This is one of our sweetest wins," the captain said.'
    assert not claim_with(source, "sweetest").checkable
    source = "The coach said he was very proud of the way the team defended."
    assert not claim_with(source, "proud").checkable


def test_a_question_put_to_someone_is_no_feeling_of_theirs():
    source = "Asked outside court whether he was pleased, Hollis walked past the cameras."
    assert claim_with(source, "Hollis walked").checkable
