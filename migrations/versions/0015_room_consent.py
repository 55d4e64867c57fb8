"""the room's consent to each new company objective (block 5, fist to five from the
phones): whether the meeting asks for it, each phone's hand, and each reveal

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('consent_reveal',
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('revealed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_consent_reveal_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_consent_reveal_objective_id_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('objective_id', name=op.f('pk_consent_reveal'))
    )
    with op.batch_alter_table('consent_reveal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_reveal_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('room_consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('voter', sa.String(length=64), nullable=False),
    sa.Column('fingers', sa.Integer(), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('fingers >= 0 AND fingers <= 5', name=op.f('ck_room_consent_fingers')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_room_consent_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_room_consent_objective_id_objective'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_consent')),
    sa.UniqueConstraint('objective_id', 'voter', name=op.f('uq_room_consent_objective_id'))
    )
    with op.batch_alter_table('room_consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_consent_meeting_id'), ['meeting_id'], unique=False)

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('room_consent', sa.Boolean(), server_default='0', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('room_consent')

    with op.batch_alter_table('room_consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_consent_meeting_id'))

    op.drop_table('room_consent')
    with op.batch_alter_table('consent_reveal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_reveal_meeting_id'))

    op.drop_table('consent_reveal')
