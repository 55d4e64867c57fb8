"""Reading a spreadsheet file as people keep them: Excel (.xlsx, .xls), LibreOffice (.ods)
and the CSV variants `csv_text.py` reads.

The readers, and why:
- `.xlsx`/`.xlsm`: openpyxl (already the workbook's writer). It gives each cell's cached
  value (a formula's last result, as Excel saved it), its number format (so a cell showing
  "85 %" is read as 85, not 0.85) and the merged ranges.
- `.xls` and `.ods`: python-calamine (Rust's calamine): the one well-kept reader of both,
  and fast; it gives values and, where the format has them, merged ranges. It does not
  give number formats, so a percentage cell there is read as its fraction.
A merged range is read as its top-left value in every cell it covers: an objective merged
down over its key results belongs to each of them, a header merged over two rows names the
column on both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from facilitator.domain.csv_text import UnreadableCsvError, read_csv_text, rows
from facilitator.domain.sheet import Cell, Percent, Sheet

EXCEL = (".xlsx", ".xlsm")
CALAMINE = (".xls", ".ods")
CSV = (".csv", ".txt", ".tsv")
SUFFIXES = EXCEL + CALAMINE + CSV
# An encrypted (password-protected) .xlsx is an OLE compound file, not a zip.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
Merge = tuple[tuple[int, int], tuple[int, int]]  # (top, left), (bottom, right), from 0
MAX_ROWS = 20_000  # a participant or OKR list; more is not one (and would freeze the preview)


class SheetProblem(StrEnum):
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    PASSWORD = "password"
    EMPTY = "empty"
    TOO_LONG = "too_long"


class UnreadableSheetError(ValueError):
    def __init__(self, problem: SheetProblem, detail: str = "") -> None:
        super().__init__(problem.value, detail)
        self.problem = problem
        self.detail = detail


class LockedBy(StrEnum):
    EXCEL = "excel"
    LIBREOFFICE = "libreoffice"


@dataclass(frozen=True)
class SheetFile:
    path: Path
    sheets: list[Sheet]
    open_in: LockedBy | None  # a lock file beside it: the file is open in that program
    encoding: str | None = None  # a CSV file's text encoding


def read_sheets(path: Path) -> SheetFile:
    """Every sheet of the file with at least one cell. Raises UnreadableSheetError (not a
    spreadsheet, password-protected, empty, too long) or OSError (cannot be read)."""
    suffix = path.suffix.casefold()
    encoding = None
    if suffix in EXCEL:
        sheets = _excel_sheets(path)
    elif suffix in CALAMINE:
        sheets = _calamine_sheets(path)
    else:
        sheets, encoding = _csv_sheets(path)
    sheets = [s for s in sheets if any(any(c not in (None, "") for c in r) for r in s.rows)]
    if not sheets:
        raise UnreadableSheetError(SheetProblem.EMPTY)
    if any(len(s.rows) > MAX_ROWS for s in sheets):
        raise UnreadableSheetError(SheetProblem.TOO_LONG, str(MAX_ROWS))
    return SheetFile(path, sheets, open_in(path), encoding)


def open_in(path: Path) -> LockedBy | None:
    """Excel keeps "~$name" beside an open workbook (the first two letters of a long name
    dropped), LibreOffice ".~lock.name#"."""
    folder, name = path.parent, path.name
    if (folder / f".~lock.{name}#").exists():
        return LockedBy.LIBREOFFICE
    if (folder / f"~${name}").exists() or (len(name) > 2 and (folder / f"~${name[2:]}").exists()):
        return LockedBy.EXCEL
    return None


def _refuse_encrypted(path: Path) -> None:
    with path.open("rb") as file:
        if file.read(8) == _OLE_MAGIC:
            raise UnreadableSheetError(SheetProblem.PASSWORD)


def _excel_sheets(path: Path) -> list[Sheet]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _refuse_encrypted(path)
    try:
        workbook = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as error:
        raise UnreadableSheetError(SheetProblem.NOT_A_SPREADSHEET, str(error)) from error
    try:
        return [_excel_sheet(worksheet) for worksheet in workbook.worksheets]
    finally:
        workbook.close()


def _excel_sheet(worksheet: Any) -> Sheet:
    grid: list[list[Cell]] = []
    for row in worksheet.iter_rows(max_row=min(worksheet.max_row, MAX_ROWS + 1)):
        grid.append([_excel_value(cell) for cell in row])
    merges = [
        ((r.min_row - 1, r.min_col - 1), (r.max_row - 1, r.max_col - 1))
        for r in worksheet.merged_cells.ranges
    ]
    _fill_merged(grid, merges)
    return Sheet(worksheet.title, grid)


def _excel_value(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "%" in (getattr(cell, "number_format", None) or ""):
            return Percent(round(float(value) * 100, 10))
        return float(value)
    return _calamine_value(value)


def _calamine_sheets(path: Path) -> list[Sheet]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PasswordError as error:
        raise UnreadableSheetError(SheetProblem.PASSWORD) from error
    except (CalamineError, ValueError) as error:
        if "password" in str(error).casefold() or "encrypt" in str(error).casefold():
            raise UnreadableSheetError(SheetProblem.PASSWORD) from error
        raise UnreadableSheetError(SheetProblem.NOT_A_SPREADSHEET, str(error)) from error
    sheets = []
    try:
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            grid: list[list[Cell]] = [
                [_calamine_value(v) for v in row]
                for row in sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
            ]
            _fill_merged(grid, sheet.merged_cell_ranges or [])
            sheets.append(Sheet(name, grid))
    except (CalamineError, ValueError) as error:
        raise UnreadableSheetError(SheetProblem.NOT_A_SPREADSHEET, str(error)) from error
    finally:
        workbook.close()
    return sheets


def _calamine_value(value: object) -> Cell:
    if value == "":
        return None
    if isinstance(value, datetime) and not (value.hour or value.minute or value.second):
        return value.date()
    return value  # type: ignore[return-value]


def _fill_merged(grid: list[list[Cell]], merges: Iterable[Merge]) -> None:
    for (top, left), (bottom, right) in merges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            row = grid[r]
            row.extend([None] * (right + 1 - len(row)))
            for c in range(left, right + 1):
                row[c] = value


def _csv_sheets(path: Path) -> tuple[list[Sheet], str]:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04") or data.startswith(_OLE_MAGIC):
        raise UnreadableSheetError(SheetProblem.NOT_A_SPREADSHEET, "a workbook named .csv")
    try:
        parsed = read_csv_text(data)
        grid: list[list[Cell]] = []
        for line, row in rows(parsed):
            if line > MAX_ROWS + 1:
                break
            grid.extend([] for _ in range(line - 1 - len(grid)))
            grid.append([cell.strip() or None for cell in row])
    except UnreadableCsvError as error:
        raise UnreadableSheetError(SheetProblem.NOT_A_SPREADSHEET, str(error)) from error
    return [Sheet(path.stem, grid)], parsed.encoding
