"""Session 41 (round 83): general rules from the tuning texts' errors, the seventy-second fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, spoken


def test_while_one_side_said_and_another_told_are_two_claims_with_their_speakers():
    source = (
        "While the army said the strike caused no casualties, Aden’s police spokesman Colonel "
        "Omar Khalil al-Bakri told reporters that three children had been killed."
    )
    assert spoken(source) == [
        ("the army said the strike caused no casualties", "army"),
        (
            "Aden’s police spokesman Colonel Omar Khalil al-Bakri told reporters that three "
            "children had been killed.",
            "Omar Khalil al-Bakri",
        ),
    ]


def test_a_name_with_a_particle_after_a_title_in_a_description():
    source = (
        "Basra’s police spokesman Colonel Hassan Ali al-Amiri said the road had reopened on "
        "Tuesday."
    )
    assert speakers(source) == ["Hassan Ali al-Amiri"]


def test_a_stock_ticker_is_no_body_that_speaks():
    source = (
        "Discount retailer Harbor Goods Inc (HRBG.O) posted higher sales on Thursday. The company "
        "said shoes were its strongest category."
    )
    assert speakers(source)[-1] == "Harbor Goods Inc"


def test_a_coalition_against_someone_is_the_coalition():
    source = (
        "Four drones were shot down over the port, the Saudi-led coalition against the rebels "
        "said on Sunday."
    )
    assert speakers(source) == ["Saudi-led coalition"]
