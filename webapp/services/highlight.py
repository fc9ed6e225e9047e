"""Cut an article into paragraphs of segments, each knowing which claims cover it."""

from dataclasses import dataclass

from webapp.models import Claim


@dataclass(frozen=True)
class Segment:
    start: int  # code-point offset of the segment in the article text
    text: str
    claims: tuple[Claim, ...]  # covering claims, outermost first

    @property
    def innermost(self) -> Claim | None:
        return self.claims[-1] if self.claims else None


def highlight(
    text: str, claims: list[Claim], within: tuple[int, int] | None = None
) -> list[list[Segment]]:
    """Paragraphs (blank lines dropped) of segments; overlapping claims split segments.
    `within` (the start of a paragraph, the end of a later one) keeps to the paragraphs
    between: the same segments as the whole text's, without cutting the rest."""
    low, high = within or (0, len(text))
    cuts = {low, high}
    for claim in claims:
        cuts.update((claim.start, claim.end))
    position = 0
    for line in text.split("\n"):
        cuts.update((position, position + len(line)))
        position += len(line) + 1
    ordered = sorted(c for c in cuts if low <= c <= high)
    # Plain tuples, swept left to right: reading ORM attributes for every (segment, claim) pair
    # made a 400-claim article slow.
    spans = sorted(((c.start, c.end, c.id, c) for c in claims), key=lambda s: (s[0], -s[1], s[2]))
    active: list[tuple] = []
    waiting = 0

    paragraphs: list[list[Segment]] = []
    current: list[Segment] = []
    for left, right in zip(ordered, ordered[1:], strict=False):
        piece = text[left:right]
        if not piece:
            continue
        if piece.startswith("\n"):
            if current:
                paragraphs.append(current)
                current = []
            piece = piece.lstrip("\n")
            if not piece:
                continue
            left = right - len(piece)
        while waiting < len(spans) and spans[waiting][0] <= left:
            active.append(spans[waiting])
            waiting += 1
        active = [span for span in active if span[1] > left]
        covering = tuple(span[3] for span in active if right <= span[1])
        current.append(Segment(left, piece, covering))
    if current:
        paragraphs.append(current)
    return [p for p in paragraphs if any(s.text.strip() for s in p)]


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph `highlight` makes of the text — its lines with more than
    blank space — without cutting the text into segments."""
    bounds = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            bounds.append((position, position + len(line)))
        position += len(line) + 1
    return bounds
