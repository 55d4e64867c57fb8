"""Words for the codes that domain and store errors carry, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.validation import Field, Problem, ValidationError
from facilitator.store.errors import StoreError, StoreProblem


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_label(field: Field) -> str:
    labels = {
        Field.COMPANY: _t("Company"),
        Field.QUARTER: _t("Quarter"),
        Field.MEETING_DATE: _t("Date"),
        Field.START_TIME: _t("Start time"),
        Field.PLACE: _t("Place"),
        Field.LEADER: _t("Meeting leader"),
        Field.PARTICIPANT_NAME: _t("Name"),
        Field.EMAIL: _t("E-mail"),
        Field.DEPARTMENT: _t("Department"),
        Field.VALUE: _t("Value"),
        Field.PRAISED: _t("Praise for"),
        Field.EXAMPLE: _t("Example"),
        Field.FEEDBACK: _t("What was said"),
        Field.REFLECTION: _t("Reflection"),
        Field.ACTION: _t("Action"),
        Field.OWNER: _t("Owner"),
        Field.DUE_DATE: _t("Due date"),
        Field.PERSON: _t("Person"),
        Field.SCORE: _t("Score"),
        Field.OBJECTIVE: _t("Objective"),
        Field.KEY_RESULT: _t("Key result"),
        Field.NUMBER: _t("Number"),
        Field.GROUP_NAME: _t("Group name"),
        Field.NOTE: _t("Note"),
    }
    return labels[field]


def validation_message(error: ValidationError) -> str:
    """One sentence that names the field and says what is wrong with it."""
    label = field_label(error.field)
    if error.problem is Problem.BLANK:
        return _t("{field} must not be empty.").format(field=label)
    if error.problem is Problem.TOO_LONG:
        return _t("{field} is too long.").format(field=label)
    if error.problem is Problem.DUPLICATE:
        return _t("{field}: “{value}” is already in this meeting.").format(
            field=label, value=error.value
        )
    if error.problem is Problem.BEFORE_MEETING:
        return _t("{field}: {value} is before the meeting; choose a later date.").format(
            field=label, value=error.value
        )
    if error.problem is Problem.UNKNOWN_PERSON:
        return _t("{field}: choose one of the meeting's participants.").format(field=label)
    if error.field is Field.SCORE:
        return _t("Score: “{value}” is not a whole number from 1 to 10.").format(value=error.value)
    if error.field is Field.NUMBER:
        return _t("“{value}” is not a number.").format(value=error.value)
    if error.field is Field.QUARTER:
        return _t("Quarter: “{value}” is not a quarter; write it like “2026 Q4”.").format(
            value=error.value
        )
    if error.field is Field.EMAIL:
        return _t("E-mail: “{value}” is not an e-mail address.").format(value=error.value)
    return _t("{field}: “{value}” is not valid.").format(field=label, value=error.value)


def store_message(error: StoreError) -> str:
    """One sentence saying why the database cannot be used, naming the file."""
    path = str(error.path)
    texts = {
        StoreProblem.NOT_SQLITE: _t("“{path}” is not a Facilitator database (not SQLite)."),
        StoreProblem.NOT_FACILITATOR: _t(
            "“{path}” is an SQLite database of another program, not a Facilitator database."
        ),
        StoreProblem.CORRUPT: _t(
            "“{path}” is damaged and cannot be opened; it was left untouched. "
            "Restore it from a backup copy (files ending in .bak beside it)."
        ),
        StoreProblem.READ_ONLY: _t(
            "“{path}” is read-only; choose a file or folder you are allowed to change."
        ),
        StoreProblem.LOCKED: _t(
            "“{path}” is locked by another program; close it there and try again."
        ),
        StoreProblem.IS_DIRECTORY: _t("“{path}” is a folder, not a database file."),
        StoreProblem.NO_FOLDER: _t("The folder for “{path}” does not exist."),
        StoreProblem.TOO_NEW: _t(
            "“{path}” was written by a newer version of Facilitator; update the app to open it."
        ),
        StoreProblem.MIGRATION_FAILED: _t(
            "“{path}” could not be upgraded to this version; a backup was kept beside it."
        ),
        StoreProblem.WRITE_FAILED: _t("Saving to “{path}” failed; the last change was not saved."),
    }
    return texts[error.problem].format(path=path)
