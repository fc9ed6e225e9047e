"""Session 37 (round 55): rules from the retired forty-sixth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, speakers


def test_the_first_part_of_a_quotation_carried_over_keeps_its_marks():
    source = (
        "“We trained for this all winter. I still cannot believe it,” said Amara Diallo, who "
        "will rise into the top 50 of the rankings on Monday."
    )
    first = claims_of(source)[1][1]
    assert first.text == "“I still cannot believe it,” said Amara Diallo."


def test_an_apostrophe_typed_as_a_closing_mark_opens_no_quotation():
    source = (
        "The jury read the verdict at noon. Ortiz”s mother, Rosa, and his sister, Lena, wept, "
        "and the judge thanked the jurors for their 9 days of service."
    )
    assert not any(claim.text.startswith("“Ortiz") for _, claim in claims_of(source))


def test_a_veteran_leader_is_named_by_the_name_after_the_role():
    source = '"The minister must go," veteran NCP leader R K Menon said.'
    assert speakers(source) == ["R K Menon"]


def test_an_officer_of_a_military_who_put_a_toll_is_the_officer():
    source = "A Kenyan army officer put the number of dead at 12."
    assert speakers(source) == ["Kenyan army officer"]


def test_advice_to_a_long_group_is_the_advisers_appeal():
    source = (
        "Health Minister Ana Ruiz said 40 birds had died. She also advised people keeping "
        "poultry in nearby villages to report any sick bird."
    )
    claim = claim_with(source, "also advised")
    assert claim.speaker == "Ana Ruiz"
    assert claim.checkable_reason == "exhortation"
