"""Server time for the article page (300 claims), one claim-panel fragment, importing a
5,000-word article, and the workspace on a 5,000-word article with 400 claims, on a throw-away
SQLite database."""

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from webapp import create_app  # noqa: E402
from webapp.database import upgrade  # noqa: E402
from webapp.extensions import db  # noqa: E402
from webapp.models import Claim  # noqa: E402
from webapp.services import users  # noqa: E402
from webapp.services.articles import import_article  # noqa: E402
from webapp.services.statuses import ensure_default_statuses  # noqa: E402

PASSWORD = "benchmark password"
WORDS = (
    "officials said the budget rose percent in March while the ministry reported that "
    "exports fell sharply according to figures published on Tuesday by the agency"
).split()


def generated_article(sentences: int, seed: int = 7) -> str:
    """Deterministic news-like text: numbered facts with numbers, names and quotes."""
    rng = random.Random(seed)
    lines = []
    for n in range(sentences):
        filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12)))
        lines.append(
            f"The council of district {n} approved {rng.randint(2, 900)} new homes, {filler}."
        )
        if n % 4 == 3:
            lines.append("")
    return "\n".join(lines)


def add_claims_up_to(article, total: int) -> None:
    """Top the extracted claims up with nested ones (a clause inside each sentence claim), as
    reviewers add by hand, until the article has `total` claims."""
    existing = list(article.claims)
    for claim in existing:
        if len(article.claims) >= total:
            break
        words = article.text[claim.start : claim.end].split(" ")
        if len(words) < 6:
            continue
        end = claim.start + len(" ".join(words[:4]))
        article.claims.append(
            Claim(
                start=claim.start,
                end=end,
                text=article.text[claim.start : end],
                kind="fact",
                status_id=claim.status_id,
            )
        )
    db.session.flush()


def median_ms(action, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.db",
                "SECRET_KEY": "bench",
                "WTF_CSRF_ENABLED": False,
            }
        )
        with app.app_context():
            upgrade()
            ensure_default_statuses()
            users.create_user("bench", PASSWORD, "admin")
            article = import_article(
                title="300 claims", text=generated_article(300), max_bytes=10**7, created_by=None
            )
            db.session.commit()
            article_id, claim_id, claims = article.id, article.claims[150].id, len(article.claims)
            five_thousand_words = generated_article(330, seed=11)
            word_count = len(five_thousand_words.split())

            def do_import():
                import_article(
                    title="5k words", text=five_thousand_words, max_bytes=10**7, created_by=None
                )
                db.session.rollback()

            import_ms = median_ms(do_import, 5)
            big = import_article(
                title="5k words, 400 claims",
                text=five_thousand_words,
                max_bytes=10**7,
                created_by=None,
            )
            db.session.flush()
            add_claims_up_to(big, 400)
            db.session.commit()
            big_id, big_claims = big.id, len(big.claims)
            big_claim_id = big.claims[len(big.claims) // 2].id

        client = app.test_client()
        client.post("/login", data={"login": "bench", "password": PASSWORD})
        assert client.get(f"/articles/{article_id}").status_code == 200
        page_ms = median_ms(lambda: client.get(f"/articles/{article_id}"), 20)
        panel_ms = median_ms(
            lambda: client.get(f"/claims/{claim_id}", headers={"HX-Request": "true"}), 20
        )
        big_page_ms = median_ms(lambda: client.get(f"/articles/{big_id}"), 20)
        big_panel_ms = median_ms(
            lambda: client.get(f"/claims/{big_claim_id}", headers={"HX-Request": "true"}), 20
        )
    print(f"article page, {claims} claims: median {page_ms:.1f} ms over 20 requests")
    print(f"claim panel fragment: median {panel_ms:.1f} ms over 20 requests")
    print(f"import of a {word_count:,}-word article: median {import_ms:.1f} ms over 5 runs")
    print(
        f"workspace, {word_count:,}-word article with {big_claims} claims: page median "
        f"{big_page_ms:.1f} ms, claim-panel fragment median {big_panel_ms:.1f} ms over 20 requests"
    )


if __name__ == "__main__":
    main()
