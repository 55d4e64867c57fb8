"""The meeting's results as an Excel workbook (File → Export workbook…, `facilitator
export --xlsx`), written with openpyxl: real cell types (numbers, dates, percentages,
grades), a frozen header row, an autofilter and column widths that fit, on each sheet of
`workbook_sheets.py`.

What people typed is kept as text, always: a line that starts with "=" is never a formula
(a spreadsheet would run it), and characters a workbook cannot hold are left out."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.domain.minutes import MinutesData
from facilitator.report.document import write_atomically
from facilitator.report.labels import minutes_language
from facilitator.report.workbook_sheets import Cell, Column, Sheet, workbook_sheets

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell as OpenpyxlCell

FORMATS = {
    "number": "General",
    "percent": "0%",
    "grade": "0.0",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}
WIDEST = 60  # characters; longer text wraps in its cell
# Excel's forbidden characters in a sheet's name, and its length limit.
_SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_workbook(data: MinutesData, path: Path) -> Path:
    """Write the workbook to `path` (atomically: a half-written file never replaces it)."""

    def build(temporary: str) -> None:
        from openpyxl import Workbook

        with minutes_language(data.language):
            sheets = workbook_sheets(data)
        book = Workbook()
        book.remove(book.active)
        for sheet in sheets:
            _write_sheet(book, sheet)
        book.properties.title = f"{data.company} {data.quarter}"
        book.properties.language = data.language
        book.save(temporary)

    return write_atomically(Path(path), build)


def _write_sheet(book: Workbook, sheet: Sheet) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    page = book.create_sheet(sheet.title.translate(_SHEET_NAME_FORBIDDEN)[:31])
    page.append([column.title for column in sheet.columns])
    for cell in page[1]:
        cell.font = Font(bold=True)
    for values in sheet.rows:
        page.append([_value(value) for value in values])
        for cell, column, value in zip(page[page.max_row], sheet.columns, values, strict=True):
            _type(cell, column, value)
    page.freeze_panes = "A2"
    last = get_column_letter(len(sheet.columns))
    page.auto_filter.ref = f"A1:{last}{max(1, page.max_row)}"
    for index, column in enumerate(sheet.columns, start=1):
        width = _width(column, [row[index - 1] for row in sheet.rows])
        page.column_dimensions[get_column_letter(index)].width = width
        if width >= WIDEST:
            for (cell,) in page.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _value(value: Cell) -> Cell:
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return str(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _type(cell: OpenpyxlCell, column: Column, value: Cell) -> None:
    """Text stays text (never a formula); numbers, dates and percentages get their format."""
    if isinstance(value, str):
        cell.data_type = "s"
    elif column.kind in FORMATS and value is not None:
        cell.number_format = FORMATS[column.kind]


def _width(column: Column, values: list[Cell]) -> float:
    """Wide enough for the header beside its filter button and for the longest value, at
    most WIDEST characters."""
    longest = len(column.title) + 2
    for value in values:
        if isinstance(value, datetime):
            length = 16
        elif isinstance(value, date):
            length = 10
        elif isinstance(value, bool) or value is None:
            length = 5
        else:
            length = max((len(line) for line in str(value).splitlines()), default=0)
        longest = max(longest, length)
    return float(min(WIDEST, longest + 2))
