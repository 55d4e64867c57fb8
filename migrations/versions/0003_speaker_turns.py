"""good-news turns (start and end in block time) and the time per speaker

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("good_news_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("turn_start", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("turn_end", sa.Double(), nullable=True))
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("speaker_seconds", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("speaker_seconds")
    with op.batch_alter_table("good_news_item", schema=None) as batch_op:
        batch_op.drop_column("turn_end")
        batch_op.drop_column("turn_start")
