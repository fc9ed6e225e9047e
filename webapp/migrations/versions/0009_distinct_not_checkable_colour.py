"""a colour for "Not checkable" that cannot be mistaken for "Unreviewed"'s grey

Revision ID: 0009
Revises: 0008

Both defaults were greys (#6b7280 and #475569), which reviewers could not tell apart in the
article (issue 12). Only a workspace that still has the old default colour is changed; a colour
an admin chose is left as it is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD, NEW = "#475569", "#0e7490"


def _recolour(before: str, after: str) -> None:
    op.execute(
        sa.text(
            "UPDATE statuses SET color = :after WHERE name = 'Not checkable' AND color = :before"
        ).bindparams(before=before, after=after)
    )


def upgrade():
    _recolour(OLD, NEW)


def downgrade():
    _recolour(NEW, OLD)
