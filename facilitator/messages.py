"""Words for the codes that domain and store errors carry, through Qt's translator."""

from __future__ import annotations

from facilitator.database_location import short
from facilitator.domain.validation import Field, Problem, ValidationError
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.translation import translate


def field_label(field: Field) -> str:
    labels = {
        Field.COMPANY: translate("Messages", "Company"),
        Field.QUARTER: translate("Messages", "Quarter"),
        Field.MEETING_DATE: translate("Messages", "Date"),
        Field.START_TIME: translate("Messages", "Start time"),
        Field.PLACE: translate("Messages", "Place"),
        Field.LEADER: translate("Messages", "Meeting leader"),
        Field.PARTICIPANT_NAME: translate("Messages", "Name"),
        Field.EMAIL: translate("Messages", "E-mail"),
        Field.DEPARTMENT: translate("Messages", "Department"),
        Field.VALUE: translate("Messages", "Value"),
        Field.PRAISED: translate("Messages", "Praise for"),
        Field.EXAMPLE: translate("Messages", "Example"),
        Field.FEEDBACK: translate("Messages", "What was said"),
        Field.REFLECTION: translate("Messages", "Reflection"),
        Field.ACTION: translate("Messages", "Action"),
        Field.OWNER: translate("Messages", "Owner"),
        Field.DUE_DATE: translate("Messages", "Due date"),
        Field.PERSON: translate("Messages", "Person"),
        Field.SCORE: translate("Messages", "Score"),
        Field.OBJECTIVE: translate("Messages", "Objective"),
        Field.KEY_RESULT: translate("Messages", "Key result"),
        Field.NUMBER: translate("Messages", "Number"),
        Field.GROUP_NAME: translate("Messages", "Group name"),
        Field.NOTE: translate("Messages", "Note"),
    }
    return labels[field]


def validation_message(error: ValidationError) -> str:
    """One sentence that names the field and says what is wrong with it."""
    label = field_label(error.field)
    if error.problem is Problem.BLANK:
        return translate("Messages", "{field} must not be empty.").format(field=label)
    if error.problem is Problem.TOO_LONG:
        return translate("Messages", "{field} is too long.").format(field=label)
    if error.problem is Problem.DUPLICATE:
        return translate("Messages", "{field}: “{value}” is already in this meeting.").format(
            field=label, value=error.value
        )
    if error.problem is Problem.BEFORE_MEETING:
        return translate(
            "Messages", "{field}: {value} is before the meeting; choose a later date."
        ).format(field=label, value=error.value)
    if error.problem is Problem.UNKNOWN_PERSON:
        return translate("Messages", "{field}: choose one of the meeting's participants.").format(
            field=label
        )
    if error.field is Field.SCORE:
        return translate("Messages", "Score: “{value}” is not a whole number from 1 to 10.").format(
            value=error.value
        )
    if error.field is Field.NUMBER:
        return translate("Messages", "“{value}” is not a number.").format(value=error.value)
    if error.field is Field.QUARTER:
        return translate(
            "Messages", "Quarter: “{value}” is not a quarter; write it like “2026 Q4”."
        ).format(value=error.value)
    if error.field is Field.EMAIL:
        return translate("Messages", "E-mail: “{value}” is not an e-mail address.").format(
            value=error.value
        )
    return translate("Messages", "{field}: “{value}” is not valid.").format(
        field=label, value=error.value
    )


def store_message(error: StoreError) -> str:
    """One sentence saying why the database cannot be used, naming the file (or the
    shared meeting's database and server)."""
    path = short(error.path) if isinstance(error.path, str) else str(error.path)
    texts = {**_file_sentences(), **_server_sentences()}
    return texts[error.problem].format(path=path)


def _file_sentences() -> dict[StoreProblem, str]:
    """What is wrong with a meeting file (translated when asked: the app's language)."""
    return {
        StoreProblem.NOT_SQLITE: translate(
            "Messages", "“{path}” is not a Facilitator database (not SQLite)."
        ),
        StoreProblem.NOT_FACILITATOR: translate(
            "Messages",
            "“{path}” is an SQLite database of another program, not a Facilitator database.",
        ),
        StoreProblem.CORRUPT: translate(
            "Messages",
            "“{path}” is damaged (SQLite's integrity check failed) and cannot be opened; "
            "it was left untouched. Restore it from a backup copy (files ending in .bak "
            "beside it).",
        ),
        StoreProblem.READ_ONLY: translate(
            "Messages", "“{path}” is read-only; choose a file or folder you are allowed to change."
        ),
        StoreProblem.LOCKED: translate(
            "Messages", "“{path}” is locked by another program; close it there and try again."
        ),
        StoreProblem.IS_DIRECTORY: translate(
            "Messages", "“{path}” is a folder, not a database file."
        ),
        StoreProblem.NO_FOLDER: translate("Messages", "The folder for “{path}” does not exist."),
        StoreProblem.TOO_NEW: translate(
            "Messages",
            "“{path}” was written by a newer version of Facilitator; update the app to open it.",
        ),
        StoreProblem.MIGRATION_FAILED: translate(
            "Messages",
            "“{path}” could not be upgraded to this version; it was left as it was.",
        ),
        StoreProblem.DISK_FULL: translate(
            "Messages",
            "The disk that holds “{path}” is full; free some space and try again. "
            "Everything saved before is intact.",
        ),
        StoreProblem.WRITE_FAILED: translate(
            "Messages", "Saving to “{path}” failed; the last change was not saved."
        ),
    }


def _server_sentences() -> dict[StoreProblem, str]:
    """What is wrong with a shared meeting's address, server or connection."""
    return {
        StoreProblem.UNSUPPORTED_URL: translate(
            "Messages",
            "“{path}” is not a database Facilitator can use: give a file, or a PostgreSQL "
            "address such as postgresql://name@server/okr.",
        ),
        StoreProblem.NEEDS_PASSWORD: translate(
            "Messages",
            "The server of “{path}” refused the user name or password. Give the password "
            "when asked, or in the PGPASSWORD variable or a .pgpass file; it is never saved "
            "by Facilitator.",
        ),
        StoreProblem.UNREACHABLE: translate(
            "Messages",
            "No database server answered at “{path}”. Check the address, the network and "
            "that the server is running.",
        ),
        StoreProblem.NO_SUCH_DATABASE: translate(
            "Messages",
            "The server has no database named in “{path}”; create it first "
            "(see the README: a shared meeting).",
        ),
        StoreProblem.OFFLINE: translate(
            "Messages",
            "The connection to “{path}” is lost; the app keeps trying. The meeting goes on, "
            "and the timers, the steps and what you type in reports and OKRs are saved when "
            "the connection is back; anything else must be done again then.",
        ),
    }
