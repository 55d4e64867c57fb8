"""questions from the room: what the phones asked, its state (waiting, approved,
dismissed, answered), the one on the room's screen, and the phones' upvotes

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('room_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('voter', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('on_screen', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('asked_at', sa.DateTime(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('waiting', 'approved', 'dismissed', 'answered')", name=op.f('ck_room_question_status')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_room_question_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_question'))
    )
    with op.batch_alter_table('room_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_question_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('question_vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('voter', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['room_question.id'], name=op.f('fk_question_vote_question_id_room_question'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_vote')),
    sa.UniqueConstraint('question_id', 'voter', name=op.f('uq_question_vote_question_id'))
    )
    with op.batch_alter_table('question_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_vote_question_id'), ['question_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('question_vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_vote_question_id'))

    op.drop_table('question_vote')
    with op.batch_alter_table('room_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_question_meeting_id'))

    op.drop_table('room_question')
