"""Session 41 (round 93): general rules from the tuning texts' errors, the eighty-second fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, spoken


def test_found_guilty_is_a_verdict_not_a_finding_said():
    source = (
        "Dana Reyes, the Ohio nurse found guilty of stealing drugs from patients, faces up to "
        "ten years in prison when she is sentenced next month."
    )
    assert speakers(source) == [None]


def test_a_jury_declaring_someone_guilty_is_no_statement():
    source = "On Friday a Texas jury declared Hollis, 41, guilty on three counts of fraud."
    assert speakers(source) == [None]


def test_a_fronted_throughout_is_no_subject_and_bare_plurals_go_on_speaking():
    source = (
        "Throughout the hearing, investigators described the bank as reckless and argued that only "
        "its board could have stopped the losses."
    )
    assert speakers(source)[-1] == "investigators"


def test_bare_plural_sources_keep_their_adjective():
    source = "Federal investigators searched the office in May and said they had seized $2 million."
    assert speakers(source)[-1] == "Federal investigators"


def test_but_only_a_spelled_count_opens_a_clause():
    source = (
        "More children are vaccinated worldwide, especially girls, but only one country in five "
        "is on track to meet the target, the agency said on Monday."
    )
    assert len(passages(source)) == 2


def test_contending_that_goes_on_with_what_the_minister_said():
    source = (
        "Speaking to reporters, Trade Minister Ana Costa did not rule out new tariffs, contending "
        "that the rival bloc had broken the agreement twice."
    )
    assert spoken(source)[-1] == ("the rival bloc had broken the agreement twice.", "Ana Costa")


def test_adding_workers_to_payrolls_is_hiring_not_speech():
    source = "Builders added workers to their payrolls for a third month in a row, data showed."
    assert speakers(source) != ["Builders"]
