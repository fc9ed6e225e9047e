"""Reading a long article costs the same number of SQL statements at 300 claims as at 5,000:
the article through the API, a page of its claims, and its page in the browser."""

import contextlib

from sqlalchemy import event

from bench.gen_claims import populate
from webapp.extensions import db


@contextlib.contextmanager
def counted_statements(app):
    found: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        found.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield found
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _reads(article_id: int) -> dict[str, str]:
    return {
        "article": f"/api/v1/articles/{article_id}",
        "claims": f"/api/v1/claims?article_id={article_id}&per_page=200",
        "page": f"/articles/{article_id}",
    }


def test_long_article_reads_use_a_fixed_number_of_statements(app, client, logged_in, editor):
    short = populate(300, per_article=300)
    long = populate(5000, per_article=5000)
    db.session.commit()
    counts: dict[int, dict[str, int]] = {}
    for article_id, claims in ((short, 300), (long, 5000)):
        counts[claims] = {}
        for name, url in _reads(article_id).items():
            headers = editor if url.startswith("/api/") else {}
            with counted_statements(app) as statements:
                response = client.get(url, headers=headers)
            assert response.status_code == 200, (url, response.data[:300])
            counts[claims][name] = len(statements)
        article = client.get(f"/api/v1/articles/{article_id}", headers=editor).get_json()
        assert (article["claim_count"], article["reviewed_count"]) == (claims, claims)
    assert counts[300] == counts[5000]
