"""Label-free check of claim wordings on unlabelled real copy: every claim of
``extract_claims`` must pass ``evaluate.garbled`` (its wording is the passage, the passage with
a capital letter, or a borrowed subject + the passage; no dangling end, no stray quote).

Run from the repository root:
    .venv/bin/python bench/realcopy/unlabelled_check.py           # counts
    .venv/bin/python bench/realcopy/unlabelled_check.py --list    # also every garbled wording
    .venv/bin/python bench/realcopy/unlabelled_check.py --variants  # also the pages with no-break
        spaces and hard-wrapped at 70 characters (a line that stops mid-sentence runs on)

Texts: ``unlabelled.json`` (public news pages, each with its source URL, never annotated and not
part of the held-out), the ClaimBuster sentences of ``../shared/bench`` when present, and the
tuning half of ``gold.json``. The held-out and fresh held-out texts are never read here.
"""

import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from evaluate import garbled, load_articles  # noqa: E402

from webapp.extraction import extract_claims, split_sentences  # noqa: E402

UNLABELLED = HERE / "unlabelled.json"
CLAIMBUSTER = REPO.parent / "shared" / "bench" / "claimbuster_2.5xncs.json"
_NO_BREAK = re.compile(r"(\d) (million|billion|percent|per cent|cents)\b")


def sources(variants: bool) -> dict[str, list[str]]:
    """Each source's texts: the unlabelled pages, ClaimBuster sentences, the tuning half; with
    `variants`, the pages again as web copy often comes (no-break spaces, hard-wrapped lines)."""
    articles = load_articles()
    # a page that is one of the held-out texts is left out (its URL only is compared)
    held_out = {article["url"] for article in articles if article["split"] != "tune"}
    pages = [
        p["text"] for p in json.loads(UNLABELLED.read_text("utf-8")) if p["url"] not in held_out
    ]
    found = {"pages": pages}
    if variants:
        found["pages, no-break spaces"] = [_NO_BREAK.sub("\\1\xa0\\2", text) for text in pages]
        found["pages, hard-wrapped"] = [
            "\n\n".join(textwrap.fill(paragraph, 70) for paragraph in text.split("\n\n"))
            for text in pages
        ]
    if CLAIMBUSTER.exists():
        rows = json.loads(CLAIMBUSTER.read_text("utf-8"))
        found["claimbuster"] = [row["text"] for row in rows]
    found["tuning"] = [a["text"] for a in articles if a["split"] == "tune"]
    return found


def main() -> None:
    listing = "--list" in sys.argv
    total_garbled = 0
    for name, texts in sources("--variants" in sys.argv).items():
        n_sentences = n_claims = n_garbled = 0
        for text in texts:
            n_sentences += len(split_sentences(text))
            for claim in extract_claims(text):
                n_claims += 1
                why = garbled(text, claim)
                if why:
                    n_garbled += 1
                    if listing:
                        passage = text[claim.start : claim.end]
                        print(f"  [{name}] {why}:\n    wording: {claim.text!r}")
                        print(f"    passage: {passage!r}")
        total_garbled += n_garbled
        print(
            f"{name}: {len(texts)} texts, {n_sentences} sentences, {n_claims} claims, "
            f"{n_garbled} garbled"
        )
    print(f"garbled in all: {total_garbled}")


if __name__ == "__main__":
    main()
