"""matching: each claim's features row records the figures stored with it

Revision ID: 0016
Revises: 0015

`flask search-index check` looked only at the full-text index: a claim whose `claim_figures`
rows were lost or left from another wording (a restore or an import made outside the app)
was found by nothing but a full `fill-features` pass, which parses every claim's figures
again. Each `claim_features` row now also holds how many figures were stored with it and the
sum of their values' magnitudes, so the check compares them with the table in one statement.
Rows written before this migration have neither (NULL): the check counts their figures as
not yet verified until `flask search-index fill-features` compares the rows with the
wording and records them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("claim_features") as batch_op:
        batch_op.add_column(sa.Column("figure_count", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("figure_sum", sa.Float(), nullable=True))


def downgrade():
    with op.batch_alter_table("claim_features") as batch_op:
        batch_op.drop_column("figure_sum")
        batch_op.drop_column("figure_count")
