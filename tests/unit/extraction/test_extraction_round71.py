"""Session 40 (round 71): general rules from the tuning texts' errors, the sixtieth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_he_after_a_sentence_opened_by_a_newly_named_person_is_that_person():
    assert (
        speakers(
            "Chief Executive Lou Smith blamed the economy, but acknowledged “we did not "
            "execute” in some areas. But Acme Bank analyst Gary Balter is not so sure. “We do "
            "not see how they recover,” he wrote in a client note."
        )[-1]
        == "Gary Balter"
    )


def test_a_body_named_after_said_the_before_in_its_report_speaks():
    assert speakers(
        "Five countries account for over half the global burden from tuberculosis, said the "
        "World Health Organization in its latest report."
    ) == ["World Health Organization"]


def test_a_group_after_said_speaks_not_a_phrase_opening_the_sentence():
    assert speakers(
        "Under Lampert, the company has let stores deteriorate, said analysts, who also faulted "
        "poor locations."
    ) == ["analysts"]


def test_acknowledges_that_is_an_attribution():
    assert speakers(
        "The senator's campaign acknowledges that outside advertising has hurt her in the polls."
    ) != [None]


def test_a_campaign_is_named_by_its_candidate_without_the_titles():
    assert speakers(
        "Republican U.S. Sen. Elizabeth Dole's campaign acknowledges that outside advertising has "
        "hurt her."
    ) == ["Elizabeth Dole’s campaign"]
