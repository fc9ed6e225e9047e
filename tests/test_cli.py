"""The flask commands: seed, import, extract, users create."""

import json

from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Status, User


def test_seed_imports_each_seed_article_once(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed"])
    assert first.exit_code == 0, first.output
    assert "Imported netanyahu-putin-moscow.txt." in first.output
    second = runner.invoke(args=["seed"])
    assert "Already imported netanyahu-putin-moscow.txt; skipped." in second.output
    articles = list(db.session.scalars(select(Article)))
    assert len(articles) == 1
    assert articles[0].outlet == "The Associated Press"
    assert len(articles[0].claims) >= 10
    assert db.session.scalar(select(func.count(Status.id))) == 8


def test_import_from_file_and_stdin(app, tmp_path):
    path = tmp_path / "budget-report.txt"
    path.write_text(
        "The deficit fell to $1.2 trillion in 2023, the Treasury said.", encoding="utf-8"
    )
    runner = app.test_cli_runner()
    result = runner.invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "“Budget report”" in result.output
    result = runner.invoke(
        args=["import", "-", "--title", "From stdin"], input="Prices rose 3% last year."
    )
    assert result.exit_code == 0, result.output
    titles = set(db.session.scalars(select(Article.title)))
    assert titles == {"Budget report", "From stdin"}
    # A headline on a first line of its own is the title (as when the file is read without
    # options), not the file's name nor a claim.
    path.write_text("Deficit falls\n\nThe deficit fell to $1.2 trillion.", encoding="utf-8")
    result = runner.invoke(args=["import", str(path), "--outlet", "Ledger"])
    assert result.exit_code == 0 and "“Deficit falls”" in result.output, result.output
    article = db.session.scalar(select(Article).where(Article.title == "Deficit falls"))
    assert article.text == "The deficit fell to $1.2 trillion." and article.outlet == "Ledger"
    result = runner.invoke(args=["import", str(path), "--title", "Named"])
    article = db.session.scalar(select(Article).where(Article.title == "Named"))
    assert article.text.startswith("Deficit falls\n\n")  # named by the user: kept whole


def test_import_refuses_empty_text_and_missing_file(app, tmp_path):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["import", "-", "--title", "Empty"], input="   \n")
    assert result.exit_code != 0
    assert "The article text is empty." in result.output
    result = runner.invoke(args=["import", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0 and "Cannot read" in result.output
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_extract_prints_claims_and_sentences_as_json(app):
    runner = app.test_cli_runner()
    text = "The bridge opened in 1932. It cost $4 million, officials said."
    claims = json.loads(runner.invoke(args=["extract", "-"], input=text).output)
    assert claims and all(text[c["start"] : c["end"]] for c in claims)
    assert {"start", "end", "text", "kind", "speaker", "score", "reasons"} <= set(claims[0])
    sentences = json.loads(runner.invoke(args=["extract", "-", "--sentences"], input=text).output)
    assert [s["text"] for s in sentences] == [
        "The bridge opened in 1932.",
        "It cost $4 million, officials said.",
    ]


def test_users_create_reads_password_from_stdin(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "maria", "--role", "admin", "--password-stdin"],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.username == "maria"))
    assert user.role == "admin"
    short = runner.invoke(args=["users", "create", "bob", "--password-stdin"], input="short\n")
    assert short.exit_code != 0 and "at least 10 characters" in short.output
    assert db.session.scalar(select(User).where(User.username == "bob")) is None


def test_cli_start_up_leaves_heavy_modules_unloaded(tmp_path):
    """`flask --help` (and so every command's start-up) loads none of the libraries only some
    work needs (migrations, schemas, password hashing, the job queue and Redis, fetching and
    reading web pages, password and look-alike lists, fuzzy matching, the extraction
    patterns): each loads when the work needing it starts."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from flask.cli import main\n"
        "sys.argv = ['flask', '--app', 'webapp', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('alembic', 'flask_migrate', 'jsonschema', 'argon2', 'huey', 'redis',\n"
        "  'trafilatura', 'lxml', 'urllib3', 'zxcvbn', 'confusable_homoglyphs', 'rapidfuzz',\n"
        "  'webapp.extraction.claims', 'psycopg')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/cli.db", "SECRET_KEY": "x"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert "Commands:" in result.stdout and " db " in result.stdout
    assert "LOADED []" in result.stdout


def test_db_commands_load_flask_migrate_on_use(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["db", "current"])
    assert result.exit_code == 0, result.output
    assert "migrate" in app.extensions
    result = runner.invoke(args=["db", "--help"])
    assert "upgrade" in result.output and "--directory" in result.output
