"""Session 40 (round 75): general rules from the tuning texts' errors, the sixty-fourth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_the_person_a_paper_reported_as_saying_is_the_speaker():
    assert speakers(
        "Detroit newspapers reported that Joseph Ashton, a union vice president, said at a "
        "meeting that laid-off workers would be called back."
    ) == ["Joseph Ashton"]


def test_according_to_a_report_of_its_own_is_that_report():
    assert (
        speakers(
            "Health officials confirmed two cases. According to a preliminary report, both "
            "children had never received the vaccine."
        )[-1]
        == "preliminary report"
    )


def test_according_to_a_bodys_statement_is_still_the_body():
    assert (
        speakers(
            "Gunmen attacked the post. According to a military statement, one of the attackers "
            "blew himself up."
        )[-1]
        != "military statement"
    )


def test_slower_than_previously_estimated_is_no_speaker():
    assert speakers(
        "The economy grew at a 2.4 percent annual rate, slightly slower than previously estimated."
    ) == [None]


def test_a_participle_in_a_fronted_phrase_is_no_speaker():
    assert speakers(
        "Prior to the first case reported earlier this year, Pakistan had spent 15 months without "
        "a case."
    ) == [None]
