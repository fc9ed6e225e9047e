"""Session 40 (round 72): general rules from the tuning texts' errors, the sixty-first fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_an_unnamed_spokesman_for_a_body_is_the_body():
    assert (
        speakers(
            "Acme lost its appeal. This afternoon, a spokesman for Acme said: “A former employee "
            "stole the data.”"
        )[-1]
        == "Acme"
    )


def test_a_spokesman_for_a_place_based_body_is_the_body_without_the_place():
    assert (
        speakers(
            "Acme Inc cut 500 jobs. A spokesman for Pittsburgh-based Acme told reporters the "
            "layoffs will be phased in."
        )[-1]
        == "Acme Inc"
    )


def test_judges_announcing_their_decision_is_the_reporters_account():
    assert speakers(
        "Three Court of Appeal judges in London announced their decision today on the issue of "
        "liability."
    ) == [None]


def test_a_statistics_office_is_a_body_and_what_it_said_goes_on_as_its():
    assert speakers(
        "Statistics Canada said real GDP was up by 0.7 per cent in the quarter. The agency said "
        "the growth came from exports. It also said there were increases in public spending."
    ) == ["Statistics Canada", "Statistics Canada", "Statistics Canada"]
