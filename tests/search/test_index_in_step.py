"""`flask search-index check` on each part that matching and search keep beside the claims
(the full-text index, the matching features, the figures indexed as values): an archive out of
step after a restore or an import made outside the app is reported with exit code 1 and
brought back by `search-index rebuild` or `fill-features`, and a restore through the app
leaves it in step."""

import json

from sqlalchemy import delete, event, func, select, update

from tests.search.conftest import claim_with
from webapp.extensions import db
from webapp.matching import FEATURES_VERSION, figure_keys
from webapp.models import Claim, ClaimFeatures, ClaimFigure
from webapp.services import matching
from webapp.services.articles import import_article

IN_STEP = {
    "search": {"missing": 0, "stale": 0, "orphans": 0},
    "features": {"missing": 0, "other_version": 0, "orphans": 0},
    "figures": {"unrecorded": 0, "differ": 0, "orphans": 0},
    "fts_ok": True,
}


def _check(app) -> tuple[int, str]:
    """`search-index check`: its exit code and what it says."""
    said = app.test_cli_runner().invoke(args=["search-index", "check"])
    db.session.rollback()  # SQLite's FTS5 integrity check ran under the write lock
    return said.exit_code, said.output


def _counts(app) -> dict:
    """`search-index check --json`: the counts of each part."""
    said = app.test_cli_runner().invoke(args=["search-index", "check", "--json"])
    db.session.rollback()
    counts = json.loads(said.output.splitlines()[0])
    assert said.exit_code == (0 if counts == IN_STEP else 1)
    return counts


def _held(claim_id: int) -> set[tuple[str, float]]:
    rows = db.session.execute(
        select(ClaimFigure.unit, ClaimFigure.value).where(ClaimFigure.claim_id == claim_id)
    )
    return {(unit, value) for unit, value in rows}


def _every_claim_in_step() -> None:
    """Each claim's figure rows are its wording's, and its features current and recorded."""
    for claim_id, wording in db.session.execute(select(Claim.id, Claim.text)):
        assert _held(claim_id) == set(figure_keys(wording))
        row = db.session.get(ClaimFeatures, claim_id)
        assert row.version == FEATURES_VERSION and row.figure_count == len(figure_keys(wording))


def test_a_clean_archive_is_in_step_on_every_part(app, archive):
    code, said = _check(app)
    assert code == 0 and _counts(app) == IN_STEP
    assert said.splitlines() == [
        "full-text index: in step",
        "matching features: in step",
        "claim figures: in step",
    ]


def test_figures_lost_or_stale_are_reported_by_the_check_and_fixed_by_the_rebuild(app, archive):
    first, second, third = archive
    deficit = claim_with(first, "$1.2bn")
    names = claim_with(second, "58,000")
    apples = claim_with(third, "4,000 tonnes")
    assert _held(deficit.id) and _held(apples.id)
    db.session.execute(delete(ClaimFigure).where(ClaimFigure.claim_id == deficit.id))  # lost
    db.session.add(ClaimFigure(claim_id=names.id, unit="number", value=57_114.0))  # stale
    db.session.execute(  # a value changed
        update(ClaimFigure).where(ClaimFigure.claim_id == apples.id).values(value=4_100.0)
    )
    db.session.commit()

    code, said = _check(app)
    assert code == 1
    counts = _counts(app)
    assert counts["figures"] == {"unrecorded": 0, "differ": 3, "orphans": 0}
    assert {k: v for k, v in counts.items() if k != "figures"} == {
        k: v for k, v in IN_STEP.items() if k != "figures"
    }
    assert "claim figures: 3 claim(s) out of step (whose rows differ from that record: 3)" in said
    assert "full-text index: in step" in said
    assert "Out of step: claim figures. Run `flask --app webapp search-index fill-features`" in said

    rebuilt = app.test_cli_runner().invoke(args=["search-index", "rebuild"])
    assert rebuilt.exit_code == 0
    assert "Indexed 5 claims.\nStored the features of 0 claim(s) and the figures of 3." in (
        rebuilt.output
    )
    assert _check(app)[0] == 0 and _counts(app) == IN_STEP
    _every_claim_in_step()
    again = app.test_cli_runner().invoke(args=["search-index", "fill-features"])  # idempotent
    assert again.output == "Stored the features of 0 claim(s) and the figures of 0.\n"


def test_features_of_an_older_version_are_reported_and_filled(app, archive):
    first, second, _third = archive
    older = [claim_with(first, "$1.2bn").id, claim_with(second, "58,000").id]
    db.session.execute(
        update(ClaimFeatures)
        .where(ClaimFeatures.claim_id.in_(older))
        .values(version=FEATURES_VERSION - 1)
    )
    db.session.commit()

    code, said = _check(app)
    assert code == 1
    counts = _counts(app)
    assert counts["features"] == {"missing": 0, "other_version": 2, "orphans": 0}
    assert counts["figures"] == IN_STEP["figures"]
    assert (
        "matching features: 2 claim(s) out of step (stored by another version of matching "
        f"(now {FEATURES_VERSION}): 2)" in said
    )
    filled = app.test_cli_runner().invoke(args=["search-index", "fill-features"])
    assert filled.output == "Stored the features of 2 claim(s) and the figures of 0.\n"
    assert _check(app)[0] == 0
    _every_claim_in_step()


def test_claims_imported_without_features_or_figures_are_reported_and_filled(app, archive):
    """As after an import of claims made in SQL, or a dump restored without those tables."""
    first, _second, third = archive
    bare = [claim.id for claim in first.claims] + [third.claims[0].id]
    db.session.execute(delete(ClaimFigure).where(ClaimFigure.claim_id.in_(bare)))
    db.session.execute(delete(ClaimFeatures).where(ClaimFeatures.claim_id.in_(bare)))
    db.session.commit()

    code, said = _check(app)
    assert code == 1
    counts = _counts(app)
    assert counts["features"] == {"missing": 3, "other_version": 0, "orphans": 0}
    assert counts["figures"] == {"unrecorded": 3, "differ": 0, "orphans": 0}
    assert "claim figures: 3 claim(s) out of step (not recorded beside current features: 3)" in (
        said
    )
    filled = app.test_cli_runner().invoke(args=["search-index", "fill-features"])
    assert filled.output == "Stored the features of 3 claim(s) and the figures of 3.\n"
    assert _check(app)[0] == 0 and _counts(app) == IN_STEP
    _every_claim_in_step()


def _without_foreign_keys(statements: list[str]) -> None:
    """Run these statements as a raw import would, with the foreign keys not enforced."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if db.engine.dialect.name == "sqlite":
            cursor.execute("PRAGMA foreign_keys=OFF")  # autocommit: outside any transaction
        else:
            cursor.execute("SET session_replication_role = replica")  # no FK triggers
        for statement in statements:
            cursor.execute(statement)
        raw.commit()
    finally:
        cursor = raw.cursor()
        if db.engine.dialect.name == "sqlite":
            cursor.execute("PRAGMA foreign_keys=ON")
        else:
            cursor.execute("SET session_replication_role = DEFAULT")
            raw.commit()
        raw.close()


def test_rows_of_claims_that_do_not_exist_are_reported_and_removed(app, archive):
    gone = 999_999
    _without_foreign_keys(
        [
            f"INSERT INTO claim_features (claim_id, version, text_crc, features, figure_count,"
            f" figure_sum) VALUES ({gone}, {FEATURES_VERSION}, 0, '{{}}', 1, 5.0)",
            f"INSERT INTO claim_figures (claim_id, unit, value) VALUES ({gone}, 'number', 5.0)",
            f"INSERT INTO claim_figures (claim_id, unit, value) VALUES ({gone}, 'percent', 5.0)",
        ]
    )
    code, said = _check(app)
    assert code == 1
    counts = _counts(app)
    assert counts["features"] == {"missing": 0, "other_version": 0, "orphans": 1}
    assert counts["figures"] == {"unrecorded": 0, "differ": 1, "orphans": 1}
    assert "features of claims that do not exist: 1" in said

    filled = app.test_cli_runner().invoke(args=["search-index", "fill-features"])
    assert "Removed 3 row(s) of features and figures of claims that do not exist." in filled.output
    assert _check(app)[0] == 0 and _counts(app) == IN_STEP
    assert db.session.scalar(select(func.count()).where(ClaimFigure.claim_id == gone)) == 0


def test_features_stored_before_migration_0016_are_recorded_by_the_fill(app, archive):
    """Rows from before migration 0016 hold no record of their figures: the check counts them
    as not verified, and the fill compares the rows with the wordings and records them without
    preparing the features again."""
    db.session.execute(update(ClaimFeatures).values(figure_count=None, figure_sum=None))
    db.session.commit()
    assert _check(app)[0] == 1
    counts = _counts(app)
    assert counts["figures"] == {"unrecorded": 5, "differ": 0, "orphans": 0}
    assert counts["features"] == IN_STEP["features"]
    stored = dict(db.session.execute(select(ClaimFeatures.claim_id, ClaimFeatures.features)).all())

    filled = app.test_cli_runner().invoke(args=["search-index", "fill-features"])
    assert filled.output == (
        "Stored the features of 0 claim(s) and the figures of 0.\n"
        "Recorded the figures of 5 claim(s) beside their features.\n"
    )
    assert _check(app)[0] == 0 and _counts(app) == IN_STEP
    again = dict(db.session.execute(select(ClaimFeatures.claim_id, ClaimFeatures.features)).all())
    assert again == stored


def _renamed(document: dict) -> dict:
    """The export restored as new articles beside the originals."""
    copy = json.loads(json.dumps(document))
    for article in copy["articles"]:
        article["title"] += " (restored)"
        article["seed_name"] = article["url"] = None
    for claim in copy["claims"]:
        claim["article"]["title"] += " (restored)"
    return copy


def test_a_restore_leaves_the_index_in_step_before_its_claims_are_matched(make_app, tmp_path):
    """`flask restore` of a JSON export: the restored claims' features and figures are stored
    in the restore's own transaction, so the check is clean as soon as it commits, while
    matching them waits for a background job (huey, not run here until the end)."""
    app = make_app(MATCH_INLINE_CLAIMS=0, JOBS_IMMEDIATE=False, JOBS_FILE=str(tmp_path / "q.db"))
    runner = app.test_cli_runner()
    with app.app_context():
        from webapp.jobs import jobs

        for title, body in [
            ("Bus", "Vote Leave said Britain sends the EU £350 million every week."),
            ("Deficit", "The deficit was 1.2 billion dollars in 2022, the ministry said."),
        ]:
            import_article(title=title, text=body, max_bytes=10**6, created_by=None)
            db.session.commit()
        huey = jobs().huey
        while huey.pending_count():
            huey.execute(huey.dequeue())  # the imports' matching, as the worker runs it
        db.session.rollback()
        assert _check(app)[0] == 0

        exported = runner.invoke(args=["export", "--all"])
        assert exported.exit_code == 0
        path = tmp_path / "export.json"
        path.write_text(json.dumps(_renamed(json.loads(exported.output))), encoding="utf-8")
        restored = runner.invoke(args=["restore", str(path)])
        assert restored.exit_code == 0 and "Restored 2 articles, 2 claims" in restored.output
        assert huey.pending_count() == 1  # matching the restored claims is queued, not done
        db.session.rollback()

        newest = db.session.scalar(select(func.max(Claim.id)))
        assert _held(newest) == {("number", 1.2e9)}
        _every_claim_in_step()
        code, said = _check(app)
        assert code == 0 and _counts(app) == IN_STEP, said
        huey.execute(huey.dequeue())
        db.session.rollback()
        assert _check(app)[0] == 0
        assert matching.suggestions(db.session.get(Claim, newest))  # matched by the job
        db.session.remove()


def test_the_check_statements_read_no_claim_into_python(app, archive):
    """Each count is one statement answering one number: nothing per claim."""
    seen = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        matching.out_of_step()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    counted = [s for s in seen if s != "BEGIN"]
    assert len(counted) == 6 and all(s.lstrip().upper().startswith("SELECT") for s in counted)
