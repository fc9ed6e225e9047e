"""Session 33 (round 25): rules from the retired eighteenth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers


def test_she_added_is_the_surname_quoted_just_before_not_a_woman_named_earlier():
    source = (
        "Ostrova beat Kim Lee 6-4 6-2 in the final. The title is the first since her coach "
        "Helena Varga won in 1994. \u201cToday was the hardest final,\u201d said Ostrova. "
        "\u201cI was nervous for an hour,\u201d she added."
    )
    assert speakers(source)[-2:] == ["Ostrova", "Ostrova"]


def test_adding_to_a_total_is_not_a_remark_and_keeps_its_wording():
    source = (
        "It is the club's third league title, adding to the cup it won in 2019, "
        "and gives its coach a new contract."
    )
    assert speakers(source) == [None] * len(speakers(source))
    assert all(not passage.startswith("to the cup") for passage in passages(source))


def test_denying_someone_a_thing_is_not_a_denial_of_something_said():
    assert speakers("Dalton denied Moreno a third straight win in the final round.") == [None]


def test_a_denial_of_the_charges_is_still_speech():
    assert speakers("Dalton denied the charges in court on Tuesday.") == ["Dalton"]


def test_backtick_quotation_marks_open_a_quotation_like_curly_ones():
    source = (
        "``We found 40 new species in the cave,'' Maria Lenz of the State Museum told reporters. "
        "``It is the largest find in a decade.''"
    )
    claims = [claim_with(source, "40 new species"), claim_with(source, "largest find")]
    assert [claim.speaker for claim in claims] == ["Maria Lenz", "Maria Lenz"]
    assert [claim.attribution for claim in claims] == ["direct", "direct"]


def test_a_name_then_a_capitalised_role_of_a_body_is_the_speaker():
    source = (
        '"The survey covered 9,000 homes," Tom Reeve, Northern editor of Nature, told reporters.'
    )
    assert speakers(source) == ["Tom Reeve"]


def test_a_long_name_with_a_particle_before_its_institution_speaks():
    source = (
        '"The skull is 800,000 years old," Ana Luisa Ferreira da Costa of the National '
        "Institute of Anthropology in Lisbon told a news conference."
    )
    assert speakers(source) == ["Ana Luisa Ferreira da Costa"]


def test_a_group_of_scientists_is_the_scientists_not_the_group():
    source = "A team of Danish geologists said on Monday they had dated the rock to 3 billion BC."
    assert speakers(source) == ["Danish geologists"]


def test_an_employer_before_a_role_and_a_name_leaves_the_name():
    source = '"Retail sales fell 2 percent," Bank of Nova Scotia economist Priya Raman said.'
    assert speakers(source) == ["Priya Raman"]


def test_he_said_goes_back_to_a_speaker_who_opens_the_sentence_before():
    source = (
        "Finance Minister Karl Brandt said the budget would pass. "
        "Chancellor Otto Lenz said he fears the economy could shrink. "
        "Brandt was calm about the rebels in his party. "
        '"We have had three rebels before," he said.'
    )
    assert speakers(source)[-1] == "Karl Brandt"


def test_he_in_a_later_part_of_the_first_sentence_after_a_body_speaks():
    # the first sentence has no sentence before it: the rule for "she added" must not need one
    source = "The army said five soldiers died, but he said three were hurt."
    assert len(speakers(source)) == 2
