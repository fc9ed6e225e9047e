"""Check-worthiness: news rules that rank a hard number from an official above a vague remark."""

from webapp.extraction import rules


def score_passage(
    text: str, kind: str, speaker: str | None, has_number: bool
) -> tuple[float, tuple[str, ...]]:
    """Score in [0, 1] with the short reasons behind it."""
    score = 0.4
    reasons: list[str] = []
    if has_number:
        score += 0.25
        reasons.append("contains a number")
    if rules.YEAR_OR_DATE.search(text):
        score += 0.05
        reasons.append("dated")
    if rules.OFFICIAL.search(text) or speaker and rules.OFFICIAL.search(speaker):
        score += 0.1
        reasons.append("names an official")
    if speaker:
        score += 0.05
        reasons.append("attributed")
    if rules.HEDGE.search(text):
        score -= 0.1
        reasons.append("hedged")
    if kind == "question":
        score *= 0.3
        reasons.append("question")
    elif kind == "opinion":
        score *= 0.5
        reasons.append("opinion")
    return round(min(1.0, max(0.0, score)), 4), tuple(reasons)
