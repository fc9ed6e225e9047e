"""Split and merge word their claims as sentences, and the panel shows that wording before the
reviewer confirms; a preview saves nothing."""

import html

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent

TEXT = (
    "Romania recorded the most cases (about 30,000), followed by Kazakhstan with 13,000.\n\n"
    "The company cut 300 jobs last year and increased its prices by 5% in March.\n\n"
    "The ministry said 4,200 homes were damaged in the floods. Officials put the cost at "
    "$310 million.\n\n"
    "“We will continue to act decisively against any spillover,” Netanyahu said."
)
ROMANIA = "Romania recorded the most cases (about 30,000)."
KAZAKHSTAN = "Followed by Kazakhstan with 13,000."


@pytest.fixture
def article(make_article):
    return make_article(text=TEXT)


def _claim(article, words) -> Claim:
    return next(c for c in article.claims if c.passage.startswith(words))


def _saved_state():
    """Everything a preview must leave alone: claims, their versions and wordings, history."""
    claims = db.session.execute(select(Claim.id, Claim.version, Claim.text, Claim.end)).all()
    events = db.session.scalar(select(func.count(ClaimEvent.id)))
    return sorted(claims), events


def _page(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def _merge(client, claim, other):
    return client.post(
        f"/claims/{claim.id}/merge", data={"other_id": other.id, "version": claim.version}
    )


def test_split_preview_shows_both_wordings_and_saves_nothing(client, logged_in, article):
    quote = _claim(article, "“We will")
    before = _saved_state()
    at = TEXT.index("against any")
    response = client.get(
        f"/claims/{quote.id}/split/preview?at={at}", headers={"HX-Request": "true"}
    )
    page = _page(response)
    assert response.status_code == 200
    assert "<li>“We will continue to act decisively.”</li>" in page
    assert "<li>Against any spillover, Netanyahu said.</li>" in page
    assert _saved_state() == before


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("at=1", 400, "Split the claim between two words inside it."),
        ("at=zero", 400, "Choose a place to split or a claim to merge with."),
        ("", 400, "Choose a place to split or a claim to merge with."),
    ],
)
def test_split_preview_of_a_bad_point_says_why(client, logged_in, article, query, status, message):
    quote = _claim(article, "“We will")
    before = _saved_state()
    response = client.get(f"/claims/{quote.id}/split/preview?{query}")
    assert response.status_code == status and message in _page(response)
    assert _saved_state() == before


def test_merge_preview_shows_the_joined_wording_and_saves_nothing(client, logged_in, article):
    jobs, prices = _claim(article, "The company"), _claim(article, "increased")
    assert prices.text == "The company increased its prices by 5% in March."  # extraction's
    before = _saved_state()
    response = client.get(f"/claims/{jobs.id}/merge/preview?other_id={prices.id}")
    assert response.status_code == 200
    # the joined passage, with the "and" between the two, not two sentences glued together
    assert (
        "<li>The company cut 300 jobs last year and increased its prices by 5% in March.</li>"
    ) in _page(response)
    assert _saved_state() == before


@pytest.mark.parametrize(
    ("other", "status", "message"),
    [
        ("missing", 409, "The claims are no longer next to each other"),
        ("not next", 409, "The claims are no longer next to each other"),
        ("none", 400, "Choose a place to split or a claim to merge with."),
    ],
)
def test_merge_preview_without_its_partner_says_why(
    client, logged_in, article, other, status, message
):
    jobs = _claim(article, "The company")
    other_id = {"missing": "99999", "not next": str(_claim(article, "Romania").id), "none": ""}
    before = _saved_state()
    response = client.get(f"/claims/{jobs.id}/merge/preview?other_id={other_id[other]}")
    assert response.status_code == status and message in _page(response)
    assert _saved_state() == before


def test_a_viewer_gets_no_preview(client, auth, make_user, article):
    make_user("viewer1", "viewer")
    auth.login("viewer1")
    quote = _claim(article, "“We will")
    response = client.get(f"/claims/{quote.id}/split/preview?at={TEXT.index('against')}")
    assert response.status_code == 403


def test_the_panel_shows_what_split_and_merge_will_make(client, logged_in, article):
    romania = _claim(article, "Romania")
    page = _page(client.get(f"/claims/{romania.id}"))
    # the first split point is chosen: its two wordings are shown; changing it asks again
    assert "<li>Romania.</li><li>Recorded the most cases (about 30,000).</li>" in page
    assert f'hx-get="/claims/{romania.id}/split/preview"' in page
    assert 'hx-target="#split-preview"' in page
    assert (
        'The merged claim will read:</p>\n<ol class="wording-preview"><li>Romania recorded the '
        "most cases (about 30,000), followed by Kazakhstan with 13,000.</li>"
    ) in page


def test_split_stores_readable_wordings_and_history_records_them(client, logged_in, article):
    romania, kazakhstan = _claim(article, "Romania"), _claim(article, "followed")
    assert _merge(client, romania, kazakhstan).status_code == 302
    db.session.refresh(romania)
    assert romania.passage == TEXT.split("\n\n")[0]

    at = TEXT.index("followed")
    preview = _page(client.get(f"/claims/{romania.id}/split/preview?at={at}"))
    assert f"<li>{ROMANIA}</li><li>{KAZAKHSTAN}</li>" in preview
    response = client.post(
        f"/claims/{romania.id}/split", data={"at": at, "version": romania.version}
    )
    assert response.status_code == 302
    db.session.refresh(romania)
    second = db.session.scalar(
        select(Claim).where(Claim.start == at, Claim.dismissed_reason.is_(None))
    )
    assert (romania.text, romania.passage) == (
        ROMANIA,
        "Romania recorded the most cases (about 30,000),",
    )
    assert second.text == KAZAKHSTAN and second.passage == "followed by Kazakhstan with 13,000."
    split = db.session.scalar(
        select(ClaimEvent).where(ClaimEvent.claim_id == romania.id, ClaimEvent.action == "split")
    )
    assert split.after["text"] == ROMANIA
    assert split.after["others"][str(second.id)]["text"] == KAZAKHSTAN


def test_merge_of_two_sentences_keeps_their_full_stop_and_a_space(client, logged_in, article):
    homes, cost = _claim(article, "The ministry"), _claim(article, "Officials")
    assert _merge(client, homes, cost).status_code == 302
    db.session.refresh(homes)
    assert homes.text == (
        "The ministry said 4,200 homes were damaged in the floods. "
        "Officials put the cost at $310 million."
    )
    assert homes.passage == homes.text  # the passage stays exact


def test_merge_keeps_a_reviewers_wording_and_joins_it_as_sentences(client, logged_in, article):
    jobs, prices = _claim(article, "The company"), _claim(article, "increased")
    client.post(
        f"/claims/{jobs.id}/edit",
        data={"text": "The company cut 300 jobs in 2023", "speaker": "", "version": jobs.version},
    )
    db.session.refresh(jobs)
    assert jobs.text == "The company cut 300 jobs in 2023"
    expected = "The company cut 300 jobs in 2023. The company increased its prices by 5% in March."
    preview = _page(client.get(f"/claims/{jobs.id}/merge/preview?other_id={prices.id}"))
    assert f"<li>{expected}</li>" in preview
    assert _merge(client, jobs, prices).status_code == 302
    db.session.refresh(jobs)
    assert jobs.text == expected
    assert jobs.passage == TEXT.split("\n\n")[1]
