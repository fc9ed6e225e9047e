"""Session 36 (round 46): rules from the retired thirty-seventh fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers


def test_general_motors_is_a_company_and_it_is_the_company():
    source = (
        "General Motors said quarterly profit fell to $1.1 billion. It explained that higher "
        "costs offset gains in North America."
    )
    assert speakers(source) == ["General Motors", "General Motors"]


def test_a_general_is_still_a_title():
    assert speakers("Gen. Maria Ortiz said the troops were ready.") == ["Maria Ortiz"]


def test_a_chief_financial_officer_title_is_not_part_of_the_name():
    assert speakers("Acme CFO Lena Hart said costs fell 4 percent.") == ["Lena Hart"]


def test_the_holder_of_an_office_with_lowercase_words():
    source = "Manager of government business Ana Ruiz said the vote would be held on Monday."
    assert speakers(source) == ["Ana Ruiz"]


def test_a_total_share_of_respondents_is_no_speaker():
    source = "A total 40% of surveyed voters said they would back the governor."
    assert speakers(source) == [None]


def test_a_participle_phrase_before_the_subject_is_no_name():
    source = (
        "Commissioned by the Civic Trust, the poll, whose results were released today, shows "
        "that 40% of voters back the plan."
    )
    assert speakers(source) == ["poll"]


def test_figures_processed_by_an_agency_are_the_agencys():
    source = "According to ESA-processed radar data, the glacier retreated 300 metres in 2021."
    assert speakers(source) == ["ESA"]


def test_a_survey_reveals():
    source = "The senator now trails her rival by four points, a new survey reveals."
    assert speakers(source) == ["new survey"]


def test_a_division_reporting_its_results_is_the_reporters_fact():
    source = "Acme Europe reported EBIT of $0.4bn compared with $0.3bn a year earlier."
    assert speakers(source) == [None]


def test_and_that_after_said_is_the_same_speakers_second_claim():
    source = (
        "The minister was absent from the vote but the whip's office said she had been paired "
        "with an opposition MP and that pairing was normal practice."
    )
    assert passages(source)[-1] == "that pairing was normal practice."
    assert speakers(source)[-2:] == ["whip's office", "whip's office"]
