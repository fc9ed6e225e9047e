"""Session 34 (round 27): rules from the retired nineteenth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, speakers, spoken


def test_a_range_called_for_by_guidelines_gives_no_speaker():
    # "called for by …" is passive: the words before it are no speaker
    source = (
        "The state had asked that Moreno, 52, serve a sentence within the range called for "
        "by the county's guidelines."
    )
    assert speakers(source) == [None]


def test_each_side_after_a_dash_although_speaks_for_itself():
    source = (
        "The auditor put the shortfall at between $4 million and $6 million — although the "
        "council said that estimate overstated the cost, and union leaders said it left out "
        "pensions."
    )
    assert spoken(source) == [
        ("The auditor put the shortfall at between $4 million and $6 million", None),
        ("the council said that estimate overstated the cost", "council"),
        ("union leaders said it left out pensions.", "union leaders"),
    ]


def test_a_sentence_handed_down_stays_checkable_whatever_the_crimes_are_called():
    source = (
        "A former county treasurer was sentenced to eight years in prison on Tuesday for a "
        "corrupt scheme to divert road funds to his relatives, officials said."
    )
    claim = claim_with(source, "sentenced to eight years")
    assert claim.checkable
    assert claim.checkable_reason is None


def test_an_outlet_passing_on_a_quotation_is_not_its_speaker():
    source = (
        '"The samples show no sign of contamination," said Irina Volkova, a biologist at '
        "the Moscow Institute of Physics, Nature News reported."
    )
    assert speakers(source) == ["Irina Volkova"]


def test_reported_speech_relayed_by_a_newspaper_stays_with_the_official():
    source = (
        "Maria Ortiz, the county's health director, said on Monday that 31 cases were under "
        "investigation, according to the Denver Post."
    )
    assert speakers(source) == ["Maria Ortiz"]


def test_an_outlet_that_reports_an_event_after_someone_spoke_is_the_source():
    source = (
        "The vote came a day after Keller said at a rally that taxes would not rise, "
        "Bloomberg reported."
    )
    assert speakers(source) == ["Bloomberg"]


def test_an_analyst_named_with_his_employer_is_he_in_the_next_sentence():
    source = (
        "Analyst Peter J. Lang of Morgan Stanley cut his rating on the shares. "
        "He said the chain's inventory rose 4 percent while sales fell 2 percent."
    )
    assert claim_with(source, "inventory rose").speaker == "Peter J. Lang"


def test_an_adverb_before_the_verb_is_not_part_of_the_speaker():
    source = "Other doctors still cautioned against reading too much into one trial."
    assert speakers(source) == ["Other doctors"]


def test_a_warning_not_to_do_something_is_an_exhortation():
    claim = claim_with(
        "Engineers cautioned residents not to return before the dam is inspected.", "cautioned"
    )
    assert not claim.checkable
    assert claim.checkable_reason == "exhortation"


def test_a_player_named_by_position_is_the_player():
    assert speakers("Midfielder Ana Souza praised the travelling fans after the draw.") == [
        "Ana Souza"
    ]


def test_investigating_reports_is_no_attribution_to_the_investigators():
    source = (
        "French and Malian army officers are investigating reports that 12 villagers were "
        "killed in a drone strike on Friday."
    )
    assert speakers(source) == [None]


def test_more_information_to_come_is_boilerplate():
    claim = claim_with(
        '"Further details will be released when the review is complete," said Lieutenant '
        "Mark Evans.",
        "Further details",
    )
    assert claim.checkable_reason == "boilerplate"


def test_a_speaker_stating_a_worry_is_an_opinion():
    claim = claim_with(
        '"My concern is that the money will not reach the schools," said the mayor.', "concern"
    )
    assert claim.checkable_reason == "opinion"


def test_a_quoted_figure_in_a_which_clause_is_its_own_claim_in_its_own_quotation():
    source = (
        "\u201cWeak demand squeezed our margins as we dealt with unsold stock, which was down 8 "
        "percent at year-end,\u201d said finance director Ruth Hale."
    )
    texts = [claim.text for _, claim in claims_of(source)]
    assert texts == [
        "Weak demand squeezed our margins as we dealt with unsold stock.",
        "\u201cUnsold stock was down 8 percent at year-end,\u201d said finance director Ruth Hale.",
    ]


def test_a_which_clause_with_an_irregular_verb_and_a_time_is_its_own_claim():
    source = (
        "Nobody was hurt in the fire, which broke out around 3 a.m. in a warehouse on Dock "
        "Road, the fire service said."
    )
    assert len(claims_of(source)) == 2


def test_an_office_that_calculated_a_range_is_its_source():
    source = (
        "The budget office calculated that gap as between $2 billion and $3 billion over "
        "five years."
    )
    assert speakers(source) == ["budget office"]
