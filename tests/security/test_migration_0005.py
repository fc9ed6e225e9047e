"""The accounts migration backfills canonical usernames and retires duplicate live sources."""

import sqlalchemy as sa

from webapp.database import upgrade
from webapp.extensions import db


def test_backfill_renames_accounts_that_share_a_canonical_name(unmigrated_app):
    app = unmigrated_app
    with app.app_context():
        upgrade(revision="0002")
        with db.engine.begin() as connection:
            for name in ("Élise", "élise", "ＲＩＴＡ"):
                connection.execute(
                    sa.text(
                        "INSERT INTO users (username, password_hash, role, active, created_at)"
                        " VALUES (:name, 'x', 'reviewer', 1, '2026-01-01 00:00:00')"
                    ),
                    {"name": name},
                )
        upgrade()
        with db.engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT id, username, username_canonical FROM users ORDER BY id")
            ).all()
            logged = (
                connection.execute(sa.text("SELECT action FROM workspace_events")).scalars().all()
            )
        db.engine.dispose()
    assert [tuple(row)[1:] for row in rows] == [
        ("Élise", "élise"),
        ("élise-2", "élise-2"),
        ("ＲＩＴＡ", "rita"),
    ]
    assert logged == ["username changed"]
