"""the room link: each phone's own score on a report, and good news and shout-outs sent
from the phones for the leader to accept

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "room_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("poll", sa.String(length=64), nullable=False),
        sa.Column("voter", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "score >= 1 AND score <= 10", name=op.f("ck_room_score_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_room_score_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_score")),
        sa.UniqueConstraint("meeting_id", "poll", "voter", name=op.f("uq_room_score_meeting_id")),
    )
    with op.batch_alter_table("room_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_score_meeting_id"), ["meeting_id"], unique=False)
    op.create_table(
        "room_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("praised", sa.String(length=200), nullable=False),
        sa.Column("sender", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('good_news', 'shout_out')", name=op.f("ck_room_message_kind")
        ),
        sa.CheckConstraint(
            "status IN ('new', 'accepted', 'dismissed')", name=op.f("ck_room_message_status")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_room_message_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_message")),
    )
    with op.batch_alter_table("room_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_room_message_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("room_message")
    op.drop_table("room_score")
