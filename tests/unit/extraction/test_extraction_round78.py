"""Session 41 (round 78): general rules from the tuning texts' errors, the sixty-seventh fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_commented_before_a_quotation_is_speech_and_the_quotation_goes_on():
    source = (
        'Dr Anna Berg, head of the lab, commented: "We have found it. It is only the first step."'
    )
    assert speakers(source) == ["Anna Berg", "Anna Berg"]


def test_commented_to_a_broadcaster_alone_is_no_statement():
    source = "Defence lawyer Omar Haddad also commented to WKRN News after the verdict."
    assert speakers(source) == [None]


def test_the_subject_after_but_speaks_not_the_clause_before_it():
    source = "Flu season peaks in winter but a new survey also found that few adults get the shot."
    assert speakers(source) == ["new survey"]


def test_a_three_word_name_after_a_description_is_the_person():
    source = '"We did not know," parent Rosa Maria Lopez said.'
    assert speakers(source) == ["Rosa Maria Lopez"]


def test_a_poll_by_a_body_is_the_bodys():
    source = "Nationally, a poll by the Marist Institute found the mayor had a 10-point lead."
    assert speakers(source) == ["Marist Institute"]


def test_a_name_whose_surname_the_copy_uses_alone_is_a_person_and_he_goes_back_to_him():
    source = (
        "Dana Whitfield and Carl Brenner campaigned in Ohio on Sunday. Aides say the race is "
        "close. Later, Whitfield toured a factory in Akron. About 500 workers came to see her. "
        '"We are going to win this state," she said.'
    )
    assert speakers(source)[-1] == "Dana Whitfield"


def test_a_gendered_title_does_not_take_a_full_name_whose_gender_the_copy_never_gave():
    source = (
        "Michelle Reyes praised the plan. Mrs Reyes spoke after the governor, who appointed "
        'Daniel Reyes to the board. "It is a good day," Mrs Reyes told the crowd.'
    )
    assert speakers(source)[-1] != "Daniel Reyes"


def test_the_object_of_said_is_not_the_sentence_opener_he_goes_back_to():
    source = (
        "Prosecutors said Liam Ortega sold the rifles to an informant. In court, a defense lawyer "
        "said Ortega had worked for the police for years. He said Ortega never meant any harm."
    )
    assert speakers(source)[-1] == "defense lawyer"


def test_experts_who_encourage_people_to_act_make_an_appeal():
    source = "Doctors encourage all parents to have their children vaccinated before school starts."
    assert claim_with(source, "Doctors encourage").checkable_reason == "exhortation"


def test_a_quotation_about_him_is_not_his_when_she_said_it():
    source = (
        "Sara Lind, a cashier, testified against Tomas Berg on Tuesday. Berg, 38, denies robbery. "
        "“I saw him take the money from the till,” she said."
    )
    assert speakers(source)[-1] == "Sara Lind"
