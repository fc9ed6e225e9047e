"""Session 41 (round 103): general rules from the tuning texts' errors, the ninety-second fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_as_per_a_bodys_data_is_the_body():
    source = "As per Bank of Ghana (BoG) data on Monday, remittances rose to $4.6 billion in June."
    assert speakers(source) == ["Bank of Ghana"]


def test_a_name_with_van_der_after_the_verb_keeps_its_surname():
    source = '"It was brighter than we thought," said Lieke van der Berg.'
    assert speakers(source) == ["Lieke van der Berg"]
