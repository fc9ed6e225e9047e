"""Errors a fact-checker finds on company results, conflict and court copy (issue 11, third
round), each written as a reviewer reports it, on sentences made up for the test."""

import pytest

from tests.unit.extraction.helpers import claim_with, passages
from webapp.extraction import extract_claims

# -- atomicity -------------------------------------------------------------------------------


def test_a_results_cause_after_as_is_a_fact_of_its_own():
    # "the shares fell" and "revenue missed forecasts" are checked against different sources
    source = (
        "Shares in the firm fell in late trading on Tuesday as revenue missed Wall Street "
        "expectations."
    )
    assert passages(source) == [
        "Shares in the firm fell in late trading on Tuesday",
        "revenue missed Wall Street expectations.",
    ]
    assert claim_with(source, "revenue missed").text == "Revenue missed Wall Street expectations."


def test_a_figure_and_the_sales_that_helped_it_are_two_claims_of_the_same_speaker():
    source = (
        "Acme Corp. said its quarterly profit rose 12 percent as strong sales of its new drills "
        "helped the toolmaker beat analysts' forecasts."
    )
    first, second = extract_claims(source)
    assert source[first.start : first.end] == "Acme Corp. said its quarterly profit rose 12 percent"
    assert first.speaker == second.speaker == "Acme Corp"


def test_as_with_an_ongoing_circumstance_does_not_split():
    source = "Acme reported higher profit on Monday as its customers continued to buy more tools."
    assert len(extract_claims(source)) == 1


def test_and_said_gives_what_the_company_said_its_own_claim_and_speaker():
    source = (
        "Acme posted a record quarterly profit on Tuesday and said it expected to sell two "
        "million saws next year."
    )
    result, forecast = extract_claims(source)
    assert result.speaker is None and result.attribution == "reporter"
    assert forecast.speaker == "Acme" and forecast.attribution == "reported"
    assert forecast.text == "Acme said it expected to sell two million saws next year."
    assert forecast.checkable_reason == "prediction"


def test_saying_after_an_action_hands_the_forecast_to_the_subject():
    source = "Acme raised its forecast for the year, saying it expected to earn $2.10 a share."
    action, forecast = extract_claims(source)
    assert action.speaker is None
    assert forecast.speaker == "Acme" and forecast.checkable_reason == "prediction"


def test_two_ordered_terms_each_with_a_figure_are_two_claims():
    source = "The judge ordered her to serve 24 months on probation and to pay $5,000 in fines."
    first, second = extract_claims(source)
    assert first.text == "The judge ordered her to serve 24 months on probation."  # reads as one
    assert second.text == "The judge ordered her to pay $5,000 in fines."


def test_and_it_was_not_clear_starts_a_second_claim_under_the_same_attribution():
    source = (
        "At least 9 people died in the flood on Sunday and it was not clear how many were "
        "missing, local officials said."
    )
    deaths, unclear = extract_claims(source)
    assert source[deaths.start : deaths.end] == "At least 9 people died in the flood on Sunday"
    assert deaths.speaker == unclear.speaker == "local officials"


def test_two_announced_steps_with_their_own_subjects_are_two_claims():
    source = (
        "Police said the car would be examined and detectives would decide whether to charge "
        "the driver."
    )
    first, second = extract_claims(source)
    assert second.text.startswith("Detectives would decide")
    assert first.speaker == second.speaker == "Police"


def test_but_with_a_new_subject_and_verb_splits_even_without_a_comma():
    source = (
        "The new phone went on sale on May 3 but its effect on the quarter was small because it "
        "sold only for a week."
    )
    assert passages(source)[0] == "The new phone went on sale on May 3"
    lawyers = "Her lawyers had asked for a suspended sentence but Carter turned them down."
    assert passages(lawyers) == [
        "Her lawyers had asked for a suspended sentence",
        "Carter turned them down.",
    ]


@pytest.mark.parametrize(
    ("source", "first"),
    [
        (
            "The company said it sold 2.4 million drills in the quarter, a rise of 18 per cent "
            "from a year earlier.",
            "The company said it sold 2.4 million drills in the quarter",
        ),
        ("Revenue rose to $2.1 billion, nearly twice last year's quarterly sales.", None),
    ],
)
def test_a_comparison_after_a_figure_is_its_own_claim(source, first):
    parts = passages(source)
    assert len(parts) == 2
    if first:
        assert parts[0] == first
    if "twice" in source:
        assert extract_claims(source)[1].text == (
            "Revenue rose to nearly twice last year's quarterly sales."
        )


def test_a_figure_restated_in_passing_is_not_a_comparison():
    source = (
        "Investors cheered, sending shares up Friday from $10.50 to $11.90, more than 13 percent, "
        "in late trading."
    )
    assert len(extract_claims(source)) == 1


# -- speakers --------------------------------------------------------------------------------


def test_us_central_command_keeps_its_initials_and_it_said_goes_back_to_it():
    source = (
        "A strike near the town on Tuesday may have killed civilians, the U.S. Central Command "
        "said on Wednesday. It said the incident would be reviewed by a panel."
    )
    first, second = extract_claims(source)
    assert first.speaker == "U.S. Central Command"
    assert second.speaker == "U.S. Central Command"


def test_reporting_results_is_the_reporters_voice_not_an_attribution():
    source = "Acme Tools reported stronger quarterly earnings on Wednesday after a weak spring."
    claim = extract_claims(source)[0]
    assert claim.speaker is None and claim.attribution == "reporter"
    finding = "Acme Tools reported that its plant in Ohio had closed for a week in March."
    assert extract_claims(finding)[0].speaker == "Acme Tools"


def test_asking_for_something_or_asking_someone_is_no_attribution():
    assert (
        extract_claims("Her lawyers had asked for a suspended sentence in the case.")[0].speaker
        is None
    )
    claim = extract_claims("The judge asked Lee for his plans after he leaves prison.")[0]
    assert claim.speaker is None
    question = extract_claims("The judge asked whether Lee had any plans after prison.")[0]
    assert question.speaker == "judge"


def test_according_to_a_poll_names_the_pollster():
    source = "Analysts had forecast a profit of 39 cents a share, according to a Zenith Data poll."
    assert extract_claims(source)[0].speaker == "Zenith Data"


@pytest.mark.parametrize(
    "quote",
    [
        "“I'm very deeply sorry,” Lee told the judge before the sentencing.",
        "“I don't know where I'm going or what I'm doing,” Lee said.",
        "“Her help was critical in cracking the case open,” prosecutors said.",
    ],
)
def test_a_speakers_feelings_and_praise_are_opinions(quote):
    claim = extract_claims(quote)[0]
    assert not claim.checkable and claim.checkable_reason == "opinion"


def test_and_then_with_a_new_named_subject_is_a_second_event():
    source = (
        "Lee persuaded his clients to pay inflated fees for the firm's services, and then Park "
        "secretly passed half the profits to Lee."
    )
    assert passages(source) == [
        "Lee persuaded his clients to pay inflated fees for the firm's services",
        "then Park secretly passed half the profits to Lee.",
    ]


def test_a_which_clause_after_a_noun_phrase_borrows_that_phrase():
    source = (
        "Prosecutors wanted the court to impose a five-year term, which would have been the "
        "longest sentence in the case."
    )
    first, second = extract_claims(source)
    assert second.text == "A five-year term would have been the longest sentence in the case."


def test_and_suggested_that_is_a_second_finding_of_the_report():
    source = (
        "The review listed cases where staff were kept on shift for as long as a week and "
        "suggested that the agency had hidden more cases than it disclosed."
    )
    first, second = extract_claims(source)
    assert source[first.start : first.end].endswith("for as long as a week")
    assert second.text.startswith("The review suggested that the agency")


def test_an_i_think_clause_after_a_fact_is_an_opinion_of_its_own():
    source = (
        "We're also posting a new chart on our website, and I think you will find it "
        "very helpful indeed."
    )
    fact, opinion = extract_claims(source)
    assert opinion.checkable_reason == "opinion"
    assert source[fact.start : fact.end] == "We're also posting a new chart on our website"


def test_nothing_splits_inside_a_quotation_going_on_from_the_sentence_before():
    source = (
        "“We have made progress. We will keep working, and be ready to vote on the bill in the "
        "coming days,” the group said."
    )
    second = extract_claims(source)[-1]
    assert source[second.start : second.end].startswith("We will keep working")
    assert second.speaker == "group"


def test_even_after_starts_an_event_of_its_own():
    source = (
        "The council approved a $2 million budget for the park on Tuesday, even after the mayor "
        "vetoed an earlier plan for the site."
    )
    assert passages(source)[1] == "the mayor vetoed an earlier plan for the site."


def test_and_in_exchange_starts_a_second_fact():
    source = (
        "The court found that the pair used their office to help a donor, and in exchange, the "
        "donor gave them $50,000 in gifts."
    )
    assert len(extract_claims(source)) == 2


def test_a_counted_letter_and_its_pledge_are_two_claims_and_the_pledge_is_theirs():
    source = (
        "Twelve mayors — including the 9 who met on Friday — have sent a letter to Lopez "
        "pledging they will back the plan next week."
    )
    letter, pledge = extract_claims(source)
    assert letter.checkable and letter.speaker is None
    assert pledge.speaker == "Twelve mayors" and not pledge.checkable


def test_testifying_against_someone_is_an_act_not_an_attribution():
    source = "The driver, Ken Ito, testified against the brothers at trial in exchange for a deal."
    assert extract_claims(source)[0].speaker is None
    said = "The driver, Ken Ito, testified that the brothers paid him $5,000 in cash."
    assert extract_claims(said)[0].speaker == "Ken Ito"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("Sen. Ann Cole said she expects Lopez to call another vote next week.", "prediction"),
        ("“We appreciate everyone who worked with us on this,” they wrote.", "opinion"),
        ("The judge said he was moved by the support for the defendant.", "opinion"),
    ],
)
def test_expectations_thanks_and_feelings_are_not_checkable(source, reason):
    assert extract_claims(source)[0].checkable_reason == reason


def test_confirming_one_thing_but_saying_another_gives_two_claims_of_the_speaker():
    source = (
        "A police spokesman, Sgt. Omar Diaz, confirmed the arrest but said four of the 12 "
        "suspects were released."
    )
    arrest, released = extract_claims(source)
    assert source[released.start : released.end].startswith("said four of the 12")
    assert arrest.speaker == released.speaker == "Omar Diaz"


def test_a_second_that_clause_of_the_same_verb_reads_after_the_verb():
    source = (
        "A company spokeswoman, Mia Kerr, said that an audit was done after the fire and that "
        "the plant lost 300 tonnes of stock."
    )
    first, second = extract_claims(source)
    assert second.text == (
        "A company spokeswoman, Mia Kerr, said that the plant lost 300 tonnes of stock."
    )
    assert second.speaker == "Mia Kerr"


def test_two_counts_with_their_own_verbs_are_two_claims():
    source = "Some 40 rebels were killed and six others were captured, the army said."
    assert len(extract_claims(source)) == 2
    tolls = "The agency raised the death toll by one and hospitalizations by nine on Monday."
    first, second = extract_claims(tolls)
    assert second.text == "The agency raised the hospitalizations by nine on Monday."


def test_a_marking_clause_with_its_own_count_is_a_claim():
    source = "The agency raised the case count to 507 on Tuesday, marking a 17-case rise in a week."
    assert len(extract_claims(source)) == 2


def test_a_hyphenated_adjective_is_not_the_verb_a_borrowed_subject_stops_at():
    source = (
        "U.S.-led troops raided a compound near the border and killed 30 fighters, officials "
        "said Friday, but the ministry said that many civilians died."
    )
    texts = [claim.text for claim in extract_claims(source)]
    assert texts[1].startswith("U.S.-led troops killed 30 fighters")
    assert len(texts) == 3


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Some 30 fighters were killed, a spokesman, 1st Lt. Dan Ross, said.", "Dan Ross"),
        ("Nine were hurt, American and Afghan military officials said.", None),
        (
            "Ana Ruiz, MD, the county health officer, last week said 47 cases were under review, "
            "according to the Daily Post.",
            "Ana Ruiz",
        ),
    ],
)
def test_ranks_degrees_time_words_and_a_newspaper_do_not_take_the_speakers_place(source, speaker):
    claim = extract_claims(source)[0]
    if speaker is None:
        assert claim.speaker == "American and Afghan military officials"
    else:
        assert claim.speaker == speaker


def test_declaring_an_emergency_is_an_act_and_a_label_in_quotes_is_an_opinion():
    act = "County officials declared the outbreak a public health emergency on Sept. 1."
    assert extract_claims(act)[0].speaker is None
    label = "The ministry called the raid a “mistake.”"
    assert extract_claims(label)[0].checkable_reason == "opinion"


def test_an_organisation_confirming_a_count_is_its_source_a_country_is_not():
    who = "The WHO on Monday confirmed 21 deaths in the province after the outbreak began."
    assert extract_claims(who)[0].speaker == "WHO"
    country = "Andorra reported only four cases in the whole of last year."
    assert extract_claims(country)[0].speaker is None


def test_according_to_a_dated_report_by_a_programme_names_the_ministry_behind_it():
    source = (
        "An outbreak has killed six people in the region, according to a report on Monday by "
        "the vaccination programme of the country's Ministry of Health."
    )
    assert extract_claims(source)[0].speaker == "Ministry of Health"


def test_a_campaign_after_a_count_and_a_second_count_are_three_claims():
    source = (
        "In 2019, the council ran a cleaning campaign in the city after more than 2,000 cases "
        "were reported and 12 people died."
    )
    assert passages(source) == [
        "In 2019, the council ran a cleaning campaign in the city",
        "more than 2,000 cases were reported",
        "12 people died.",
    ]


def test_a_which_clause_after_a_quoted_label_borrows_the_labelled_phrase():
    source = (
        "The outbreak did not meet the bar for declaring a “public health emergency”, which "
        "would trigger the formation of an expert committee."
    )
    second = extract_claims(source)[1]
    assert second.text.startswith("A public health emergency would trigger")


def test_a_reported_appeal_to_do_something_is_an_exhortation():
    source = "Authorities have appealed to parents to vaccinate their children against measles."
    assert extract_claims(source)[0].checkable_reason == "exhortation"


def test_a_product_name_in_lower_case_can_open_a_sentence():
    from webapp.extraction import split_sentences

    text = "Sales of laptops fell. iPad sales rose by a third in the quarter."
    assert [span.text for span in split_sentences(text)] == [
        "Sales of laptops fell.",
        "iPad sales rose by a third in the quarter.",
    ]


def test_a_quotation_in_single_marks_goes_on_with_its_speaker():
    source = (
        "‘It was a great quarter,’ Chief Executive Ann Lee said in a statement. ‘We have new "
        "products still to come this year.’"
    )
    assert extract_claims(source)[-1].speaker == "Ann Lee"


@pytest.mark.parametrize(
    "source",
    [
        "It was not immediately possible to reconcile the conflicting accounts of the raid.",
        "He did not have any further details about the two patients.",
    ],
)
def test_wire_boilerplate_about_unverified_accounts_is_not_checkable(source):
    assert extract_claims(source)[0].checkable_reason == "boilerplate"


@pytest.mark.parametrize(
    ("source", "second"),
    [
        (
            "Revenue of $9.1 billion was up 12% from a year earlier, beating the average forecast "
            "of analysts polled by Zenith, who’d put the number at $8.8 billion.",
            "beating the average forecast",
        ),
        (
            "Shares rose $2.10, or 1.5%, in late trading, after already rising $1.20, or 0.9%, to "
            "$140.50 in the regular session.",
            "after already rising",
        ),
        (
            "The firm said it sold 2.2 million phones in the quarter, a record for the quarter "
            "that beat last year's figure by 12%.",
            "a record for the quarter",
        ),
    ],
)
def test_a_comparison_with_expectations_or_earlier_trading_is_its_own_claim(source, second):
    assert any(passage.startswith(second) for passage in passages(source))


def test_a_consequence_keeps_the_voice_of_the_clause_it_follows():
    source = (
        "An official says a strike on the camp killed 20 fighters on Monday, while the rebels "
        "said the strike hit a school, killing dozens of children."
    )
    last = extract_claims(source)[-1]
    assert source[last.start : last.end] == "killing dozens of children."
    assert last.speaker == "rebels"


def test_he_said_that_after_a_closing_quote_starts_a_new_sentence():
    from webapp.extraction import split_sentences

    text = 'He called the stories "not even correct." He said that donors have too much power.'
    assert len(split_sentences(text)) == 2
    kept = '"We will win." Lee said at a rally on Monday, pointing to the crowds.'
    assert len(split_sentences(kept)) == 1


def test_a_speech_verb_in_a_relative_aside_is_not_the_attribution():
    source = (
        "Sen. Ann Cole said the race was close. She accused the paper of printing stories that "
        "she says are false."
    )
    assert extract_claims(source)[-1].speaker == "Ann Cole"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("He said that donors have too much control over the party.", "opinion"),
        ("I guess people don't want to say who they vote for.", "opinion"),
        ("She pledged to spend $5 million of her own money on the race.", "intent"),
    ],
)
def test_judgements_guesses_and_pledges_are_not_checkable(source, reason):
    assert extract_claims(source)[0].checkable_reason == reason
