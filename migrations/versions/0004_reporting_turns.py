"""reporting turns in block 2 (per self-evaluation) and the time per report

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("self_evaluation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("skipped", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("turn_start", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("turn_end", sa.Double(), nullable=True))
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reporting_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("reporting_seconds")
    with op.batch_alter_table("self_evaluation", schema=None) as batch_op:
        batch_op.drop_column("turn_end")
        batch_op.drop_column("turn_start")
        batch_op.drop_column("skipped")
