"""Database set-up: migrations match the models; SQLite takes concurrent writers in turn."""

import sqlite3
import threading

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade
from sqlalchemy import func, select

from webapp.database import init_migrations, upgrade
from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, ClaimFeatures, ClaimFigure, Status, User
from webapp.services import bulk, changes
from webapp.services import claims as claim_service
from webapp.services.errors import Conflict

FULL_TEXT_MACHINERY = {
    "tsv",
    "claim_tsv",
    "ix_search_documents_tsv",
    "ix_search_documents_claim_tsv",
    "ix_search_documents_hit",
    "ix_search_documents_date",
    "ix_search_documents_id_ranges",
}


def _full_text_machinery(difference) -> bool:
    """Each database's own full-text index, made by the search migration and read with SQL,
    has no model: SQLite's FTS5 table and its shadow tables (search_fts, search_fts_data, …),
    PostgreSQL's generated tsvector columns on search_documents and their GIN indexes, and
    SQLite's covering index for checking FTS5 hits (migration 0011), the indexes for walking
    hits by date (migration 0012 on PostgreSQL, 0013 on SQLite) and PostgreSQL's for reading
    them by ranges of claim ids (migration 0013)."""
    for part in difference[1:]:
        name = getattr(part, "name", None) or ""
        if name.startswith("search_fts") or name in FULL_TEXT_MACHINERY:
            return True
    return False


def test_migrations_create_exactly_the_models_schema(app):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, db.metadata)
    assert [d for d in differences if not _full_text_machinery(d)] == []


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(app):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite-only pragmas")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_concurrent_status_saves_queue_and_none_is_lost(app, make_article, make_user):
    """Eight threads save eight different claims at once; every save lands with its history."""
    article = make_article(
        text="\n".join(f"Town {n} built {n + 10} schools in 2020." for n in range(8))
    )
    user = make_user("editor1", "editor")
    false_id = db.session.scalar(select(Status.id).where(Status.name == "False"))
    claim_ids = [claim.id for claim in article.claims][:8]
    errors = []
    barrier = threading.Barrier(len(claim_ids), timeout=30)

    def save(claim_id):
        with app.test_request_context("/", method="POST"):
            try:
                app.preprocess_request()
                barrier.wait()
                claim = claim_service.get_claim(claim_id)
                changes.apply(
                    claim,
                    db.session.merge(user),
                    changes.SetFields.of(**{"status_id": false_id}),
                    claim.version,
                )
                db.session.commit()
            except Exception as error:  # collected and asserted on below
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=save, args=(claim_id,)) for claim_id in claim_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db.session.rollback()  # end this test's own read snapshot
    saved = db.session.scalar(
        select(func.count(Claim.id)).where(Claim.id.in_(claim_ids), Claim.status_id == false_id)
    )
    assert saved == len(claim_ids)
    events = db.session.scalar(
        select(func.count(ClaimEvent.id)).where(ClaimEvent.field == "status")
    )
    assert events == len(claim_ids)


def test_two_sessions_saving_the_same_version_at_once_one_wins(app, make_article, make_user):
    """Both read version 1 and save together: exactly one lands, the other is told who won."""
    claim_id = make_article().claims[0].id
    users = [make_user("first", "reviewer"), make_user("second", "reviewer")]
    user_ids = [user.id for user in users]
    outcomes = []
    barrier = threading.Barrier(2)

    def save(user_id, speaker):
        with app.app_context():  # open the claim, as the panel does
            version = claim_service.get_claim(claim_id).version
            db.session.remove()
        barrier.wait(timeout=30)
        with app.test_request_context("/", method="POST"):  # then both press Save
            app.preprocess_request()
            try:
                claim = claim_service.get_claim(claim_id)
                user = db.session.get(User, user_id)
                changes.apply(claim, user, changes.SetFields.of(**{"speaker": speaker}), version)
                db.session.commit()
                outcomes.append(("saved", speaker))
            except Conflict as conflict:
                db.session.rollback()  # as a view does, then it reads who won
                outcomes.append(("conflict", changes.describe_stale(conflict).details["speaker"]))
            finally:
                db.session.remove()

    threads = [
        threading.Thread(target=save, args=(user_id, f"Speaker {n}"))
        for n, user_id in enumerate(user_ids)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(kind for kind, _ in outcomes) == ["conflict", "saved"]
    winner = next(value for kind, value in outcomes if kind == "saved")
    loser_saw = next(value for kind, value in outcomes if kind == "conflict")
    assert loser_saw == winner
    db.session.rollback()
    speaker_events = db.session.scalar(
        select(func.count(ClaimEvent.id)).where(ClaimEvent.field == "speaker")
    )
    assert speaker_events == 1


def test_request_failing_after_a_write_rolls_back_and_shows_no_trace(make_app, make_user):
    app = make_app()

    @app.post("/test-only/fail-after-write")
    def fail_after_write():
        make_status = Status(name="Half-saved", color="#000000", position=99)
        db.session.add(make_status)
        db.session.flush()
        raise RuntimeError("boom after the first write")

    with app.app_context():
        make_user("editor1", "editor")
        client = app.test_client()
        client.post("/login", data={"login": "editor1", "password": "correct horse battery"})
        response = client.post("/test-only/fail-after-write")
        assert response.status_code == 500
        assert b"boom" not in response.data and b"Traceback" not in response.data
        db.session.expire_all()
        assert db.session.scalar(select(Status).where(Status.name == "Half-saved")) is None


def test_migration_0010_adds_share_links_to_an_existing_workspace_and_can_be_undone(
    unmigrated_app,
):
    """An 0009 database with an article gains `share_links` (digest unique, tied to the
    article); downgrading removes only that table."""
    app = unmigrated_app
    with app.app_context():
        upgrade(revision="0009")
        with db.engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO articles (title, text, created_at)"
                    " VALUES ('Old', 'Old text.', '2026-01-01 00:00:00')"
                )
            )
        upgrade()
        inspector = sa.inspect(db.engine)
        assert "share_links" in inspector.get_table_names()
        foreign = {fk["referred_table"] for fk in inspector.get_foreign_keys("share_links")}
        assert foreign == {"articles", "users"}
        with db.engine.begin() as connection:
            insert = sa.text(
                "INSERT INTO share_links (article_id, label, token_digest, created_at)"
                " VALUES (1, '', 'd1', '2026-01-02 00:00:00')"
            )
            connection.execute(insert)
        with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as connection:
            connection.execute(insert)  # the same digest twice
        init_migrations(app)
        downgrade(revision="0009")
        tables = sa.inspect(db.engine).get_table_names()
        db.engine.dispose()
    assert "share_links" not in tables and "articles" in tables


def _write_lock_held(path: str) -> bool:
    """Whether another connection holds SQLite's write lock on the database at `path`."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_a_select_for_update_takes_the_write_lock_and_a_plain_read_does_not(app):
    """SQLite locks no rows for SELECT … FOR UPDATE (a job claiming its import item): in a write
    request it takes the write lock, as a write would."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's write lock")
    status_id = db.session.scalar(select(Status.id).where(Status.name == "False"))
    db.session.rollback()
    path = db.engine.url.database
    with app.test_request_context("/", method="POST"):
        app.preprocess_request()
        try:
            db.session.get(Status, status_id)
            assert not _write_lock_held(path)
            db.session.get(Status, status_id, with_for_update=True, populate_existing=True)
            assert _write_lock_held(path)
        finally:
            db.session.rollback()
    assert not _write_lock_held(path)


def test_new_claim_ids_are_read_under_the_write_lock(app):
    """Two imports must never be given the same claim ids: on SQLite, allocating them in a
    write request takes the write lock first, even before the request has written."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's write lock")
    db.session.rollback()
    path = db.engine.url.database
    with app.test_request_context("/", method="POST"):
        app.preprocess_request()
        try:
            assert not _write_lock_held(path)
            bulk.allocate_ids(Claim.__table__, 3)
            assert _write_lock_held(path)
        finally:
            db.session.rollback()


def test_a_save_takes_the_write_lock_at_its_first_write_and_answers_without_it(
    app, client, logged_in, token_for, make_article
):
    """On SQLite a save queues colleagues only while it writes: its reads (token, the claim with
    its new status) run before it takes the write lock, the answer (the API's claim, the
    browser's panel) is read after the commit in a transaction that takes none, and a status
    with its note is one request. A second connection probes the lock before each statement."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's write lock")
    claim = make_article().claims[0]
    claim_id = claim.id
    false_id = db.session.scalar(select(Status.id).where(Status.name == "False"))
    headers = token_for("rita", "reviewer")
    db.session.rollback()  # the test's own snapshot must not hold the database
    path = db.engine.url.database
    seen: list[tuple[str, bool]] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append((statement.split(None, 1)[0].upper(), _write_lock_held(path)))

    def lock_taken_once() -> list[str]:
        """The statements run under the lock, checked to be one unbroken run."""
        held = [n for n, (_kind, locked) in enumerate(seen) if locked]
        assert held == list(range(held[0], held[-1] + 1))
        return [kind for kind, locked in seen if locked]

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        answer = client.patch(
            f"/api/v1/claims/{claim_id}",
            json={"version": 1, "status": "Accurate", "note": "Matches the minutes."},
            headers=headers,
        )
        assert answer.status_code == 200 and answer.get_json()["version"] == 2
        assert seen[0] == ("BEGIN", False)
        first_write = next(n for n, (kind, _locked) in enumerate(seen[1:], 1) if kind != "SELECT")
        # BEGIN, the token, the claim with the status it is set to
        assert seen[first_write][0] == "UPDATE" and first_write >= 3
        assert lock_taken_once()[0] == "UPDATE"
        assert not any(locked for _kind, locked in seen[:first_write])
        seen.clear()
        panel = client.post(
            f"/claims/{claim_id}/status",
            data={"status_id": false_id, "version": 2},
            headers={"HX-Request": "true"},
        )
        assert panel.status_code == 200 and "False" in panel.get_data(as_text=True)
        lock_taken_once()
        assert not seen[-1][1]  # the panel was read after the commit, without the lock
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)


def test_migration_0015_adds_claim_figures_that_the_cli_fills_and_can_be_undone(app, make_article):
    """Down to 0014 and up again: an archive from before `claim_figures` gets an empty table,
    which `flask search-index fill-features` fills from the claims' wordings."""
    article = make_article("Bus", "Vote Leave said Britain sends the EU £350 million a week.")
    claim_id = article.claims[0].id
    init_migrations(app)
    db.session.remove()
    downgrade(revision="0014")
    assert "claim_figures" not in sa.inspect(db.engine).get_table_names()
    upgrade()
    assert db.session.scalar(select(func.count()).select_from(ClaimFigure)) == 0
    filled = app.test_cli_runner().invoke(args=["search-index", "fill-features"])
    assert filled.exit_code == 0 and "and the figures of 1." in filled.output
    stored = db.session.execute(select(ClaimFigure.claim_id, ClaimFigure.unit, ClaimFigure.value))
    assert stored.all() == [(claim_id, "number", 350e6)]


def test_migration_0016_adds_the_figure_record_that_the_cli_fills_and_can_be_undone(
    app, make_article
):
    """Down to 0015 and up again: features stored before the record of their figures have
    none, `flask search-index check` counts their figures as not verified, and `fill-features`
    compares the rows with the wording and records them."""
    make_article("Bus", "Vote Leave said Britain sends the EU £350 million a week.")
    init_migrations(app)
    db.session.remove()
    downgrade(revision="0015")
    columns = {column["name"] for column in sa.inspect(db.engine).get_columns("claim_features")}
    assert "figure_count" not in columns and "figure_sum" not in columns
    upgrade()
    assert db.session.execute(
        select(ClaimFeatures.figure_count, ClaimFeatures.figure_sum)
    ).all() == [(None, None)]
    db.session.rollback()
    runner = app.test_cli_runner()
    check = runner.invoke(args=["search-index", "check"])
    assert check.exit_code == 1 and "not recorded beside current features: 1" in check.output
    filled = runner.invoke(args=["search-index", "fill-features"])
    assert "Recorded the figures of 1 claim(s) beside their features." in filled.output
    assert db.session.execute(
        select(ClaimFeatures.figure_count, ClaimFeatures.figure_sum)
    ).all() == [(1, 350e6)]
    db.session.rollback()
    assert runner.invoke(args=["search-index", "check"]).exit_code == 0
