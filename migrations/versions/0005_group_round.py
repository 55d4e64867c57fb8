"""breakout-group presentation turns, group-work timer and presentation time

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("breakout_group", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("skipped", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("turn_start", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("turn_end", sa.Double(), nullable=True))
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_work_start", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("group_work_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("presentation_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("presentation_seconds")
        batch_op.drop_column("group_work_seconds")
        batch_op.drop_column("group_work_start")
    with op.batch_alter_table("breakout_group", schema=None) as batch_op:
        batch_op.drop_column("turn_end")
        batch_op.drop_column("turn_start")
        batch_op.drop_column("skipped")
