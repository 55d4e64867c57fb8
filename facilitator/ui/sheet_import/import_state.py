"""The import dialog's state without its widgets: the sheet, the header row and the
mapping chosen, and what the import would take and refuse. Remembers the mapping per file
layout in the settings, so the same export is mapped as before next quarter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from facilitator.domain.okr_csv import OkrImport
from facilitator.domain.participant_csv import ParticipantImport
from facilitator.domain.sheet import Cell, Sheet, cell_text, column_letter
from facilitator.domain.sheet_mapping import (
    ColumnMapping,
    ImportKind,
    decode_mapping,
    encode_mapping,
    fields_of,
    find_header_row,
    guess_mapping,
    has_required,
    header_fields,
    layout_key,
)
from facilitator.domain.sheet_reading import SheetFile
from facilitator.domain.sheet_rows import okrs_from, participants_from
from facilitator.domain.validation import ValidationError
from facilitator.settings_schema import import_mapping

Parsed = ParticipantImport | OkrImport


@dataclass(frozen=True)
class Refusal:
    line: int  # the spreadsheet's row number
    error: ValidationError


class ImportState(QObject):
    changed = Signal()

    def __init__(
        self,
        kind: ImportKind,
        file: SheetFile,
        settings: QSettings | None = None,
        existing_names: frozenset[str] | set[str] = frozenset(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.file = kind, file
        self._settings = settings
        self._existing = existing_names
        self._layout = ""
        self.sheet_index = self._best_sheet()
        self.mapping = self._mapping_for(self.sheet)
        self._parsed: Parsed | None = None

    @property
    def sheet(self) -> Sheet:
        return self.file.sheets[self.sheet_index]

    @property
    def fields(self) -> tuple[str, ...]:
        return fields_of(self.kind)

    def _best_sheet(self) -> int:
        """The sheet whose headers name the most fields, the required among them (the
        first on a tie; else the first sheet): of our own workbook, the new OKRs' sheet
        is next quarter's "last quarter"."""
        best, best_count = 0, 0
        for index, sheet in enumerate(self.file.sheets):
            row = find_header_row(sheet, self.kind)
            found = header_fields(self.kind, sheet.rows[row]) if row is not None else {}
            count = len(found) + (100 if has_required(self.kind, found) else 0)
            if count > best_count:
                best, best_count = index, count
        return best

    def _mapping_for(self, sheet: Sheet) -> ColumnMapping:
        guessed = guess_mapping(sheet, self.kind)
        # The layout as first seen (before the leader moves the header row), to find it
        # again next time.
        self._layout = layout_key(sheet, self.kind, guessed.header_row)
        if self._settings is not None:
            stored = import_mapping(self._layout)
            remembered = decode_mapping(stored.read(self._settings), self.kind, sheet)
            if remembered is not None:
                return remembered
        return guessed

    # -- the leader's choices -------------------------------------------------------------

    def choose_sheet(self, index: int) -> None:
        self.sheet_index = index
        self.mapping = self._mapping_for(self.sheet)
        self._changed()

    def set_header_row(self, row: int | None) -> None:
        """The headers are on `row` (an index into the sheet's rows; None: no header
        row): the columns are mapped again from those headers."""
        columns = header_fields(self.kind, self.sheet.rows[row]) if row is not None else {}
        self.mapping = ColumnMapping(row, columns)
        self._changed()

    def set_column(self, name: str, column: int | None) -> None:
        """`name` is read from `column` (None: not in the file). Other fields keep their
        columns: arrowing through one field's choices must not take them away."""
        columns = {f: c for f, c in self.mapping.columns.items() if f != name}
        if column is not None:
            columns[name] = column
        self.mapping = ColumnMapping(self.mapping.header_row, columns)
        self._changed()

    def _changed(self) -> None:
        self._parsed = None
        self.changed.emit()

    # -- what the import would do ---------------------------------------------------------

    def can_import(self) -> bool:
        return has_required(self.kind, self.mapping.columns) and self.taken() > 0

    def parsed(self) -> Parsed:
        if self._parsed is None:
            if self.kind is ImportKind.PARTICIPANTS:
                self._parsed = participants_from(self.sheet, self.mapping, self._existing)
            else:
                self._parsed = okrs_from(self.sheet, self.mapping)
        return self._parsed

    def taken(self) -> int:
        parsed = self.parsed()
        return len(parsed.participants if isinstance(parsed, ParticipantImport) else parsed.rows)

    def refusals(self) -> list[Refusal]:
        parsed = self.parsed()
        if isinstance(parsed, ParticipantImport):
            return [Refusal(e.line, e.error) for e in parsed.errors]
        return [Refusal(line, error) for line, error in parsed.errors]

    def column_names(self) -> list[str]:
        """Each column as the sheet names it: "B · E-post" (the letter alone without one)."""
        header = (
            self.sheet.rows[self.mapping.header_row] if self.mapping.header_row is not None else []
        )
        names = []
        for index in range(self.sheet.width):
            text = cell_text(header[index]) if index < len(header) else ""
            letter = column_letter(index)
            names.append(f"{letter} · {text}" if text else letter)
        return names

    def preview(self, limit: int = 8) -> list[tuple[int, list[str]]]:
        """The first data rows as the fields will read them: (row number, text per field
        in `fields` order)."""
        rows = []
        for line, row in self.mapping.data_rows(self.sheet)[:limit]:
            rows.append((line, [self._text(row, name) for name in self.fields]))
        return rows

    def _text(self, row: list[Cell], name: str) -> str:
        index = self.mapping.columns.get(name)
        return cell_text(row[index]) if index is not None and index < len(row) else ""

    def remember(self) -> None:
        """Kept for the next file of this layout (the headers as they are in this one)."""
        if self._settings is None:
            return
        import_mapping(self._layout).write(self._settings, encode_mapping(self.mapping))
