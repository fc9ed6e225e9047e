"""Agreement between two reviewers: percentage and Cohen's kappa, by table."""

import pytest

from webapp.services.agreement import agreement


@pytest.mark.parametrize(
    ("pairs", "observed", "kappa"),
    [
        ([], None, None),
        ([("F", "F"), ("T", "T")], 1.0, 1.0),
        ([("F", "T"), ("T", "F")], 0.0, -1.0),
        # Both reviewers always say the same one label: chance agreement is total, kappa undefined.
        ([("F", "F"), ("F", "F")], 1.0, None),
        # Textbook table: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> po .7, pe .5, kappa .4
        ([("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15, 0.7, 0.4),
        # Three labels, one disagreement in four.
        ([("a", "a"), ("b", "b"), ("c", "c"), ("a", "b")], 0.75, 0.6363636),
    ],
)
def test_agreement_table(pairs, observed, kappa):
    result = agreement(pairs)
    assert result.pairs == len(pairs)
    assert result.observed == (None if observed is None else pytest.approx(observed))
    assert result.kappa == (None if kappa is None else pytest.approx(kappa, abs=1e-6))


def test_percent_is_rounded_observed_agreement():
    assert agreement([("a", "a"), ("a", "b"), ("b", "b")]).percent == 67
    assert agreement([]).percent is None
