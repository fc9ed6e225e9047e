"""The flask commands export, restore and users token."""

import csv
import io
import json

from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import ApiToken, Article
from webapp.services.tokens import digest


def test_export_prints_each_format_to_stdout(app, make_article):
    article = make_article()
    runner = app.test_cli_runner()
    result = runner.invoke(args=["export", "--all", "--article", str(article.id)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert len(document["claims"]) == len(article.claims)
    reviewed = json.loads(runner.invoke(args=["export"]).output)
    assert reviewed["claims"] == []
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(args=["export", "--format", "csv", "--all"]).output)
        )
    )
    assert len(rows) == len(article.claims)
    links = runner.invoke(
        args=["export", "--format", "w3c", "--all", "--base-url", "https://desk.example/cd"]
    )
    assert json.loads(links.output)[0]["id"].startswith("https://desk.example/cd/claims/")


def test_restore_command_reports_and_refuses_bad_files(app, make_article, tmp_path):
    make_article()
    runner = app.test_cli_runner()
    path = tmp_path / "claims.json"
    path.write_text(runner.invoke(args=["export", "--all"]).output, encoding="utf-8")
    again = runner.invoke(args=["restore", str(path)])
    assert again.exit_code == 0, again.output
    assert "Restored 0 articles" in again.output and "Conflict at $.articles[0]" in again.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "2.0"}', encoding="utf-8")
    refused = runner.invoke(args=["restore", str(bad)])
    assert refused.exit_code == 1
    assert (
        "at $: 'exported_at' is a required property." in refused.output
        and "Nothing was restored" in refused.output
    )
    assert db.session.scalar(select(func.count(Article.id))) == 1


def test_users_token_prints_a_token_once(app, make_user):
    make_user("ann", "reviewer")
    result = app.test_cli_runner().invoke(args=["users", "token", "ann", "--name", "notebook"])
    assert result.exit_code == 0, result.output
    raw = result.output.strip()
    token = db.session.scalar(select(ApiToken))
    assert token.name == "notebook" and token.token_digest == digest(raw)
    missing = app.test_cli_runner().invoke(args=["users", "token", "nobody"])
    assert missing.exit_code == 1 and "no account called nobody" in missing.output


def test_export_refuses_an_unknown_status_instead_of_exporting_nothing(app):
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", "--status", "Bogus"])
    assert result.exit_code != 0
    assert "There is no status called “Bogus”" in result.output
    assert "schema_version" not in result.output
