"""Agreement between two reviewers: observed percentage and Cohen's kappa. Pure Python."""

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    """`pairs` judged by both reviewers; `observed` and `kappa` are None when undefined."""

    pairs: int
    observed: float | None
    kappa: float | None

    @property
    def percent(self) -> int | None:
        return None if self.observed is None else round(100 * self.observed)


def agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> Agreement:
    """Cohen's kappa = (po - pe) / (1 - pe): agreement beyond what chance alone would give.

    Kappa is undefined (None) when chance agreement is already total, i.e. both reviewers used
    one and the same label for every item."""
    n = len(pairs)
    if n == 0:
        return Agreement(0, None, None)
    observed = sum(1 for first, second in pairs if first == second) / n
    first_counts = Counter(first for first, _ in pairs)
    second_counts = Counter(second for _, second in pairs)
    expected = sum(first_counts[label] * second_counts[label] for label in first_counts) / n**2
    if expected == 1:
        return Agreement(n, observed, None)
    return Agreement(n, observed, (observed - expected) / (1 - expected))
