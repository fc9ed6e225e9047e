"""`flask import` with web addresses, files and a list, and `flask worker`'s guard."""

from sqlalchemy import func, select

from tests.importing.documents import word_file
from webapp.extensions import db
from webapp.models import Article, ImportItem


def test_import_links_files_and_a_list_with_progress(import_app, site, tmp_path):
    report = tmp_path / "jobs-report.docx"
    report.write_bytes(word_file(["Unemployment fell to 3.9% in April, officials said."]))
    links = tmp_path / "links.txt"
    links.write_text(f"# morning list\n{site.url('/article/41')}\n\n{site.url('/missing/4')}\n")
    result = import_app.test_cli_runner().invoke(
        args=["import", site.url("/article/40"), str(report), "--list", str(links)]
    )
    assert result.exit_code == 1, result.output  # one link failed
    assert "Importing" in result.output
    assert "Imported article" in result.output and "“Council report number 40”" in result.output
    assert "“Council report number 41”" in result.output and "“Jobs report”" in result.output
    assert f"Failed {site.url('/missing/4')}: The page was not found (HTTP 404)." in result.output
    assert db.session.scalar(select(func.count(Article.id))) == 3


def test_import_background_only_queues(import_app, site):
    result = import_app.test_cli_runner().invoke(
        args=["import", "--background", site.url("/article/42")]
    )
    assert result.exit_code == 0 and "Queued import" in result.output
    # jobs run inline in tests, so the queued item already ran
    assert db.session.scalars(select(ImportItem.state)).one() == "done"


def test_import_refuses_missing_files_and_bad_option_mixes(import_app, site, tmp_path):
    runner = import_app.test_cli_runner()
    missing = runner.invoke(args=["import", str(tmp_path / "nope.pdf")])
    assert missing.exit_code != 0 and "Cannot read" in missing.output
    mixed = runner.invoke(args=["import", site.url("/article/1"), "--title", "x"])
    assert mixed.exit_code != 0 and "read from the page" in mixed.output
    nothing = runner.invoke(args=["import"])
    assert nothing.exit_code != 0
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_worker_is_not_needed_when_jobs_run_inline(import_app):
    result = import_app.test_cli_runner().invoke(args=["worker"])
    assert result.exit_code != 0 and "no worker needed" in result.output
