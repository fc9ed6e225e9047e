"""Session 41 (round 77): general rules from the tuning texts' errors, the sixty-sixth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers, spoken, wordings


def test_a_hyphenated_title_is_no_part_of_the_name():
    source = "IOC Vice-President Maria Costa said the talks would resume."
    assert speakers(source) == ["Maria Costa"]


def test_a_source_after_a_double_hyphen_is_its_own_claim():
    source = (
        "The rebels seized two border posts and a fuel depot -- local officials said about 40 "
        "trucks were taken."
    )
    assert spoken(source) == [
        ("The rebels seized two border posts and a fuel depot", None),
        ("local officials said about 40 trucks were taken.", "local officials"),
    ]


def test_a_double_hyphen_that_closes_an_aside_does_not_split():
    source = (
        "Two more sites -- one near the river and one in the hills -- were found last year and "
        "officials said both would be protected."
    )
    # (the dash that closes the aside is no source's: "… in the hills -- were found …")
    assert "the hills" not in " ".join(str(speaker) for speaker in speakers(source))
    assert not any(wording.startswith("Were found") for wording in wordings(source))


def test_a_toll_is_no_speaker():
    source = "A first toll issued on Sunday put the number of dead at 12."
    assert speakers(source) == [None]


def test_a_participle_with_by_is_no_speech():
    source = "A week of mourning declared by the governor began on Monday."
    assert speakers(source) == [None]


def test_the_head_of_a_subject_before_a_participle_phrase():
    source = (
        "Ministry spokesman Ali Nouri said the road was open. The spokesman speaking from Herat "
        "said 20 trucks had crossed."
    )
    assert speakers(source)[-1] == "Ali Nouri"


def test_an_office_named_with_of_before_its_holder():
    source = (
        "Deputy Chief of Staff Maria Okafor said the bill would pass. "
        "A newspaper poll found 200 lawmakers backed it."
    )
    assert speakers(source)[0] == "Maria Okafor"


def test_a_poll_published_by_a_newspaper_is_the_newspapers_and_so_is_the_newspaper():
    source = (
        "Finance Minister Leo Braga said the plan was sound. A poll of senators published on "
        "Monday by newspaper Folha de S.Paulo found that 41 senators backed the plan. The "
        "newspaper said that 20 senators opposed it."
    )
    assert speakers(source)[-2:] == ["Folha de S.Paulo", "Folha de S.Paulo"]


def test_a_list_of_counts_each_with_its_verb_is_one_claim_each_and_all_checkable():
    source = (
        "The survey found that 310 members backed the deal, 64 did not respond, 18 could not be "
        "contacted and 9 were undecided."
    )
    assert passages(source) == [
        "The survey found that 310 members backed the deal",
        "64 did not respond",
        "18 could not be contacted",
        "9 were undecided.",
    ]
    assert all(claim_with(source, part).checkable for part in ("64 did", "18 could"))


def test_what_the_newsroom_could_not_find_out_is_boilerplate():
    source = (
        "Council officials said 14 homes were flooded. A damage estimate could not be obtained."
    )
    assert claim_with(source, "damage estimate").checkable_reason == "boilerplate"
    assert claim_with(source, "14 homes").checkable


def test_a_figure_before_a_forecast_stays_checkable():
    source = "The bank predicts prices will rise 4% next year, following a 7% gain this year."
    assert claim_with(source, "following a 7% gain").checkable
    assert not claim_with(source, "will rise 4%").checkable


def test_figures_in_a_list_after_a_final_figure_read_with_the_verb():
    source = (
        "In Texas, the median rent is $1,450, $1,900 in Austin and $1,700 in Dallas according to "
        "the survey."
    )
    assert wordings(source)[:2] == [
        "In Texas, the median rent is $1,450.",
        "In Texas, the median rent is $1,900 in Austin.",
    ]


def test_a_passive_after_a_modal_keeps_its_modal_and_its_forecast():
    source = "The bridge will be closed on Monday and reopened to traffic on Friday."
    assert wordings(source) == [
        "The bridge will be closed on Monday.",
        "The bridge will be reopened to traffic on Friday.",
    ]
    assert not claim_with(source, "reopened").checkable


def test_a_body_that_cautions_that_is_the_speaker():
    source = "The agency cautions that the figures are early estimates."
    assert speakers(source) == ["agency"]


def test_the_figures_show_at_the_end_are_the_source_named_before():
    source = (
        "Overdose deaths rose sharply, according to estimates from the Ohio Department of Health. "
        "There were 90 deaths in 2019, a 40 percent increase, the figures show."
    )
    assert speakers(source)[-1] == "Ohio Department of Health"


def test_a_which_clause_after_a_closing_source_is_about_what_came_before_it():
    source = (
        "Nine soldiers died in the clashes, according to army figures, which started on Friday "
        "and ended late on Saturday."
    )
    assert wordings(source)[-1] == "The clashes started on Friday and ended late on Saturday."
