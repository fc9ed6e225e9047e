"""Session 41 (round 88): general rules from the tuning texts' errors, the seventy-seventh fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_data_from_a_network_is_the_networks_whatever_its_capital_letter():
    source = (
        "Data from the Met Office’s rain gauge network shows that May was the wettest on record."
    )
    assert speakers(source) == ["Met Office’s rain gauge network"]


def test_a_bodys_named_bulletin_is_the_bodys():
    source = "The IEA’s monthly Oil Market Report on Tuesday found that demand rose 2 percent."
    assert speakers(source) == ["IEA"]


def test_according_to_a_countrys_named_body_is_the_body():
    source = "Turnout was 31 percent, according to Kenya’s Independent Electoral Commission."
    assert speakers(source) == ["Independent Electoral Commission"]


def test_a_weekdays_report_from_a_body_is_the_bodys():
    source = "Monday's report from the Commerce Department also showed that exports fell 2%."
    assert speakers(source) == ["Commerce Department"]


def test_telling_the_public_what_to_do_is_an_appeal():
    source = '"We are asking residents to stay indoors," the county health officer said.'
    assert claim_with(source, "stay indoors").checkable_reason == "exhortation"
