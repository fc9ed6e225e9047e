"""Session 41 (round 76): general rules from the tuning texts' errors, the sixty-fifth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers, spoken, wordings
from webapp.extraction import extract_claims


def test_what_a_subject_added_after_a_relative_clause_reads_with_the_subject():
    source = (
        "The mayor thanked the volunteers who are going to staff the shelters, and added that "
        "the shelters would open on Friday."
    )
    assert wordings(source)[-1] == "The mayor added that the shelters would open on Friday."


def test_a_pronoun_after_a_time_span_is_the_speaker_not_the_whole_clause():
    source = (
        "Ana Lopez resigned as health minister on Monday. Her resignation comes a week after she "
        "announced new hospital funding for the north."
    )
    assert speakers(source)[-1] == "Ana Lopez"


def test_a_gender_cue_comes_from_a_subject_pronoun_before_an_objects_possessive():
    source = (
        "Judge Mary Ellen Cobb sentenced the former treasurer, citing his age as a reason for "
        "leniency, but she ordered restitution. Mr Hale's lawyer said he would appeal. "
        "She said the sentence reflected the harm done to the town."
    )
    assert speakers(source)[-1] == "Mary Ellen Cobb"


def test_a_place_in_a_titled_description_is_no_person():
    source = (
        "Former New Jersey state Senate president Ken Rowe was sentenced on Friday. "
        "She said the verdict would be appealed."
    )
    assert speakers(source)[-1] != "New Jersey"


def test_a_name_after_an_adjective_of_mood_is_the_speaker():
    source = (
        "Prosecutors asked for a longer term. "
        '"I am sorry for what I did," a tearful Laura Benson told the court.'
    )
    assert speakers(source)[-1] == "Laura Benson"


def test_the_level_of_government_before_a_title_after_the_verb():
    source = (
        "Three cases were confirmed last week, said Tom Ray, the clinic's director. "
        '"We expect more," said city Police Chief Dana Pruitt.'
    )
    assert speakers(source)[-1] == "Dana Pruitt"


def test_the_other_sides_statement_after_while_is_its_own_claim():
    source = (
        "Prosecutors sought eight years in prison for the former mayor while his attorneys said "
        "he deserved probation."
    )
    assert passages(source) == [
        "Prosecutors sought eight years in prison for the former mayor",
        "his attorneys said he deserved probation.",
    ]
    assert spoken(source)[-1][1] == "his attorneys"


def test_a_second_count_whose_verb_the_copy_left_out_is_its_own_claim():
    source = "Three drownings were recorded in Kent County and two in Ottawa County."
    assert passages(source) == [
        "Three drownings were recorded in Kent County",
        "two in Ottawa County.",
    ]
    assert wordings(source)[-1] == source


def test_a_share_of_a_figure_after_with_is_its_own_claim():
    source = "The city has about 40,000 students, with roughly 6,000 to 7,000 in private schools."
    assert passages(source) == [
        "The city has about 40,000 students",
        "with roughly 6,000 to 7,000 in private schools.",
    ]


def test_an_as_clause_whose_subject_has_an_epithet_is_its_own_claim():
    source = (
        "Harry Kane scored twice in the second half as unbeaten Tottenham went four points clear "
        "at the top."
    )
    assert wordings(source) == [
        "Harry Kane scored twice in the second half.",
        "Unbeaten Tottenham went four points clear at the top.",
    ]


def test_a_withheld_name_and_how_to_book_are_not_checkable():
    source = (
        "A 61-year-old woman died in the crash on Route 9. The names of the two passengers have "
        "not been released. Appointments may be made online or at the county office."
    )
    assert not claim_with(source, "names of the two passengers").checkable
    assert not claim_with(source, "Appointments").checkable
    assert claim_with(source, "61-year-old woman").checkable
    assert len(extract_claims(source)) == 3
