"""Session 29 (round 16): rules from the retired tenth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, spoken
from webapp.extraction import extract_claims


def test_a_co_author_named_after_says_is_the_speaker():
    source = '"The glacier lost a tenth of its mass," says co-author Maria Lind, a geologist.'
    assert speakers(source) == ["Maria Lind"]


def test_assured_their_coach_is_the_coach():
    assert speakers("Wins will come, assured their coach.") == ["coach"]


def test_noticed_and_admit_that_report_what_researchers_found():
    assert speakers("Researchers noticed that the ice melted twice as fast in 2019.") == [
        "Researchers"
    ]
    assert speakers("Economists admit that the data for June are incomplete.") == ["Economists"]


def test_a_concession_before_a_plural_subject_is_a_claim_of_its_own():
    source = (
        "Although the survey covers the whole country, researchers admit that rural areas are "
        "under-counted."
    )
    assert passages(source) == [
        "the survey covers the whole country",
        "researchers admit that rural areas are under-counted.",
    ]


def test_described_as_is_never_split_as_a_cause():
    source = (
        'Mr Hale, who 12 years ago described the council as a "closed shop", said the vote '
        "was rigged."
    )
    found = passages(source)
    assert len(found) == 1
    assert speakers(source) == ["Hale"]


def test_the_name_in_apposition_to_a_role_speaks_after_and_said():
    source = (
        "Reed's lawyer, Anna Vogel, asked the judge for a lighter sentence and said Reed "
        "would appeal."
    )
    assert speakers(source) == ["Anna Vogel"]


def test_the_subject_of_the_clause_before_and_told_speaks():
    source = (
        "When given the chance to speak, Reed thanked his family and told the court he was "
        "innocent."
    )
    # (since round 58 the thanks are a claim of their own, in the reporter's voice)
    assert spoken(source) == [
        ("When given the chance to speak, Reed thanked his family", None),
        ("told the court he was innocent.", "Reed"),
    ]


def test_a_department_attributing_a_figure_to_a_cause_is_its_source():
    source = "The Commerce Department attributed the 2.5% growth rate to higher spending."
    assert speakers(source) == ["Commerce Department"]


def test_despite_after_a_comma_is_a_claim_of_its_own():
    source = "MPs passed the bill by 320 votes to 301, despite a revolt by 40 Labour members."
    assert passages(source) == [
        "MPs passed the bill by 320 votes to 301",
        "despite a revolt by 40 Labour members.",
    ]
    # without the comma it qualifies the clause and stays with it
    assert len(passages("The team stayed upbeat despite losing 3-0 on Sunday.")) == 1


def test_a_contact_line_is_boilerplate():
    (claim,) = extract_claims("Write to Dana Moore.")
    assert claim.checkable_reason == "boilerplate"


def test_a_title_with_no_name_is_kept_whole():
    source = (
        "The Prime Minister opened the debate, saying the deficit had reached £300bn this year."
    )
    assert ("the deficit had reached £300bn this year.", "Prime Minister") in spoken(source)
