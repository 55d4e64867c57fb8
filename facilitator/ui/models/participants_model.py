"""Editable table of a meeting's participants; every edit is saved at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from facilitator.domain.participant_csv import ParticipantImport
from facilitator.store import participants as store
from facilitator.store.database import Database
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.open_meeting import loaded

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name: str
    email: str | None
    department: str | None
    present: bool


class ParticipantTableModel(QAbstractTableModel):
    NAME, EMAIL, DEPARTMENT, PRESENT = range(4)
    ParticipantIdRole = Qt.ItemDataRole.UserRole + 1

    validationFailed = Signal(str)
    participantsChanged = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._meeting_id: int | None = None
        self._rows: list[ParticipantRow] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._read() if self._meeting_id else []
        self.endResetModel()

    def _read(self) -> list[ParticipantRow]:
        return [
            ParticipantRow(
                p.id, p.name, p.email, p.department.name if p.department else None, p.present
            )
            for p in store.list_participants(self._db, loaded(self._meeting_id))
        ]

    # The tab's edits, through the store (each raises what the store raises).

    def add_participant(self, name: str, email: str, department: str, present: bool) -> None:
        store.add_participant(self._db, loaded(self._meeting_id), name, email, department, present)

    def remove_participants(self, ids: list[int]) -> None:
        store.remove_participants(self._db, ids)

    def department_names(self) -> list[str]:
        if self._meeting_id is None:
            return []
        return [d.name for d in store.list_departments(self._db, self._meeting_id)]

    def import_job(self, path: Path) -> tuple[Callable[..., ParticipantImport], tuple[Any, ...]]:
        """The import as a function and its arguments for a worker thread: it gets the
        database and the meeting's id, never this model (a Qt object must not be touched
        from another thread while the window uses it). `reload` after it."""
        return _import_file, (self._db, loaded(self._meeting_id), path)

    def existing_name_keys(self) -> set[str]:
        """The name keys in the meeting (an import refuses them as duplicates)."""
        if self._meeting_id is None:
            return set()
        return store.existing_name_keys(self._db, self._meeting_id)

    def import_parsed(self, result: ParticipantImport) -> int:
        """A spreadsheet's checked rows, added in one transaction; `reload` after it."""
        return store.import_participants(self._db, loaded(self._meeting_id), result.participants)

    def participant(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def present_count(self) -> int:
        return sum(1 for p in self._rows if p.present)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Department"), self.tr("Present")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == self.ParticipantIdRole:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return person.name
            if column == self.EMAIL:
                return person.email or ""
            if column == self.DEPARTMENT:
                return person.department or ""
            if column == self.PRESENT and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Present") if person.present else self.tr("Absent")
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            return Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return person.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        person = self._rows[index.row()]
        column = index.column()
        if column == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            save = partial(store.set_present, self._db, person.id, present)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == self.NAME:
            save = partial(store.rename_participant, self._db, person.id, str(value))
        elif column == self.EMAIL:
            save = partial(store.set_email, self._db, person.id, str(value))
        elif column == self.DEPARTMENT:
            save = partial(store.set_department, self._db, person.id, str(value))
        else:
            return False
        if not attempt_edit(save, self.validationFailed.emit, self.messages.store_failed):
            return False
        self._refresh_row(index.row())
        self.participantsChanged.emit()
        return True

    def _refresh_row(self, row: int) -> None:
        fresh = {p.id: p for p in self._read()}
        self._rows[row] = fresh[self._rows[row].id]
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def _import_file(
    db: Database, meeting_id: int, path: Path, report: Callable[[str], None]
) -> ParticipantImport:
    """Runs on the import's worker thread: only the database."""
    return store.import_file(db, meeting_id, path)
