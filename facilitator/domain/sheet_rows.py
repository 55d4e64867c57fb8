"""A mapped sheet's rows read as an import: participants, or OKRs (last quarter's with what
they achieved, or new ones), each row checked as a CSV row is (`participant_csv`,
`okr_csv`) and refused with its row number and field."""

from __future__ import annotations

from facilitator.domain.okr_csv import OkrImport, okr_row
from facilitator.domain.participant_csv import Column, ParticipantImport, read_participant
from facilitator.domain.sheet import Cell, Percent, Sheet, cell_number, cell_text
from facilitator.domain.sheet_mapping import ColumnMapping
from facilitator.domain.validation import ValidationError

NUMBER_FIELDS = ("start", "target", "achieved")
# What stands in the department column for a company OKR (our workbook writes the word in
# the meeting's language; OKR tools write the company level so too).
COMPANY_WORDS = frozenset({"company", "selskap", "selskapet", "hele selskapet", "firma"})


def _cell(row: list[Cell], mapping: ColumnMapping, name: str) -> Cell:
    index = mapping.columns.get(name)
    return row[index] if index is not None and index < len(row) else None


def participants_from(
    sheet: Sheet, mapping: ColumnMapping, existing_names: frozenset[str] | set[str] = frozenset()
) -> ParticipantImport:
    """`existing_names`: the name keys already in the meeting (a second import of the same
    list refuses every row as a duplicate, and says so)."""
    result = ParticipantImport(encoding="", delimiter="")
    seen = set(existing_names)
    for line, row in mapping.data_rows(sheet):

        def text(column: Column, row: list[Cell] = row) -> str:
            return cell_text(_cell(row, mapping, column.value))

        read_participant(line, text, seen, result)
    return result


def okrs_from(sheet: Sheet, mapping: ColumnMapping) -> OkrImport:
    """One OKR row per spreadsheet row; a cell shown as a percentage is read as the number
    shown, and its key result's unit is "%" unless the sheet names one."""
    result = OkrImport()
    for line, row in mapping.data_rows(sheet):

        def text(name: str, row: list[Cell] = row) -> str:
            value = cell_text(_cell(row, mapping, name))
            if name == "unit" and not value and _any_percent(row, mapping):
                return "%"
            if name == "department" and value.casefold() in COMPANY_WORDS:
                return ""
            return value

        def number(name: str, row: list[Cell] = row) -> float | None:
            return cell_number(_cell(row, mapping, name))

        try:
            result.rows.append(okr_row(line, text, number))
        except ValidationError as error:
            result.errors.append((line, error))
    return result


def _any_percent(row: list[Cell], mapping: ColumnMapping) -> bool:
    return any(isinstance(_cell(row, mapping, name), Percent) for name in NUMBER_FIELDS)
