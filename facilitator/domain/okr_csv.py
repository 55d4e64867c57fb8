"""OKRs to and from CSV: one row per key result (objective repeated), as a spreadsheet has it.

Columns: objective, key result, owner, department, start, target, unit, linked to,
achieved, key result owner ("owner" is the objective's). "achieved" is what a key result reached by the quarter's end: last quarter's
OKRs come in through the same file (a company's first meeting reviews them).
A row without a key result carries the objective alone (and, in "linked to", the company
key result the objective became); on a key-result row "linked to" names the company
objective that key result serves. Department blank means a company OKR.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from facilitator.domain.csv_text import UnreadableCsvError, read_csv_text, rows
from facilitator.domain.okr import parse_number
from facilitator.domain.validation import Field, Problem, ValidationError

COLUMNS = (
    "objective",
    "key result",
    "owner",
    "department",
    "start",
    "target",
    "unit",
    "linked to",
    "achieved",
    "key result owner",
)
ALIASES = {
    "objective": ("objective", "mål", "objektiv"),
    "key result": ("key result", "keyresult", "kr", "nøkkelresultat"),
    "owner": ("owner", "eier", "ansvarlig"),
    "department": ("department", "avdeling", "team"),
    "start": ("start", "startverdi", "from"),
    "target": ("target", "mål verdi", "målverdi", "to"),
    "unit": ("unit", "enhet"),
    "linked to": ("linked to", "linked-to", "koblet til", "støtter"),
    "achieved": ("achieved", "actual", "oppnådd", "resultat"),
    "key result owner": ("key result owner", "kr owner", "nøkkelresultateier", "kr eier"),
}


@dataclass(frozen=True)
class OkrRow:
    line: int
    objective: str
    key_result: str
    owner: str
    department: str
    start: float | None
    target: float | None
    unit: str
    linked_to: str
    achieved: float | None = None
    key_result_owner: str = ""


@dataclass
class OkrImport:
    rows: list[OkrRow] = field(default_factory=list)
    errors: list[tuple[int, ValidationError]] = field(default_factory=list)


def _column_map(header: list[str]) -> dict[str, int] | None:
    found = {}
    for index, cell in enumerate(header):
        word = " ".join(cell.strip().casefold().replace("_", " ").split())
        for column, aliases in ALIASES.items():
            if word in aliases and column not in found:
                found[column] = index
    return found if "objective" in found else None


def parse_okrs(data: bytes) -> OkrImport:
    columns = None
    result = OkrImport()
    for line, row in rows(read_csv_text(data)):
        if columns is None:
            columns = _column_map(row)
            if columns is None:
                raise UnreadableCsvError("no objective column")
            continue

        def cell(name: str, row: list[str] = row, columns: dict[str, int] = columns) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        def number(name: str, cell: Callable[[str], str] = cell) -> float | None:
            return parse_number(cell(name))

        try:
            result.rows.append(okr_row(line, cell, number))
        except ValidationError as error:
            result.errors.append((line, error))
    return result


def okr_row(line: int, text: Callable[[str], str], number: Callable[[str], float | None]) -> OkrRow:
    """One row, given its columns' text and numbers (by COLUMNS name; `number` raises
    ValueError for a cell that holds none). Raises ValidationError, naming the field."""
    if not text("objective"):
        raise ValidationError(Field.OBJECTIVE, Problem.BLANK, "")
    numbers = {}
    for name in ("start", "target", "achieved"):
        try:
            numbers[name] = number(name)
        except ValueError:
            raise ValidationError(Field.NUMBER, Problem.INVALID, text(name)) from None
    return OkrRow(
        line,
        text("objective"),
        text("key result"),
        text("owner"),
        text("department"),
        numbers["start"],
        numbers["target"],
        text("unit"),
        text("linked to"),
        numbers["achieved"],
        text("key result owner"),
    )


def _number_text(value: float | None) -> str:
    """Every digit a value holds ("12345678", not "1.23457e+07"), with a decimal point."""
    return "" if value is None else f"{value:.15g}"


ExportRow = tuple[str, str, str, str, float | None, float | None, str, str, float | None, str]


def write_okrs(rows: list[ExportRow]) -> str:
    """CSV text (with a header) for rows in COLUMNS order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for objective, kr, owner, department, start, target, unit, linked, achieved, kr_owner in rows:
        writer.writerow(
            [
                objective,
                kr,
                owner,
                department,
                _number_text(start),
                _number_text(target),
                unit,
                linked,
                _number_text(achieved),
                kr_owner,
            ]
        )
    return buffer.getvalue()
