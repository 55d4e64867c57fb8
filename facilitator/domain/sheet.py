"""A table as a spreadsheet holds it: named sheets of rows of typed cells.

Cells keep the type the file gave them (text, a number, a date, a truth value); a cell
formatted as a percentage in Excel is a `Percent` holding what the cell shows (85 for a
cell that holds 0.85 and shows "85 %"). Rows are numbered as the spreadsheet numbers
them (from 1), so a refusal names the row the leader sees in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from facilitator.domain.okr import parse_number


class Percent(float):
    """A cell shown as a percentage: the number shown (85 for "85 %")."""


Cell = str | float | int | bool | date | datetime | time | None


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def row_is_blank(row: list[Cell]) -> bool:
    return all(is_blank(cell) for cell in row)


def cell_text(cell: Cell) -> str:
    """The cell as text: a whole number without ".0" and with every digit ("12345678",
    never "1.23457e+07"), a date as ISO, a percentage as its number."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        if cell.is_integer() and abs(cell) < 1e15:
            return str(int(cell))
        return f"{cell:.15g}"
    if isinstance(cell, datetime):
        return (
            cell.isoformat(sep=" ", timespec="minutes") if cell.time() else cell.date().isoformat()
        )
    if isinstance(cell, date | time):
        return cell.isoformat()
    return " ".join(str(cell).split())


def cell_number(cell: Cell) -> float | None:
    """The cell as a number (blank: None); text is read as typed ("12,5", "85 %").
    Raises ValueError for a cell that holds no number (a date, a word)."""
    if is_blank(cell):
        return None
    if isinstance(cell, bool | date | time):
        raise ValueError(cell)
    if isinstance(cell, int | float):
        return float(cell)
    return parse_number(str(cell))


def column_letter(index: int) -> str:
    """A column's letter as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
