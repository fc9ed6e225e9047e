"""matching: each claim's prepared features, stored

Revision ID: 0014
Revises: 0013

A claim's matching features (`webapp.matching.prepare`: stems, figures, names, dates...) were
prepared from its wording every time it was a candidate of another claim, 0.25–0.4 ms each, up
to 57 candidates a claim: most of a claim's matching time at 1,000,000 claims. They are now
stored when the claim is matched (at import, after a rewording) and read as JSON. Each row
says which version of `prepare` made it and the CRC-32 of the wording it came from; a row of
another version or wording is never used. Existing claims have none until
`flask search-index fill-features` stores them (matching works without them, only slower).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "claim_features",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text_crc", sa.BigInteger(), nullable=False),
        sa.Column("features", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_features_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_features")),
    )


def downgrade():
    op.drop_table("claim_features")
