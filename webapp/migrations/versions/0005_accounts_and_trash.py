"""accounts and access: canonical usernames, session idle time, login throttles, request keys,
one live citation of an address per claim, who deleted an article

Revision ID: 0005
Revises: 0003

"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from webapp.models.user import canonical_username

# revision identifiers, used by Alembic.
revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

USERNAME_MAX = 40


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username_canonical", sa.String(length=64), nullable=True))
    _backfill_canonical_usernames()
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column(
            "username_canonical", existing_type=sa.String(length=64), nullable=False
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_users_username_canonical"), ["username_canonical"]
        )

    with op.batch_alter_table("login_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))

    op.create_table(
        "login_throttles",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttles")),
    )
    op.create_table(
        "request_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_request_keys_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_keys")),
        sa.UniqueConstraint("user_id", "key", name=op.f("uq_request_keys_user_id")),
    )

    _retire_duplicate_live_sources()
    op.create_index(
        "uq_sources_claim_id_url_live",
        "sources",
        ["claim_id", "url"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_articles_deleted_by_id_users"), "users", ["deleted_by_id"], ["id"]
        )


def _backfill_canonical_usernames():
    """Accounts whose names become one canonical form ("Élise" and "élise") could be confused
    for each other: the oldest keeps its name, each later one is renamed name-<id>, and the
    rename is written to the workspace log."""
    connection = op.get_bind()
    users = sa.table(
        "users",
        sa.column("id", sa.Integer),
        sa.column("username", sa.String),
        sa.column("username_canonical", sa.String),
    )
    events = sa.table(
        "workspace_events",
        sa.column("user_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("subject", sa.String),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    taken: set[str] = set()
    rows = connection.execute(sa.select(users.c.id, users.c.username).order_by(users.c.id))
    for user_id, username in list(rows):
        name = username
        canonical = canonical_username(name)
        if not canonical or canonical in taken:
            suffix = f"-{user_id}"
            name = (username[: USERNAME_MAX - len(suffix)] or "user") + suffix
            canonical = canonical_username(name)
            connection.execute(
                events.insert().values(
                    user_id=None,
                    action="username changed",
                    subject=f"user:{name}"[:80],
                    before={"username": username},
                    after={"username": name, "why": "same canonical form as an older account"},
                    created_at=datetime.now(UTC),
                )
            )
        taken.add(canonical)
        connection.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(username=name, username_canonical=canonical)
        )


def _retire_duplicate_live_sources():
    """Keep the first live citation of an address on a claim; later duplicates become removed
    sources (kept on record, as every removal is)."""
    connection = op.get_bind()
    sources = sa.table(
        "sources",
        sa.column("id", sa.Integer),
        sa.column("claim_id", sa.Integer),
        sa.column("url", sa.String),
        sa.column("deleted_at", sa.DateTime(timezone=True)),
    )
    seen: set[tuple[int, str]] = set()
    rows = connection.execute(
        sa.select(sources.c.id, sources.c.claim_id, sources.c.url)
        .where(sources.c.deleted_at.is_(None))
        .order_by(sources.c.id)
    )
    duplicates = []
    for source_id, claim_id, url in list(rows):
        if (claim_id, url) in seen:
            duplicates.append(source_id)
        seen.add((claim_id, url))
    if duplicates:
        connection.execute(
            sources.update()
            .where(sources.c.id.in_(duplicates))
            .values(deleted_at=datetime.now(UTC))
        )


def downgrade():
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_articles_deleted_by_id_users"), type_="foreignkey")
        batch_op.drop_column("deleted_by_id")
    op.drop_index("uq_sources_claim_id_url_live", table_name="sources")
    op.drop_table("request_keys")
    op.drop_table("login_throttles")
    with op.batch_alter_table("login_sessions", schema=None) as batch_op:
        batch_op.drop_column("last_seen_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_users_username_canonical"), type_="unique")
        batch_op.drop_column("username_canonical")
