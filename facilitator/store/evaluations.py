"""Block 2's self-evaluations: one per company and department, in reporting order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from facilitator.domain.agenda import BlockKind
from facilitator.domain.evaluation import Dimension, EvaluationItem, parse_score
from facilitator.domain.turns import Turn, TurnQueue
from facilitator.store.agenda import turn_seconds
from facilitator.store.conflicts import UNSEEN, check_seen, once_more_on_race, set_column
from facilitator.store.database import Database
from facilitator.store.history import previous_meeting
from facilitator.store.models import (
    Department,
    DimensionNote,
    Meeting,
    Participant,
    SelfEvaluation,
)
from facilitator.store.turn_rows import save_turn_rows


@dataclass(frozen=True)
class Earlier:
    """What an entity reported at the company's previous meeting."""

    quarter: str
    score: int | None
    better: dict[str, str]  # dimension -> what could be better


def ensure_evaluations(db: Database, meeting_id: int) -> None:
    """One evaluation for the company and each department (the company reports first).
    Where no reporter is chosen yet, the meeting leader (for the company) or the
    department's manager is suggested."""
    with db.session() as session:
        rows = list(
            session.scalars(select(SelfEvaluation).where(SelfEvaluation.meeting_id == meeting_id))
        )
        existing = {e.department_id for e in rows}
        last = max((e.position for e in rows), default=0)
        meeting = session.get_one(Meeting, meeting_id)
        leader = session.scalar(
            select(Participant.id).where(
                Participant.meeting_id == meeting_id, Participant.name == meeting.leader_name
            )
        )
        if None not in existing:
            rows.append(SelfEvaluation(meeting_id=meeting_id, department_id=None, position=0))
            session.add(rows[-1])
        departments = list(
            session.scalars(
                select(Department)
                .where(Department.meeting_id == meeting_id)
                .order_by(Department.name)
            )
        )
        for department in departments:
            if department.id not in existing:
                last += 1
                rows.append(
                    SelfEvaluation(meeting_id=meeting_id, department=department, position=last)
                )
                session.add(rows[-1])
        managers = {d.id: d.manager_id for d in departments}
        for evaluation in rows:
            if evaluation.reporter_id is None:
                department_id = evaluation.department.id if evaluation.department else None
                evaluation.reporter_id = managers.get(department_id) if department_id else leader


def list_evaluations(db: Database, meeting_id: int) -> list[SelfEvaluation]:
    with db.session() as session:
        return list(
            session.scalars(
                select(SelfEvaluation)
                .where(SelfEvaluation.meeting_id == meeting_id)
                .options(
                    selectinload(SelfEvaluation.department),
                    selectinload(SelfEvaluation.reporter),
                    selectinload(SelfEvaluation.notes),
                )
                .order_by(SelfEvaluation.position, SelfEvaluation.id)
            )
        )


def evaluation_items(db: Database, meeting_id: int) -> list[EvaluationItem]:
    """The meeting's self-evaluations as plain data for the screens, in reporting order."""
    return [
        EvaluationItem(
            id=e.id,
            department_name=e.department.name if e.department else None,
            reporter_id=e.reporter_id,
            score=e.score,
            notes={n.dimension: (n.good, n.better) for n in e.notes},
        )
        for e in list_evaluations(db, meeting_id)
    ]


def set_score(db: Database, evaluation_id: int, typed: object, seen: object = UNSEEN) -> int | None:
    """Save a score as typed; raises ValidationError unless it is a whole 1–10 (or blank),
    and EditConflictError when the stored score is no longer `seen` (see store/conflicts.py)."""
    score = parse_score(typed)

    def write() -> None:
        with db.session() as session:
            row = session.get_one(SelfEvaluation, evaluation_id)
            check_seen("score", row.score, seen, score)
            if row.room_revealed_at is not None and row.score != score:
                row.score_after_reveal = True  # given after the room's were shown
            row.score = score

    once_more_on_race(write)
    return score


def set_reporter(
    db: Database, evaluation_id: int, participant_id: int | None, seen: object = UNSEEN
) -> None:
    set_column(db, SelfEvaluation, evaluation_id, "reporter_id", participant_id, seen, "reporter")


def set_note(
    db: Database,
    evaluation_id: int,
    dimension: Dimension,
    part: str,
    text: str,
    seen: object = UNSEEN,
) -> None:
    """Save what was good (`part` "good") or could be better ("better") on a dimension."""
    if part not in ("good", "better"):
        raise ValueError(part)

    def write() -> None:
        with db.session() as session:
            evaluation = session.get_one(SelfEvaluation, evaluation_id)
            note = next((n for n in evaluation.notes if n.dimension == dimension.value), None)
            if note is None:
                note = DimensionNote(dimension=dimension.value, good="", better="")
                evaluation.notes.append(note)
            check_seen(f"{dimension.value}.{part}", getattr(note, part), seen, text)
            setattr(note, part, text)

    once_more_on_race(write)


def _label(evaluation: SelfEvaluation, company: str) -> str:
    return evaluation.department.name if evaluation.department else company


def reporting_seconds(db: Database, meeting_id: int) -> int:
    """Time per report: set by the leader, or block 2 shared by the reports and the
    vision-and-values part that opens the block (one turn's worth)."""
    with db.session() as session:
        reports = (
            session.scalar(
                select(func.count())
                .select_from(SelfEvaluation)
                .where(SelfEvaluation.meeting_id == meeting_id, SelfEvaluation.skipped.is_(False))
            )
            or 0
        )
        chosen = session.get_one(Meeting, meeting_id).reporting_seconds
        return turn_seconds(session, meeting_id, BlockKind.OKR_REPORTING, chosen, reports + 1)


def set_reporting_seconds(db: Database, meeting_id: int, seconds: int | None) -> None:
    with db.session() as session:
        session.get_one(Meeting, meeting_id).reporting_seconds = seconds


def load_queue(db: Database, meeting_id: int, company: str) -> TurnQueue:
    turns = [
        Turn(e.id, _label(e, company), e.skipped, e.turn_start, e.turn_end)
        for e in list_evaluations(db, meeting_id)
    ]
    return TurnQueue(turns, reporting_seconds(db, meeting_id))


def save_turns(db: Database, changes: dict[int, Turn]) -> None:
    save_turn_rows(db, SelfEvaluation, changes)


def set_order(db: Database, keys: list[int]) -> None:
    with db.session() as session:
        for position, key in enumerate(keys):
            session.get_one(SelfEvaluation, key).position = position


def earlier_reports(db: Database, meeting_id: int) -> dict[str | None, Earlier]:
    """Last meeting's score and "could be better" notes, by department name (None: the
    company), to follow up on this quarter."""
    with db.session() as session:
        previous = previous_meeting(session, meeting_id)
        if previous is None:
            return {}
        result = {}
        for evaluation in session.scalars(
            select(SelfEvaluation).where(SelfEvaluation.meeting_id == previous.id)
        ):
            key = evaluation.department.name if evaluation.department else None
            result[key] = Earlier(
                previous.quarter,
                evaluation.score,
                {n.dimension: n.better for n in evaluation.notes if n.better},
            )
        return result


def score_history(db: Database, meeting_id: int) -> dict[str | None, list[tuple[str, int]]]:
    """Scores per entity across the company's meetings up to this one, oldest first."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        rows = session.execute(
            select(Meeting.quarter, Meeting.meeting_date, Department.name, SelfEvaluation.score)
            .join(SelfEvaluation, SelfEvaluation.meeting_id == Meeting.id)
            .outerjoin(Department, SelfEvaluation.department_id == Department.id)
            .where(
                Meeting.company_id == meeting.company_id,
                Meeting.meeting_date <= meeting.meeting_date,
                Meeting.record_only.is_(False),
                SelfEvaluation.score.is_not(None),
            )
            .order_by(Meeting.meeting_date, Meeting.id)
        )
        history: dict[str | None, list[tuple[str, int]]] = {}
        for quarter, _day, department, score in rows:
            if score is not None:
                history.setdefault(department, []).append((quarter, score))
        return history
