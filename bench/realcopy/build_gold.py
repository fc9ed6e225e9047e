"""Turn the hand annotations (annotations/*.txt) into gold.json with exact offsets.

Run from the repository root: .venv/bin/python bench/realcopy/build_gold.py

Annotation format (one file per article):
    # id: / # kind: / # split: / # url: / # licence:   header lines
    === text                                          the article, exactly as stored
    === gold
    S <sentence, exact text>                          sentences in order
    C <attribution> | <speaker / alternative / …> | <kind> | <ok or reason> | <passage>
Claims follow their sentence; "-" is no speaker (the reporter's own voice). A reason other than
"ok" means the claim is not checkable (opinion, prediction, question, boilerplate, exhortation,
intent). Every sentence must occur in the text after the previous one, every passage inside its
sentence: the builder stops with a message otherwise.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATTRIBUTIONS = {"direct", "reported", "reporter"}
REASONS = {"opinion", "prediction", "question", "boilerplate", "exhortation", "intent"}
KINDS = {"statistic", "event", "position", "prediction", "fact", "opinion", "question"}


def parse(path: Path) -> dict:
    header: dict[str, str] = {}
    text_lines: list[str] = []
    gold_lines: list[str] = []
    section = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# ") and section is None:
            key, _, value = line[2:].partition(":")
            header[key.strip()] = value.strip()
        elif line.startswith("=== "):
            section = line[4:].strip()
        elif section == "text":
            text_lines.append(line)
        elif section == "gold" and line.strip():
            gold_lines.append(line)
    text = "\n".join(text_lines).strip("\n")
    sentences = []
    cursor = 0
    for line in gold_lines:
        tag, _, rest = line.partition(" ")
        if tag == "S":
            start = text.find(rest, cursor)
            if start < 0:
                sys.exit(f"{path.name}: sentence not found after {cursor}: {rest[:60]!r}")
            cursor = start + len(rest)
            sentences.append({"start": start, "end": cursor, "claims": []})
        elif tag == "C":
            fields = [field.strip() for field in rest.split(" | ", 4)]
            attribution, speakers, kind, reason, passage = fields
            sentence = sentences[-1]
            base = sentence["claims"][-1]["end"] if sentence["claims"] else sentence["start"]
            start = text.find(passage, base, sentence["end"])
            if start < 0:
                sys.exit(f"{path.name}: claim not found in its sentence: {passage[:60]!r}")
            if attribution not in ATTRIBUTIONS or kind not in KINDS:
                sys.exit(f"{path.name}: bad attribution or kind: {line[:80]!r}")
            if reason != "ok" and reason not in REASONS:
                sys.exit(f"{path.name}: bad reason {reason!r}")
            sentence["claims"].append(
                {
                    "start": start,
                    "end": start + len(passage),
                    "attribution": attribution,
                    "speakers": []
                    if speakers == "-"
                    else [s.strip() for s in speakers.split(" / ")],
                    "kind": kind,
                    "checkable": reason == "ok",
                    "reason": None if reason == "ok" else reason,
                }
            )
        else:
            sys.exit(f"{path.name}: unknown line {line[:60]!r}")
    for sentence in sentences:
        if not sentence["claims"]:
            sys.exit(f"{path.name}: sentence without a claim at {sentence['start']}")
    return {
        "id": header["id"],
        "kind": header["kind"],
        "split": header["split"],
        "url": header["url"],
        "licence": header["licence"],
        "text": text,
        "sentences": sentences,
    }


def main() -> None:
    articles = [parse(path) for path in sorted((HERE / "annotations").glob("*.txt"))]
    splits = {article["split"] for article in articles}
    assert splits <= {"tune", "heldout", "fresh"}, splits
    (HERE / "gold.json").write_text(
        json.dumps({"articles": articles}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    claims = sum(len(s["claims"]) for a in articles for s in a["sentences"])
    sentences = sum(len(a["sentences"]) for a in articles)
    print(f"{len(articles)} articles, {sentences} sentences, {claims} claims -> gold.json")


if __name__ == "__main__":
    main()
