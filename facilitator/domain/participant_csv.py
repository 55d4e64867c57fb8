"""Reading participant lists exported from Excel or Google Sheets.

Handles comma or semicolon separators, UTF-8 with or without BOM, Windows-1252, an
optional Excel "sep=;" first line, and a header row in English or Norwegian. Each bad row is
reported by its line number and the good rows are kept.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from enum import StrEnum

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
    EMAIL = "email"
    DEPARTMENT = "department"
    PRESENT = "present"


_HEADER_WORDS: dict[Column, tuple[str, ...]] = {
    Column.NAME: ("name", "full name", "navn", "fullt navn", "deltaker", "participant"),
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


class UnreadableCsvError(ValueError):
    """The file is not a text table at all (binary, empty, or without a name column)."""


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (BOM or not) first, then Windows-1252."""
    if b"\x00" in data[:4096]:
        raise UnreadableCsvError("binary")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def _normalise_header(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("_", " ").split()).casefold()


def _header_columns(row: list[str]) -> dict[Column, int] | None:
    found: dict[Column, int] = {}
    for index, cell in enumerate(row):
        word = _normalise_header(cell)
        for column, words in _HEADER_WORDS.items():
            if word in words and column not in found:
                found[column] = index
    return found or None


def _pick_delimiter(lines: list[str]) -> str:
    sample = [line for line in lines[:20] if line.strip()]
    semis = sum(line.count(";") for line in sample)
    commas = sum(line.count(",") for line in sample)
    tabs = sum(line.count("\t") for line in sample)
    best = max((semis, ";"), (commas, ","), (tabs, "\t"))
    return best[1] if best[0] else ","


def parse_participants(data: bytes, existing_names: set[str] = frozenset()) -> ParticipantImport:
    """Parse a participant CSV file; `existing_names` are name keys already in the meeting."""
    text, encoding = decode(data)
    lines = text.splitlines()
    first_line = 1
    delimiter = None
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        lines = lines[1:]
        first_line = 2
    if not any(line.strip() for line in lines):
        raise UnreadableCsvError("empty")
    delimiter = delimiter or _pick_delimiter(lines)
    result = ParticipantImport(encoding=encoding, delimiter=delimiter)

    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    columns: dict[Column, int] | None = None
    seen = {key for key in existing_names}
    for row in reader:
        line = reader.line_num + first_line - 1
        if not any(cell.strip() for cell in row):
            continue
        if columns is None:
            header = _header_columns(row)
            if header is not None:
                if Column.NAME not in header:
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
    try:
        name = require_name(Field.PARTICIPANT_NAME, _cell(row, columns, Column.NAME))
        email = optional_email(_cell(row, columns, Column.EMAIL))
        department = " ".join(_cell(row, columns, Column.DEPARTMENT).split()) or None
        present = _cell(row, columns, Column.PRESENT).casefold() not in _NO_WORDS
        if name_key(name) in seen:
            raise ValidationError(Field.PARTICIPANT_NAME, Problem.DUPLICATE, name)
    except ValidationError as error:
        result.errors.append(RowError(line, error))
        return
    seen.add(name_key(name))
    result.participants.append(ImportedParticipant(line, name, email, department, present))
