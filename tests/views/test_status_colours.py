"""Issue 12 (10): "Unreviewed" and "Not checkable" must not share a grey in the article."""

import sqlalchemy as sa

from webapp.database import upgrade
from webapp.extensions import db
from webapp.services.statuses import DEFAULT_STATUSES


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def test_unreviewed_and_not_checkable_look_different():
    colours = {name: _rgb(colour) for name, colour, _rating, _final in DEFAULT_STATUSES}
    unreviewed, not_checkable = colours["Unreviewed"], colours["Not checkable"]
    distance = sum((a - b) ** 2 for a, b in zip(unreviewed, not_checkable, strict=True)) ** 0.5
    assert distance > 80, (unreviewed, not_checkable)
    # and "Not checkable" is not a grey itself (its channels differ clearly)
    assert max(not_checkable) - min(not_checkable) > 60


def test_the_migration_recolours_only_the_old_default(unmigrated_app):
    app = unmigrated_app
    with app.app_context():
        upgrade(revision="0008")
        with db.engine.begin() as connection:
            for position, (name, colour) in enumerate(
                [("Not checkable", "#475569"), ("Unreviewed", "#475569")], start=1
            ):
                connection.execute(
                    sa.text(
                        "INSERT INTO statuses (name, color, position, is_final, is_default)"
                        " VALUES (:name, :colour, :position, 0, 0)"
                    ),
                    {"name": name, "colour": colour, "position": position},
                )
        upgrade()
        with db.engine.connect() as connection:
            rows = dict(connection.execute(sa.text("SELECT name, color FROM statuses")).all())
        db.engine.dispose()
    assert rows == {"Not checkable": "#0e7490", "Unreviewed": "#475569"}
