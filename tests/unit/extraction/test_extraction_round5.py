"""Fifth round (session 19): rules from the errors of the four texts that were the fresh set and
are now tuning, each written as a reviewer reports it, on sentences made up for the test."""

import pytest

from tests.unit.extraction.helpers import claim_with, passages
from webapp.extraction import extract_claims, split_sentences


@pytest.mark.parametrize(
    "source",
    [
        "Of the 31 confirmed cases, six are children under five.",
        "Among the 12 reported deaths, four were nurses at the district hospital.",
    ],
)
def test_a_speech_verb_after_a_count_is_an_adjective_not_an_attribution(source):
    # "confirmed cases" names the cases: the reporter states the breakdown
    (claim,) = extract_claims(source)
    assert claim.speaker is None
    assert claim.attribution == "reporter"


def test_a_relative_aside_without_that_does_not_take_the_attribution():
    source = (
        "Regulators allege that the bank hid losses of about $40 million from investors – "
        "money they say was moved to accounts in Cyprus."
    )
    (claim,) = extract_claims(source)
    assert claim.speaker == "Regulators"


@pytest.mark.parametrize(
    "source",
    [
        "Jones is scheduled to be sentenced on Friday.",
        "The two men are scheduled to appear in court in March.",
    ],
)
def test_a_scheduled_hearing_is_checkable_not_a_prediction(source):
    # the court's calendar says whether it is scheduled: a reviewer can check that
    (claim,) = extract_claims(source)
    assert claim.checkable
    assert claim.checkable_reason is None


def test_a_forecast_is_still_a_prediction():
    (claim,) = extract_claims("Prices are expected to rise again next year.")
    assert claim.checkable_reason == "prediction"


@pytest.mark.parametrize(
    "source",
    [
        "Officials expect Tehran to honour an agreement that capped enrichment at 3.67 percent.",
        "The union expects the company to respect a contract that raised wages by 4 percent.",
        "Kyiv expects Moscow to observe a ceasefire which began at midnight on Sunday.",
    ],
)
def test_an_expectation_about_what_already_happened_is_checkable(source):
    # the relative clause in the past tense states the agreement's terms: a reviewer checks them
    (claim,) = extract_claims(source)
    assert claim.checkable and claim.checkable_reason is None


@pytest.mark.parametrize(
    "source",
    [
        "The union expects the company to respect the contract next year.",
        "Officials expect Tehran to honour a deal that they said would cap enrichment.",
        "Analysts expect a recovery that will take years.",
    ],
)
def test_an_expectation_without_a_past_fact_stays_a_prediction(source):
    (claim,) = extract_claims(source)
    assert claim.checkable_reason == "prediction"


@pytest.mark.parametrize(
    "source",
    [
        '"We have to do much more to stop the spread of this virus," the minister said.',
        "Doctors have warned parents against giving the drug to children.",
        "Police cautioned residents against travelling on the flooded roads.",
    ],
)
def test_obligations_and_warnings_are_exhortations(source):
    (claim,) = extract_claims(source)
    assert not claim.checkable
    assert claim.checkable_reason == "exhortation"


def test_a_court_order_with_have_to_stays_checkable():
    (claim,) = extract_claims("Smith will also have to serve two years of probation.")
    assert claim.checkable


@pytest.mark.parametrize(
    "source",
    [
        "“It was a terrific season for the whole team,” the coach said.",
        "“We have made significant progress in the talks,” the envoy said.",
        "The ruling is a big win for the state's teachers, the union said.",
        "“We are getting mixed signals from the market,” Lee said.",
    ],
)
def test_praise_and_appraisal_are_opinions(source):
    (claim,) = extract_claims(source)
    assert claim.checkable_reason == "opinion"


def test_appraisal_with_a_figure_stays_checkable():
    claim = claim_with(
        "Sales rose an impressive 40% to $2 billion in the quarter, the company said.", "40%"
    )
    assert claim.checkable
    assert passages("Sales rose an impressive 40% to $2 billion in the quarter.") == [
        "Sales rose an impressive 40% to $2 billion in the quarter."
    ]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        (
            "Acme Corp. cut its outlook. For 2011, Acme is now predicting profit of $2 a share.",
            "Acme Corp",
        ),
        ("Aid groups are urging donors to send more money to the region.", "Aid groups"),
    ],
)
def test_a_progressive_speech_verb_attributes_to_its_subject(source, speaker):
    claim = extract_claims(source)[-1]
    assert claim.speaker == speaker
    assert claim.attribution == "reported"


def test_a_place_after_a_role_is_not_part_of_the_speaker():
    (claim,) = extract_claims(
        "A United Nations official in Geneva is urging both sides to reopen the border."
    )
    assert claim.speaker == "United Nations official"


def test_a_progressive_verb_without_content_is_no_attribution():
    (claim,) = extract_claims("The siren was warning residents along the river.")
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        (
            "The death toll reported Monday by the World Health Organization rose to 210.",
            "World Health Organization",
        ),
        (
            "Figures released by the Labor Department on Friday showed 30,000 new jobs.",
            "Labor Department",
        ),
        (
            "Lee will also pay a $5,000 fine, according to the sentence handed down by U.S. "
            "District Judge Mary K. Ortiz.",
            "Mary K. Ortiz",
        ),
    ],
)
def test_figures_or_a_sentence_given_by_a_named_source_are_attributed_to_it(source, speaker):
    (claim,) = extract_claims(source)
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    "source",
    [
        "The senator announced her candidacy for governor on Monday.",
        "Dr. Lee testified about the tests he ran on the samples.",
    ],
)
def test_announcing_ones_own_act_or_testifying_about_a_topic_is_the_reporters_fact(source):
    (claim,) = extract_claims(source)
    assert claim.speaker is None
    assert claim.attribution == "reporter"


def test_announcing_what_will_happen_is_still_attributed():
    (claim,) = extract_claims("The senator announced that she would run for governor.")
    assert claim.speaker == "senator"


def test_a_relative_clause_that_reports_speech_goes_to_its_antecedent():
    source = (
        "The company was fined days after it drew a rebuke from Mayor Ann Cole, who had said "
        "the plant was poisoning the river."
    )
    parts = extract_claims(source)
    assert [source[c.start : c.end] for c in parts] == [
        "The company was fined days after it drew a rebuke from Mayor Ann Cole",
        "who had said the plant was poisoning the river.",
    ]
    assert parts[0].speaker is None
    assert parts[1].speaker == "Ann Cole"


def test_and_with_a_new_subject_and_verb_is_a_second_claim():
    source = "The charges have not been proved and Lee and two others have all pleaded not guilty."
    assert passages(source) == [
        "The charges have not been proved",
        "Lee and two others have all pleaded not guilty.",
    ]


@pytest.mark.parametrize(
    "source",
    [
        "Officials said the driver and the passenger were killed in the crash.",
        "The audit examined whether the program was working and the costs were justified.",
    ],
)
def test_and_inside_a_reported_or_subordinate_clause_stays_one_claim(source):
    assert passages(source) == [source]


def test_a_quotation_closed_by_two_apostrophes_does_not_run_on():
    # wire copy closes a straight quotation with '' ('the "weakness'' of'): the next sentence
    # is the reporter's again
    source = (
        "A letter from two ministers said the floods had exposed the \"failure'' of the "
        "warning system. The letter was handed to the prime minister on Monday."
    )
    first, second = extract_claims(source)
    assert first.speaker == "two ministers"
    assert second.speaker is None
    assert second.attribution == "reporter"


@pytest.mark.parametrize(
    "source",
    [
        "Judge Ann Ortiz heard the motion on Monday. Ortiz ruled that the search was lawful.",
        "Judge Ann Ortiz heard the motion on Monday. Ortiz indicated she would allow the "
        "evidence at trial.",
    ],
)
def test_a_judge_ruling_or_indicating_is_the_judges_statement(source):
    claim = extract_claims(source)[-1]
    assert claim.speaker == "Ann Ortiz"
    assert claim.attribution == "reported"


def test_ruled_out_is_no_ruling_statement():
    (claim,) = extract_claims("The council ruled out a tax rise for next year.")
    assert claim.speaker is None


def test_and_said_after_a_subordinate_clause_goes_to_that_clauses_subject():
    source = (
        "The ruling came days after Governor Ann Cole visited the plant and said the workers "
        'were "treated like machines."'
    )
    first, said = extract_claims(source)
    assert source[first.start : first.end] == (
        "The ruling came days after Governor Ann Cole visited the plant"
    )
    assert first.speaker is None
    assert said.speaker == "Ann Cole"
    assert said.text == 'Governor Ann Cole said the workers were "treated like machines."'


def test_and_said_with_a_noun_phrase_subject_is_the_subjects_claim():
    source = "The mayor toured the flooded district on Monday and said the damage was severe."
    toured, said = extract_claims(source)
    assert toured.speaker is None
    assert said.speaker == "mayor"
    assert said.text == "The mayor said the damage was severe."


def test_a_group_of_people_issuing_a_statement_is_the_speaker():
    (claim,) = extract_claims(
        "A bipartisan group of doctors on Monday issued a statement declaring they would strike."
    )
    assert claim.speaker == "bipartisan group"  # before: None (the verb was read as the noun)
    assert claim.attribution == "reported"


def test_an_attribution_closing_a_quotation_outranks_the_verbs_before_it():
    source = (
        "The court heard from government witness Mark Lee, a lawyer. In interviews with Lee, "
        'Kipnis admitted the payments were "silly," Lee testified.'
    )
    claim = extract_claims(source)[-1]
    assert claim.speaker == "Mark Lee"


def test_it_is_the_organisation_not_the_officials_quoted_last():
    source = (
        "Uganda's Health Ministry confirmed 19 cases on Monday. Officials said the outbreak was "
        "spreading. It said more tests were planned."
    )
    assert extract_claims(source)[-1].speaker == "Uganda's Health Ministry"


def test_the_company_is_not_the_police_quoted_before():
    source = (
        "Police said three people were arrested. The company, which employs 3,000 people, said "
        "its profit rose 5%."
    )
    assert extract_claims(source)[-1].speaker == "company"


def test_the_company_is_the_company_quoted_before():
    source = "Acme Corp. said sales rose. The company said its profit rose 5%."
    assert extract_claims(source)[-1].speaker == "Acme Corp"


@pytest.mark.parametrize(
    "source",
    [
        "A spokesman for the company did not return calls seeking comment.",
        "The ministry did not give further details.",
    ],
)
def test_no_answer_and_no_details_are_boilerplate(source):
    (claim,) = extract_claims(source)
    assert claim.checkable_reason == "boilerplate"


def test_not_giving_a_count_is_still_checkable():
    (claim,) = extract_claims("The ministry did not give a figure for the wounded.")
    assert claim.checkable


@pytest.mark.parametrize(
    "source",
    [
        '"It\'s a tragedy for every family here," the mayor said.',
        "Critics say the new law is unfair to small farmers.",
    ],
)
def test_grief_and_indignation_are_opinions(source):
    (claim,) = extract_claims(source)
    assert claim.checkable_reason == "opinion"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Analysts expect the central bank to raise rates in March.", "Analysts"),
        ("Economists expect growth of 2% this year.", "Economists"),
    ],
)
def test_what_forecasters_expect_is_their_prediction(source, speaker):
    (claim,) = extract_claims(source)
    assert claim.speaker == speaker
    assert claim.checkable_reason == "prediction"


def test_what_had_been_forecast_is_checkable():
    (claim,) = extract_claims("Analysts had forecast a profit of 39 cents a share.")
    assert claim.checkable


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("The Interior Ministry put the death toll at 14.", "Interior Ministry"),
        ("Police put the number of injured at about 30.", "Police"),
    ],
)
def test_a_source_putting_a_count_at_a_figure_is_its_source(source, speaker):
    (claim,) = extract_claims(source)
    assert claim.speaker == speaker


def test_putting_something_at_risk_is_no_count():
    (claim,) = extract_claims("The storm put the city's budget at risk.")
    assert claim.speaker is None


def test_a_report_released_on_a_day_by_a_body_is_that_bodys():
    (claim,) = extract_claims(
        "The report, released Monday by the Government Accountability Office, found that the "
        "program had wasted $2 billion."
    )
    assert claim.speaker == "Government Accountability Office"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Measles has killed 2,000 children this year, according to WHO figures.", "WHO"),
        ("Prices rose 3% in May, according to Reuters calculations.", "Reuters"),
        ("Unemployment rose to 5% in May, according to government figures.", "government figures"),
    ],
)
def test_figures_named_after_their_source_go_to_the_source(source, speaker):
    (claim,) = extract_claims(source)
    assert claim.speaker == speaker


def test_a_new_clause_after_a_closed_quotation_is_a_sentence_of_its_own():
    source = (
        'Chief Executive Tim Cook called the results "outstanding." He said iPhone sales were '
        "strong in China."
    )
    assert [source[s.start : s.end] for s in split_sentences(source)] == [
        'Chief Executive Tim Cook called the results "outstanding."',
        "He said iPhone sales were strong in China.",
    ]


def test_an_attribution_after_a_closed_quotation_stays_with_it():
    source = "\"There's an undercurrent they can't poll.\" Trump said at a rally here on Monday."
    assert [source[s.start : s.end] for s in split_sentences(source)] == [source]


def test_no_comment_is_boilerplate():
    (claim,) = extract_claims("Ukraine did not comment on the claim.")
    assert claim.checkable_reason == "boilerplate"


def test_calling_on_others_to_act_is_an_exhortation():
    (claim,) = extract_claims(
        "President Ana Ruiz called on allies to send more air defense systems."
    )
    assert claim.speaker == "Ana Ruiz"
    assert claim.checkable_reason == "exhortation"


def test_a_spelled_count_after_after_is_a_fact_of_its_own():
    source = (
        "The number of confirmed cases rose to 48 after four new confirmed cases were "
        "registered on Sunday."
    )
    first, second = extract_claims(source)
    assert source[first.start : first.end] == "The number of confirmed cases rose to 48"
    assert second.text == "Four new confirmed cases were registered on Sunday."
    assert first.speaker is None and second.speaker is None


def test_a_speech_verb_after_of_or_new_is_an_adjective():
    (claim,) = extract_claims("The number of reported deaths in the region has doubled.")
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        (
            "Judge Robert Kim presided over the trial. The judge disagreed, saying the evidence "
            "was overwhelming.",
            "Robert Kim",
        ),
        ("Acme posted a profit of $3 million, saying demand was strong.", "Acme"),
    ],
)
def test_the_subject_before_saying_is_the_speaker(source, speaker):
    assert extract_claims(source)[-1].speaker == speaker


def test_noting_a_noun_is_an_act_not_speech():
    (claim,) = extract_claims(
        "Acme reported record revenue for the quarter, noting strong sales of its laptops."
    )
    assert claim.speaker is None


def test_a_plan_after_a_fact_is_a_claim_of_its_own_and_not_checkable():
    source = "The company cut 500 jobs last year and plans to cut another 300 this year."
    fact, plan = extract_claims(source)
    assert source[fact.start : fact.end] == "The company cut 500 jobs last year"
    assert fact.checkable
    assert plan.text == "The company plans to cut another 300 this year."
    assert plan.checkable_reason == "intent"


def test_a_forecast_after_a_result_is_the_companys_prediction():
    source = "The firm posted a loss of $2 million and expects to return to profit next year."
    result, forecast = extract_claims(source)
    assert result.checkable and result.speaker is None
    assert forecast.speaker == "firm"
    assert forecast.checkable_reason == "prediction"


def test_two_figures_joined_by_while_are_two_claims():
    assert passages("Exports rose 5% to $200 billion while imports fell 2%.") == [
        "Exports rose 5% to $200 billion",
        "imports fell 2%.",
    ]


def test_an_even_after_clause_is_the_reporters_context():
    source = (
        "The union said on Monday that the strike would go ahead, even after the company "
        "raised its offer to 5% on Sunday."
    )
    said, context = extract_claims(source)
    assert said.speaker == "union"
    assert context.speaker is None
    assert context.attribution == "reporter"


def test_a_though_clause_stays_the_speakers():
    source = (
        "Judge Ann Ortiz said the sentence was fair, though she could not ignore the jury's "
        "verdict of 12 counts."
    )
    assert {claim.speaker for claim in extract_claims(source)} == {"Ann Ortiz"}


@pytest.mark.parametrize(
    "source",
    [
        "A spokesman would not comment on the report.",
        "Neither the police nor the army would comment.",
    ],
)
def test_would_not_comment_is_boilerplate_not_a_prediction(source):
    (claim,) = extract_claims(source)
    assert claim.checkable_reason == "boilerplate"


def test_a_reported_apology_is_a_feeling_not_a_fact():
    (claim,) = extract_claims("Smith, 45, told the court he was deeply sorry.")
    assert claim.speaker == "Smith"
    assert claim.checkable_reason == "opinion"


@pytest.mark.parametrize(
    ("source", "first", "second_wording"),
    [
        (
            "He must pay a $6,000 fine and undergo counselling.",
            "He must pay a $6,000 fine",
            "He must undergo counselling.",
        ),
        (
            "She barred him from driving during his probation and ordered him to attend a "
            "safety course.",
            "She barred him from driving during his probation",
            "She ordered him to attend a safety course.",
        ),
        (
            "Smith was sentenced to 10 years in prison and ordered to pay $50,000.",
            "Smith was sentenced to 10 years in prison",
            "Smith was ordered to pay $50,000.",
        ),
        (
            "Lee will have to serve 200 hours of community service and pay a fine.",
            "Lee will have to serve 200 hours of community service",
            "Lee will have to pay a fine.",
        ),
    ],
)
def test_each_term_of_a_sentence_is_a_claim(source, first, second_wording):
    term, other = extract_claims(source)
    assert source[term.start : term.end] == first
    assert other.text == second_wording
    assert term.checkable and other.checkable


def test_a_second_act_without_a_court_order_stays_with_the_first():
    source = "The mayor met the protesters and ordered an inquiry into the shooting."
    assert passages(source) == [source]


def test_officials_confirming_a_count_are_its_source():
    source = "Health officials have confirmed 15 new cases since Friday, bringing the total to 135."
    assert {claim.speaker for claim in extract_claims(source)} == {"Health officials"}


def test_a_country_reporting_a_count_is_still_a_count():
    (claim,) = extract_claims("Andorra reported only four cases last year.")
    assert claim.speaker is None


def test_they_may_be_the_officials_quoted_last():
    source = (
        "The EU met on Monday. Local officials said 12 people were killed. They added that "
        "the toll could rise."
    )
    assert extract_claims(source)[-1].speaker == "Local officials"


@pytest.mark.parametrize(
    "source",
    [
        "Five people died in the attack, including the four suspected militants and a police "
        "officer who was hit by the car.",
        "The storm damaged the school and a church that was built in 1890.",
    ],
)
def test_and_before_a_listed_or_relative_subject_is_no_new_clause(source):
    assert passages(source) == [source]


def test_and_a_half_is_part_of_a_number_not_a_new_clause():
    source = "We have built more roads in these seven and a half years than was built before."
    assert passages(source) == [source]


def test_a_year_before_a_speech_verb_is_no_count():
    (claim,) = extract_claims(
        "Governor Carter in November of 1975 indicated that he wanted to cut the budget."
    )
    assert claim.speaker is not None


def test_what_we_have_done_is_no_speaker():
    # (since round 66 what was said after ", saying" is a claim of its own, however short)
    claims = extract_claims(
        "What we've done is organize the international community, saying Assad has to go."
    )
    assert [claim.speaker for claim in claims] == [None, None]


def test_a_past_obligation_is_no_exhortation():
    (claim,) = extract_claims("It was the first decision on security that we had to make.")
    assert claim.checkable
