"""photos of the breakout groups' flip charts, taken by each group's scribe with a phone
or added on the leader's laptop, kept with the group's lines

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("source IN ('phone', 'laptop')", name=op.f("ck_group_photo_source")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["breakout_group.id"],
            name=op.f("fk_group_photo_group_id_breakout_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_photo")),
    )
    with op.batch_alter_table("group_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_photo_group_id"), ["group_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("group_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_photo_group_id"))
    op.drop_table("group_photo")
