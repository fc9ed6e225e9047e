"""Session 35 (round 34): rules from the retired twenty-sixth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, passages, speakers


def test_a_name_with_its_employer_after_said_speaks_after_an_adverbial_phrase():
    source = (
        "The glacier is shrinking faster than before, mostly because of warmer summers, said "
        "Anna Berg of the Norwegian Polar Institute."
    )
    assert speakers(source) == ["Anna Berg"]


def test_a_possessive_owner_is_no_part_of_the_name_after_it():
    source = (
        "Launched in March, ESA’s Hera probe reached the asteroid on Monday. The probe's "
        "cameras still work, according to ESA."
    )
    assert speakers(source)[-1] == "ESA"


def test_a_person_named_after_a_company_possessive_is_the_person():
    source = "Apple's Tim Cook said sales in China rose 12 percent."
    assert speakers(source) == ["Tim Cook"]


def test_jobs_the_economy_added_are_no_speech():
    source = "Still, most of the jobs the economy added in May were in health care."
    claim = claim_with(source, "health care")
    assert (claim.speaker, claim.attribution) == (None, "reporter")


def test_employers_added_with_a_count_stays_no_speech():
    source = "Employers added 95,000 jobs in May, the department said."
    assert speakers(source) == ["department"]


def test_a_fact_reported_by_a_group_in_the_passive_is_the_groups():
    source = "Similar figures were reported by a local monitoring group."
    claim = claim_with(source, "Similar figures")
    assert (claim.speaker, claim.attribution) == ("local monitoring group", "reported")


def test_a_fronted_while_concession_is_a_claim_of_its_own():
    source = (
        "While the city has repaired most of its bridges, its roads had been neglected for a "
        "decade."
    )
    assert passages(source) == [
        "the city has repaired most of its bridges",
        "its roads had been neglected for a decade.",
    ]
    assert claim_with(source, "bridges").text == "The city has repaired most of its bridges."


def test_while_as_a_time_or_a_frame_keeps_the_sentence_whole():
    for source in (
        "While the markets were closing, the central bank cut its main rate by half a point.",
        "While it is still early in the season, the club has already sold 9,000 tickets.",
    ):
        assert len(passages(source)) == 1, source


def test_a_clause_after_while_opening_with_as_is_left_to_its_own_break():
    source = (
        "Procter & Gamble says its net income rose 6% in the quarter, as the company cut "
        "costs and gained market share."
    )
    assert passages(source)[0].startswith("Procter & Gamble says its net income rose 6%")


def test_both_halves_of_an_appraising_while_sentence_are_opinions():
    # (round 7 kept this sentence whole as one opinion; the annotation splits it at the comma)
    source = (
        "While business investment remains a weak spot, solid labor-market progress and steady "
        "household purchases kept growth on track ahead of the holiday shopping season."
    )
    claims = [claim for _, claim in claims_of(source)]
    assert [claim.checkable_reason for claim in claims] == ["opinion", "opinion"]
