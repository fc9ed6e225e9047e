"""claims: attribution (direct / reported / reporter) and checkable_reason

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:05:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("claims") as batch_op:
        batch_op.add_column(sa.Column("attribution", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("checkable_reason", sa.String(length=32), nullable=True))


def downgrade():
    with op.batch_alter_table("claims") as batch_op:
        batch_op.drop_column("checkable_reason")
        batch_op.drop_column("attribution")
