"""Session 37 (round 56): rules from the retired forty-seventh fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claims_of, speakers


def test_according_to_a_firms_economist_named_after_a_comma_is_the_economist():
    source = (
        "Sterling has fallen 9% since March, according to Barclays' chief economist, Anna "
        "Whitfield.\n"
        'She said: "Importers are paying 14% more for raw materials than a year ago."'
    )
    assert speakers(source) == ["Anna Whitfield", "Anna Whitfield"]


def test_according_to_figures_released_today_is_their_source():
    source = (
        "Retail sales rose 1.2% in March, according to figures from the Central Statistics "
        "Office (CSO) released today."
    )
    assert speakers(source) == ["Central Statistics Office"]


def test_who_after_a_closing_attribution_is_the_reporters_background():
    source = (
        "“I can’t believe it,” said Amara Diallo, who will climb into the top 20 of the rankings."
    )
    parts = claims_of(source)
    assert [claim.speaker for _, claim in parts] == ["Amara Diallo", None]
    assert parts[1][1].attribution == "reporter"


def test_who_said_after_a_closing_attribution_is_still_the_speakers():
    source = '"I did nothing wrong," said Lena Ortiz, who claims the money was a loan of $5,000.'
    assert speakers(source)[-1] == "Lena Ortiz"
