"""An export reads one snapshot: taken while colleagues import articles, the file still holds
every article its claims point at, and it restores whole into a fresh database."""

import contextlib
import json
import shutil
import threading
import uuid

import sqlalchemy as sa
from sqlalchemy import func, select

from tests.conftest import POSTGRES_URL, _base_config
from webapp import create_app
from webapp.database import upgrade, write_intent
from webapp.extensions import db
from webapp.models import Claim
from webapp.services.articles import import_article
from webapp.services.exports import ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.restore import parse_document, restore_document

TEXT = (
    "The council approved {n} new homes on Tuesday, the mayor said.\n\n"
    "Officials said unemployment fell to 3.{n}% in April."
)


@contextlib.contextmanager
def fresh_database(database_template, tmp_path):
    """An app on a new, migrated, empty database of the kind the suite runs on."""
    if database_template["kind"] == "sqlite":
        path = tmp_path / "fresh.db"
        shutil.copyfile(database_template["path"], path)
        app = create_app(_base_config(f"sqlite:///{path}"))
        with app.app_context():
            yield app
            db.session.remove()
            db.engine.dispose()
        return
    schema = f"claimdesk_fresh_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    options = {"connect_args": {"options": f"-csearch_path={schema}"}}
    try:
        app = create_app(_base_config(POSTGRES_URL, options))
        with app.app_context():
            upgrade()
            yield app
            db.session.remove()
            db.engine.dispose()
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


class Importers:
    """Writer threads importing articles, each in its own app context and transaction."""

    def __init__(self, app, threads: int = 2):
        self.app = app
        self.stop = threading.Event()
        self.imported = 0
        self.errors: list[BaseException] = []
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(threads)
        ]

    def _run(self, writer: int) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            try:
                with self.app.app_context(), write_intent():
                    import_article(
                        title=f"Imported by writer {writer}, number {n}",
                        text=TEXT.format(n=n),
                        max_bytes=10**6,
                        created_by=None,
                    )
                    db.session.commit()
            except BaseException as error:  # reported by the test, not lost in the thread
                self.errors.append(error)
                return
            with self.lock:
                self.imported += 1

    def wait_for_more(self, than: int, timeout: float = 30) -> None:
        for _ in range(int(timeout * 20)):
            if self.imported > than or self.errors:
                return
            self.stop.wait(0.05)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)


def test_export_during_imports_restores_into_a_fresh_database(
    app, make_article, database_template, tmp_path
):
    for n in range(3):
        make_article(title=f"Before the export {n}", text=TEXT.format(n=n))
    context = build_context(app, "http://claimdesk.example/")
    chunks = []
    with Importers(app) as importers:
        importers.wait_for_more(than=0)
        stream = export_stream("json", ExportSelection(include_all=True), context)
        for chunk in stream:
            chunks.append(chunk)
            if chunk.startswith(',\n"claims"'):
                # The articles are written; make sure more are imported before the claims are
                # read, as happens whenever an export is slower than a colleague.
                importers.wait_for_more(than=importers.imported)
    assert importers.errors == []
    assert importers.imported >= 2
    document = json.loads("".join(chunks))
    in_file = {article["id"] for article in document["articles"]}
    assert {claim["article"]["id"] for claim in document["claims"]} <= in_file
    db.session.rollback()
    claims_now = db.session.scalar(select(func.count(Claim.id)))
    assert len(document["claims"]) < claims_now  # the later imports are not in the file

    with fresh_database(database_template, tmp_path):
        report = restore_document(parse_document(json.dumps(document).encode()))
        db.session.commit()
        assert report.conflicts == []
        assert (report.articles, report.claims) == (len(in_file), len(document["claims"]))
        assert db.session.scalar(select(func.count(Claim.id))) == len(document["claims"])
