"""agenda_block.minutes_edited: whether the leader set the block's minutes by hand

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_block", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("minutes_edited", sa.Boolean(), server_default="0", nullable=False)
        )
    # Meetings from before this revision keep the plans they have.
    op.execute("UPDATE agenda_block SET minutes_edited = TRUE")


def downgrade() -> None:
    with op.batch_alter_table("agenda_block", schema=None) as batch_op:
        batch_op.drop_column("minutes_edited")
