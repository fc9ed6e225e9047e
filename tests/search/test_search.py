"""Archive search in the browser, the API and the CLI, on the database's own full-text engine:
query syntax, filters, escaped snippets, order, paging, bad input, roles, deleted articles,
and an index that follows every change (or is rebuilt by the CLI)."""

from datetime import date
from urllib.parse import urlencode

import pytest
from sqlalchemy import delete, event, select

from tests.search.conftest import claim_with
from webapp.extensions import db
from webapp.models import Comment, SearchDocument, Status
from webapp.services import articles as article_service
from webapp.services import changes, newest, search_index
from webapp.services import search as search_module
from webapp.services.search import SearchFilter, search


def _ids(**args):
    return {hit.claim.id for hit in search(SearchFilter.from_args(args)).hits}


def test_words_phrases_or_and_minus_work_the_same_on_both_databases(app, archive):
    first, second, third = archive
    names_first = claim_with(first, "58,320").id
    names_second = claim_with(second, "58,000").id
    apples = third.claims[0].id
    assert _ids(q="names wall") == {names_first, names_second}
    assert _ids(q='"engraved on the"') == {names_second}
    assert _ids(q="engraved OR apples") == {names_second, apples}
    assert _ids(q="names -engraved") == {names_first}
    assert _ids(q="zeppelin") == set()


def test_notes_sources_comments_and_titles_are_searched(app, archive, make_user):
    first, _second, third = archive
    user = make_user("ann", "editor")
    claim = third.claims[0]
    changes.apply(claim, user, changes.AddNote("Checked against the orchard ledger"))
    changes.apply(
        claim,
        user,
        changes.AddSource(
            changes.SourceFields(url="https://growers.example/report", title="Pomology")
        ),
    )
    db.session.add(Comment(claim_id=claim.id, author_id=user.id, body="Ask the quartermaster"))
    db.session.commit()
    assert _ids(q="ledger") == {claim.id}
    assert _ids(q="pomology") == {claim.id}
    assert _ids(q="quartermaster") == {claim.id}
    assert _ids(q="memorial figures") == {c.id for c in first.claims}


def test_a_hit_shows_its_wording_and_where_else_the_words_were_found(
    app, archive, make_user, token_for
):
    """The wording is what a hit is: it is shown whether or not the query's words are in it;
    when they are not, the passage where they were found is shown beside it, named."""
    first, _second, third = archive
    wall = claim_with(first, "58,320")
    apples = third.claims[0]
    changes.apply(apples, make_user("ann", "editor"), changes.AddNote("Per the orchard ledger"))
    db.session.commit()

    def hit(q, claim):
        return next(h for h in search(SearchFilter(q=q)).hits if h.claim.id == claim.id)

    in_wording = hit("names", wall)
    assert "<mark>names</mark>" in str(in_wording.snippet) and in_wording.elsewhere is None
    in_title = hit("memorial", wall)
    assert "<mark>" not in str(in_title.snippet) and "58,320 names" in str(in_title.snippet)
    assert in_title.elsewhere[0] == "title" and in_title.found_in_words == "the article's title"
    assert "<mark>memorial</mark>" in str(in_title.elsewhere[1])
    in_note = hit("ledger", apples)
    assert "4,000 tonnes" in str(in_note.snippet)
    assert in_note.elsewhere[0] == "notes" and "<mark>ledger</mark>" in str(in_note.elsewhere[1])

    client = app.test_client()
    items = client.get("/api/v1/search?q=memorial", headers=token_for("v", "viewer")).get_json()
    item = next(item for item in items["items"] if item["claim_id"] == wall.id)
    assert item["found_in"] == "title" and "<mark>memorial</mark>" in item["found_html"]
    assert "58,320 names" in item["snippet_html"]
    # The terminal gets text: the union's apostrophe as typed, not as an HTML entity.
    printed = app.test_cli_runner().invoke(args=["search", "ledger"]).output
    assert "growers' union" in printed and "&#" not in printed
    assert "growers' union said.\t(in its notes, sources or comments: " in printed
    assert "orchard [ledger])" in printed


def test_a_status_change_keeps_the_search_document_and_a_rewording_rewrites_it(
    app, archive, make_user
):
    """Saving a verdict does not rewrite the claim's search document (the status filter reads
    the claim); new wording does, in the same transaction."""
    claim = archive[2].claims[0]
    user = make_user("ann", "editor")
    false_id = db.session.scalar(select(Status.id).where(Status.name == "False"))
    writes: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        if "search_documents" in statement and not statement.lstrip().startswith("SELECT"):
            writes.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        changes.apply(claim, user, changes.SetFields.of(status_id=false_id), claim.version)
        db.session.commit()
        assert writes == []
        assert _ids(q="apples", status="False") == {claim.id}
        changes.apply(claim, user, changes.SetFields.of(text="Pears grew fast."), claim.version)
        db.session.commit()
        assert writes
        assert _ids(q="pears") == {claim.id} and claim.id not in _ids(q="apples")
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_snippets_highlight_matches_and_escape_user_text(app, archive, make_user):
    claim = archive[2].claims[0]
    changes.apply(
        claim, make_user("ann", "editor"), changes.AddNote("<script>alert(1)</script> orchard")
    )
    db.session.commit()
    hit = search(SearchFilter(q="orchard")).hits[0]
    html = str(hit.elsewhere[1])  # found in the note, not in the wording
    assert "<mark>orchard</mark>" in html
    # the only markup is the highlighting (PostgreSQL drops tags; SQLite keeps them escaped)
    assert html.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    assert "alert(1)" in html


def test_filters_narrow_the_hits(app, archive, make_user):
    first, second, _third = archive
    names_first = claim_with(first, "58,320")
    names_second = claim_with(second, "58,000")
    ann = make_user("ann", "editor")
    false = db.session.query(Status).filter_by(name="False").one()
    changes.apply(
        names_first, ann, changes.SetFields.of(**{"status_id": false.id}), names_first.version
    )
    changes.apply(
        names_second, ann, changes.SetFields.of(**{"assignee_id": ann.id}), names_second.version
    )
    db.session.commit()
    assert _ids(q="names", status="false") == {names_first.id}
    assert _ids(q="names", verdict="awaiting_approval") == {names_first.id}
    assert _ids(q="names", verdict="unreviewed") == {names_second.id}
    assert _ids(q="names", outlet="evening post") == {names_second.id}
    assert _ids(q="names", assignee="ann") == {names_second.id}
    assert _ids(q="names", assignee="none") == {names_first.id}
    assert _ids(q="names", **{"from": "2024-05-15"}) == {names_second.id}
    assert _ids(q="names", to="2024-05-15") == {names_first.id}
    assert _ids(q="names", kind="statistic") == {names_first.id, names_second.id}
    assert _ids(q="names", speaker="officials") == {names_second.id}


def test_date_order_and_paging(app, archive):
    newest_first = search(SearchFilter(q="said OR according", sort="date", per_page=2))
    assert newest_first.total == 5 and newest_first.pages == 3
    dates = [hit.claim.article.published_on for hit in newest_first.hits]
    assert dates == sorted(dates, reverse=True) and dates[0] == date(2024, 6, 1)
    third_page = search(SearchFilter(q="said OR according", sort="date", per_page=2, page=3))
    assert [hit.claim.article.title for hit in third_page.hits] == ["Harvest"]


def test_relevance_paging_counts_every_hit_even_past_the_last_page(app, archive):
    best_first = search(SearchFilter(q="said OR according", per_page=2))
    assert best_first.total == 5 and best_first.pages == 3 and len(best_first.hits) == 2
    ranks = [hit.rank for hit in best_first.hits]
    assert ranks == sorted(ranks, reverse=True) and all(rank > 0 for rank in ranks)
    seen = {hit.claim.id for page in (1, 2, 3) for hit in
            search(SearchFilter(q="said OR according", per_page=2, page=page)).hits}  # fmt: skip
    assert len(seen) == 5
    past = search(SearchFilter(q="said OR according", per_page=2, page=4))
    assert past.hits == [] and past.total == 5


def test_a_common_word_says_more_than_the_count_limit_and_ranks_its_newest_hits(
    app, archive, client, auth, make_user, monkeypatch
):
    """Past the count limit (1,000 in production, 3 here) the page says "More than 3 claims",
    relevance ranks the newest hits only, and the date order still pages through every hit."""
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 3)
    every = _ids(q="said OR according", sort="date")
    assert len(every) == 5
    relevance = search(SearchFilter(q="said OR according"))
    assert relevance.total_is_lower_bound and relevance.total == 4
    assert {hit.claim.id for hit in relevance.hits} == set(sorted(every)[1:])
    by_date = search(SearchFilter(q="said OR according", sort="date", per_page=2, page=3))
    assert by_date.total_is_lower_bound
    assert [hit.claim.article.title for hit in by_date.hits] == ["Harvest"]
    make_user("vera", "viewer")
    auth.login("vera")
    page = client.get("/search", query_string={"q": "said OR according"})
    shown = page.get_data(as_text=True)
    assert "More than 3 claims found" in shown and "The newest 4 are ranked by relevance" in shown


@pytest.mark.parametrize("first_window", [2, 4, 1000])
def test_relevance_ranks_the_same_newest_hits_however_the_archive_is_read(
    app, archive, monkeypatch, first_window
):
    """In a large archive PostgreSQL reads a query's newest hits window by window (the newest
    claim ids first, then older ones while too few were found); whatever the windows, the page,
    its ranks and its count are those of one read of every hit."""
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 3)
    whole = search(SearchFilter(q="said OR according"))
    monkeypatch.setattr(newest, "WINDOWS_FROM", 1)
    monkeypatch.setattr(newest, "FIRST_WINDOW", first_window)
    windowed = search(SearchFilter(q="said OR according"))
    assert windowed.total == whole.total == 4
    assert [(hit.claim.id, hit.rank) for hit in windowed.hits] == [
        (hit.claim.id, hit.rank) for hit in whole.hits
    ]


@pytest.mark.parametrize(
    "filters", [{}, {"verdict": "unreviewed"}, {"from": "2024-01-01"}, {"kind": "statistic"}]
)
def test_a_date_sorted_search_past_the_count_limit_shows_the_same_pages(
    app, archive, monkeypatch, filters
):
    """Past the count limit a date-sorted search walks the documents by date instead of
    sorting every hit; the pages, with or without filters on the claims, are the same."""
    args = {"q": "said OR according", "sort": "date", "per_page": "2", **filters}

    def pages():
        return [
            [hit.claim.id for hit in search(SearchFilter.from_args({**args, "page": n})).hits]
            for n in ("1", "2", "3")
        ]

    whole = pages()
    assert sum(map(len, whole)) >= 2  # more hits than the count limit below
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 1)
    assert pages() == whole


def test_deleted_articles_and_dismissed_claims_are_not_found(app, archive):
    first, second, _third = archive
    article_service.delete_article(first, None)
    db.session.commit()
    assert _ids(q="names") == {claim_with(second, "58,000").id}


def test_a_changed_wording_is_found_at_once_and_the_old_one_is_not(app, archive, make_user):
    claim = archive[2].claims[0]
    changes.apply(
        claim,
        make_user("ann", "editor"),
        changes.SetFields.of(**{"text": "Growers picked pears."}),
        claim.version,
    )
    db.session.commit()
    assert _ids(q="pears") == {claim.id}
    assert _ids(q="apples") == set()


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ('"unbalanced quote names', 200),
        ("names OR", 200),
        ("AND OR NOT", 200),  # plain words to both engines, never operators
        ("NEAR(names wall)", 200),
        ('names" * ^ : ( )', 200),
        ("OR", 400),
        ("- -", 400),
        ("-names", 400),
        ("x" * 10_000, 400),
        ("names\x00wall", 400),
        ("names \ud800 wall", 200),
        ("", 400),
    ],
)
def test_bad_search_input_gets_results_or_a_clear_message(app, archive, token_for, query, status):
    headers = token_for("vera", "viewer")
    client = app.test_client()
    # surrogatepass: a lone surrogate arrives as the bytes a sloppy client would send
    encoded = urlencode({"q": query}, errors="surrogatepass")
    response = client.get(f"/api/v1/search?{encoded}", headers=headers)
    assert response.status_code == status, response.get_json()
    if status == 400:
        assert response.get_json()["error"]["message"]


def test_api_search_answers_pages_of_hits_for_viewers(app, archive, token_for):
    client = app.test_client()
    viewer = token_for("v", "viewer")
    response = client.get("/api/v1/search?q=names&per_page=1", headers=viewer)
    body = response.get_json()
    assert response.status_code == 200 and body["total"] == 2 and len(body["items"]) == 1
    item = body["items"][0]
    assert {"claim_id", "status", "verdict_state", "article", "snippet_html"} <= set(item)
    assert "<mark>" in item["snippet_html"] and item["rank"] > 0
    by_date = client.get("/api/v1/search?q=names&sort=date", headers=viewer)
    assert [item["rank"] for item in by_date.get_json()["items"]] == [None, None]
    assert client.get("/api/v1/search?q=names").status_code == 401
    bad = client.get("/api/v1/search?q=names&sort=loudest", headers=token_for("w", "viewer"))
    assert bad.status_code == 400 and "relevance" in bad.get_json()["error"]["message"]


def test_the_search_page_and_top_bar_box(app, archive, client, auth, make_user):
    make_user("vera", "viewer")
    assert client.get("/search?q=names").status_code == 302  # login first
    auth.login("vera")
    page = client.get("/").get_data(as_text=True)
    assert 'action="/search"' in page
    response = client.get("/search?q=names+-engraved")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and "1 claim found" in text and "<mark>names</mark>" in text
    too_long = client.get("/search", query_string={"q": "x" * 10_000})
    assert too_long.status_code == 400 and "limited to 500 characters" in too_long.get_data(
        as_text=True
    )


def test_cli_search_and_an_out_of_step_index_rebuilt_by_the_cli(app, archive):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["search", "names -engraved"])
    assert result.exit_code == 0 and "[names]" in result.output
    assert "Type at least one word" in runner.invoke(args=["search", "--", "-names"]).output

    db.session.execute(delete(SearchDocument))  # as after a raw restore
    db.session.commit()
    assert _ids(q="names") == set()
    check = runner.invoke(args=["search-index", "check"])
    assert check.exit_code == 1 and "out of step" in check.output
    rebuilt = runner.invoke(args=["search-index", "rebuild"])
    assert rebuilt.exit_code == 0 and "Indexed 5 claims" in rebuilt.output
    assert runner.invoke(args=["search-index", "check"]).exit_code == 0
    assert len(_ids(q="names")) == 2
    assert search_index.out_of_step()["missing"] == 0
