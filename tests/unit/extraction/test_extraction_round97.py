"""Session 41 (round 97): general rules from the tuning texts' errors, the eighty-sixth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_a_surname_that_is_also_a_title_before_jr_is_the_name():
    source = (
        "Former Labor Secretary Robert T. King Jr. announced Monday that he had raised $2 million."
    )
    assert speakers(source) == ["Robert T. King Jr"]


def test_comptroller_and_treasurer_are_titles():
    source = "State Treasurer Dana Whitfield (R) reported $1.4 million in her campaign account."
    assert speakers(source) == ["Dana Whitfield"]


def test_jurors_finding_someone_guilty_is_a_verdict():
    source = "Jurors have found former Mayor Tom Reyes guilty on 9 of 12 counts of fraud."
    assert speakers(source) == [None]


def test_he_goes_back_to_the_foreman_quoted_in_a_later_part():
    source = (
        "Defense lawyer Mark Hale said his client would appeal. She spent two days on the stand "
        'and the jury foreman said that was a help and a hindrance. "It was to me believable," '
        "he said."
    )
    assert speakers(source)[-1] == "jury foreman"


def test_the_company_is_no_township_named_before_it():
    source = (
        "After the strike ended, workers at Acme Corp. returned to the factory in Milford "
        "Township. The company says it will spend $90 million on the plant."
    )
    assert speakers(source)[-1] == "Acme Corp"


def test_a_short_form_before_a_title_is_the_body_not_the_title():
    source = (
        'Acme Corp. posted record sales. "We are thrilled," Acme Chairman and CEO Dana Lee said. '
        "Indeed, Acme has said it planned to hire 300 engineers."
    )
    assert speakers(source)[-1] in ("Acme", "Acme Corp")
