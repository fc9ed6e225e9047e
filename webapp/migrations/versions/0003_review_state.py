"""review state: claims.returned_at, claim_events.undoes_id

Revision ID: 0003
Revises: 0002

A returned verdict becomes a column (it was read back from the history on every screen), so the
review state is one definition; undo and redo entries point at the entry they reverse.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("claim_events") as batch:
        batch.add_column(sa.Column("undoes_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_claim_events_undoes_id_claim_events"), "claim_events", ["undoes_id"], ["id"]
        )
    # Backfill: a claim is "returned" when its latest verdict entry is a return and nothing
    # was proposed or approved since.
    connection = op.get_bind()
    events = sa.table(
        "claim_events",
        sa.column("id", sa.Integer),
        sa.column("claim_id", sa.Integer),
        sa.column("field", sa.String),
        sa.column("action", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    claims = sa.table(
        "claims",
        sa.column("id", sa.Integer),
        sa.column("proposed_by_id", sa.Integer),
        sa.column("approved_at", sa.DateTime(timezone=True)),
        sa.column("returned_at", sa.DateTime(timezone=True)),
    )
    latest: dict[int, tuple[str, object]] = {}
    for claim_id, action, created_at in connection.execute(
        sa.select(events.c.claim_id, events.c.action, events.c.created_at)
        .where(events.c.field == "verdict")
        .order_by(events.c.id)
    ):
        latest[claim_id] = (action, created_at)
    for claim_id, (action, created_at) in latest.items():
        if action == "returned":
            connection.execute(
                claims.update()
                .where(
                    claims.c.id == claim_id,
                    claims.c.proposed_by_id.is_(None),
                    claims.c.approved_at.is_(None),
                )
                .values(returned_at=created_at)
            )


def downgrade():
    with op.batch_alter_table("claim_events") as batch:
        batch.drop_constraint(op.f("fk_claim_events_undoes_id_claim_events"), type_="foreignkey")
        batch.drop_column("undoes_id")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("returned_at")
