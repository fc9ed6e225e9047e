"""The claim panel: status, wording, sources, notes, history, conflicts."""

import pytest
from lxml import html
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import ClaimEvent, Note, Source, Status


@pytest.fixture
def claim(make_article):
    return make_article().claims[0]


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def test_set_status_is_saved_recorded_and_shown_after_reload(client, logged_in, claim):
    false = _status("False")
    response = client.post(
        f"/claims/{claim.id}/status", data={"status_id": false.id, "version": claim.version}
    )
    assert response.status_code == 302
    db.session.refresh(claim)
    assert claim.status_id == false.id and claim.version == 2
    event = db.session.scalar(
        select(ClaimEvent).where(ClaimEvent.claim_id == claim.id, ClaimEvent.field == "status")
    )
    assert event.user_id == logged_in.id
    assert event.before["name"] == "Unreviewed" and event.after["name"] == "False"
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "Unreviewed</del>" in page and "False</ins>" in page


def test_htmx_request_gets_the_panel_fragment(client, logged_in, claim):
    fragment = client.get(f"/claims/{claim.id}", headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert b"<html" not in fragment.data
    assert f'id="panel-{claim.id}"'.encode() in fragment.data
    assert b'hx-swap-oob="true"' in fragment.data


def test_stale_save_is_refused_with_who_changed_it(app, client, logged_in, claim, make_user):
    make_user("colleague", "reviewer")
    colleague = app.test_client()
    colleague.post("/login", data={"login": "colleague", "password": "correct horse battery"})
    accurate, false = _status("Accurate"), _status("False")
    first = colleague.post(
        f"/claims/{claim.id}/status", data={"status_id": accurate.id, "version": 1}
    )
    assert first.status_code == 302
    second = client.post(f"/claims/{claim.id}/status", data={"status_id": false.id, "version": 1})
    assert second.status_code == 409
    assert b"changed by colleague" in second.data
    db.session.expire_all()
    assert db.session.get(type(claim), claim.id).status_id == accurate.id


def test_a_refused_save_keeps_what_was_typed_beside_the_current_values(
    app, client, logged_in, claim, make_user
):
    """Issue 12 (5): on a 409 the second reviewer's words are not thrown away: they stand as
    "yours" beside "now", and one action applies them on top of the current version."""
    make_user("colleague", "reviewer")
    colleague = app.test_client()
    colleague.post("/login", data={"login": "colleague", "password": "correct horse battery"})
    colleague.post(
        f"/claims/{claim.id}/edit",
        data={"text": "Jobs grew by 240,000.", "speaker": "Labor Department", "version": 1},
    )
    mine = {"text": "Employers added 250,000 jobs in April.", "speaker": "Jane Doe"}
    refused = client.post(
        f"/claims/{claim.id}/edit", data={**mine, "version": 1}, headers={"HX-Request": "true"}
    )
    assert refused.status_code == 409
    page = html.fromstring(refused.data)
    rows = {
        row.findtext("th"): [cell.text_content() for cell in row.findall("td")]
        for row in page.xpath("//table[@class='yours-now']/tbody/tr")
    }
    assert rows["Claim wording"] == [mine["text"], "Jobs grew by 240,000."]
    assert rows["Speaker"] == [mine["speaker"], "Labor Department"]
    db.session.expire_all()
    assert db.session.get(type(claim), claim.id).text == "Jobs grew by 240,000."  # nothing saved
    apply = page.xpath("//form[@class='apply-yours']")[0]
    fields = {field.get("name"): field.get("value") for field in apply.xpath(".//input")}
    assert fields["version"] == "2"
    applied = client.post(apply.get("action"), data=fields, headers={"HX-Request": "true"})
    assert applied.status_code == 200
    db.session.expire_all()
    saved = db.session.get(type(claim), claim.id)
    assert (saved.text, saved.speaker, saved.version) == (mine["text"], "Jane Doe", 3)


def test_edit_wording_and_speaker(client, logged_in, claim):
    response = client.post(
        f"/claims/{claim.id}/edit",
        data={"text": "Jobs grew by 250,000.", "speaker": "Jane Doe", "version": 1},
    )
    assert response.status_code == 302
    db.session.refresh(claim)
    assert (claim.text, claim.speaker, claim.version) == ("Jobs grew by 250,000.", "Jane Doe", 2)
    fields = set(
        db.session.scalars(select(ClaimEvent.field).where(ClaimEvent.claim_id == claim.id))
    )
    assert {"text", "speaker"} <= fields


def test_empty_wording_is_refused(client, logged_in, claim):
    before = claim.text
    response = client.post(f"/claims/{claim.id}/edit", data={"text": "  ", "version": 1})
    assert response.status_code == 400
    db.session.refresh(claim)
    assert claim.text == before


def test_add_and_remove_source(client, logged_in, claim):
    response = client.post(
        f"/claims/{claim.id}/sources",
        data={
            "url": "https://www.bls.gov/news.release/empsit.nr0.htm",
            "title": "BLS",
            "stance": "supports",
        },
    )
    assert response.status_code == 302
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    link = 'href="https://www.bls.gov/news.release/empsit.nr0.htm" target="_blank"'
    assert f'{link} rel="noopener noreferrer"' in page
    source = db.session.scalar(select(Source))
    client.post(f"/claims/{claim.id}/sources/{source.id}/delete")
    db.session.refresh(source)
    assert source.deleted_at is not None
    actions = list(
        db.session.scalars(select(ClaimEvent.action).where(ClaimEvent.claim_id == claim.id))
    )
    assert "source added" in actions and "source removed" in actions


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", b"starting with http"),
        ("notaurl", b"starting with http"),
        ("http://", b"starting with http"),
        ("", b"This field is required."),
    ],
)
def test_bad_source_url_is_refused(client, logged_in, claim, url, message):
    response = client.post(f"/claims/{claim.id}/sources", data={"url": url, "stance": "context"})
    assert response.status_code == 400
    assert message in response.data
    assert db.session.scalar(select(func.count(Source.id))) == 0


def test_duplicate_source_warns_instead_of_duplicating(client, logged_in, claim):
    data = {"url": "https://example.org/report", "stance": "context"}
    client.post(f"/claims/{claim.id}/sources", data=data)
    response = client.post(f"/claims/{claim.id}/sources", data=data)
    assert response.status_code == 400
    assert b"already cited" in response.data
    assert db.session.scalar(select(func.count(Source.id))) == 1


def test_notes_keep_line_breaks_and_render_script_as_text(client, logged_in, claim):
    body = "First line\nSee https://example.org/x <script>alert(1)</script>"
    client.post(f"/claims/{claim.id}/notes", data={"body": body})
    note = db.session.scalar(select(Note))
    assert note.body == body and note.author_id == logged_in.id
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<a href="https://example.org/x" target="_blank"' in page


def test_empty_note_is_refused(client, logged_in, claim):
    response = client.post(f"/claims/{claim.id}/notes", data={"body": "   "})
    assert response.status_code == 400
    assert db.session.scalar(select(func.count(Note.id))) == 0


def test_unknown_status_and_claim(client, logged_in, claim):
    response = client.post(f"/claims/{claim.id}/status", data={"status_id": 999, "version": 1})
    assert response.status_code == 400
    assert client.post("/claims/999/status", data={"status_id": 1, "version": 1}).status_code == 404


def test_viewer_cannot_change_claims(client, auth, make_user, claim):
    make_user("val", "viewer")
    auth.login("val")
    assert client.get(f"/claims/{claim.id}").status_code == 200
    response = client.post(f"/claims/{claim.id}/notes", data={"body": "hi"})
    assert response.status_code == 403
    assert db.session.scalar(select(func.count(Note.id))) == 0


def test_the_panel_shows_whole_words_around_the_passage(client, logged_in, make_article):
    # the stored quote selector keeps 32 characters either side (for W3C exports), which can
    # end inside a word: the panel shows the words it has in full, then "…"
    article = make_article(
        text="Campaigners said the UK sends £350m a week to Brussels. The claim was printed on "
        "the side of a bus in large letters."
    )
    claim = article.claims[0]
    assert claim.quote_suffix.endswith("si")  # the selector itself is unchanged
    page = html.fromstring(client.get(f"/claims/{claim.id}").data)
    shown = page.xpath("//blockquote[@class='passage']")[0].text_content().strip()
    assert shown.endswith("printed on the …")
    assert " si" not in shown.split("Brussels.")[-1]
