"""Session 36 (round 42): rules from the retired thirty-third fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, wordings


def test_but_with_an_auxiliary_opens_a_second_predicate():
    source = "Shares of the lender fell 6 percent in March but are still up 12 percent this year."
    assert passages(source) == [
        "Shares of the lender fell 6 percent in March",
        "are still up 12 percent this year.",
    ]
    assert wordings(source)[1] == "Shares of the lender are still up 12 percent this year."


def test_but_with_a_past_tense_and_no_comma_opens_a_second_predicate():
    source = "The mayor said she regretted the delay but denied misleading the city council."
    assert wordings(source) == [
        "The mayor said she regretted the delay.",
        "The mayor denied misleading the city council.",
    ]


def test_but_between_adjectives_is_no_break():
    source = "The council approved a small but significant rise in the parking fees on Monday."
    assert len(passages(source)) == 1


def test_a_relative_clause_part_does_not_lend_its_pronoun_as_a_subject():
    source = (
        "The goal came after Ortiz crossed to Diana Vale, who was alone in front of the goal "
        "but shot the ball over the bar."
    )
    assert not any(wording.startswith("Who") for wording in wordings(source))


def test_a_closed_relative_clause_before_the_subject_keeps_the_subject():
    source = (
        "In its retail arm, which sells furniture and lighting to households, revenue rose "
        "3 percent to $800 million but was down 2 percent without currency effects."
    )
    assert wordings(source)[-1] == (
        "In its retail arm, which sells furniture and lighting to households, revenue was down "
        "2 percent without currency effects."
    )


def test_a_passive_relative_clause_keeps_its_auxiliary():
    source = (
        "Police arrested two men over the death of a cyclist who was hit by a van and dragged "
        "for 40 metres on the bypass."
    )
    assert "who dragged" not in " ".join(wordings(source))


def test_the_who_is_not_a_relative_pronoun():
    source = (
        "The WHO said it has shipped 9,000 doses of cholera vaccine and is preparing a second "
        "shipment for the region."
    )
    assert wordings(source)[-1] == "The WHO said it is preparing a second shipment for the region."


def test_a_name_with_a_possessive_noun_is_what_a_which_clause_is_about():
    source = (
        "Attention is turning to the findings of Europe's Juice probe, which is two years "
        "into an eight-year journey to the moons of Jupiter."
    )
    assert wordings(source) == [
        "Attention is turning to the findings of Europe's Juice probe.",
        "Europe's Juice probe is two years into an eight-year journey to the moons of Jupiter.",
    ]


def test_according_to_a_court_file_names_the_file():
    source = (
        "According to a court filing, the company paid $2 million to settle the claims. "
        "According to the file, two other charges were dropped."
    )
    assert speakers(source) == ["court filing", "file"]


def test_according_to_the_statement_goes_back_to_who_issued_it():
    source = (
        "The navy said in a statement that two patrol boats were damaged. "
        "According to the statement, the crews returned fire and sank one vessel."
    )
    assert speakers(source) == ["navy", "navy"]


def test_a_statement_issued_by_a_body_is_its_own_for_a_later_the_statement_said():
    source = (
        "According to a statement issued by the Kenya Defence Forces, troops raided a camp "
        "near the border. According to witnesses, the raid began before dawn. "
        "Four fighters were killed in the raid, the statement said."
    )
    assert speakers(source)[-1] == "Kenya Defence Forces"


def test_it_added_after_a_persons_statement_is_the_person():
    source = (
        "\u201cWe will recover every dollar,\u201d Attorney General Maria Ruiz said in a "
        "statement.\n\n"
        "\u201cThe case shows that no official is above the laws of the United States,\u201d it "
        "added."
    )
    assert speakers(source) == ["Maria Ruiz", "Maria Ruiz"]


def test_reports_an_outlet_after_a_comma_attributes_the_sentence():
    source = (
        "The ruling party trails the opposition in every poll, reports Xinhua news agency. "
        "The driver was jailed for six years, reports the Evening Star."
    )
    assert speakers(source) == ["Xinhua", "Evening Star"]


def test_reports_before_a_weekday_stays_a_noun():
    source = "Burglaries fell by a third last year, reports Monday said."
    assert speakers(source) == ["reports"]
