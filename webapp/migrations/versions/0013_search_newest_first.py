"""search: indexes that read a query's newest hits without reading all of them

Revision ID: 0013
Revises: 0012

PostgreSQL: a block-range (BRIN) index of search documents by claim id. Relevance ranks a
query's newest hits; a phrase or a pair of words that go together is held by far more claims
than PostgreSQL estimates, so it read every hit from the table (17,086 heap pages for
`"annual rate"` at 1,000,000 claims) to keep the newest 1,001. Search now asks for the hits
among the newest claim ids first, then older ones only if too few were found; the BRIN index
answers "which pages hold claim ids in this range" from a few pages of its own, so only the
hits in the range are read. Documents are written in claim id order (an import appends its
claims), which is what a block-range index needs; `autosummarize` covers new pages as
autovacuum runs, and pages not yet covered are simply always read.

SQLite: an index by date (as PostgreSQL's of migration 0012), covering the checks of a hit,
so that a date-sorted search of a common word walks the documents newest first and stops at
the page instead of sorting every hit. FTS5 already walks its own hits newest first for
relevance.
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
    else:
        op.execute(
            "CREATE INDEX ix_search_documents_date ON search_documents "
            "(published_on DESC, claim_id DESC, article_live, claim_dismissed)"
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_documents_id_ranges")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_documents_date")
