"""Parts of a split sentence whose wording must read as the passage itself (issue 11: no
garbled wording), on sentences made up for the test in the shapes found on unlabelled copy."""

import importlib.util
from pathlib import Path
from types import SimpleNamespace

from tests.unit.extraction.helpers import passages
from webapp.extraction import extract_claims


def _reads_as_its_passage(source: str) -> None:
    for claim in extract_claims(source):
        passage = source[claim.start : claim.end]
        wording = claim.text.removesuffix(".") if not passage.endswith(".") else claim.text
        # the passage, capitalised, or after the subject it borrows from the clause before
        assert wording.endswith((passage, passage[:1].upper() + passage[1:])), (wording, passage)


def test_a_dash_aside_closed_before_and_stays_out_of_both_parts():
    source = (
        "The council doubled its payroll in two years - a 104% increase - and had a 30% rise "
        "in the number of clerks."
    )
    first, second = passages(source)
    assert first == "The council doubled its payroll in two years - a 104% increase"
    assert second == "had a 30% rise in the number of clerks."
    _reads_as_its_passage(source)


def test_a_sentence_is_not_cut_inside_an_aside_between_dashes():
    # the subject's predicate ("is well fed") comes after the closing dash
    source = (
        "Nobody can tell me that a family that lives on food stamps in this state - and there "
        "are two million of them according to the governor - is well fed."
    )
    assert passages(source) == [source]


def test_a_leading_double_hyphen_is_not_part_of_the_claim():
    source = "-- because the plant will close in May, and the town will lose 300 jobs."
    claims = extract_claims(source)
    assert [source[c.start : c.end] for c in claims][0] == "because the plant will close in May"
    _reads_as_its_passage(source)


def test_a_stray_full_stop_after_a_space_is_left_out_of_the_last_part():
    source = "The mill closed in 2019, and the town lost 300 jobs ."
    assert passages(source)[-1] == "the town lost 300 jobs"
    assert extract_claims(source)[-1].text == "The town lost 300 jobs."


def test_a_quotation_going_on_into_the_next_paragraph_keeps_its_sentence_whole():
    # no part would read with a quotation mark that never closes
    for source in (
        'I was in Toledo on Monday, and a driver stopped me and said, "I lost my job in May.',
        "The mayor spoke on Monday, and she told the crowd, “We will rebuild the bridge.",
    ):
        assert passages(source) == [source]


def _garbled_check():
    """bench/realcopy/evaluate.py's label-free check of a claim's wording."""
    path = Path(__file__).resolve().parents[3] / "bench" / "realcopy" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("realcopy_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.garbled


def test_the_garbled_check_does_not_count_folded_spaces_or_a_closing_that():
    garbled = _garbled_check()
    # a no-break space in "6.3\xa0percent": the part's wording folds it, which is no garbling
    source = "Jobless claims rose by 12,000 last week, and the rate fell to 6.3\xa0percent in May."
    assert [garbled(source, claim) for claim in extract_claims(source)] == [None, None]
    # "to that" ends a sentence; "said that" leaves one hanging
    cut = SimpleNamespace(start=0, end=36, text="The council refused to agree to that.", reasons=())
    assert garbled("The council refused to agree to that, and the mayor left.", cut) is None
    cut = SimpleNamespace(start=0, end=19, text="The mayor said that.", reasons=())
    assert garbled("The mayor said that, and he left the room.", cut) is not None


def test_the_garbled_check_lets_a_quotation_open_a_part_with_a_capital_letter():
    garbled = _garbled_check()
    source = "She refused the costs, adding “if you don’t like it you can appeal”."
    quoted = SimpleNamespace(
        start=30, end=len(source), text="“If you don’t like it you can appeal”.", reasons=()
    )
    assert source[30:] == "“if you don’t like it you can appeal”."
    assert garbled(source, quoted) is None
    # still garbled: another word capitalised, or the wording changed
    moved = SimpleNamespace(start=30, end=len(source), text="“If You don’t like it”.", reasons=())
    assert garbled(source, moved) is not None
