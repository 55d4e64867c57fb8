"""the room's dot-vote on the flip charts' lines (block 3): the vote turned on for a
meeting with its budget, and the dots each phone spent on each line

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dot_vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("per_line", sa.Integer(), nullable=False),
        sa.Column("revealed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("dots >= 1 AND dots <= 10", name=op.f("ck_dot_vote_dots")),
        sa.CheckConstraint("per_line >= 1 AND per_line <= dots", name=op.f("ck_dot_vote_per_line")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_dot_vote_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dot_vote")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_dot_vote_meeting_id")),
    )
    op.create_table(
        "room_dot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("voter", sa.String(length=64), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("dots >= 1", name=op.f("ck_room_dot_dots")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_room_dot_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["group_note.id"],
            name=op.f("fk_room_dot_note_id_group_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_dot")),
        sa.UniqueConstraint("note_id", "voter", name=op.f("uq_room_dot_note_id")),
    )
    with op.batch_alter_table("room_dot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_dot_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("room_dot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_dot_meeting_id"))

    op.drop_table("room_dot")
    op.drop_table("dot_vote")
