"""`flask feeds add | list | poll | pause | resume`, with clear messages for every bad input."""

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Feed


def _run(app, *args):
    return app.test_cli_runner().invoke(args=["feeds", *args])


def test_add_imports_the_newest_entries_with_a_report(import_app, site):
    result = _run(import_app, "add", site.url("/feed?count=2&base=article"))
    assert result.exit_code == 0, result.output
    feed_id = db.session.scalars(select(Feed.id)).one()
    assert f"Following feed {feed_id}:" in result.output
    assert f"Feed {feed_id} (Loopback feed): 2 new entries." in result.output
    assert "Importing" in result.output  # the progress bar
    assert "“Council report number 0”" in result.output
    assert "“Council report number 1”" in result.output
    assert db.session.scalar(select(func.count(Article.id))) == 2


def test_list_shows_state_last_check_imported_and_error(import_app, site):
    assert "No feeds are followed" in _run(import_app, "list").output
    _run(import_app, "add", site.url("/feed?count=1&base=brief"))
    _run(import_app, "add", site.url("/article/5"))  # not a feed: its poll fails
    lines = _run(import_app, "list").output.splitlines()
    assert lines[0].startswith("1\tactive\t2") and "\t1 imported\tLoopback feed <" in lines[0]
    assert lines[1].startswith("2\tactive\t") and "\t0 imported\t" in lines[1]
    assert lines[2] == "\tlast check failed: The address is not a readable RSS or Atom feed."


def test_poll_takes_only_new_entries_and_fails_on_a_broken_feed(import_app, site):
    _run(import_app, "add", site.url("/feed?count=1&base=brief"))
    again = _run(import_app, "poll", "1")
    assert again.exit_code == 0 and "Feed 1 (Loopback feed): no new entries." in again.output
    _run(import_app, "add", site.url("/article/6"))
    every = _run(import_app, "poll")
    assert every.exit_code == 1
    assert "Feed 1 (Loopback feed): no new entries." in every.output
    assert "Feed 2 (" in every.output and "not a readable RSS or Atom feed" in every.output


def test_pause_and_resume(import_app, site):
    _run(import_app, "add", site.url("/feed?count=1&base=brief"))
    paused = _run(import_app, "pause", "1")
    assert paused.exit_code == 0 and "Paused feed 1 (Loopback feed)." in paused.output
    assert "\tpaused\t" in _run(import_app, "list").output
    refused = _run(import_app, "poll", "1")
    assert refused.exit_code == 1 and "This feed is paused" in refused.output
    assert "No active feeds to check." in _run(import_app, "poll").output
    assert "Resumed feed 1" in _run(import_app, "resume", "1").output
    assert _run(import_app, "poll", "1").exit_code == 0


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a web address", "full web address"),
        ("http://127.0.0.1/rss", "loopback"),
        ("http://192.168.1.1/rss", "private network"),
        ("http://[fe80::1]/rss", "link-local"),
    ],
)
def test_add_refuses_bad_and_forbidden_addresses(import_app, url, message):
    result = _run(import_app, "add", url)
    assert result.exit_code == 1 and message in result.output
    assert "Traceback" not in result.output
    assert db.session.scalar(select(func.count(Feed.id))) == 0


def test_add_refuses_a_feed_followed_already(import_app, site):
    url = site.url("/feed?count=0")
    _run(import_app, "add", url)
    twice = _run(import_app, "add", url)
    assert twice.exit_code == 1 and "This feed is already followed." in twice.output
    assert db.session.scalar(select(func.count(Feed.id))) == 1


@pytest.mark.parametrize("command", ["poll", "pause", "resume"])
@pytest.mark.parametrize(
    ("feed_id", "message"),
    [
        ("7", "There is no such feed."),
        (str(2**63), "is not in the range"),
        ("0", "is not in the range"),
        ("seven", "is not a valid integer"),
    ],
)
def test_unknown_huge_and_malformed_ids_are_refused(import_app, command, feed_id, message):
    result = _run(import_app, command, feed_id)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output


def test_add_in_the_background_only_queues_the_first_poll(import_app, site):
    result = _run(import_app, "add", "--background", site.url("/feed?count=1&base=brief"))
    assert result.exit_code == 0 and "Its first poll is queued" in result.output
    assert "Importing" not in result.output
    # jobs run inline in tests, so the queued poll already ran
    assert db.session.scalar(select(func.count(Article.id))) == 1
