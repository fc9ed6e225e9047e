"""Session 36 (round 45): rules from the retired thirty-sixth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claims_of, passages, speakers, wordings


def test_according_to_neighbours_and_relatives():
    source = (
        "A strike on the market killed six people, according to neighbours and relatives of "
        "the victims."
    )
    assert speakers(source) == ["neighbours"]


def test_a_statement_from_the_ministry_dated_a_day_is_the_ministrys():
    source = (
        "The Ministry of Health confirmed the outbreak on Monday. According to a statement "
        "from the ministry dated October 4, six new cases were recorded."
    )
    assert speakers(source)[-1] == "Ministry of Health"


def test_and_added_after_a_comma_is_a_second_claim():
    source = (
        "The mayor said the bridge had reopened on Monday, and added the repairs cost $2 million."
    )
    assert wordings(source) == [
        "The mayor said the bridge had reopened on Monday.",
        "The mayor added the repairs cost $2 million.",
    ]


def test_say_that_and_that_are_two_claims():
    source = (
        "Rights groups say that the official toll is far too low and that at least 300 "
        "people have died in the floods."
    )
    assert passages(source) == [
        "Rights groups say that the official toll is far too low",
        "that at least 300 people have died in the floods.",
    ]
    assert wordings(source)[-1] == (
        "Rights groups say that at least 300 people have died in the floods."
    )


def test_says_without_that_and_that():
    source = (
        "The agency says teams are tracing contacts in three districts and that 58 contacts "
        "have been listed so far."
    )
    assert len(passages(source)) == 2


def test_a_pronoun_and_a_present_tense_after_a_comma_open_a_clause():
    source = (
        "She said the council approved the budget on Tuesday, and she hopes to cut the "
        "deficit by half."
    )
    claims = claims_of(source)
    assert [claim.checkable_reason for _, claim in claims] == [None, "intent"]


def test_a_hope_heading_its_clause_is_an_intent():
    claim = claims_of("The government hopes to raise the minimum wage to $20 by 2028.")[0][1]
    assert claim.checkable_reason == "intent"


def test_a_hope_in_a_relative_clause_is_no_intent():
    source = "Trump won Ohio, a state won in 2012 by Barack Obama that Trump hopes to flip again."
    assert claims_of(source)[0][1].checkable_reason != "intent"


def test_a_hope_after_an_opening_phrase_is_an_intent():
    claim = claims_of("After the vote, the party hopes to form a government by May.")[0][1]
    assert claim.checkable_reason == "intent"
