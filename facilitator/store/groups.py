"""Breakout groups of a meeting: the saved assignment, roles, flip-chart notes, the
presentation round, and what earlier meetings say about who sat with whom."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from facilitator.domain.agenda import BlockKind
from facilitator.domain.turns import Turn, TurnQueue
from facilitator.domain.validation import Field, require_name, require_text
from facilitator.store.agenda import turn_seconds
from facilitator.store.conflicts import UNSEEN, set_column
from facilitator.store.database import Database
from facilitator.store.history import earlier_meeting_ids
from facilitator.store.models import (
    BreakoutGroup,
    GroupMember,
    GroupNote,
    Meeting,
    Participant,
)
from facilitator.store.turn_rows import save_turn_rows

DEFAULT_GROUP_WORK_SECONDS = 12 * 60  # the guide: after 10–15 minutes the sheets go up


@dataclass
class GroupPlan:
    members: list[int]
    locked: set[int] = field(default_factory=set)
    scribe: int | None = None
    presenter: int | None = None


def list_groups(
    db: Database, meeting_id: int, block: BlockKind = BlockKind.SUCCESSES_LEARNINGS
) -> list[BreakoutGroup]:
    with db.session() as session:
        return list(
            session.scalars(
                select(BreakoutGroup)
                .where(
                    BreakoutGroup.meeting_id == meeting_id, BreakoutGroup.block_kind == block.value
                )
                .options(
                    selectinload(BreakoutGroup.members).selectinload(GroupMember.participant),
                    selectinload(BreakoutGroup.notes),
                    selectinload(BreakoutGroup.scribe),
                    selectinload(BreakoutGroup.presenter),
                )
                .order_by(BreakoutGroup.position, BreakoutGroup.id)
            )
        )


def save_assignment(
    db: Database,
    meeting_id: int,
    plans: list[GroupPlan],
    name_for: Callable[[int], str],
    block: BlockKind = BlockKind.SUCCESSES_LEARNINGS,
) -> None:
    """Store the groups in order. Existing groups keep their names and notes; extra ones
    are removed, new ones named with `name_for(number)`."""
    with db.session() as session:
        groups = list(
            session.scalars(
                select(BreakoutGroup)
                .where(
                    BreakoutGroup.meeting_id == meeting_id, BreakoutGroup.block_kind == block.value
                )
                .order_by(BreakoutGroup.position, BreakoutGroup.id)
            )
        )
        for extra in groups[len(plans) :]:
            session.delete(extra)
        for number, plan in enumerate(plans, start=1):
            if number <= len(groups):
                group = groups[number - 1]
            else:
                group = BreakoutGroup(
                    meeting_id=meeting_id, block_kind=block.value, name=name_for(number)
                )
                session.add(group)
            group.position = number
            group.members = [
                GroupMember(participant_id=p, locked=p in plan.locked) for p in plan.members
            ]
            group.scribe_id = plan.scribe if plan.scribe in plan.members else None
            group.presenter_id = plan.presenter if plan.presenter in plan.members else None


def plans_of(groups: list[BreakoutGroup]) -> list[GroupPlan]:
    return [
        GroupPlan(
            [m.participant_id for m in g.members],
            {m.participant_id for m in g.members if m.locked},
            g.scribe_id,
            g.presenter_id,
        )
        for g in groups
    ]


def rename_group(db: Database, group_id: int, name: str) -> None:
    name = require_name(Field.GROUP_NAME, name)
    with db.session() as session:
        session.get_one(BreakoutGroup, group_id).name = name


def set_role(db: Database, group_id: int, role: str, participant_id: int | None) -> None:
    if role not in ("scribe", "presenter"):
        raise ValueError(role)
    with db.session() as session:
        setattr(session.get_one(BreakoutGroup, group_id), f"{role}_id", participant_id)


def group_notes(db: Database, group_id: int) -> dict[str, list[tuple[int, str]]] | None:
    """One group's flip chart: (id, text) of its successes and learnings, in order; None
    when the group is gone (the groups were assigned anew)."""
    with db.session() as session:
        if session.get(BreakoutGroup, group_id) is None:
            return None
        rows = session.execute(
            select(GroupNote.kind, GroupNote.id, GroupNote.text)
            .where(GroupNote.group_id == group_id)
            .order_by(GroupNote.position, GroupNote.id)
        )
        notes: dict[str, list[tuple[int, str]]] = {"success": [], "learning": []}
        for kind, note_id, text in rows:
            notes.setdefault(kind, []).append((note_id, text))
        return notes


def add_note(db: Database, group_id: int, kind: str, text: str) -> int:
    """A keyword from the group's flip chart: a success or a learning."""
    if kind not in ("success", "learning"):
        raise ValueError(kind)
    text = require_text(Field.NOTE, text)
    with db.session() as session:
        group = session.get_one(BreakoutGroup, group_id)
        note = GroupNote(
            kind=kind, text=text, position=1 + max((n.position for n in group.notes), default=0)
        )
        group.notes.append(note)
        session.flush()
        return note.id


def edit_note(db: Database, note_id: int, text: str, seen: object = UNSEEN) -> None:
    """The leader corrects a line of a flip chart (a scribe's typo, say); EditConflictError
    when the line is no longer `seen` (store/conflicts.py)."""
    text = require_text(Field.NOTE, text)
    set_column(db, GroupNote, note_id, "text", text, seen, "note")


def delete_note(db: Database, note_id: int) -> dict[str, Any]:
    with db.session() as session:
        note = session.get_one(GroupNote, note_id)
        snapshot = {
            "id": note.id,
            "group_id": note.group_id,
            "kind": note.kind,
            "text": note.text,
            "position": note.position,
        }
        session.delete(note)
        return snapshot


def restore_note(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        session.add(GroupNote(**snapshot))


def _ids_by_name(session: Session, meeting_id: int) -> dict[str, int]:
    return {
        p.name.casefold(): p.id
        for p in session.scalars(select(Participant).where(Participant.meeting_id == meeting_id))
    }


def history_pairs(db: Database, meeting_id: int) -> Counter[frozenset[int]]:
    """How often two of this meeting's people sat in the same group at earlier meetings of
    the company (people are matched by name)."""
    counter: Counter[frozenset[int]] = Counter()
    with db.session() as session:
        ids = _ids_by_name(session, meeting_id)
        for earlier in earlier_meeting_ids(session, meeting_id):
            for group in session.scalars(
                select(BreakoutGroup).where(BreakoutGroup.meeting_id == earlier)
            ):
                names = [m.participant.name.casefold() for m in group.members]
                present = [ids[n] for n in names if n in ids]
                for i, a in enumerate(present):
                    for b in present[i + 1 :]:
                        counter[frozenset((a, b))] += 1
    return counter


def last_roles(db: Database, meeting_id: int) -> dict[int, set[str]]:
    """The roles this meeting's people had in the groups of the company's last meeting."""
    with db.session() as session:
        ids = _ids_by_name(session, meeting_id)
        earlier = earlier_meeting_ids(session, meeting_id)
        if not earlier:
            return {}
        last = session.scalar(
            select(Meeting)
            .where(Meeting.id.in_(earlier))
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        )
        if last is None:
            return {}
        roles: dict[int, set[str]] = {}
        for group in session.scalars(
            select(BreakoutGroup).where(BreakoutGroup.meeting_id == last.id)
        ):
            for role, person in (("scribe", group.scribe), ("presenter", group.presenter)):
                if person is not None and person.name.casefold() in ids:
                    roles.setdefault(ids[person.name.casefold()], set()).add(role)
        return roles


# -- the group work timer and the presentation round -------------------------------------------


def group_work(db: Database, meeting_id: int) -> tuple[float | None, int]:
    """(block time when the group work began, its length in seconds)."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        return meeting.group_work_start, meeting.group_work_seconds or DEFAULT_GROUP_WORK_SECONDS


def set_group_work(
    db: Database, meeting_id: int, start: float | None, seconds: int | None = None
) -> None:
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        meeting.group_work_start = start
        if seconds is not None:
            meeting.group_work_seconds = seconds


def presentation_seconds(db: Database, meeting_id: int) -> int:
    """Each group's presentation: set by the leader, or what is left of block 3 after the
    group work, shared by the groups."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        count = len(
            session.scalars(
                select(BreakoutGroup.id).where(
                    BreakoutGroup.meeting_id == meeting_id,
                    BreakoutGroup.block_kind == BlockKind.SUCCESSES_LEARNINGS.value,
                    BreakoutGroup.skipped.is_(False),
                )
            ).all()
        )
        return turn_seconds(
            session,
            meeting_id,
            BlockKind.SUCCESSES_LEARNINGS,
            meeting.presentation_seconds,
            count,
            reserved_seconds=meeting.group_work_seconds or DEFAULT_GROUP_WORK_SECONDS,
        )


def set_presentation_seconds(db: Database, meeting_id: int, seconds: int | None) -> None:
    with db.session() as session:
        session.get_one(Meeting, meeting_id).presentation_seconds = seconds


def load_round(db: Database, meeting_id: int) -> TurnQueue:
    """The presentation round: one turn per group, labelled with its presenter. One query
    of the columns it needs (not the groups with all their members and notes)."""
    presenter = aliased(Participant)
    query = (
        select(
            BreakoutGroup.id,
            BreakoutGroup.name,
            presenter.name,
            BreakoutGroup.skipped,
            BreakoutGroup.turn_start,
            BreakoutGroup.turn_end,
        )
        .outerjoin(presenter, presenter.id == BreakoutGroup.presenter_id)
        .where(
            BreakoutGroup.meeting_id == meeting_id,
            BreakoutGroup.block_kind == BlockKind.SUCCESSES_LEARNINGS.value,
        )
        .order_by(BreakoutGroup.position, BreakoutGroup.id)
    )
    with db.session() as session:
        rows = session.execute(query).all()
    turns = [
        Turn(key, name + (f" — {who}" if who else ""), bool(skipped), start, end)
        for key, name, who, skipped, start, end in rows
    ]
    return TurnQueue(turns, presentation_seconds(db, meeting_id))


def save_round(db: Database, changes: dict[int, Turn]) -> None:
    save_turn_rows(db, BreakoutGroup, changes)


def set_round_order(db: Database, keys: list[int]) -> None:
    with db.session() as session:
        for position, key in enumerate(keys, start=1):
            session.get_one(BreakoutGroup, key).position = position
