"""Which column of a sheet holds which field of an import: found from the headers (in
Norwegian or English, on whichever of the first rows they are) and from the content (a
column of e-mail addresses), then changed by the leader where the guess is wrong.

A mapping is remembered per file layout: the import's kind and the sheet's header cells,
so next quarter's export from the same HR system or OKR tool is mapped as before.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.domain.okr_csv import ALIASES as OKR_ALIASES
from facilitator.domain.okr_csv import COLUMNS as OKR_COLUMNS
from facilitator.domain.participant_csv import HEADER_WORDS, Column
from facilitator.domain.sheet import Cell, Sheet, cell_text, is_blank, row_is_blank

HEADER_SEARCH_ROWS = 30  # a title, a logo's row and notes may stand above the headers


class ImportKind(StrEnum):
    PARTICIPANTS = "participants"
    LAST_QUARTER = "last_quarter"  # last quarter's OKRs with what they achieved
    NEW_OKRS = "new_okrs"


PARTICIPANT_FIELDS = tuple(column.value for column in Column)
OKR_FIELDS = OKR_COLUMNS

# Headers as other tools and people write them, beside ours (OKR tools' exports: "Key
# Result Title", "Start Value", "Current Value"; Norwegian HR exports: "Ansattnavn").
_MORE_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("employee", "employee name", "ansatt", "ansattnavn", "medarbeider"),
    "email": ("work email", "jobb e-post", "epostadresse"),
    "department": ("avdelingsnavn", "seksjon", "business unit"),
    "objective": ("objective title", "objectives", "mål", "målsetning", "målsetting"),
    "key result": ("key result title", "key results", "nøkkelresultater", "kr title"),
    "owner": ("objective owner", "målets eier", "måleier"),
    "start": ("start value", "starting value", "baseline", "startverdi", "utgangspunkt"),
    "target": ("target value", "goal", "mål-verdi", "målverdi", "ønsket verdi"),
    "achieved": ("current value", "current", "result", "oppnådd verdi", "nåverdi"),
    "linked to": ("aligned to", "aligned with", "parent", "parent objective"),
    "key result owner": ("key result owner", "assignee", "nøkkelresultatets eier"),
    "unit": ("unit of measure", "måleenhet"),
}


def fields_of(kind: ImportKind) -> tuple[str, ...]:
    return PARTICIPANT_FIELDS if kind is ImportKind.PARTICIPANTS else OKR_FIELDS


def normalise(cell: Cell) -> str:
    """A header as compared: case, soft hyphens ("Mål­verdi"), underscores, a trailing
    colon or asterisk and spacing do not count."""
    text = cell_text(cell).replace("\u00ad", "").replace("_", " ").casefold()
    text = " ".join(text.split()).rstrip(":*").strip()
    return text


def _without_brackets(text: str) -> str:
    return " ".join(re.sub(r"\(.*?\)|\[.*?\]", " ", text).split())


def _words(kind: ImportKind) -> dict[str, set[str]]:
    if kind is ImportKind.PARTICIPANTS:
        base = {column.value: set(words) for column, words in HEADER_WORDS.items()}
    else:
        base = {name: set(words) for name, words in OKR_ALIASES.items()}
    for name, extra in _MORE_WORDS.items():
        if name in base:
            base[name] |= {normalise(word) for word in extra}
    return base


def field_of_header(kind: ImportKind, cell: Cell) -> str | None:
    text = normalise(cell)
    if not text:
        return None
    for candidate in (text, _without_brackets(text)):
        for name, words in _words(kind).items():
            if candidate in words:
                return name
    return None


@dataclass(frozen=True)
class ColumnMapping:
    header_row: int | None  # index into `sheet.rows`; None: the sheet has no header row
    columns: dict[str, int] = field(default_factory=dict)  # field → column index

    def data_rows(self, sheet: Sheet) -> list[tuple[int, list[Cell]]]:
        """(row number as the spreadsheet shows it, cells) below the header; blank rows
        (between blocks of a list) left out."""
        first = 0 if self.header_row is None else self.header_row + 1
        return [
            (index + 1, row)
            for index, row in enumerate(sheet.rows[first:], start=first)
            if not row_is_blank(row)
        ]


def header_fields(kind: ImportKind, row: list[Cell]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = field_of_header(kind, cell)
        if name is not None and name not in found:
            found[name] = index
    return found


def has_required(kind: ImportKind, columns: dict[str, int]) -> bool:
    if kind is ImportKind.PARTICIPANTS:
        return bool({"name", "first_name", "last_name"} & columns.keys())
    return "objective" in columns


def find_header_row(sheet: Sheet, kind: ImportKind) -> int | None:
    """The row among the first ones that names the most fields, the required among them
    (the first such row on a tie); else one naming two fields or more, whose required
    column the leader then chooses; None when no row does."""
    best, best_count = None, 0
    fallback, fallback_count = None, 1
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        found = header_fields(kind, row)
        if has_required(kind, found) and len(found) > best_count:
            best, best_count = index, len(found)
        elif len(found) > fallback_count:
            fallback, fallback_count = index, len(found)
    return best if best is not None else fallback


def guess_mapping(sheet: Sheet, kind: ImportKind) -> ColumnMapping:
    header = find_header_row(sheet, kind)
    columns = header_fields(kind, sheet.rows[header]) if header is not None else {}
    mapping = ColumnMapping(header, columns)
    rows = [row for _, row in mapping.data_rows(sheet)][:200]
    if kind is ImportKind.PARTICIPANTS:
        if "email" not in columns:
            email = _column_where(rows, _looks_like_email, columns)
            if email is not None:
                columns["email"] = email
        if header is None and not has_required(kind, columns):
            name = _column_where(rows, _looks_like_name, columns)
            if name is not None:
                columns["name"] = name
    return mapping


def _looks_like_email(cell: Cell) -> bool:
    text = cell_text(cell)
    return "@" in text and "." in text.rsplit("@", 1)[-1] and " " not in text


def _looks_like_name(cell: Cell) -> bool:
    text = cell_text(cell)
    return isinstance(cell, str) and any(c.isalpha() for c in text) and "@" not in text


def _column_where(
    rows: list[list[Cell]], test: Callable[[Cell], bool], taken: dict[str, int]
) -> int | None:
    """The first column not yet mapped whose filled cells mostly pass `test`."""
    width = max((len(row) for row in rows), default=0)
    used = set(taken.values())
    for index in range(width):
        if index in used:
            continue
        filled = [row[index] for row in rows if index < len(row) and not is_blank(row[index])]
        if filled and sum(1 for cell in filled if test(cell)) * 2 > len(filled):
            return index
    return None


def layout_key(sheet: Sheet, kind: ImportKind, header_row: int | None) -> str:
    """The file layout a mapping is remembered for: the kind and the header's cells."""
    header = sheet.rows[header_row] if header_row is not None else []
    text = kind.value + "\x1f" + "\x1f".join(normalise(cell) for cell in header)
    if header_row is None:
        text += f"\x1f#{sheet.width}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def encode_mapping(mapping: ColumnMapping) -> str:
    """As kept in the settings: "header=3;name=0;email=2" (header -1: none)."""
    header = -1 if mapping.header_row is None else mapping.header_row
    parts = [f"header={header}"] + [f"{name}={i}" for name, i in sorted(mapping.columns.items())]
    return ";".join(parts)


def decode_mapping(text: str, kind: ImportKind, sheet: Sheet) -> ColumnMapping | None:
    """A remembered mapping, if it still fits this sheet (else None: guess again)."""
    try:
        pairs = dict(part.split("=", 1) for part in text.split(";") if part)
        header = int(pairs.pop("header"))
        columns = {name: int(index) for name, index in pairs.items()}
    except (ValueError, KeyError):
        return None
    known = set(fields_of(kind))
    if (
        header >= len(sheet.rows)
        or not columns.keys() <= known
        or any(not 0 <= i < max(sheet.width, 1) for i in columns.values())
        or not has_required(kind, columns)
    ):
        return None
    return ColumnMapping(None if header < 0 else header, columns)
