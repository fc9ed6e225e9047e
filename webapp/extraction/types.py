"""Result types of the extraction package: plain frozen dataclasses, friendly to asdict()."""

from dataclasses import asdict, dataclass

KINDS = (
    "quote",
    "statistic",
    "event",
    "position",
    "prediction",
    "fact",
    "opinion",
    "question",
)
# How a claim is attributed, apart from what it says (its kind).
ATTRIBUTIONS = ("direct", "reported", "reporter")
# Why a claim is not checkable (Claim.checkable_reason), when it is not.
UNCHECKABLE_REASONS = ("opinion", "prediction", "question", "boilerplate", "exhortation", "intent")


@dataclass(frozen=True, slots=True)
class Span:
    """A passage of the input: text == source[start:end] (code-point offsets, end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim; source[start:end] is its exact passage, text is what a reviewer reads."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    score: float
    reasons: tuple[str, ...]
    checkable: bool
    attribution: str = "reporter"  # direct quote, reported speech or the reporter's own voice
    checkable_reason: str | None = None  # why checkable is False (UNCHECKABLE_REASONS)


def claims_as_dicts(claims: list[Claim]) -> list[dict]:
    """JSON-ready dicts (reasons become lists) for the CLI and the import path."""
    return [dict(asdict(claim), reasons=list(claim.reasons)) for claim in claims]
