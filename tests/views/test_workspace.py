"""The article workspace over HTTP: filters, shaping routes, source editing, and hostile text."""

import re

import pytest
from sqlalchemy import select

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, Source, Status
from webapp.services import changes

TEXT = (
    "Officials said unemployment fell to 3.9% in April, the ministry reported.\n\n"
    "Fans 🎉👍🏽 cheered as the café’s owner said 42 people queued for bread."
)


@pytest.fixture
def article(make_article):
    return make_article(text=TEXT)


def _claim(article, words):
    return next(c for c in article.claims if words in c.passage)


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def test_paragraph_offsets_let_the_browser_rebuild_code_point_offsets(client, logged_in, article):
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    starts = [int(n) for n in re.findall(r'<p id="para-\d+" data-start="(\d+)">', page)]
    assert starts == [0, TEXT.index("Fans")]
    assert 'aria-describedby="claim-tip"' in page and 'data-status-name="Unreviewed"' in page


def test_filters_come_from_the_url_and_are_shown_in_the_form(client, logged_in, article):
    page = client.get(f"/articles/{article.id}?q=unemployment&sort=score").get_data(as_text=True)
    assert 'value="unemployment"' in page
    assert '<option value="score" selected>' in page
    rows = re.findall(r'id="claim-row-(\d+)"', page)
    assert [int(r) for r in rows] == [_claim(article, "unemployment").id]
    assert "Clear filters" in page


def test_create_claim_from_selection(client, logged_in, article):
    words = "cheered as the café’s owner"
    start = TEXT.index(words)
    response = client.post(
        f"/articles/{article.id}/claims",
        data={"start": start, "end": start + len(words), "quote": words},
    )
    assert response.status_code == 302
    claim = db.session.scalar(select(Claim).where(Claim.text == words))
    assert (claim.start, claim.end) == (start, start + len(words))


def test_create_claim_with_a_wrong_quote_changes_nothing(client, logged_in, article):
    count = len(article.claims)
    response = client.post(
        f"/articles/{article.id}/claims", data={"start": 0, "end": 9, "quote": "Something"}
    )
    assert response.status_code == 400
    assert b"does not match the article" in response.data
    assert db.session.scalar(select(db.func.count(Claim.id))) == count


def test_viewer_cannot_shape_claims(client, auth, make_user, article):
    make_user("viewer1", "viewer")
    auth.login("viewer1")
    claim = article.claims[0]
    response = client.post(f"/claims/{claim.id}/dismiss", data={"reason": "x", "version": 1})
    assert response.status_code == 403
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "Shape this claim" not in page and 'id="selection-bar"' not in page


def test_a_split_from_the_panel_swaps_the_moved_paragraph_and_the_list_in_place(
    client, logged_in, article
):
    """Issue 12 (9): shaping answers like every other panel action: the panel, plus out of band
    only the paragraph whose marks moved and the claim list (keeping the page's filter)."""
    claim = _claim(article, "unemployment")
    other_paragraph = TEXT.index("Fans")
    at = TEXT.index("fell to")
    answer = client.post(
        f"/claims/{claim.id}/split",
        data={"at": at, "version": claim.version},
        headers={
            "HX-Request": "true",
            "HX-Current-URL": f"http://localhost/articles/{article.id}?sort=score",
        },
    )
    assert answer.status_code == 200 and "HX-Redirect" not in answer.headers
    page = answer.get_data(as_text=True)
    moved = re.findall(r'<p id="para-(\d+)" data-start="\d+" hx-swap-oob="true">', page)
    paragraph = TEXT.rfind("\n\n", 0, at) + 2 if "\n\n" in TEXT[:at] else 0
    assert moved == [str(paragraph)] and str(other_paragraph) != moved[0]
    assert '<div id="claim-list-block" hx-swap-oob="true">' in page
    new_claim = max(c.id for c in db.session.scalars(select(Claim)))
    assert f'id="claim-row-{new_claim}"' in page
    assert '<option value="score" selected>' in page  # the reviewer's sort is kept


def test_shaping_swaps_only_the_rows_that_changed(client, logged_in, article):
    """Issue 12 (9): with the list in reading order, a split inserts the new row after the
    claim's own, a dismissal deletes the row, and the count follows — nothing else is sent."""
    claim = _claim(article, "unemployment")
    htmx = {"HX-Request": "true", "HX-Current-URL": f"http://localhost/articles/{article.id}"}
    split = client.post(
        f"/claims/{claim.id}/split",
        data={"at": TEXT.index("fell to"), "version": claim.version},
        headers=htmx,
    ).get_data(as_text=True)
    new_claim = max(c.id for c in db.session.scalars(select(Claim)))
    assert "claim-list-block" not in split
    assert (
        f'<div hx-swap-oob="afterend:#claim-row-{claim.id}"><li id="claim-row-{new_claim}"' in split
    )
    assert f'<li id="claim-row-{claim.id}" class="claim-row selected" hx-swap-oob="true">' in split
    assert split.count('<li id="claim-row-') == 2  # the two parts, no other row
    live = len([c for c in db.session.scalars(select(Claim)) if not c.dismissed_reason])
    assert f'<span class="count" id="claim-count" hx-swap-oob="true">{live}</span>' in split
    db.session.refresh(claim)
    dismissed = client.post(
        f"/claims/{new_claim}/dismiss",
        data={"reason": "Part of the claim before it", "version": 1},
        headers=htmx,
    ).get_data(as_text=True)
    assert f'<li id="claim-row-{new_claim}" hx-swap-oob="delete"></li>' in dismissed
    assert "Part of the claim before it" in dismissed  # the dismissed list, swapped too


def test_span_split_dismiss_and_undo_routes(client, logged_in, article):
    claim = _claim(article, "unemployment")
    response = client.post(
        f"/claims/{claim.id}/span", data={"edge": "shrink-end", "version": claim.version}
    )
    assert response.status_code == 302
    db.session.refresh(claim)
    assert claim.version == 2

    stale = client.post(f"/claims/{claim.id}/span", data={"edge": "grow-end", "version": 1})
    assert stale.status_code == 409 and b"Not saved" in stale.data

    at = TEXT.index("fell to")
    split = client.post(f"/claims/{claim.id}/split", data={"at": at, "version": claim.version})
    assert split.status_code == 302
    db.session.refresh(claim)
    assert claim.passage == "Officials said unemployment"

    bad = client.post(f"/claims/{claim.id}/split", data={"at": 1, "version": claim.version})
    assert bad.status_code == 400 and b"between two words" in bad.data

    no_reason = client.post(f"/claims/{claim.id}/dismiss", data={"version": claim.version})
    assert no_reason.status_code == 400 and b"Say why this is not a claim" in no_reason.data
    client.post(f"/claims/{claim.id}/dismiss", data={"reason": "Vague", "version": claim.version})
    db.session.refresh(claim)
    assert claim.dismissed_reason == "Vague"
    article_page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    assert f'id="claim-row-{claim.id}"' not in article_page
    assert "Dismissed claims" in article_page and "— Vague" in article_page

    event = db.session.scalar(
        select(ClaimEvent).where(ClaimEvent.claim_id == claim.id, ClaimEvent.action == "dismissed")
    )
    panel = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert f'name="event_id" type="hidden" value="{event.id}"' in panel
    undone = client.post(
        f"/claims/{claim.id}/undo", data={"event_id": event.id, "version": claim.version}
    )
    assert undone.status_code == 302
    db.session.refresh(claim)
    assert claim.dismissed_reason is None


def test_edit_source_route_and_duplicate_warning(client, logged_in, article):
    claim = article.claims[0]
    changes.apply(
        claim, logged_in, changes.AddSource(changes.SourceFields(url="https://a.example.org/"))
    )
    second = changes.apply(
        claim, logged_in, changes.AddSource(changes.SourceFields(url="https://b.example.org/"))
    ).result
    db.session.commit()
    prefix = f"source{second.id}-"
    duplicate = client.post(
        f"/claims/{claim.id}/sources/{second.id}/edit",
        data={prefix + "url": "https://a.example.org/", prefix + "stance": "context"},
    )
    assert duplicate.status_code == 400
    assert b"already has this address" in duplicate.data
    saved = client.post(
        f"/claims/{claim.id}/sources/{second.id}/edit",
        data={
            prefix + "url": "https://b.example.org/new",
            prefix + "title": "New title",
            prefix + "stance": "refutes",
            prefix + "accessed_on": "2024-05-01",
        },
    )
    assert saved.status_code == 302
    source = db.session.get(Source, second.id)
    assert (source.url, source.title, source.stance) == (
        "https://b.example.org/new",
        "New title",
        "refutes",
    )
    add_again = client.post(
        f"/claims/{claim.id}/sources", data={"url": "https://a.example.org/", "stance": "context"}
    )
    assert add_again.status_code == 400 and b"already cited" in add_again.data


def test_next_unreviewed_skips_final_verdicts(client, logged_in, article):
    first, second = sorted(article.claims, key=lambda c: c.start)[:2]
    changes.apply(
        first, logged_in, changes.SetFields.of(**{"status_id": _status("False").id}), first.version
    )
    db.session.commit()
    response = client.get(f"/articles/{article.id}/next-unreviewed")
    assert response.headers["Location"].endswith(f"/claims/{second.id}")


def test_status_change_over_htmx_updates_the_progress_bar(client, logged_in, article):
    claim = article.claims[0]
    response = client.post(
        f"/claims/{claim.id}/status",
        data={"status_id": _status("Accurate").id, "version": claim.version},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert b'id="article-progress" hx-swap-oob="true"' in response.data
    assert f"0 of {len(article.claims)} reviewed · 1 awaiting approval".encode() in response.data


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_renders_inert(client, logged_in, make_article, payload):
    text = f"The mayor said {payload} that 120 homes were approved in 2023."
    article = make_article(title=f"Title {payload}", text=text)
    claim = article.claims[0]
    changes.apply(
        claim,
        logged_in,
        changes.SetFields.of(**{"text": f"Wording {payload}", "speaker": payload}),
        claim.version,
    )
    changes.apply(claim, logged_in, changes.AddNote(f"Note {payload} see javascript:alert(2)"))
    changes.apply(
        claim,
        logged_in,
        changes.AddSource(
            changes.SourceFields(url="https://example.org/x", title=f"Source {payload}")
        ),
    )
    db.session.commit()
    for url in (f"/articles/{article.id}", f"/claims/{claim.id}"):
        response = client.get(url)
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        page = response.get_data(as_text=True)
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert 'href="javascript:' not in page
        assert " onerror=" not in page.replace("onerror=alert(1)&gt;", "")
        assert "&lt;script&gt;" in page or "&#34;&gt;&lt;img" in page or "javascript:alert" in page


def test_source_with_javascript_url_is_refused(client, logged_in, article):
    claim = article.claims[0]
    response = client.post(
        f"/claims/{claim.id}/sources", data={"url": "javascript:alert(1)", "stance": "context"}
    )
    assert response.status_code == 400
    assert db.session.scalar(select(db.func.count(Source.id))) == 0


def test_pages_carry_no_inline_script_or_style(client, logged_in, article):
    claim = article.claims[0]
    for url in (f"/articles/{article.id}", f"/claims/{claim.id}"):
        page = client.get(url).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)", page)
        assert " style=" not in page
        assert not re.search(r"\son[a-z]+=", page)


def test_final_verdicts_are_marked_by_more_than_colour(client, logged_in, article):
    claim = article.claims[0]
    changes.apply(
        claim, logged_in, changes.SetFields.of(**{"status_id": _status("False").id}), claim.version
    )
    db.session.commit()
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    finals = re.findall(r'class="claim-mark [^"]*\bfinal\b[^"]*"[^>]*data-claim-id="(\d+)"', page)
    assert set(finals) == {str(claim.id)}
    assert "solid underline: final verdict" in page


def test_opening_a_claim_keeps_the_list_filters_in_its_address(client, logged_in, make_article):
    article = make_article(
        text="Unemployment fell to 3.9% in April.\n\nThe mayor said: “Is this fair? I doubt it.”"
    )
    assert len({claim.kind for claim in article.claims}) > 1
    chosen = article.claims[0]
    kind = chosen.kind
    page = client.get(f"/articles/{article.id}?kind={kind}&sort=score").get_data(as_text=True)
    assert f'href="/claims/{chosen.id}?kind={kind}&amp;sort=score"' in page
    opened = client.get(f"/claims/{chosen.id}?kind={kind}&sort=score").get_data(as_text=True)
    listed = {claim.id for claim in article.claims if f'id="claim-row-{claim.id}"' in opened}
    assert listed == {claim.id for claim in article.claims if claim.kind == kind}
    assert len(listed) < len(article.claims)
