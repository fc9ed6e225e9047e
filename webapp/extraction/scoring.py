"""Check-worthiness: the ClaimBuster-trained model, adjusted by news rules so a hard number
from an official ranks above a vague remark, an opinion or a question."""

from webapp.extraction import rules
from webapp.extraction.model import checkworthiness_logit, sigmoid

# Logit adjustments on top of the model; the model alone is trained on debate transcripts.
_NUMBER = 1.0
_DATED = 0.3
_OFFICIAL = 0.5
_ATTRIBUTED = 0.3
_HEDGED = -0.8
# A claim that cannot be checked ranks below the checkable ones: its penalty outweighs what
# the model and the other cues can add.
_OPINION = -4.5
_QUESTION = -5.5
# Extra logit for the reason a claim cannot be checked (opinion and question go by kind).
_REASON_WEIGHTS = {
    "prediction": (-4.5, "prediction"),
    "boilerplate": (-5.0, "boilerplate"),
    "intent": (-4.5, "intent"),
    "exhortation": (0.0, "exhortation"),  # its kind is opinion, which already counts
}


def score_passage(
    text: str, kind: str, speaker: str | None, has_number: bool, reason: str | None = None
) -> tuple[float, tuple[str, ...]]:
    """Score in [0, 1] with the short reasons behind it."""
    logit = checkworthiness_logit(text)
    reasons = ["check-worthy wording" if logit >= 0 else "little checkable wording"]
    cues = (
        (has_number, _NUMBER, "contains a number"),
        (bool(rules.YEAR_OR_DATE.search(text)), _DATED, "dated"),
        (_names_official(text, speaker), _OFFICIAL, "names an official"),
        (speaker is not None, _ATTRIBUTED, "attributed"),
        (rules.is_hedged(text), _HEDGED, "hedged"),
        (kind == "opinion", _OPINION, "opinion"),
        (kind == "question", _QUESTION, "question"),
    )
    if reason in _REASON_WEIGHTS:
        cues += ((True, *_REASON_WEIGHTS[reason]),)
    for present, weight, label in cues:
        if present:
            logit += weight
            reasons.append(label)
    return round(sigmoid(logit), 4), tuple(reasons)


def _names_official(text: str, speaker: str | None) -> bool:
    return bool(rules.OFFICIAL.search(text) or speaker and rules.OFFICIAL.search(speaker))
