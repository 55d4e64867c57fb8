"""last quarter in, decisions out: strategic priorities, record-only quarters, key result
owners, approval of objectives, and the follow-up of last meeting's action items

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("strategic_priorities", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("record_only", sa.Boolean(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("key_result", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_key_result_owner_id_participant"),
            "participant",
            ["owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_objective_approved_by_id_participant"),
            "participant",
            ["approved_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up", sa.String(length=16), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_action_item_follow_up"),
            "follow_up IS NULL OR follow_up IN ('done', 'not_done', 'moved')",
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_action_item_follow_up"), type_="check")
        batch_op.drop_column("follow_up")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_objective_approved_by_id_participant"), type_="foreignkey"
        )
        batch_op.drop_column("approved_at")
        batch_op.drop_column("approved_by_id")
    with op.batch_alter_table("key_result", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_key_result_owner_id_participant"), type_="foreignkey"
        )
        batch_op.drop_column("owner_id")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("record_only")
        batch_op.drop_column("strategic_priorities")
