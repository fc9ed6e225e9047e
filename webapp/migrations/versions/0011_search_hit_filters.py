"""search: whether the claim is dismissed, on its search document; on SQLite a narrow index
for checking and ordering hits

Revision ID: 0011
Revises: 0010

Search and matching filter every full-text hit by its article being live and its claim not
dismissed. With the claim's state copied onto `search_documents` (beside `article_live`), a
hit is checked without reading the claim row. On SQLite the check (and the date order) reads a
covering index instead of the wide document row; PostgreSQL reads the row anyway for its
tsvector, so it gets no such index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade():
    # A plain ALTER TABLE: recreating the table would drop SQLite's full-text triggers on it.
    op.add_column(
        "search_documents",
        sa.Column("claim_dismissed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(
        "UPDATE search_documents SET claim_dismissed = TRUE WHERE claim_id IN "
        "(SELECT id FROM claims WHERE dismissed_reason IS NOT NULL)"
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE INDEX ix_search_documents_hit ON search_documents "
            "(claim_id, article_live, claim_dismissed, published_on)"
        )


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_search_documents_hit")
    with op.batch_alter_table("search_documents", recreate="never") as batch:
        batch.drop_column("claim_dismissed")
