"""Matching in the app: suggestions at import and after a rewording, shown in the panel, the
claim list and the API; "Same claim", "Not the same", taking an earlier verdict (in the
history, undoable); groups in exports and through a restore."""

import json

import pytest
from sqlalchemy import delete, func, select, text

from tests.search.conftest import claim_with
from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, ClaimFeatures, ClaimFigure, ClaimGroupMember, Status
from webapp.services import articles as article_service
from webapp.services import changes, matching, newest, search_index
from webapp.services import claims as claim_service
from webapp.services.exports import ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.restore import restore_document


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def _suggested(claim):
    return {s.other.id: s for s in matching.suggestions(claim)}


def test_an_imported_claim_is_matched_to_the_earlier_one_with_numbers_written_differently(
    app, archive
):
    first, second, third = archive
    names = claim_with(second, "58,000")
    deficit = claim_with(second, "1.2 billion dollars")
    assert claim_with(first, "58,320").id in _suggested(names)
    best = matching.suggestions(deficit)[0]
    assert best.other.id == claim_with(first, "$1.2bn").id and best.checked_before
    assert 0 <= best.score <= 1
    # a claim stating nothing said before has no "checked before"
    assert not any(s.checked_before for s in matching.suggestions(third.claims[0]))
    # suggestions come from other articles, never the claim's own
    assert all(s.other.article_id != second.id for s in matching.suggestions(names))


def test_an_earlier_claim_sharing_rare_words_is_found_among_newer_ones_sharing_common_words(
    app, make_article, monkeypatch
):
    # Words held by COUNT_CAP claims or more are common; a small cap stands in for a large
    # archive where "said", "officials" and "wall" are in thousands of claims.
    monkeypatch.setattr(matching, "COUNT_CAP", 3)
    earlier = make_article(
        "Memorial", "The granite memorial near the Potomac lists 58,320 names, officials said."
    )
    for n in range(6):
        make_article(f"Other {n}", f"Officials said the wall in district {n} was repainted.")
    new = make_article(
        "Visit", "The Potomac granite memorial carries 58,320 names, officials said on Monday."
    )
    suggested = matching.suggestions(new.claims[0])
    assert suggested and suggested[0].other.id == earlier.claims[0].id
    assert suggested[0].checked_before


def test_an_earlier_claim_stating_the_figure_written_otherwise_is_found(
    app, make_article, monkeypatch
):
    """The earlier claim shares one word with the new one and its figure written otherwise
    ("£47 billion" / "£47bn"); "47" and "billion" are each in many claims, together in
    one."""
    monkeypatch.setattr(matching, "COUNT_CAP", 3)
    earlier = make_article("Deal", "Royal Dutch Shell paid £47 billion to buy BG Group.")
    for n in range(6):
        make_article(f"Wards {n}", f"Officials said 47 wards in district {n} were shut.")
        make_article(f"Budget {n}", f"The council spent a billion on roads in district {n}.")
        make_article(f"Parks {n}", f"Officials said the parks in district {n} were repainted.")
    new = make_article(
        "Takeover",
        "Shell's £47bn purchase of BG Group is the biggest corporate takeover in UK history.",
    )
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("ANALYZE search_documents"))  # how common each word is
    monkeypatch.setattr(matching, "_common_words", {})  # read again, not from the imports
    found = matching.earlier_matches(new.claims[0].id, new.id, new.claims[0].text)
    assert found and found[0][1] == earlier.claims[0].id


def _common_words_only(make_article, monkeypatch, count=20):
    """Newer claims holding every word of the claims below but their figure, so that none of
    those words finds an earlier claim: a small COUNT_CAP stands in for a large archive."""
    monkeypatch.setattr(matching, "COUNT_CAP", 3)
    for n in range(count):
        make_article(
            f"Rallies {n}", f"Vote Leave said Britain sends the EU rallies every week in ward {n}."
        )


def _matched_again(claim):
    """The claim's suggestions computed again, once the engine knows which words are common."""
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("ANALYZE search_documents"))
        db.session.commit()
    matching._common_words.clear()
    matching.refresh_matches([claim.id])
    db.session.commit()
    return matching.suggestions(claim)


@pytest.mark.parametrize("written", ["£350 million", "350,000,000 pounds"])
def test_a_figure_finds_earlier_claims_that_wrote_it_otherwise_and_share_no_telling_word(
    app, make_article, monkeypatch, written
):
    """ "£350m" finds the earlier "£350 million" / "350,000,000 pounds" on both engines,
    though every word the two claims share is held by many newer claims."""
    earlier = make_article("Bus", f"Vote Leave said Britain sends the EU {written} every week.")
    _common_words_only(make_article, monkeypatch)
    new = make_article("Campaign", "Britain sends £350m to the EU every week, Vote Leave said.")
    suggested = _matched_again(new.claims[0])
    assert suggested and suggested[0].other.id == earlier.claims[0].id
    assert suggested[0].checked_before


def test_a_figure_many_claims_hold_does_not_flood_the_look_up(app, make_article, monkeypatch):
    """A value held by FIGURE_HOLDERS earlier claims or more (hundreds in a large archive, a
    few here) finds none of them, as a common word finds nothing alone; the claim holding the
    rarer figure is found by it and comes first."""
    monkeypatch.setattr(matching, "FIGURE_HOLDERS", 3)
    earlier = make_article(
        "Bus", "Vote Leave said Britain sends the EU 50% of £350 million a week."
    )
    _common_words_only(make_article, monkeypatch, count=12)
    for n in range(12):
        make_article(
            f"Ward {n}", f"Vote Leave said Britain sends the EU 50% of ward {n} every week."
        )
    new = make_article(
        "Campaign", "Britain sends 50% of £350m to the EU every week, Vote Leave said."
    )
    suggested = _matched_again(new.claims[0])
    assert suggested and suggested[0].other.id == earlier.claims[0].id
    figure_found = matching._figure_candidates(new.claims[0].id, new.id, new.claims[0].text)
    assert list(figure_found) == [earlier.claims[0].id]


def test_a_reworded_earlier_claim_is_found_by_its_new_figure_only(
    app, make_article, make_user, monkeypatch
):
    """A claim's figures are replaced when its wording changes: the old figure no longer
    finds it, the new one does."""
    earlier = make_article("Bus", "Vote Leave said Britain sends the EU £350 million every week.")
    claim = earlier.claims[0]
    changes.apply(
        claim,
        make_user("ann", "reviewer"),
        changes.SetFields.of(text="Vote Leave said Britain sends the EU £20 million every week."),
        claim.version,
    )
    db.session.commit()
    _common_words_only(make_article, monkeypatch)
    old = make_article("Campaign", "Britain sends £350m to the EU every week, Vote Leave said.")
    new = make_article("Again", "Britain sends £20m to the EU every week, Vote Leave said.")
    assert claim.id not in {s.other.id for s in _matched_again(old.claims[0])}
    suggested = _matched_again(new.claims[0])
    assert suggested and suggested[0].other.id == claim.id


def test_matches_api_answers_score_status_verdict_sources_and_article(
    app, archive, token_for, make_user
):
    first, second, _third = archive
    earlier = claim_with(first, "$1.2bn")
    ann = make_user("ann", "reviewer")
    changes.apply(
        earlier, ann, changes.SetFields.of(**{"status_id": _status("False").id}), earlier.version
    )
    changes.apply(
        earlier,
        ann,
        changes.AddSource(
            changes.SourceFields(url="https://treasury.example/2022", title="Accounts")
        ),
    )
    db.session.commit()
    deficit = claim_with(second, "1.2 billion dollars")
    client = app.test_client()
    response = client.get(
        f"/api/v1/claims/{deficit.id}/matches", headers=token_for("vera", "viewer")
    )
    assert response.status_code == 200
    item = response.get_json()["items"][0]
    assert item["claim_id"] == earlier.id and 0 <= item["score"] <= 1 and item["checked_before"]
    assert item["status"] == "False" and item["verdict_state"] == "awaiting_approval"
    assert item["sources"][0]["url"] == "https://treasury.example/2022"
    assert item["article"]["title"] == "Vietnam memorial figures"
    assert (
        client.get("/api/v1/claims/999999/matches", headers=token_for("v2", "viewer")).status_code
        == 404
    )


def test_a_rewording_recomputes_the_suggestions(app, archive, make_user):
    first, _second, third = archive
    apples = third.claims[0]
    assert claim_with(first, "$1.2bn").id not in _suggested(apples)
    changes.apply(
        apples,
        make_user("ann", "reviewer"),
        changes.SetFields.of(
            **{"text": "The budget deficit reached $1.2bn in 2022, the ministry said."}
        ),
        apples.version,
    )
    db.session.commit()
    assert claim_with(first, "$1.2bn").id in _suggested(apples)


def test_not_the_same_dismisses_for_good(app, archive, token_for, make_user):
    first, second, _third = archive
    deficit = claim_with(second, "1.2 billion dollars")
    earlier = claim_with(first, "$1.2bn")
    client = app.test_client()
    viewer = token_for("vera", "viewer")
    url = f"/api/v1/claims/{deficit.id}/matches/{earlier.id}/dismiss"
    assert client.post(url, headers=viewer).status_code == 403
    assert client.post(url, headers=token_for("rita", "reviewer")).status_code == 204
    assert earlier.id not in _suggested(deficit)
    changes.apply(  # recomputed after a rewording: still not offered
        deficit,
        make_user("ann", "reviewer"),
        changes.SetFields.of(**{"text": deficit.text + " Indeed."}),
        deficit.version,
    )
    db.session.commit()
    assert earlier.id not in _suggested(deficit)


def test_same_claim_groups_and_the_group_reaches_exports_and_survives_restore(
    app, archive, token_for, make_user
):
    first, second, _third = archive
    earlier, later = claim_with(first, "$1.2bn"), claim_with(second, "1.2 billion dollars")
    client = app.test_client()
    response = client.post(
        f"/api/v1/claims/{later.id}/matches/{earlier.id}/same",
        headers=token_for("rita", "reviewer"),
    )
    group_id = response.get_json()["group_id"]
    assert response.status_code == 200 and matching.group_id_of(earlier.id) == group_id
    assert _suggested(later)[earlier.id].same_group

    context = build_context(app, "https://desk.example/")
    document = json.loads(
        "".join(export_stream("json", ExportSelection(include_all=True), context))
    )
    groups = {record["id"]: record.get("group") for record in document["claims"]}
    assert groups[earlier.id] == groups[later.id] == group_id
    assert groups[claim_with(first, "58,320").id] is None
    reviews = json.loads(
        "".join(export_stream("claimreview", ExportSelection(include_all=True), context))
    )
    # ClaimReview lists only claims with a final verdict; give the earlier one a verdict
    ann = make_user("ann", "editor")
    changes.apply(
        earlier, ann, changes.SetFields.of(**{"status_id": _status("False").id}), earlier.version
    )
    db.session.commit()
    reviews = json.loads(
        "".join(export_stream("claimreview", ExportSelection(include_all=True), context))
    )
    review = next(r for r in reviews if r["claimReviewed"] == earlier.text)
    headlines = [a["headline"] for a in review["itemReviewed"]["appearance"]]
    assert headlines == ["Vietnam memorial figures", "Memorial visit"]

    # restore the export as new articles: the group comes back from the file
    db.session.execute(delete(ClaimGroupMember))
    db.session.commit()
    assert matching.group_id_of(earlier.id) is None
    _restore_copy(document)


def _restore_copy(document):
    """Restore the export's grouped claims as new articles (their numbers are taken here)."""
    report = restore_document(_renamed(document))
    db.session.commit()
    grouped = [ids for ids in report.groups.values()]
    assert grouped and all(len(ids) == 2 for ids in grouped)
    first, second = grouped[0]
    assert matching.group_id_of(first) == matching.group_id_of(second) is not None
    assert search_index.out_of_step() == {"missing": 0, "stale": 0, "orphans": 0, "fts_ok": True}
    # the restored claims were matched, and their features and figures stored: none to fill
    filled = matching.fill_features()
    assert filled.features == 0 and filled.figures == 0


def _renamed(document):
    copy = json.loads(json.dumps(document))
    for article in copy["articles"]:
        article["title"] += " (restored)"
        article["seed_name"] = None
        article["url"] = None
    for claim in copy["claims"]:
        claim["article"]["title"] += " (restored)"
        claim["history"] = claim.get("history") or []
    return copy


def test_taking_the_earlier_verdict_lands_in_the_history_and_can_be_undone(app, archive, make_user):
    first, second, _third = archive
    ann = make_user("ann", "reviewer")
    earlier = claim_with(first, "$1.2bn")
    changes.apply(
        earlier, ann, changes.SetFields.of(**{"status_id": _status("False").id}), earlier.version
    )
    changes.apply(
        earlier,
        ann,
        changes.AddSource(
            changes.SourceFields(url="https://treasury.example/2022", title="Accounts")
        ),
    )
    db.session.commit()
    later = claim_with(second, "1.2 billion dollars")
    rita = make_user("rita", "reviewer")
    matching.adopt_verdict(later, earlier.id, rita, later.version)
    db.session.commit()
    assert later.status.name == "False"
    assert [s.url for s in later.sources] == ["https://treasury.example/2022"]
    assert matching.group_id_of(later.id) == matching.group_id_of(earlier.id) is not None
    events = claim_service.claim_history(later)
    status_event = next(e for e in events if e.field == "status")
    assert status_event.user_id == rita.id
    assert any(f"claim {earlier.id}" in str(e.after) for e in events if e.field == "note")
    changes.apply(later, rita, changes.Undo(status_event.id), later.version)
    db.session.commit()
    assert later.status.name != "False"
    assert db.session.scalar(select(ClaimEvent).where(ClaimEvent.claim_id == later.id)) is not None


def test_panel_section_and_list_marker_in_the_browser(app, archive, client, auth, make_user):
    first, second, third = archive
    make_user("rita", "reviewer")
    auth.login("rita")
    later = claim_with(second, "1.2 billion dollars")
    page = client.get(f"/claims/{later.id}").get_data(as_text=True)
    assert 'id="claim-matches"' in page and "Same claim" in page and "Not the same" in page
    assert f'id="claim-row-{later.id}"' in page
    row = page[page.index(f'id="claim-row-{later.id}"') :]
    assert "checked before" in row[: row.index("</li>")]
    harvest = client.get(f"/claims/{third.claims[0].id}").get_data(as_text=True)
    row = harvest[harvest.index(f'id="claim-row-{third.claims[0].id}"') :]
    assert "checked before" not in row[: row.index("</li>")]
    earlier = claim_with(first, "$1.2bn")
    response = client.post(f"/claims/{later.id}/matches/{earlier.id}/dismiss")
    assert response.status_code == 302
    assert earlier.id not in _suggested(later)


def test_taking_an_earlier_verdict_is_offered_only_when_there_is_one_to_take(
    app, archive, client, auth, make_user
):
    first, second, _third = archive
    ann = make_user("ann", "reviewer")
    auth.login("ann")
    later, earlier = claim_with(second, "1.2 billion dollars"), claim_with(first, "$1.2bn")
    # Both unreviewed, no sources: "Take status “Unreviewed”" would change nothing.
    page = client.get(f"/claims/{later.id}").get_data(as_text=True)
    assert "Same claim" in page and "Take status" not in page
    changes.apply(
        earlier, ann, changes.SetFields.of(status_id=_status("False").id), earlier.version
    )
    db.session.commit()
    page = client.get(f"/claims/{later.id}").get_data(as_text=True)
    assert "Take status “False” and sources" in page


def test_claims_of_deleted_articles_are_not_suggested(app, archive):
    first, second, _third = archive
    article_service.delete_article(first, None)
    db.session.commit()
    assert not matching.suggestions(claim_with(second, "1.2 billion dollars"))


def test_a_later_verdict_on_the_group_is_offered_to_every_member(
    app, archive, client, auth, make_user
):
    first, second, _third = archive
    earlier, later = claim_with(first, "$1.2bn"), claim_with(second, "1.2 billion dollars")
    rita = make_user("rita", "reviewer")
    matching.link_same(later, earlier.id, rita)
    db.session.commit()
    assert matching.group_offers(later) == []
    accurate = _status("Accurate").id
    changes.apply(earlier, rita, changes.SetFields.of(**{"status_id": accurate}), earlier.version)
    db.session.commit()
    assert matching.group_offers(later) == [earlier]
    auth.login("rita")
    page = client.get(f"/claims/{later.id}").get_data(as_text=True)
    assert "now has status <strong>Accurate</strong>" in page
    client.post(
        f"/claims/{later.id}/matches/{earlier.id}/adopt", data={"version": str(later.version)}
    )
    db.session.refresh(later)
    assert later.status.name == "Accurate" and matching.group_offers(later) == []


def test_a_long_article_is_matched_by_a_background_job_after_its_import(make_app, tmp_path):
    """A long article's claims are matched by a queued job (huey), not inside the import's
    transaction: the import commits at once, the job computes by reading and stores briefly."""
    app = make_app(MATCH_INLINE_CLAIMS=2, JOBS_IMMEDIATE=False, JOBS_FILE=str(tmp_path / "q.db"))
    with app.app_context():
        from webapp.jobs import jobs
        from webapp.services.articles import import_article

        first = import_article(
            title="Earlier",
            text="The budget deficit reached $1.2bn in 2022, the ministry said.",
            max_bytes=10**6,
            created_by=None,
        )
        db.session.commit()
        text = " ".join(
            [
                f"Farmers in district {n} harvested {100 + n} tonnes, the union said."
                for n in (1, 2, 3)
            ]
            + ["The deficit was 1.2 billion dollars in 2022, according to the ministry."]
        )
        later = import_article(title="Later", text=text, max_bytes=10**6, created_by=None)
        db.session.commit()
        deficit = claim_with(later, "1.2 billion dollars")
        assert matching.suggestions(deficit) == []  # not matched inside the import
        huey = jobs().huey
        assert huey.pending_count() == 1
        task = huey.dequeue()
        assert task.name == "match_claims"
        huey.execute(task)  # what the worker (`flask --app webapp worker`) does
        db.session.rollback()  # end this session's read snapshot to see the job's commit
        assert [s.other.id for s in matching.suggestions(deficit)] == [first.claims[0].id]
        db.session.remove()


def test_the_highlight_of_a_claim_checked_before_is_marked(app, archive, client, auth, make_user):
    _first, second, _third = archive
    make_user("vera", "viewer")
    auth.login("vera")
    page = client.get(f"/articles/{second.id}").get_data(as_text=True)
    later = claim_with(second, "1.2 billion dollars")
    mark = page[page.index(f'data-claim-id="{later.id}" data-checked-before="true"') - 600 :]
    assert "checked-before-mark" in mark[:700]
    harvest = client.get(f"/articles/{_third.id}").get_data(as_text=True)
    assert "data-checked-before" not in harvest


def test_a_claim_of_common_words_only_finds_the_same_earlier_claims_however_the_archive_is_read(
    app, make_article, monkeypatch
):
    """A claim made only of common words takes the newest earlier claims sharing two of them.
    In a large PostgreSQL archive those are read by walking the newest claims one by one, then
    by windows of claim ids; whatever the walk and the windows, the matches are the same."""
    monkeypatch.setattr(matching, "COUNT_CAP", 2)
    earlier = [
        make_article(f"Wall {n}", "Officials said the old wall was repainted.").claims[0]
        for n in range(7)
    ]
    new = make_article("Visit", "The wall was repainted, officials said.").claims[0]
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("ANALYZE search_documents"))  # how common each word is
    monkeypatch.setattr(matching, "_common_words", {})  # read again, not from the imports
    terms = matching._telling_terms(matching.search_terms(new.text))
    assert terms and all(term.common for term in terms)
    whole = matching.earlier_matches(new.id, new.article_id, new.text)
    assert {other for _score, other in whole} <= {claim.id for claim in earlier}
    assert earlier[-1].id in {other for _score, other in whole}
    monkeypatch.setattr(matching, "WALK_IDS", 2)
    monkeypatch.setattr(newest, "WINDOWS_FROM", 1)
    monkeypatch.setattr(newest, "FIRST_WINDOW", 3)
    assert matching.earlier_matches(new.id, new.article_id, new.text) == whole
    # on PostgreSQL the pairs go as "each word AND any later one": the same as one by one
    one_by_one = matching._pairs_tsquery
    monkeypatch.setattr(matching, "_pairs_tsquery_of", lambda _terms, pairs, _r: one_by_one(pairs))
    assert matching.earlier_matches(new.id, new.article_id, new.text) == whole


def test_pairs_with_common_words_find_the_same_earlier_claims_however_they_are_written(
    app, make_article, monkeypatch
):
    """On PostgreSQL, the pairs of telling words go to the index as the rare words' pairs OR
    (any rare word AND any common word); the claims found, and their ranks, are those of the
    pairs written one by one."""
    monkeypatch.setattr(matching, "COUNT_CAP", 4)
    earlier = make_article(
        "Memorial", "The granite memorial near the Potomac lists 58,320 names, officials said."
    )
    for n in range(6):
        make_article(f"Other {n}", f"Officials said the wall in district {n} was repainted.")
    # shares one rare word and a common one with the new claim
    park = make_article("Park", "The Potomac park was repainted, officials said.").claims[0]
    new = make_article("Visit", "The Potomac memorial carries 58,320 names, officials said.")
    new = new.claims[0]
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("ANALYZE search_documents"))  # how common each word is
    monkeypatch.setattr(matching, "_common_words", {})  # read again, not from the imports
    terms = matching._telling_terms(matching.search_terms(new.text))[: matching.PAIR_TERMS]
    assert sum(not term.common for term in terms) >= 2 and any(term.common for term in terms)
    whole = matching.earlier_matches(new.id, new.article_id, new.text)
    assert whole and whole[0][1] == earlier.claims[0].id
    assert park.id in {other for _score, other in whole}
    one_by_one = matching._pairs_tsquery
    monkeypatch.setattr(matching, "_pairs_tsquery_of", lambda _terms, pairs, _r: one_by_one(pairs))
    assert matching.earlier_matches(new.id, new.article_id, new.text) == whole


def test_a_rise_in_a_month_the_earlier_claim_compares_against_is_not_checked_before(
    app, make_article
):
    earlier = make_article(
        "Prices", "On a monthly basis, the price index rose 0.4%, the largest increase since March."
    )
    other = make_article(
        "March prices", "The price index increased 0.4% in March on a seasonally adjusted basis."
    )
    same = make_article(
        "Prices again", "The price index rose 0.4% on the month, its biggest gain since March."
    )
    # The extractor gives the rise on its own and the rise with its rank; the rank's claim is
    # the one that names March as the point of comparison.
    (compared,) = [c for c in earlier.claims if "since March" in c.text]
    (ranked,) = [c for c in same.claims if "since March" in c.text]
    assert not any(
        s.checked_before and s.other.id == compared.id
        for s in matching.suggestions(other.claims[0])
    )
    suggested = matching.suggestions(ranked)
    assert suggested and suggested[0].other.id == compared.id
    assert suggested[0].checked_before


def _scores(claim):
    return {s.other.id: s.score for s in matching.suggestions(claim)}


def test_an_earlier_claim_reworded_is_compared_as_it_now_reads(
    app, archive, make_article, make_user
):
    """Each claim's matching features are stored when it is matched and read when it is an
    earlier claim's candidate; after a rewording it is compared by its new wording, and the
    suggestions are those computed from the wordings alone."""
    first, _second, _third = archive
    names = claim_with(first, "58,320")
    changes.apply(
        names,
        make_user("ann", "reviewer"),
        changes.SetFields.of(text="Kent growers picked 4,000 tonnes of apples, their union said."),
        names.version,
    )
    db.session.commit()
    new = make_article("Apples", "Farmers in Kent harvested 4,000 tonnes of apples this year.")
    stored = _scores(new.claims[0])
    assert stored[names.id] >= 0.45

    db.session.execute(delete(ClaimFeatures))  # every candidate prepared from its wording
    matching.refresh_matches([new.claims[0].id])
    db.session.commit()
    assert _scores(new.claims[0]) == stored


def test_features_are_filled_by_the_cli_and_never_read_for_another_wording(app, archive):
    first, second, _third = archive
    deficit = claim_with(second, "1.2 billion dollars")
    suggested = _scores(deficit)
    runner = app.test_cli_runner()
    db.session.execute(delete(ClaimFeatures))  # an archive from before migration 0014
    db.session.commit()
    filled = runner.invoke(args=["search-index", "fill-features"])
    assert filled.exit_code == 0 and "Stored the features of 5 claim(s) and" in filled.output
    assert (
        "of 0 claim(s) and the figures of 0."
        in runner.invoke(args=["search-index", "fill-features"]).output
    )

    # A wording changed outside the app, its search document rebuilt: the features stored
    # for the old wording are not used, and the CLI replaces them.
    earlier = claim_with(first, "$1.2bn")
    db.session.execute(
        text("UPDATE claims SET text = :text WHERE id = :id"),
        {"text": "Farmers harvested 4,000 tonnes of apples in Kent.", "id": earlier.id},
    )
    db.session.commit()
    assert runner.invoke(args=["search-index", "rebuild"]).exit_code == 0
    matching.refresh_matches([deficit.id])
    db.session.commit()
    assert earlier.id not in _scores(deficit) and suggested[earlier.id] >= 0.45
    # the rebuild brought the features and figures in step with the new wording
    assert (
        "of 0 claim(s) and the figures of 0."
        in runner.invoke(args=["search-index", "fill-features"]).output
    )


def test_figures_are_filled_by_the_cli_in_an_archive_from_before_migration_0015(
    app, make_article, monkeypatch
):
    earlier = make_article("Bus", "Vote Leave said Britain sends the EU £350 million every week.")
    db.session.execute(delete(ClaimFigure))  # an archive from before migration 0015
    db.session.commit()
    _common_words_only(make_article, monkeypatch)
    db.session.execute(delete(ClaimFigure).where(ClaimFigure.claim_id == earlier.claims[0].id))
    db.session.commit()
    new = make_article("Campaign", "Britain sends £350m to the EU every week, Vote Leave said.")
    assert earlier.claims[0].id not in {s.other.id for s in _matched_again(new.claims[0])}

    filled = app.test_cli_runner().invoke(args=["search-index", "fill-features"])
    assert filled.exit_code == 0 and "and the figures of 1." in filled.output
    suggested = _matched_again(new.claims[0])
    assert suggested and suggested[0].other.id == earlier.claims[0].id


def test_a_restored_claim_is_found_by_its_figure_written_otherwise(
    app, make_article, make_user, monkeypatch
):
    """Restored claims are matched as imported ones, so their figures are stored with them."""
    original = make_article(
        "Bus", "Vote Leave said Britain sends the EU 350,000,000 pounds every week."
    )
    context = build_context(app, "https://desk.example/")
    document = json.loads(
        "".join(export_stream("json", ExportSelection(include_all=True), context))
    )
    restore_document(_renamed(document))
    db.session.commit()
    restored = db.session.scalar(select(func.max(Claim.id)))
    assert restored != original.claims[0].id
    _common_words_only(make_article, monkeypatch)
    new = make_article("Campaign", "Britain sends £350m to the EU every week, Vote Leave said.")
    found = [s.other.id for s in _matched_again(new.claims[0])]
    assert set(found[:2]) == {restored, original.claims[0].id}


def test_a_claim_about_another_named_fire_is_not_shown_as_checked_before(
    app, make_article, token_for
):
    """The same figure about another fire of the same kind of name ("the Dixie Fire" / "the
    Creek Fire") is another fact: the API offers no "checked before" for it, while a
    rewording about the same fire is checked before (session 41)."""
    make_article("Creek Fire", "The Creek Fire destroyed more than 853 structures, officials said.")
    other = make_article(
        "Dixie Fire", "Officials said 853 structures were destroyed in the Dixie Fire."
    )
    same = make_article(
        "Creek Fire update", "The Creek Fire has destroyed 853 homes and other structures."
    )
    client = app.test_client()
    headers = token_for("vera", "viewer")

    def checked_before(article) -> list[bool]:
        claim = claim_with(article, "853")
        response = client.get(f"/api/v1/claims/{claim.id}/matches", headers=headers)
        return [item["checked_before"] for item in response.get_json()["items"]]

    assert not any(checked_before(other))
    assert checked_before(same)[0]
