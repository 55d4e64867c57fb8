"""Simple lists of notes attached to a meeting, handled alike: list, add, edit, delete and
restore (for undo). Each kind says which fields it has and how each is checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from facilitator.domain.validation import Field, Problem, ValidationError, require_text
from facilitator.store.database import Database
from facilitator.store.models import (
    ActionItem,
    CompanyValue,
    Feedback,
    Meeting,
    Participant,
    Reflection,
    ShoutOut,
    ValueExample,
)


class Kind(StrEnum):
    TEXT = "text"  # optional free text
    REQUIRED = "required"  # free text that must not be blank
    PERSON = "person"  # a participant of the meeting, or nobody
    VALUE = "value"  # one of the meeting's company values (required)
    DATE = "date"  # a date on or after the meeting, or none


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the model's column
    kind: Kind
    field: Field  # names the field in messages


@dataclass(frozen=True)
class RecordSpec:
    model: Any  # a mapped class with id and meeting_id (and position when ordered)
    fields: tuple[FieldSpec, ...]

    @property
    def ordered(self) -> bool:
        return "position" in self.model.__table__.c


SHOUT_OUTS = RecordSpec(
    ShoutOut,
    (
        FieldSpec("praised", Kind.REQUIRED, Field.PRAISED),
        FieldSpec("reason", Kind.TEXT, Field.FEEDBACK),
        FieldSpec("praised_by_id", Kind.PERSON, Field.PERSON),
    ),
)
VALUE_EXAMPLES = RecordSpec(
    ValueExample,
    (
        FieldSpec("value_id", Kind.VALUE, Field.VALUE),
        FieldSpec("example", Kind.REQUIRED, Field.EXAMPLE),
        FieldSpec("given_by_id", Kind.PERSON, Field.PERSON),
    ),
)
FEEDBACK = RecordSpec(
    Feedback,
    (
        FieldSpec("from_id", Kind.PERSON, Field.PERSON),
        FieldSpec("to_id", Kind.PERSON, Field.PERSON),
        FieldSpec("text", Kind.REQUIRED, Field.FEEDBACK),
    ),
)
REFLECTIONS = RecordSpec(Reflection, (FieldSpec("text", Kind.REQUIRED, Field.REFLECTION),))
ACTION_ITEMS = RecordSpec(
    ActionItem,
    (
        FieldSpec("what", Kind.REQUIRED, Field.ACTION),
        FieldSpec("owner_id", Kind.PERSON, Field.OWNER),
        FieldSpec("due_date", Kind.DATE, Field.DUE_DATE),
    ),
)


@dataclass(frozen=True)
class Record:
    id: int
    values: dict[str, Any]


def _check(session: Session, spec: FieldSpec, meeting_id: int, value: Any) -> Any:
    if spec.kind is Kind.REQUIRED:
        return require_text(spec.field, value)
    if spec.kind is Kind.TEXT:
        return (value or "").strip()
    if spec.kind is Kind.PERSON:
        if value in (None, "", 0):
            return None
        person = session.get(Participant, int(value))
        if person is None or person.meeting_id != meeting_id:
            raise ValidationError(spec.field, Problem.UNKNOWN_PERSON, str(value))
        return person.id
    if spec.kind is Kind.VALUE:
        value_row = session.get(CompanyValue, int(value)) if value else None
        if value_row is None or value_row.meeting_id != meeting_id:
            raise ValidationError(spec.field, Problem.BLANK, "")
        return value_row.id
    if spec.kind is Kind.DATE:
        if value is None:
            return None
        if not isinstance(value, date):
            raise ValidationError(spec.field, Problem.INVALID, str(value))
        meeting_day = session.get_one(Meeting, meeting_id).meeting_date
        if value < meeting_day:
            raise ValidationError(spec.field, Problem.BEFORE_MEETING, value.strftime("%d.%m.%Y"))
        return value
    raise ValueError(spec.kind)


def _order(spec: RecordSpec) -> list[Any]:
    columns = spec.model.__table__.c
    return [columns.position, columns.id] if spec.ordered else [columns.id]


def list_records(db: Database, spec: RecordSpec, meeting_id: int) -> list[Record]:
    with db.session() as session:
        rows = session.scalars(
            select(spec.model).where(spec.model.meeting_id == meeting_id).order_by(*_order(spec))
        )
        return [Record(row.id, {f.name: getattr(row, f.name) for f in spec.fields}) for row in rows]


def add_record(db: Database, spec: RecordSpec, meeting_id: int, values: dict[str, Any]) -> int:
    """Add a record; raises ValidationError naming the first bad field."""
    with db.session() as session:
        checked = {f.name: _check(session, f, meeting_id, values.get(f.name)) for f in spec.fields}
        row = spec.model(meeting_id=meeting_id, **checked)
        if spec.ordered:
            last = session.scalar(
                select(func.max(spec.model.position)).where(spec.model.meeting_id == meeting_id)
            )
            row.position = (last or 0) + 1
        session.add(row)
        session.flush()
        return int(row.id)


def update_record(db: Database, spec: RecordSpec, record_id: int, name: str, value: Any) -> None:
    field = next(f for f in spec.fields if f.name == name)
    with db.session() as session:
        row = session.get_one(spec.model, record_id)
        setattr(row, name, _check(session, field, row.meeting_id, value))


def delete_record(db: Database, spec: RecordSpec, record_id: int) -> dict[str, Any]:
    """Delete and return everything needed to restore the record exactly (for undo)."""
    with db.session() as session:
        row = session.get_one(spec.model, record_id)
        snapshot = {c.key: getattr(row, c.key) for c in inspect(spec.model).column_attrs}
        session.delete(row)
        return snapshot


def restore_record(db: Database, spec: RecordSpec, snapshot: dict[str, Any]) -> None:
    """Put a deleted record back with its id and place. People deleted since are dropped."""
    with db.session() as session:
        values = dict(snapshot)
        for field in spec.fields:
            if (
                field.kind is Kind.PERSON
                and values.get(field.name) is not None
                and session.get(Participant, values[field.name]) is None
            ):
                values[field.name] = None
        session.add(spec.model(**values))
