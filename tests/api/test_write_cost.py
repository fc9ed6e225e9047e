"""What a reviewer's save (status and note in one PATCH) costs, and that the shortcuts it takes
leave the same rows behind as the long way: the search document built from what the answer
read, and the answer's names taken from the account already loaded."""

from sqlalchemy import select

from tests.api.test_read_scale import counted_statements
from webapp.extensions import db
from webapp.models import Claim, SearchDocument, User
from webapp.services import changes, comments, review, search_index
from webapp.services import claims as claim_service

# Token (with the address's failure count), the claim (with its group, its blind review and the
# status the save sets, by name), UPDATE and the note (one flush), the 3 history rows (one INSERT),
# the sources, notes and comments (one statement), the search document (one INSERT … ON CONFLICT
# UPDATE). Not counted: BEGIN (SQLite's, and its BEGIN IMMEDIATE at the first write; PostgreSQL's
# is implicit), COMMIT.
SAVE_STATEMENTS = 7


def _save(client, headers, claim_id: int, version: int, status: str, note: str) -> dict:
    response = client.patch(
        f"/api/v1/claims/{claim_id}",
        json={"version": version, "status": status, "note": note},
        headers=headers,
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def _stored_document(claim_id: int) -> dict:
    row = db.session.execute(
        select(SearchDocument.__table__).where(SearchDocument.claim_id == claim_id)
    ).one()
    return dict(row._mapping)


def test_a_save_costs_a_fixed_number_of_statements(app, client, reviewer, claim):
    """However many notes the claim already has, a save is the same statements."""
    counts = []
    version, claim_id = 1, claim.id
    for n in range(4):
        with counted_statements(app) as statements:
            body = _save(client, reviewer, claim_id, version, ("Accurate", "False")[n % 2], f"n{n}")
        version = body["version"]
        counts.append(len([s for s in statements if not s.startswith("BEGIN")]))
    assert [note["body"] for note in body["notes"]] == ["n0", "n1", "n2", "n3"]
    assert counts == [SAVE_STATEMENTS] * 4


def test_the_search_document_of_a_save_is_what_a_rebuild_writes(
    client, reviewer, editor, claim, make_user
):
    """The document written at the commit comes from the claim, notes, sources and comments
    the answer read; it must equal the one read back from the database."""
    colleague = make_user("colin", "reviewer")
    stored = db.session.get(Claim, claim.id)
    changes.apply(stored, colleague, changes.AddNote("Colin's note: see the minutes."))
    source = changes.SourceFields(
        url="https://example.org/minutes", title="Minutes", publisher="Council"
    )
    changes.apply(stored, colleague, changes.AddSource(source))
    withdrawn = changes.apply(stored, colleague, changes.AddNote("Withdrawn: wrong claim.")).result
    changes.apply(stored, colleague, changes.RemoveNote(withdrawn.id))
    gone = changes.SourceFields(url="https://example.org/gone", title="Gone", publisher="")
    gone = changes.apply(stored, colleague, changes.AddSource(gone)).result
    changes.apply(stored, colleague, changes.RemoveSource(gone.id))
    comments.add_comment(stored, colleague, "Asked the council's press office.")
    db.session.commit()
    body = _save(client, reviewer, claim.id, stored.version, "False", "Checked: the rate was 4.1%.")
    # The answer names the colleague (read) and the reviewer (already loaded with the token);
    # removed notes and sources are neither in it nor in the search document.
    assert [note["author"] for note in body["notes"]] == ["colin", "rita"]
    assert body["updated_by"] == "rita" and body["sources"][0]["added_by"] == "colin"
    assert [source["url"] for source in body["sources"]] == ["https://example.org/minutes"]
    assert [comment["body"] for comment in body["comments"]] == [
        "Asked the council's press office."
    ]
    db.session.expire_all()
    document = _stored_document(claim.id)
    (rebuilt,) = search_index.documents_for([claim.id])
    assert document == rebuilt
    for words in ("rate was 4.1%", "press office", "https://example.org/minutes"):
        assert words in document["extra"]
    assert "Withdrawn" not in document["extra"] and "example.org/gone" not in document["extra"]
    # Rewritten in place (INSERT … ON CONFLICT UPDATE): SQLite's full-text index followed.
    assert search_index.out_of_step() == {"missing": 0, "stale": 0, "orphans": 0, "fts_ok": True}


def test_a_document_in_hand_is_dropped_when_the_claim_changes_after_it(app, claim, make_user):
    """A change flushed after the document was built makes the commit read it again."""
    user = make_user("rob", "reviewer")
    stored = db.session.get(Claim, claim.id)
    changes.apply(stored, user, changes.AddNote("First."))
    search_index.document_in_hand(stored, claim_service.children(stored.id))
    changes.apply(stored, user, changes.AddNote("Second, after the document was built."))
    db.session.commit()
    db.session.expire_all()
    assert "Second, after" in _stored_document(claim.id)["extra"]
    assert _stored_document(claim.id) == search_index.documents_for([claim.id])[0]
    assert db.session.get(User, user.id).username == "rob"


def test_a_save_on_an_article_under_blind_review_is_refused_to_reviewers(
    client, reviewer, editor, make_article, make_user
):
    """The blind review is read with the claim (for_save), not on its own: still refused."""
    article = make_article()
    claim_id = article.claims[0].id
    review.start_blind_review(
        article,
        make_user("ed", "editor"),
        make_user("bea", "reviewer").id,
        make_user("bob", "reviewer").id,
    )
    db.session.commit()
    response = client.patch(
        f"/api/v1/claims/{claim_id}", json={"version": 1, "status": "False"}, headers=reviewer
    )
    assert response.status_code == 403
    assert "blind double review" in response.get_json()["error"]["message"]
    body = _save(client, editor, claim_id, 1, "False", "Decided on the minutes.")
    assert body["status"]["name"] == "False"


def test_the_status_read_with_the_claim_answers_as_before(client, reviewer, claim):
    """The status named in the body is read with the claim: any case finds it, an unknown one
    is refused as before, and a body in error is refused as such even for a missing claim."""
    url = f"/api/v1/claims/{claim.id}"
    unknown = client.patch(url, json={"version": 1, "status": "Bogus"}, headers=reviewer)
    assert unknown.status_code == 400
    assert "no status called “Bogus”" in unknown.get_json()["error"]["message"]
    for missing_body, code in (
        ({"version": 1, "status": "Bogus"}, 400),
        ({"version": 1, "status": "accurate", "text": " "}, 400),
        ({"version": 1, "status": "accurate"}, 404),
        ({"version": 1, "speaker": "Jane Doe"}, 404),
    ):
        response = client.patch("/api/v1/claims/99999", json=missing_body, headers=reviewer)
        assert response.status_code == code, response.get_data(as_text=True)
    assert _save(client, reviewer, claim.id, 1, "fALSE", "Any case.")["status"]["name"] == "False"
    # Without a status in the body, the claim is read alone and keeps its status.
    response = client.patch(url, json={"version": 2, "speaker": "Jane Doe"}, headers=reviewer)
    assert response.status_code == 200 and response.get_json()["status"]["name"] == "False"
