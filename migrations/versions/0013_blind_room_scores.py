"""the room's scores of a report blind until revealed: when the leader revealed them, and
whether the report's own score was given after that

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("self_evaluation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("room_revealed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "score_after_reveal", sa.Boolean(), server_default="0", nullable=False
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("self_evaluation", schema=None) as batch_op:
        batch_op.drop_column("score_after_reveal")
        batch_op.drop_column("room_revealed_at")
