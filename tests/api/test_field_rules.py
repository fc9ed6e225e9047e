"""The browser forms and the API refuse the same values, the ones the field specification
refuses (too long, control characters, addresses that are not http(s)), with a clear 400 and
nothing stored, and both accept the longest allowed value (on SQLite and PostgreSQL)."""

import itertools

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.fields import ARTICLE, CLAIM, NOTE, SOURCE, URL, Field
from webapp.models import Article, Claim, Note, Source

NUMBERS = itertools.count()
TEXT = "The jobless rate fell to 3.9% in April, the Labor Department said on Friday."


def _bad_values(spec: Field) -> list[str]:
    values = ["a\x07b", "tab\tand\x1bescape" if spec.type != "multiline" else "esc\x1b"]
    if spec.max_length is not None:
        values.append("a" * (spec.max_length + 1))
    if spec.type == URL:
        values += ["javascript:alert(1)", "https://example.org/" + "a" * 2980]
    return values


def _longest(spec: Field) -> str:
    if spec.type == URL:
        return "https://example.org/" + "é" * (spec.max_length - 20)
    return ("Ünïcödé ‏עברית 👩‍⚖️ " * 200)[: spec.max_length].strip() + "!"


@pytest.fixture
def both(client, logged_in, token_for, make_article):
    """A browser session (editor1) and an API token (eddie), and a claim to work on."""
    return client, token_for("eddie", "editor"), make_article().claims


def _article_counts():
    return db.session.scalar(select(func.count(Article.id)))


CASES = {
    "article": (ARTICLE, ("title", "outlet", "author", "url"), _article_counts),
    "source": (
        SOURCE,
        ("url", "title", "publisher"),
        lambda: db.session.scalar(select(func.count(Source.id))),
    ),
    "note": (NOTE, ("body",), lambda: db.session.scalar(select(func.count(Note.id)))),
    "claim": (CLAIM, ("text", "speaker"), None),
}


def _send(client, headers, claims, entity: str, name: str, value: str):
    """Post `value` as field `name` through the form and through the API: two responses.
    Sources go to two claims, so the second is not refused as a duplicate citation."""
    claim = claims[0]
    if entity == "article":
        data = {"title": "Title", "text": TEXT, name: value}
        return (
            client.post("/articles/new", data=data),
            client.post("/api/v1/articles", json=data, headers=headers),
        )
    if entity == "source":
        data = {"url": f"https://example.org/{next(NUMBERS)}", "stance": "context", name: value}
        api = f"/api/v1/claims/{claims[1].id}/sources"
        return (
            client.post(f"/claims/{claim.id}/sources", data=data),
            client.post(api, json=data, headers=headers),
        )
    if entity == "note":
        base = f"/claims/{claim.id}/notes"
        return (
            client.post(base, data={"body": value}),
            client.post(f"/api/v1{base}", json={"body": value}, headers=headers),
        )
    current = db.session.get(Claim, claim.id)
    data = {"version": current.version, "text": current.text, name: value}
    form = client.post(f"/claims/{claim.id}/edit", data=data)
    current = db.session.get(Claim, claim.id)
    data["version"] = current.version
    return form, client.patch(f"/api/v1/claims/{claim.id}", json=data, headers=headers)


def _state(entity, claims):
    claim = claims[0]
    count = CASES[entity][2]
    if count is not None:
        return count()
    current = db.session.get(Claim, claim.id)
    db.session.refresh(current)
    return (current.version, current.text, current.speaker)


@pytest.mark.parametrize("entity", list(CASES))
def test_forms_and_api_refuse_the_same_values_and_accept_the_longest_allowed(both, entity):
    client, headers, claims = both
    spec_entity, names, _count = CASES[entity]
    for name in names:
        spec = spec_entity[name]
        for value in _bad_values(spec):
            before = _state(entity, claims)
            form, api = _send(client, headers, claims, entity, name, value)
            assert form.status_code == 400, (name, value[:40])
            assert api.status_code == 400, (name, value[:40], api.get_data(as_text=True))
            error = api.get_json()["error"]
            assert error["code"] == "invalid" and len(error["message"]) < 200
            assert _state(entity, claims) == before
        longest = _longest(spec)
        form, api = _send(client, headers, claims, entity, name, longest)
        assert form.status_code in (200, 302), (name, form.get_data(as_text=True)[:500])
        assert api.status_code in (200, 201), (name, api.get_data(as_text=True)[:500])


def test_api_refuses_long_outlet_author_and_address_with_a_clear_message(client, editor, claim):
    for field_name, value in (
        ("outlet", "o" * 201),
        ("author", "a" * 201),
        ("url", "https://news.example/" + "a" * 2980),
    ):
        response = client.post(
            "/api/v1/articles",
            json={"title": "T", "text": TEXT, field_name: value},
            headers=editor,
        )
        assert response.status_code == 400
        message = response.get_json()["error"]["message"]
        assert f"“{field_name}”" in message and "longer than" in message
    response = client.post(
        f"/api/v1/claims/{claim.id}/sources",
        json={"url": "https://stats.example/" + "a" * 2980},
        headers=editor,
    )
    assert response.status_code == 400
    assert "longer than 2,000 characters" in response.get_json()["error"]["message"]
    assert db.session.scalar(select(func.count(Source.id))) == 0


def test_api_refuses_a_lone_surrogate(client, editor, claim):
    response = client.post(
        f"/api/v1/claims/{claim.id}/notes",
        data='{"body": "broken \\ud800 text"}',
        content_type="application/json",
        headers=editor,
    )
    assert response.status_code == 400
    assert "U+D800" in response.get_json()["error"]["message"]
