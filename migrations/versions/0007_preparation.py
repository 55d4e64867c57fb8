"""before the meeting: the calendar invitation and the preparation checklist

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invitation_uid", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column("invitation_sequence", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("invitation_plan", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("invitation_cancelled", sa.Boolean(), server_default="0", nullable=False)
        )
    op.create_table(
        "preparation_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("task", sa.String(length=40), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "task", "participant_id"),
    )
    with op.batch_alter_table("preparation_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_preparation_check_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("preparation_check")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("invitation_cancelled")
        batch_op.drop_column("invitation_plan")
        batch_op.drop_column("invitation_sequence")
        batch_op.drop_column("invitation_uid")
