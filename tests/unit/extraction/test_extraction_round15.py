"""Session 29 (round 15): rules from the retired ninth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers, spoken
from webapp.extraction import extract_claims


def test_a_hyphenated_adjective_before_the_speaker_is_not_a_verb():
    source = "Two shops were hit overnight, Kremlin-backed officials said on Friday."
    assert speakers(source) == ["Kremlin-backed officials"]


def test_a_long_description_of_the_speaker_gives_its_head():
    source = (
        '"A shell struck the market," the Russian-installed police force in the part of the '
        "province held by the army said in a statement."
    )
    assert speakers(source) == ["Russian-installed police force"]


def test_a_based_company_is_the_company_the_article_quoted():
    source = (
        "Acme Corp said its profit rose 4% to $80 million. The Ohio-based company also said "
        "it would open 12 stores."
    )
    assert speakers(source) == ["Acme Corp", "Acme Corp"]


def test_a_person_named_only_as_a_given_name_after_the_verb_is_the_speaker():
    source = (
        '"The windows just exploded," said one neighbour who only gave her name as Olena. '
        '"It is very frightening. We have nowhere else to go."'
    )
    assert set(speakers(source)) == {"Olena"}


def test_how_a_witness_felt_is_an_opinion():
    for sentence in ("The situation is very tense.", "It all seems like it'll never end."):
        (claim,) = extract_claims(sentence)
        assert claim.checkable_reason == "opinion", sentence


def test_a_place_is_never_the_person_a_pronoun_stands_for():
    source = (
        "Chief counsel for the Lee family, Mark Dunn, spoke to reporters after Lee was sent to "
        'the Montana State Prison. Dunn did not give a date for the appeal. "It will take '
        'about a year," he said.'
    )
    # "State" is a title word ("Secretary of State"), but a prison is no one who speaks
    assert "Prison" not in speakers(source)


def test_the_company_is_never_a_figure_quoted_as_a_source():
    source = (
        "Globex's profit totaled $2.71 per share in the third quarter. The analyst consensus "
        'called for $1.90. "Demand held up across every region," the company said.'
    )
    assert speakers(source)[-1] == "Globex"


def test_a_report_with_adjectives_before_its_issuer_gives_the_issuer():
    source = (
        "According to the latest situation report released by the WHO on Monday via its "
        "website, 140 deaths have been recorded."
    )
    assert speakers(source) == ["WHO"]


def test_an_absolute_with_clause_is_a_claim_of_its_own():
    source = "The outbreak spans 21 states, with the highest burden concentrated in Ondo and Edo."
    assert passages(source) == [
        "The outbreak spans 21 states",
        "with the highest burden concentrated in Ondo and Edo.",
    ]


def test_a_comparison_after_and_is_a_claim_of_its_own():
    source = (
        "Profit was $2.71 a share, up from $2.12 a year ago, and well above the analyst "
        "consensus of $1.90."
    )
    assert passages(source)[-1] == "well above the analyst consensus of $1.90."


def test_a_companys_own_praise_of_its_quarter_is_an_opinion():
    (claim,) = extract_claims('"We had a strong quarter," the chief executive said.')
    assert claim.checkable_reason == "opinion"


def test_a_pledge_is_the_speakers_intent():
    source = (
        "Senator Ann Cole spoke in Akron, pledging to protect 3,000 factory jobs. "
        "Cole also pledged a new plan for the region's roads."
    )
    assert spoken(source) == [
        ("Senator Ann Cole spoke in Akron", None),
        ("pledging to protect 3,000 factory jobs.", "Ann Cole"),
        ("Cole also pledged a new plan for the region's roads.", "Ann Cole"),
    ]
    for fragment in ("pledging", "pledged"):
        assert claim_with(source, fragment).checkable_reason == "intent"
