"""Session 41 (round 82): general rules from the tuning texts' missed boundaries and errors,
the seventy-first fresh set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, wordings


def test_a_clause_after_but_with_a_plural_subject_is_its_own_claim():
    source = "Dozens died in the floods but relief workers reached the valley on Monday."
    assert passages(source) == [
        "Dozens died in the floods",
        "relief workers reached the valley on Monday.",
    ]


def test_but_with_strings_attached_is_no_clause():
    source = "The council offered the club $5 million but with strings attached, including a cap."
    assert len(passages(source)) == 1


def test_what_a_side_tried_to_do_after_but_is_its_own_claim():
    source = (
        "The defense conceded that Hale fired the shot, but tried to convince jurors that he "
        "acted in fear."
    )
    assert wordings(source)[-1] == ("The defense tried to convince jurors that he acted in fear.")


def test_what_a_group_still_does_after_but_is_its_own_claim():
    source = "The rebels lost the port in 2019 but still control most of the northern hills."
    assert wordings(source) == [
        "The rebels lost the port in 2019.",
        "The rebels still control most of the northern hills.",
    ]


def test_until_now_is_no_speaker():
    source = (
        "Until now, the ministry has refused to name the clinics, insisting that doing so would "
        "cause panic."
    )
    assert "Until" not in speakers(source)


def test_a_poll_by_a_pollster_is_the_pollsters_but_a_poll_of_voters_is_not_theirs():
    assert speakers("The mayor leads by four points, according to a new poll by Ipsos.") == [
        "Ipsos"
    ]
    assert speakers(
        "The mayor leads by four points, according to a new poll of Denver voters."
    ) != ["Denver voters"]


def test_a_pollster_before_a_name_is_a_title():
    source = "Pollster Ann Reid said that most of the new support came from young voters."
    assert speakers(source) == ["Ann Reid"]
