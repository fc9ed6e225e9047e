"""Deleting an article is recorded (who, when) and reversible from the Trash: browser, API, CLI."""

from sqlalchemy import select

from webapp.extensions import db
from webapp.models import Article, WorkspaceEvent
from webapp.services.tokens import create_token


def test_browser_delete_asks_first_then_offers_undo(client, logged_in, make_article):
    article = make_article(title="Jobs report")
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    assert f'href="/articles/{article.id}/delete"' in page
    confirm = client.get(f"/articles/{article.id}/delete")
    assert confirm.status_code == 200
    assert "Delete “Jobs report”?" in confirm.get_data(as_text=True)
    assert client.get(f"/articles/{article.id}").status_code == 200  # asking changed nothing

    response = client.post(f"/articles/{article.id}/delete", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Deleted “Jobs report”" in page and ">Undo</button>" in page
    assert f'action="/trash/{article.id}/restore"' in page
    assert client.get(f"/articles/{article.id}").status_code == 404

    stored = db.session.get(Article, article.id)
    assert stored.deleted_by_id == logged_in.id and stored.deleted_at is not None
    event = db.session.scalar(
        select(WorkspaceEvent).where(WorkspaceEvent.action == "article deleted")
    )
    assert (event.user_id, event.subject) == (logged_in.id, f"article:{article.id}")

    trash = client.get("/trash").get_data(as_text=True)
    assert "Jobs report" in trash and "editor1" in trash

    response = client.post(f"/trash/{article.id}/restore", follow_redirects=True)
    assert "Restored “Jobs report”" in response.get_data(as_text=True)
    assert client.get(f"/articles/{article.id}").status_code == 200
    assert "The Trash is empty." in client.get("/trash").get_data(as_text=True)
    actions = db.session.scalars(select(WorkspaceEvent.action).order_by(WorkspaceEvent.id))
    assert list(actions)[-2:] == ["article deleted", "article restored"]


def test_only_editors_see_and_use_the_trash(client, auth, make_user, make_article):
    article = make_article()
    make_user("rita", "reviewer")
    auth.login("rita")
    assert client.get("/trash").status_code == 403
    assert client.get(f"/articles/{article.id}/delete").status_code == 403
    assert client.post(f"/trash/{article.id}/restore").status_code == 403
    assert client.post(f"/trash/{2**40}/restore").status_code == 404


def test_restoring_an_article_not_in_the_trash_is_404(client, logged_in, make_article):
    article = make_article()
    assert client.post(f"/trash/{article.id}/restore").status_code == 404


def test_api_trash_lists_and_restores(client, make_user, make_article):
    article = make_article(title="Budget story")
    _token, raw = create_token(make_user("eddie", "editor"), "tests")
    _token, reviewer_raw = create_token(make_user("rita", "reviewer"), "tests")
    db.session.commit()
    editor = {"Authorization": f"Bearer {raw}"}
    assert client.delete(f"/api/v1/articles/{article.id}", headers=editor).status_code == 204
    items = client.get("/api/v1/trash", headers=editor).get_json()["items"]
    assert [(i["id"], i["title"], i["deleted_by"]) for i in items] == [
        (article.id, "Budget story", "eddie")
    ]
    reviewer = {"Authorization": f"Bearer {reviewer_raw}"}
    assert client.get("/api/v1/trash", headers=reviewer).status_code == 403
    response = client.post(f"/api/v1/trash/{article.id}/restore", headers=editor)
    assert response.status_code == 200 and response.get_json()["id"] == article.id
    assert client.get(f"/api/v1/articles/{article.id}", headers=editor).status_code == 200
    again = client.post(f"/api/v1/trash/{article.id}/restore", headers=editor)
    assert again.status_code == 404


def test_cli_lists_and_restores(app, make_article):
    from webapp.services.articles import delete_article

    article = make_article(title="Census")
    runner = app.test_cli_runner()
    assert "The Trash is empty." in runner.invoke(args=["trash", "list"]).output
    delete_article(article, None)
    db.session.commit()
    listed = runner.invoke(args=["trash", "list"]).output
    assert f"{article.id}\t" in listed and "Census" in listed
    result = runner.invoke(args=["trash", "restore", str(article.id)])
    assert result.exit_code == 0 and "Restored article" in result.output
    db.session.expire_all()
    assert db.session.get(Article, article.id).deleted_at is None
    result = runner.invoke(args=["trash", "restore", str(article.id)])
    assert result.exit_code != 0 and "no deleted article" in result.output
