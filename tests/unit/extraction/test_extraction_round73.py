"""Session 40 (round 73): general rules from the tuning texts' errors, the sixty-second fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_according_to_an_unnamed_report_is_the_body_whose_report_it_is():
    assert speakers(
        "The Minnesota Department of Health said 71 people were hospitalized last week. That is "
        "20 more than the week before, according to the latest flu report."
    ) == ["Minnesota Department of Health", "Minnesota Department of Health"]


def test_a_campaign_keeps_its_candidates_name_as_the_text_gives_it():
    # (a surname is not widened to another person of that surname)
    assert (
        speakers(
            "Senator Ann Capito endorsed her son. Capito’s campaign emphasized the $1 million it "
            "raised over the early months."
        )[-1]
        == "Capito’s campaign"
    )
