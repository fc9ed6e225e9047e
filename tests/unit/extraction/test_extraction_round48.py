"""Session 36 (round 48): rules from the retired thirty-ninth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_a_body_whose_name_holds_and_keeps_its_whole_name_and_its_short_form():
    source = (
        "The National Oceanic and Atmospheric Administration (NOAA) said July was the hottest "
        "month on record. August was the second hottest, NOAA has said."
    )
    assert speakers(source) == ["National Oceanic and Atmospheric Administration"] * 2


def test_two_people_joined_by_and_stay_two():
    assert speakers("Trump and Clinton said they would meet in October.") == ["Trump"]


def test_scientists_warn_that():
    source = "Scientists warn that rising seas threaten 40 coastal cities."
    assert speakers(source) == ["Scientists"]


def test_analysts_predict_that_x_will():
    source = "Some analysts predict the bank will raise rates again in March."
    assert speakers(source) == ["Some analysts"]


def test_models_predict_rain_is_no_speaker():
    assert speakers("The forecast models predict heavy rain.") == [None]
