"""row versions on what department leaders edit from their own laptops (evaluations,
their notes, objectives, key results, flip-chart lines), so that a shared meeting
never loses an edit silently; on PostgreSQL also the two foreign keys that 0001 declared
with use_alter and that only SQLite got (SQLAlchemy leaves them to a later ALTER)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("self_evaluation", "dimension_note", "objective", "key_result", "group_note")
# (name, table, column, referred table): the cycles 0001 broke with use_alter.
CYCLE_KEYS = (
    ("fk_department_manager_id_participant", "department", "manager_id", "participant"),
    (
        "fk_objective_aligned_key_result_id_key_result",
        "objective",
        "aligned_key_result_id",
        "key_result",
    ),
)


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _existing_keys(table: str) -> set[str]:
    return {fk["name"] for fk in sa.inspect(op.get_bind()).get_foreign_keys(table)}


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    if _on_postgresql():
        for name, table, column, referred in CYCLE_KEYS:
            if name not in _existing_keys(table):
                op.create_foreign_key(name, table, referred, [column], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    if _on_postgresql():
        for name, table, _column, _referred in CYCLE_KEYS:
            op.drop_constraint(name, table, type_="foreignkey")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
