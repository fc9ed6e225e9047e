"""matching: each claim's figures as values, indexed

Revision ID: 0015
Revises: 0014

Matching found earlier claims stating a claim's figure through the full-text index, as the
figure is written: "£350m" never found "£350 million" or "350,000,000 pounds". SQLite also
asked FTS5 for other written forms of each large figure (session 31); PostgreSQL could not
afford that, as GIN keeps no positions and each phrase hit is checked on the table. Each
claim's figures are now stored as (unit, value) rows (`webapp.matching.figure_keys`), written
with its features, and an index on (unit, value, claim_id) gives the newest earlier claims
holding a value without reading any of them. Existing claims have none until
`flask search-index fill-features` stores them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "claim_figures",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_figures_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("claim_id", "unit", "value", name=op.f("pk_claim_figures")),
    )
    op.create_index("ix_claim_figures_value", "claim_figures", ["unit", "value", "claim_id"])


def downgrade():
    op.drop_index("ix_claim_figures_value", table_name="claim_figures")
    op.drop_table("claim_figures")
