"""breaks between blocks (coffee, lunch) with their own countdown

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agenda_break",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("after_kind", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("timer_state", sa.String(length=16), nullable=False),
        sa.Column("actual_start", sa.DateTime(), nullable=True),
        sa.Column("actual_end", sa.DateTime(), nullable=True),
        sa.Column("paused_at", sa.DateTime(), nullable=True),
        sa.Column("paused_seconds", sa.Double(), nullable=False),
        sa.Column("adjust_seconds", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "planned_minutes >= 1 AND planned_minutes <= 180",
            name=op.f("ck_agenda_break_break_minutes"),
        ),
        sa.CheckConstraint(
            "timer_state IN ('idle', 'running', 'paused', 'done')",
            name=op.f("ck_agenda_break_break_timer_state"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_break_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_break")),
        sa.UniqueConstraint("meeting_id", "after_kind", name=op.f("uq_agenda_break_meeting_id")),
    )
    with op.batch_alter_table("agenda_break", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_break_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    op.drop_table("agenda_break")
