"""Session 34 (round 28): rules from the retired twentieth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_an_activist_who_goes_by_a_name_is_that_name_after_a_long_clause():
    source = (
        "The group has emptied all its offices, such as its clinics and schools, in the old "
        "town and the villages around it, said a resident based in the region who goes by "
        "the name of Omar Saleh. He said 40 families had left."
    )
    assert speakers(source) == ["Omar Saleh", "Omar Saleh"]


def test_a_role_after_a_comma_and_the_verb_speaks_however_the_clause_before_reads():
    source = (
        "Two bridges were closed, such as the one on the ring road, in the north of the city, "
        "said a police officer at the scene."
    )
    assert speakers(source) == ["police officer"]


def test_a_fresh_say_is_no_speech():
    source = (
        "Opening the debate, Ms Reyes had called on councillors to reject the mayor's "
        '"ghost budget" and give residents a fresh say on who should run the port.'
    )
    assert speakers(source) == ["Reyes"]


def test_an_opposition_figure_is_a_person_not_a_number():
    source = (
        "A Libyan opposition figure said the strikes hit two depots. "
        "The opposition figure said 12 of the dead were guards."
    )
    assert speakers(source) == ["Libyan opposition figure", "opposition figure"]


def test_a_member_of_parliament_is_named_without_party_and_title():
    source = "Conservative MP Jane Hollis said the waiting lists had doubled since 2019."
    assert speakers(source) == ["Jane Hollis"]


def test_where_a_body_is_based_is_no_part_of_its_name():
    assert speakers("The Geneva-based Red Cross said 40 people died in the floods.") == [
        "Red Cross"
    ]
    source = "At least six children were hurt, said the London-based Syrian Network for Rights."
    assert speakers(source) == ["Syrian Network for Rights"]


def test_the_company_is_the_company_the_article_is_about_not_the_data_provider_cited():
    source = (
        "Acme Corp. says its profit rose 4% in the quarter. "
        "Analysts expected 90 cents a share, according to FactSet. "
        "The company expects full-year revenue of $4 billion."
    )
    assert claim_with(source, "full-year revenue").speaker == "Acme Corp"


def test_the_worlds_largest_maker_is_the_company_the_article_is_about():
    source = (
        "DETROIT (AP) \u2014 Ford Motor says its sales fell 3% in May. "
        "Ford also issued a cautious outlook. "
        "The world's second-largest carmaker, based in Dearborn, says it sold 210,000 trucks."
    )
    assert claim_with(source, "210,000 trucks").speaker == "Ford Motor"


def test_an_ampersand_name_is_one_name():
    assert speakers("AT&T said it would cut 1,000 jobs.") == ["AT&T"]
    source = (
        "P&G also issued a weak outlook on Tuesday. "
        "The world's largest consumer goods maker, based in Cincinnati, says sales rose 2%."
    )
    assert claim_with(source, "sales rose").speaker == "P&G"


def test_a_parenthetical_estimate_names_its_source():
    source = (
        "Last winter, the World Health Organization estimates, 3 million people caught the virus."
    )
    assert speakers(source) == ["World Health Organization"]


def test_estimates_as_a_noun_after_a_possessive_or_a_preposition_is_no_speech():
    assert speakers("Analysts' estimates, which were cut in May, stood at 50 cents.") == [None]
    assert speakers("The agency counts the deaths one by one, not by estimates, as it did.") == [
        None
    ]


def test_a_company_aiming_to_do_something_states_an_intent():
    claim = claim_with("The bank is aiming to cut $2 billion in costs by 2027.", "aiming")
    assert claim.checkable_reason == "intent"


def test_a_much_needed_boost_is_an_appraisal():
    claim = claim_with("The vote is a much-needed boost for the governor.", "much-needed")
    assert claim.checkable_reason == "opinion"
