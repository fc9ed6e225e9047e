"""search and matching: the full-text index, claim matches, dismissals and claim groups

Revision ID: 0008
Revises: 0007

SQLite gets an FTS5 table over `search_documents` (external content, kept in step by triggers
on that table); PostgreSQL gets two generated tsvector columns with GIN indexes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "search_documents",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        # Copied from the article so that filtering and ordering hits never reads article rows
        # (whose full text makes them slow to visit one by one).
        sa.Column("article_live", sa.Boolean(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("claim_text", sa.Text(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_search_documents_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_search_documents")),
    )
    op.create_index(op.f("ix_search_documents_article_id"), "search_documents", ["article_id"])
    op.create_table(
        "claim_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_claim_groups_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_groups")),
    )
    op.create_table(
        "claim_group_members",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_group_members_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["claim_groups.id"],
            name=op.f("fk_claim_group_members_group_id_claim_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["users.id"], name=op.f("fk_claim_group_members_added_by_id_users")
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_group_members")),
    )
    op.create_index(op.f("ix_claim_group_members_group_id"), "claim_group_members", ["group_id"])
    op.create_table(
        "claim_matches",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_matches_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["claims.id"], name=op.f("fk_claim_matches_other_id_claims")
        ),
        sa.PrimaryKeyConstraint("claim_id", "other_id", name=op.f("pk_claim_matches")),
    )
    op.create_index(op.f("ix_claim_matches_other_id"), "claim_matches", ["other_id"])
    op.create_table(
        "claim_match_dismissals",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_match_dismissals_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["claims.id"], name=op.f("fk_claim_match_dismissals_other_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_claim_match_dismissals_user_id_users")
        ),
        sa.PrimaryKeyConstraint("claim_id", "other_id", name=op.f("pk_claim_match_dismissals")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', claim_text), 'A') || "
            "setweight(to_tsvector('english', speaker || ' ' || title), 'B') || "
            "setweight(to_tsvector('english', extra), 'C')) STORED"
        )
        op.execute(
            "ALTER TABLE search_documents ADD COLUMN claim_tsv tsvector GENERATED ALWAYS AS ("
            "to_tsvector('english', claim_text)) STORED"
        )
        op.execute("CREATE INDEX ix_search_documents_tsv ON search_documents USING gin (tsv)")
        op.execute(
            "CREATE INDEX ix_search_documents_claim_tsv ON search_documents USING gin (claim_tsv)"
        )
    else:
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, claim_text, speaker, extra, "
            "content='search_documents', content_rowid='claim_id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN "
            "INSERT INTO search_fts(rowid, title, claim_text, speaker, extra) VALUES "
            "(new.claim_id, new.title, new.claim_text, new.speaker, new.extra); END"
        )
        op.execute(
            "CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, claim_text, speaker, extra) "
            "VALUES ('delete', old.claim_id, old.title, old.claim_text, old.speaker, "
            "old.extra); END"
        )
        op.execute(
            "CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, claim_text, speaker, extra) "
            "VALUES ('delete', old.claim_id, old.title, old.claim_text, old.speaker, "
            "old.extra); "
            "INSERT INTO search_fts(rowid, title, claim_text, speaker, extra) VALUES "
            "(new.claim_id, new.title, new.claim_text, new.speaker, new.extra); END"
        )
    # Claims that exist before this migration are indexed by `flask search-index rebuild`.


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        for trigger in ("search_documents_ai", "search_documents_ad", "search_documents_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("claim_match_dismissals")
    op.drop_index(op.f("ix_claim_matches_other_id"), table_name="claim_matches")
    op.drop_table("claim_matches")
    op.drop_index(op.f("ix_claim_group_members_group_id"), table_name="claim_group_members")
    op.drop_table("claim_group_members")
    op.drop_table("claim_groups")
    op.drop_index(op.f("ix_search_documents_article_id"), table_name="search_documents")
    op.drop_table("search_documents")
