"""Session 36 (round 51): rules from the retired forty-second fresh set's errors, and one
misreading seen in the tuning half, each a general pattern of news copy, tested on sentences of
our own."""

from tests.unit.extraction.helpers import speakers, wordings


def test_however_between_the_subject_and_the_verb_is_no_part_of_the_name():
    source = (
        "Prime Minister Ana Lima however insisted that no march would be stopped. "
        "The opposition however said that the minister had misled Parliament."
    )
    assert speakers(source) == ["Ana Lima", "opposition"]


def test_a_parliamentarian_is_a_title():
    source = "Opposition Parliamentarian Kofi Mensah told Parliament the vote was rigged."
    assert speakers(source) == ["Kofi Mensah"]


def test_the_holder_after_an_office_with_and():
    source = "Law and order Minister Sara Perera told Parliament no order had been given."
    assert speakers(source) == ["Sara Perera"]


def test_felt_that_reports_a_view():
    assert speakers("Coyle felt that his team deserved a point from the game.") == ["Coyle"]


def test_which_will_result_in_goes_back_to_the_whole_clause():
    source = (
        "The ice sheet is breaking up and shedding icebergs into the sea, which will result in "
        "rising sea levels for decades."
    )
    assert not any(wording.startswith("The sea will") for wording in wordings(source))
    assert wordings(source)[-1].startswith("The ice sheet is breaking up")
