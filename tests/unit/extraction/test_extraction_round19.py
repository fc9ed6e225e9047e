"""Session 29 (round 19): rules from the retired thirteenth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers


def test_an_everyday_role_before_a_name_after_said_gives_the_name():
    source = (
        'Ida Berg, a nurse, said the ward was full. "The rash was everywhere," said school '
        "teacher Paula Grant."
    )
    assert speakers(source) == ["Ida Berg", "Paula Grant"]


def test_a_news_release_from_a_body_gives_the_body():
    source = (
        "Nine cases have been confirmed, according to a news release from the Kent County "
        "Health Department."
    )
    assert speakers(source) == ["Kent County Health Department"]


def test_officials_expecting_a_long_subject_to_do_something_speak():
    source = "Officials expect the highly contagious and fast-moving disease to spread further."
    assert speakers(source) == ["Officials"]


def test_advised_with_a_clause_reports_speech():
    source = "Coach Lee Park advised fans it was too early to judge the team."
    assert speakers(source) == ["Lee Park"]


def test_a_description_before_a_full_name_gives_the_name():
    source = "Tennis legend Maria Vance told the crowd the final was sold out."
    assert speakers(source) == ["Maria Vance"]


def test_a_figure_for_another_period_after_while_it_was_is_a_claim_of_its_own():
    source = "Exports grew 3.1 percent in the quarter while it was 5.2 percent a year earlier."
    assert passages(source) == [
        "Exports grew 3.1 percent in the quarter",
        "it was 5.2 percent a year earlier.",
    ]
