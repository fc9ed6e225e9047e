"""Session 40 (round 65): general rules from the tuning texts' errors, the fifty-fourth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, wordings


def test_the_person_after_an_office_named_with_of_speaks():
    assert speakers('"We are ready for the storms," said Secretary of Energy Maria Lopez.') == [
        "Maria Lopez"
    ]


def test_an_office_name_without_a_person_after_it_stays_the_office():
    assert speakers('"It is bad," said the Secretary of Health and Human Services.') == [
        "Secretary of Health and Human Services"
    ]


def test_two_titles_joined_by_and_belong_to_the_person_named_after_them():
    assert speakers('"We gained share," said Acme chairman and CEO Ruth Novak in a statement.') == [
        "Ruth Novak"
    ]


def test_a_figure_compared_with_a_forecast_is_not_put_where_the_first_figure_stood():
    # "rose by below the 150,000 …" would be garbled; the comparison reads after the figure
    assert wordings("Payrolls rose by 120,000, below the 150,000 economists had forecast.") == [
        "Payrolls rose by 120,000.",
        "Payrolls rose by 120,000, below the 150,000 economists had forecast.",
    ]


def test_an_amount_can_still_stand_where_the_first_figure_stood():
    assert wordings("Cases rose to 3,120, more than 12 times the 2019 total.") == [
        "Cases rose to 3,120.",
        "Cases rose to more than 12 times the 2019 total.",
    ]


def test_a_rank_after_a_figure_keeps_the_figure_in_its_wording():
    assert (
        wordings("Permits for new homes fell 4% to 1.1 million, the lowest since 2012.")[-1]
        == "Permits for new homes fell 4% to 1.1 million, the lowest since 2012."
    )


def test_changes_with_their_own_subjects_after_commas_are_one_fact_each():
    assert wordings(
        "Clothing stores reported a 3.1% drop, garden centre sales declined by 0.8%, and "
        "toy store sales fell by 2%."
    ) == [
        "Clothing stores reported a 3.1% drop.",
        "Garden centre sales declined by 0.8%.",
        "Toy store sales fell by 2%.",
    ]


def test_a_change_after_a_fronted_phrase_is_not_split_from_it():
    assert wordings("In early trading, the stock slid 9 percent to $4.10.") == [
        "In early trading, the stock slid 9 percent to $4.10."
    ]


def test_an_absolute_clause_counting_just_one_is_a_fact_of_its_own():
    assert wordings("The council passed the budget 9-8, with just one member abstaining.") == [
        "The council passed the budget 9-8.",
        "The council passed the budget 9-8, with just one member abstaining.",
    ]


def test_a_rank_whose_noun_has_a_clause_of_its_own_is_a_second_fact():
    assert wordings(
        "Home sales have dropped for the fourth month in a row, the first time that has "
        "happened since 2008."
    ) == [
        "Home sales have dropped for the fourth month in a row.",
        "Home sales have dropped for the fourth month in a row, the first time that has "
        "happened since 2008.",
    ]


def test_an_as_clause_with_its_own_subject_and_verb_is_a_fact_of_its_own():
    assert wordings("Sales slowed in the quarter as many shoppers waited for the new model.") == [
        "Sales slowed in the quarter.",
        "Many shoppers waited for the new model.",
    ]


def test_an_as_clause_of_a_pronoun_reads_with_the_pronoun():
    assert wordings(
        "The senator toured three factories last month as she worked to build support in the state."
    ) == [
        "The senator toured three factories last month.",
        "She worked to build support in the state.",
    ]


def test_as_with_a_speech_verb_or_a_comparison_does_not_split():
    assert len(wordings("Growth will slow this year, as he said in March.")) == 1
    assert len(wordings("I support the plan, as Senator Kennedy did, in January.")) == 1


def test_a_figure_reached_as_soon_as_something_happened_stays_whole():
    # ("The shares fell nearly 7% as soon." had read so)
    assert wordings(
        "The shares fell nearly 7% as soon as the report was released on the exchange's website "
        "on Monday."
    ) == [
        "The shares fell nearly 7% as soon as the report was released on the exchange's website "
        "on Monday."
    ]


def test_which_with_a_figure_after_a_clause_reads_after_the_whole_clause():
    assert wordings(
        "The county said 18 people have recovered, which is two more than on Monday."
    ) == [
        "The county said 18 people have recovered.",
        "The county said 18 people have recovered, which is two more than on Monday.",
    ]


def test_which_with_a_figure_after_a_rate_is_about_the_figure_not_its_unit():
    # ("A share is down from …" had read so)
    assert (
        wordings(
            "Net income is expected to be $1.20 a share, which is down from an earlier forecast."
        )[-1]
        == "Net income is expected to be $1.20 a share, which is down from an earlier forecast."
    )
