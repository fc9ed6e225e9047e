"""Session 36 (round 50): rules from the retired forty-first fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_a_campus_after_its_university_is_no_speaker():
    source = (
        '"The ice shelf is thinning fast," lead author Ana Costa, a research scientist at the '
        "University of Texas, Austin (UTA), said in a statement."
    )
    assert speakers(source) == ["Ana Costa"]


def test_a_titled_post_after_the_name_is_no_speaker():
    source = (
        '"The glacier is retreating," senior author Omar Haddad, Regents\' Professor of '
        "geophysics at the institute, said."
    )
    assert speakers(source) == ["Omar Haddad"]


def test_a_comparison_is_no_speaker():
    source = (
        "Exports grew by 12,000 tonnes, about five times more than the ministry had estimated "
        "in May."
    )
    assert speakers(source) == [None]
