"""search: on PostgreSQL a block-range index of search documents by claim id

Revision ID: 0013
Revises: 0012

Relevance ranks a query's newest hits. A phrase or a pair of words that go together is held
by far more claims than PostgreSQL estimates, so it read every hit from the table (17,086
heap pages for `"annual rate"` at 1,000,000 claims) to keep the newest 1,001. Search now asks
for the hits among the newest claim ids first, then older ones only if too few were found; a
BRIN index answers "which pages hold claim ids in this range" from a few pages of its own, so
only the hits in the range are read. Documents are written in claim id order (an import
appends its claims), which is what a block-range index needs; `autosummarize` covers new pages
as autovacuum runs, and pages not yet covered are simply always read. SQLite's FTS5 already
walks its hits newest first, so it gets no such index.
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_search_documents_id_ranges ON search_documents "
            "USING brin (claim_id) WITH (pages_per_range = 16, autosummarize = on)"
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_documents_id_ranges")
