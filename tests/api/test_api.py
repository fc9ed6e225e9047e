"""The REST API: tokens, roles, the one error shape, articles, claims, sources, notes."""

import pytest
from sqlalchemy import select

from webapp.extensions import db
from webapp.models import ApiToken, Article, Claim, ClaimEvent, Comment, Note, Source
from webapp.services.tokens import digest


def _error(response, status, code=None):
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]


def test_requests_without_a_valid_token_get_401(client, make_user, token_for):
    response = client.get("/api/v1/articles")
    _error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    _error(client.get("/api/v1/articles", headers={"Authorization": "Bearer cd_nope"}), 401)
    _error(client.get("/api/v1/articles", headers={"Authorization": "Basic abc"}), 401)


def test_tokens_are_stored_hashed_and_stop_working_when_revoked(client, viewer):
    raw = viewer["Authorization"].split()[1]
    token = db.session.scalar(select(ApiToken))
    assert token.token_digest == digest(raw) and raw not in token.token_digest
    assert client.get("/api/v1/articles", headers=viewer).status_code == 200
    token.revoked_at = token.created_at
    db.session.commit()
    _error(client.get("/api/v1/articles", headers=viewer), 401)


def test_a_deactivated_account_token_is_refused(client, viewer):
    token = db.session.scalar(select(ApiToken))
    token.user.active = False
    db.session.commit()
    _error(client.get("/api/v1/articles", headers=viewer), 401)


def test_viewer_reads_but_cannot_change(client, viewer, claim):
    assert client.get(f"/api/v1/claims/{claim.id}", headers=viewer).status_code == 200
    response = client.patch(
        f"/api/v1/claims/{claim.id}", json={"version": 1, "text": "x"}, headers=viewer
    )
    error = _error(response, 403, "forbidden")
    assert error["details"] == {"required_role": "reviewer"}
    _error(client.post("/api/v1/articles", json={"title": "t", "text": "x"}, headers=viewer), 403)


def test_reviewer_cannot_create_or_delete_articles(client, reviewer, claim):
    _error(client.delete(f"/api/v1/articles/{claim.article_id}", headers=reviewer), 403)


def test_editor_imports_an_article_and_gets_its_claims(client, editor):
    response = client.post(
        "/api/v1/articles",
        json={
            "title": "Budget",
            "text": "The budget rose 4% in 2022, the ministry said.",
            "outlet": "The Example",
            "published_on": "2024-01-02",
        },
        headers=editor,
    )
    assert response.status_code == 201
    body = response.get_json()
    assert body["article"]["title"] == "Budget" and body["article"]["published_on"] == "2024-01-02"
    assert body["claims"] and body["claims"][0]["status"]["name"] == "Unreviewed"
    stored = db.session.get(Article, body["article"]["id"])
    assert stored.created_by.username == "eddie"


def test_editor_deletes_softly(client, editor, claim):
    article_id = claim.article_id
    assert client.delete(f"/api/v1/articles/{article_id}", headers=editor).status_code == 204
    _error(client.get(f"/api/v1/articles/{article_id}", headers=editor), 404, "not_found")
    db.session.expire_all()
    assert db.session.get(Article, article_id).deleted_at is not None


def test_articles_are_paginated(client, viewer, make_article):
    for n in range(3):
        make_article(f"Story {n}", f"The rate rose {n + 2}% in 2022, the agency said.")
    first = client.get("/api/v1/articles?per_page=2", headers=viewer).get_json()
    second = client.get("/api/v1/articles?per_page=2&page=2", headers=viewer).get_json()
    assert first["total"] == 3 and len(first["items"]) == 2 and len(second["items"]) == 1
    assert [a["title"] for a in first["items"] + second["items"]] == [
        "Story 2",
        "Story 1",
        "Story 0",
    ]
    _error(client.get("/api/v1/articles?per_page=500", headers=viewer), 400, "invalid")


def test_claims_list_uses_the_article_page_filters(client, viewer, reviewer, make_article):
    article = make_article()
    first, second = article.claims[0], article.claims[1]
    client.patch(
        f"/api/v1/claims/{first.id}", json={"version": 1, "status": "False"}, headers=reviewer
    )
    db.session.add(Comment(claim_id=first.id, author_id=None, body="Worth a second look."))
    db.session.commit()
    listed = client.get("/api/v1/claims?status=false", headers=viewer).get_json()
    assert [c["id"] for c in listed["items"]] == [first.id]
    assert [c["body"] for c in listed["items"][0]["comments"]] == ["Worth a second look."]
    by_article = client.get(f"/api/v1/claims?article_id={article.id}", headers=viewer).get_json()
    assert [c["id"] for c in by_article["items"]] == [first.id, second.id]
    _error(client.get("/api/v1/claims?article_id=999", headers=viewer), 404)


def test_update_claim_with_the_version_read(client, reviewer, editor, claim):
    response = client.patch(
        f"/api/v1/claims/{claim.id}",
        json={"version": 1, "status": "accurate", "speaker": "Jane Doe", "assignee": "rita"},
        headers=editor,
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"]["name"] == "Accurate" and body["speaker"] == "Jane Doe"
    assert body["assignee"] == "rita" and body["version"] == 2 and body["updated_by"] == "eddie"
    history = client.get(f"/api/v1/claims/{claim.id}/history", headers=reviewer).get_json()
    assert {e["field"] for e in history["items"] if e["action"] == "changed"} == {
        "status",
        "speaker",
        "assignee",
    }
    assert all(e["user"] == "eddie" for e in history["items"] if e["action"] == "changed")


def test_a_reviewer_may_not_assign_through_the_api(client, reviewer, claim):
    """The browser never let a reviewer assign; the API follows the same permission table."""
    response = client.patch(
        f"/api/v1/claims/{claim.id}",
        json={"version": 1, "status": "accurate", "assignee": "rita"},
        headers=reviewer,
    )
    assert _error(response, 403, "forbidden")["details"]["required_role"] == "editor"
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).version == 1


def test_stale_version_gets_409_with_the_current_claim(client, reviewer, claim):
    client.patch(f"/api/v1/claims/{claim.id}", json={"version": 1, "text": "New"}, headers=reviewer)
    response = client.patch(
        f"/api/v1/claims/{claim.id}", json={"version": 1, "text": "Mine"}, headers=reviewer
    )
    error = _error(response, 409, "conflict")
    assert error["details"]["claim"]["text"] == "New"
    assert error["details"]["claim"]["version"] == 2
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).text == "New"


def test_status_and_note_saved_in_one_request(client, reviewer, claim):
    """A reviewer's action ("False, because…") is one request, one transaction."""
    url = f"/api/v1/claims/{claim.id}"
    response = client.patch(
        url,
        json={"version": 1, "status": "accurate", "note": "Matches the minutes."},
        headers=reviewer,
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"]["name"] == "Accurate" and body["version"] == 2
    assert [note["body"] for note in body["notes"]] == ["Matches the minutes."]
    history = client.get(f"{url}/history", headers=reviewer).get_json()["items"]
    assert history[-1]["action"] == "note added"
    assert "status" in {e["field"] for e in history[:-1]}
    # A stale version refuses the note with the change; a bad note refuses the change with it.
    stale = client.patch(
        url, json={"version": 1, "status": "false", "note": "Late."}, headers=reviewer
    )
    assert _error(stale, 409, "conflict")["details"]["claim"]["status"]["name"] == "Accurate"
    bad = client.patch(url, json={"version": 2, "status": "false", "note": " "}, headers=reviewer)
    assert "note" in _error(bad, 400)["message"].lower()
    db.session.expire_all()
    saved = db.session.get(Claim, claim.id)
    assert saved.version == 2 and saved.status.name == "Accurate"
    assert [note.body for note in saved.notes] == ["Matches the minutes."]


@pytest.mark.parametrize(
    "body",
    [
        {"version": 1, "id": 5},
        {"version": 1, "updated_at": "2024-01-01T00:00:00Z"},
        {"version": 1, "approved_by": "rita"},
        {"version": 1, "role": "admin"},
    ],
)
def test_read_only_fields_are_refused_with_400(client, reviewer, claim, body):
    error = _error(client.patch(f"/api/v1/claims/{claim.id}", json=body, headers=reviewer), 400)
    assert error["details"]["fields"] and "version" in error["details"]["writable"]
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).version == 1


def test_bad_bodies_get_clear_errors(client, reviewer, claim):
    url = f"/api/v1/claims/{claim.id}"
    _error(client.patch(url, data="{nope", headers=reviewer, content_type="application/json"), 400)
    _error(client.patch(url, data="version=1", headers=reviewer), 415, "unsupported_media_type")
    _error(client.patch(url, json=[1], headers=reviewer), 400)
    _error(client.patch(url, json={"text": "x"}, headers=reviewer), 400)
    _error(client.patch(url, json={"version": "1"}, headers=reviewer), 400)
    _error(client.patch(url, json={"version": 1, "status": "Nope"}, headers=reviewer), 400)
    _error(client.patch(url, json={"version": 1, "text": "a\x00b"}, headers=reviewer), 400)


def test_unknown_routes_methods_and_numbers(client, viewer, claim):
    _error(client.get("/api/v1/nothing-here", headers=viewer), 404)
    _error(client.put(f"/api/v1/claims/{claim.id}", headers=viewer), 405)
    _error(client.get("/api/v1/claims/99999", headers=viewer), 404, "not_found")
    _error(client.get(f"/api/v1/claims/{2**70}", headers=viewer), 404)


def test_too_large_body_gets_413(make_app, token_for):
    app = make_app(MAX_CONTENT_LENGTH=1000)
    with app.app_context():
        headers = token_for("eddie", "editor")
    response = app.test_client().post(
        "/api/v1/articles", json={"title": "t", "text": "x" * 5000}, headers=headers
    )
    _error(response, 413)


def test_api_needs_no_csrf_token(make_app, token_for):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        headers = token_for("eddie", "editor")
    response = app.test_client().post(
        "/api/v1/articles",
        json={"title": "t", "text": "The rate rose 4% in 2022, the agency said."},
        headers=headers,
    )
    assert response.status_code == 201


def test_sources_added_edited_removed_with_history(client, reviewer, claim):
    base = f"/api/v1/claims/{claim.id}/sources"
    added = client.post(base, json={"url": "https://a.example/x", "title": "X"}, headers=reviewer)
    assert added.status_code == 201
    source_id = added.get_json()["id"]
    _error(client.post(base, json={"url": "https://a.example/x"}, headers=reviewer), 409)
    _error(client.post(base, json={"url": "javascript:alert(1)"}, headers=reviewer), 400)
    edited = client.patch(
        f"{base}/{source_id}",
        json={"stance": "refutes", "accessed_on": "2024-02-03"},
        headers=reviewer,
    )
    assert edited.get_json()["stance"] == "refutes"
    assert edited.get_json()["accessed_on"] == "2024-02-03"
    _error(client.patch(f"{base}/{source_id}", json={"stance": "maybe"}, headers=reviewer), 400)
    assert client.delete(f"{base}/{source_id}", headers=reviewer).status_code == 204
    _error(client.delete(f"{base}/{source_id}", headers=reviewer), 404)
    assert db.session.get(Source, source_id).deleted_at is not None
    actions = [
        e.action
        for e in db.session.scalars(select(ClaimEvent).where(ClaimEvent.claim_id == claim.id))
    ]
    assert actions[-3:] == ["source added", "source edited", "source removed"]


def test_notes_added_edited_removed(client, reviewer, claim):
    base = f"/api/v1/claims/{claim.id}/notes"
    note = client.post(base, json={"body": "First\nthought"}, headers=reviewer).get_json()
    assert note["author"] == "rita" and note["body"] == "First\nthought"
    edited = client.patch(f"{base}/{note['id']}", json={"body": "Better"}, headers=reviewer)
    assert edited.get_json()["body"] == "Better"
    _error(client.patch(f"{base}/{note['id']}", json={"body": "  "}, headers=reviewer), 400)
    assert client.delete(f"{base}/{note['id']}", headers=reviewer).status_code == 204
    assert db.session.get(Note, note["id"]).deleted_at is not None
    got = client.get(f"/api/v1/claims/{claim.id}", headers=reviewer).get_json()
    assert got["notes"] == []


@pytest.mark.parametrize(
    ("format_name", "media_type"),
    [
        ("json", "application/json"),
        ("claimreview", "application/ld+json"),
        ("w3c", "application/ld+json"),
        ("jsonl", "application/x-ndjson"),
        ("csv", "text/csv"),
    ],
)
def test_export_in_every_format(client, viewer, claim, format_name, media_type):
    response = client.get(f"/api/v1/export?format={format_name}&all=true", headers=viewer)
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.get_data(as_text=True)


def test_export_refuses_unknown_formats_and_bad_dates(client, viewer):
    _error(client.get("/api/v1/export?format=xml", headers=viewer), 400)
    unknown = _error(client.get("/api/v1/export?status=Bogus", headers=viewer), 400, "invalid")
    assert "no status called “Bogus”" in unknown["message"]
    _error(client.get("/api/v1/export?from=2024-13-01", headers=viewer), 400)
    _error(client.get("/api/v1/export?from=2024-02-01&to=2024-01-01", headers=viewer), 400)
    _error(client.get("/api/v1/export?all=maybe", headers=viewer), 400)
