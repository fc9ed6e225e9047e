"""Session 41 (round 99): general rules from the tuning texts' errors, the eighty-eighth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers


def test_a_country_does_not_own_a_company_named_with_its_suffix():
    source = "Japan's Toyota Motor Corp announced Tuesday its shareholders had approved the deal."
    assert speakers(source) == ["Toyota Motor Corp"]


def test_late_on_a_day_is_no_part_of_the_name():
    source = "Unilever late Thursday also announced that it had sold its tea business."
    assert speakers(source) == ["Unilever"]


def test_hasnt_confirmed_is_negated_speech():
    source = (
        "While the ministry hasn't confirmed if it will appeal, the council didn't seek a stay "
        "of the order."
    )
    assert "ministry hasn't" not in [speaker or "" for speaker in speakers(source)]


def test_an_alert_from_a_body_this_afternoon_is_the_body():
    source = (
        "An alert from the Met Office this afternoon warned that rivers could burst their banks."
    )
    assert speakers(source) == ["Met Office"]


def test_yet_is_no_part_of_the_subject():
    source = "Yet doctors warn that waiting lists are still far longer than before the pandemic."
    assert speakers(source) == ["doctors"]


def test_hailed_something_as_is_an_appraisal_stated():
    source = "Angela Rayner hailed the new housing figures as a turning point for young families."
    assert speakers(source) == ["Angela Rayner"]


def test_a_spelled_ordinal_summary_before_the_source_splits():
    source = (
        "The number of people claiming benefits fell in March by 12,400 to 903,000, the "
        "thirteenth month in a row the count has fallen, the agency said."
    )
    assert len(passages(source)) == 2
