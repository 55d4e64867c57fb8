"""Validation of what people type. Errors carry codes; the UI turns them into words."""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    COMPANY = "company"
    QUARTER = "quarter"
    MEETING_DATE = "meeting_date"
    START_TIME = "start_time"
    PLACE = "place"
    LEADER = "leader"
    PARTICIPANT_NAME = "participant_name"
    EMAIL = "email"
    DEPARTMENT = "department"
    VALUE = "value"
    PRAISED = "praised"
    EXAMPLE = "example"
    FEEDBACK = "feedback"
    REFLECTION = "reflection"
    ACTION = "action"
    OWNER = "owner"
    DUE_DATE = "due_date"
    PERSON = "person"
    SCORE = "score"
    OBJECTIVE = "objective"
    KEY_RESULT = "key_result"
    NUMBER = "number"
    GROUP_NAME = "group_name"
    NOTE = "note"


class Problem(StrEnum):
    BLANK = "blank"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    TOO_LONG = "too_long"
    BEFORE_MEETING = "before_meeting"
    UNKNOWN_PERSON = "unknown_person"


class ValidationError(ValueError):
    """A value typed by a person was refused; `field` and `problem` say which and why."""

    def __init__(self, field: Field, problem: Problem, value: str = "") -> None:
        super().__init__(f"{field}: {problem} ({value!r})")
        self.field = field
        self.problem = problem
        self.value = value


MAX_NAME_LENGTH = 200

# Deliberately permissive: one @, no spaces, a dot in the domain. Letters like æøå are fine.


def require_text(field: Field, value: str | None) -> str:
    """Free text that must say something; kept as typed apart from outer white space."""
    text = clean_text(value)
    if not text:
        raise ValidationError(field, Problem.BLANK, value or "")
    return text


def clean_text(value: str | None) -> str:
    """Collapse surrounding white space; None becomes ''."""
    return (value or "").strip()


def require_name(field: Field, value: str | None) -> str:
    """A non-blank, single-line name of sensible length, with its white space tidied."""
    text = " ".join(clean_text(value).split())
    if not text:
        raise ValidationError(field, Problem.BLANK, value or "")
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(field, Problem.TOO_LONG, text)
    return text


def optional_email(value: str | None) -> str | None:
    """A valid e-mail address, or None when left empty."""
    text = clean_text(value)
    if not text:
        return None
    return valid_email(text)


def valid_email(value: str) -> str:
    """The address checked by email-validator's syntax rules (no network look-up);
    raises ValidationError naming it when it is not an address."""
    from email_validator import EmailNotValidError, validate_email

    text = " ".join(value.split())
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError(Field.EMAIL, Problem.INVALID, text) from None


def name_key(name: str) -> str:
    """What two names must share to count as the same person: case and spacing ignored."""
    return " ".join(name.split()).casefold()
