"""Reading participant lists exported from Excel, Google Sheets or an HR system.

The file's text and separator come from csv_text.py (encodings, "sep=", the sniffer). The
header row may be English or Norwegian, with one name column or separate first and last
name columns (Fornavn;Etternavn;E-post). Each bad row is reported by its line number and
field, and the good rows are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.domain.csv_text import UnreadableCsvError, read_csv_text, rows
from facilitator.domain.validation import (
    Field,
    Problem,
    ValidationError,
    name_key,
    optional_email,
    require_name,
)


class Column(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    DEPARTMENT = "department"
    PRESENT = "present"


HEADER_WORDS: dict[Column, tuple[str, ...]] = {
    Column.NAME: ("name", "full name", "navn", "fullt navn", "deltaker", "participant"),
    Column.FIRST_NAME: ("first name", "given name", "firstname", "fornavn"),
    Column.LAST_NAME: ("last name", "surname", "family name", "lastname", "etternavn"),
    Column.EMAIL: (
        "email",
        "e-mail",
        "e mail",
        "mail",
        "epost",
        "e-post",
        "e-postadresse",
        "email address",
        "e-mail address",
    ),
    Column.DEPARTMENT: ("department", "dept", "team", "group", "avdeling", "gruppe", "enhet"),
    Column.PRESENT: ("present", "attending", "til stede", "tilstede", "deltar"),
}
# Without a recognisable header the columns are taken in this order.
_POSITIONAL = (Column.NAME, Column.EMAIL, Column.DEPARTMENT)
_NO_WORDS = {"no", "n", "nei", "false", "0", "absent", "fraværende", "fravær"}


class RowProblem(StrEnum):
    NO_NAME_COLUMN = "no_name_column"


@dataclass(frozen=True)
class ImportedParticipant:
    line: int
    name: str
    email: str | None
    department: str | None
    present: bool


@dataclass(frozen=True)
class RowError:
    line: int
    error: ValidationError


@dataclass
class ParticipantImport:
    participants: list[ImportedParticipant] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","


__all__ = ["UnreadableCsvError", "parse_participants"]


def _normalise_header(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("_", " ").split()).casefold()


def _header_columns(row: list[str]) -> dict[Column, int] | None:
    found: dict[Column, int] = {}
    for index, cell in enumerate(row):
        word = _normalise_header(cell)
        for column, words in HEADER_WORDS.items():
            if word in words and column not in found:
                found[column] = index
    return found or None


def parse_participants(
    data: bytes, existing_names: frozenset[str] | set[str] = frozenset()
) -> ParticipantImport:
    """Parse a participant CSV file; `existing_names` are name keys already in the meeting."""
    parsed = read_csv_text(data)
    result = ParticipantImport(encoding=parsed.encoding, delimiter=parsed.delimiter)
    columns: dict[Column, int] | None = None
    seen = set(existing_names)
    for line, row in rows(parsed):
        if columns is None:
            header = _header_columns(row)
            if header is not None:
                has_name = Column.NAME in header or (
                    Column.FIRST_NAME in header or Column.LAST_NAME in header
                )
                if not has_name:
                    raise UnreadableCsvError(RowProblem.NO_NAME_COLUMN)
                columns = header
                continue
            columns = {column: i for i, column in enumerate(_POSITIONAL)}
        _read_row(row, line, columns, seen, result)
    return result


def _cell(row: list[str], columns: dict[Column, int], column: Column) -> str:
    index = columns.get(column)
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _read_row(
    row: list[str],
    line: int,
    columns: dict[Column, int],
    seen: set[str],
    result: ParticipantImport,
) -> None:
    read_participant(line, lambda column: _cell(row, columns, column), seen, result)


def read_participant(
    line: int, text: Callable[[Column], str], seen: set[str], result: ParticipantImport
) -> None:
    """One row, given the text of each of its columns: kept in `result.participants`, or
    refused in `result.errors` (the line and the field); `seen` holds the name keys taken."""
    try:
        whole = text(Column.NAME) or " ".join(
            part for part in (text(Column.FIRST_NAME), text(Column.LAST_NAME)) if part
        )
        name = require_name(Field.PARTICIPANT_NAME, whole)
        email = optional_email(text(Column.EMAIL))
        department = " ".join(text(Column.DEPARTMENT).split()) or None
        present = text(Column.PRESENT).casefold() not in _NO_WORDS
        if name_key(name) in seen:
            raise ValidationError(Field.PARTICIPANT_NAME, Problem.DUPLICATE, name)
    except ValidationError as error:
        result.errors.append(RowError(line, error))
        return
    seen.add(name_key(name))
    result.participants.append(ImportedParticipant(line, name, email, department, present))
