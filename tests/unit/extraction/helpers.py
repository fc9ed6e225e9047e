"""How the extraction tests look at what `extract_claims` found in a sentence."""

from webapp.extraction import extract_claims


def claims_of(source: str):
    """(exact passage, claim) for every claim extracted from `source`."""
    return [(source[c.start : c.end], c) for c in extract_claims(source)]


def claim_with(source: str, fragment: str):
    """The one claim whose passage holds `fragment` (failing with every passage otherwise)."""
    matches = [claim for passage, claim in claims_of(source) if fragment in passage]
    assert len(matches) == 1, (fragment, [passage for passage, _ in claims_of(source)])
    return matches[0]


def passages(source: str) -> list[str]:
    return [passage for passage, _ in claims_of(source)]


def wordings(source: str) -> list[str]:
    """How every claim extracted from `source` reads, in order."""
    return [claim.text for claim in extract_claims(source)]


def speakers(source: str) -> list[str | None]:
    """The speaker of every claim extracted from `source`, in order."""
    return [claim.speaker for claim in extract_claims(source)]


def spoken(source: str) -> list[tuple[str, str | None]]:
    """(exact passage, speaker) for every claim extracted from `source`."""
    return [(passage, claim.speaker) for passage, claim in claims_of(source)]
