"""search: on PostgreSQL an index that walks search documents newest first by date

Revision ID: 0012
Revises: 0011

Sorted by date, a common word's hits were all read from the table (tens of thousands of heap
pages at 1,000,000 claims) to sort them; with this index PostgreSQL walks the documents by date
and stops at the page, checking each against the query, when the planner expects many hits (a
rare word still goes through the GIN index). SQLite orders FTS5's hits through its covering
index of migration 0011, so it gets no such index.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_search_documents_date ON search_documents "
            "(published_on DESC, claim_id DESC)"
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_documents_date")
