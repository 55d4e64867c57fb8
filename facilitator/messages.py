"""Words for the codes that domain and store errors carry, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.validation import Field, Problem, ValidationError
from facilitator.store.errors import StoreError, StoreProblem


def field_label(field: Field) -> str:
    labels = {
        Field.COMPANY: QCoreApplication.translate("Messages", "Company"),
        Field.QUARTER: QCoreApplication.translate("Messages", "Quarter"),
        Field.MEETING_DATE: QCoreApplication.translate("Messages", "Date"),
        Field.START_TIME: QCoreApplication.translate("Messages", "Start time"),
        Field.PLACE: QCoreApplication.translate("Messages", "Place"),
        Field.LEADER: QCoreApplication.translate("Messages", "Meeting leader"),
        Field.PARTICIPANT_NAME: QCoreApplication.translate("Messages", "Name"),
        Field.EMAIL: QCoreApplication.translate("Messages", "E-mail"),
        Field.DEPARTMENT: QCoreApplication.translate("Messages", "Department"),
        Field.VALUE: QCoreApplication.translate("Messages", "Value"),
        Field.PRAISED: QCoreApplication.translate("Messages", "Praise for"),
        Field.EXAMPLE: QCoreApplication.translate("Messages", "Example"),
        Field.FEEDBACK: QCoreApplication.translate("Messages", "What was said"),
        Field.REFLECTION: QCoreApplication.translate("Messages", "Reflection"),
        Field.ACTION: QCoreApplication.translate("Messages", "Action"),
        Field.OWNER: QCoreApplication.translate("Messages", "Owner"),
        Field.DUE_DATE: QCoreApplication.translate("Messages", "Due date"),
        Field.PERSON: QCoreApplication.translate("Messages", "Person"),
        Field.SCORE: QCoreApplication.translate("Messages", "Score"),
        Field.OBJECTIVE: QCoreApplication.translate("Messages", "Objective"),
        Field.KEY_RESULT: QCoreApplication.translate("Messages", "Key result"),
        Field.NUMBER: QCoreApplication.translate("Messages", "Number"),
        Field.GROUP_NAME: QCoreApplication.translate("Messages", "Group name"),
        Field.NOTE: QCoreApplication.translate("Messages", "Note"),
    }
    return labels[field]


def validation_message(error: ValidationError) -> str:
    """One sentence that names the field and says what is wrong with it."""
    label = field_label(error.field)
    if error.problem is Problem.BLANK:
        return QCoreApplication.translate("Messages", "{field} must not be empty.").format(
            field=label
        )
    if error.problem is Problem.TOO_LONG:
        return QCoreApplication.translate("Messages", "{field} is too long.").format(field=label)
    if error.problem is Problem.DUPLICATE:
        return QCoreApplication.translate(
            "Messages", "{field}: “{value}” is already in this meeting."
        ).format(field=label, value=error.value)
    if error.problem is Problem.BEFORE_MEETING:
        return QCoreApplication.translate(
            "Messages", "{field}: {value} is before the meeting; choose a later date."
        ).format(field=label, value=error.value)
    if error.problem is Problem.UNKNOWN_PERSON:
        return QCoreApplication.translate(
            "Messages", "{field}: choose one of the meeting's participants."
        ).format(field=label)
    if error.field is Field.SCORE:
        return QCoreApplication.translate(
            "Messages", "Score: “{value}” is not a whole number from 1 to 10."
        ).format(value=error.value)
    if error.field is Field.NUMBER:
        return QCoreApplication.translate("Messages", "“{value}” is not a number.").format(
            value=error.value
        )
    if error.field is Field.QUARTER:
        return QCoreApplication.translate(
            "Messages", "Quarter: “{value}” is not a quarter; write it like “2026 Q4”."
        ).format(value=error.value)
    if error.field is Field.EMAIL:
        return QCoreApplication.translate(
            "Messages", "E-mail: “{value}” is not an e-mail address."
        ).format(value=error.value)
    return QCoreApplication.translate("Messages", "{field}: “{value}” is not valid.").format(
        field=label, value=error.value
    )


def store_message(error: StoreError) -> str:
    """One sentence saying why the database cannot be used, naming the file."""
    path = str(error.path)
    texts = {
        StoreProblem.NOT_SQLITE: QCoreApplication.translate(
            "Messages", "“{path}” is not a Facilitator database (not SQLite)."
        ),
        StoreProblem.NOT_FACILITATOR: QCoreApplication.translate(
            "Messages",
            "“{path}” is an SQLite database of another program, not a Facilitator database.",
        ),
        StoreProblem.CORRUPT: QCoreApplication.translate(
            "Messages",
            "“{path}” is damaged (SQLite's integrity check failed) and cannot be opened; "
            "it was left untouched. Restore it from a backup copy (files ending in .bak "
            "beside it).",
        ),
        StoreProblem.READ_ONLY: QCoreApplication.translate(
            "Messages", "“{path}” is read-only; choose a file or folder you are allowed to change."
        ),
        StoreProblem.LOCKED: QCoreApplication.translate(
            "Messages", "“{path}” is locked by another program; close it there and try again."
        ),
        StoreProblem.IS_DIRECTORY: QCoreApplication.translate(
            "Messages", "“{path}” is a folder, not a database file."
        ),
        StoreProblem.NO_FOLDER: QCoreApplication.translate(
            "Messages", "The folder for “{path}” does not exist."
        ),
        StoreProblem.TOO_NEW: QCoreApplication.translate(
            "Messages",
            "“{path}” was written by a newer version of Facilitator; update the app to open it.",
        ),
        StoreProblem.MIGRATION_FAILED: QCoreApplication.translate(
            "Messages",
            "“{path}” could not be upgraded to this version; it was left as it was.",
        ),
        StoreProblem.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk that holds “{path}” is full; free some space and try again. "
            "Everything saved before is intact.",
        ),
        StoreProblem.WRITE_FAILED: QCoreApplication.translate(
            "Messages", "Saving to “{path}” failed; the last change was not saved."
        ),
    }
    return texts[error.problem].format(path=path)
