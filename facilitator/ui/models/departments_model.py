"""Editable table of departments: name, manager (a participant) and head count."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from facilitator.store import participants as store
from facilitator.store.database import Database
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.open_meeting import loaded

Index = QModelIndex | QPersistentModelIndex


class DepartmentTableModel(QAbstractTableModel):
    NAME, MANAGER, MEMBERS = range(3)
    DepartmentIdRole = Qt.ItemDataRole.UserRole + 1
    ManagerIdRole = Qt.ItemDataRole.UserRole + 2

    validationFailed = Signal(str)
    departmentsChanged = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._meeting_id: int | None = None
        self._rows: list[store.DepartmentRow] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = store.list_departments(self._db, self._meeting_id) if self._meeting_id else []
        self.endResetModel()

    # The tab's edits, through the store (each raises what the store raises).

    def add_department(self, name: str) -> None:
        store.add_department(self._db, loaded(self._meeting_id), name)

    def remove_department(self, row: int) -> None:
        store.remove_department(self._db, self.department_id(row))

    def people(self) -> list[tuple[int, str]]:
        """(id, name) of everyone in the meeting: who can lead a department."""
        if self._meeting_id is None:
            return []
        return list(store.participant_names(self._db, self._meeting_id).items())

    def department_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Department"), self.tr("Manager"), self.tr("Participants")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.DepartmentIdRole:
            return row.id
        if role == self.ManagerIdRole:
            return row.manager_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return row.name
            if column == self.MANAGER:
                return row.manager_name or ""
            if column == self.MEMBERS and role == Qt.ItemDataRole.DisplayRole:
                return str(row.members)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.NAME, self.MANAGER):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, self.ManagerIdRole):
            return False
        row = self._rows[index.row()]
        if index.column() == self.NAME:
            save = partial(store.rename_department, self._db, row.id, str(value))
        elif index.column() == self.MANAGER:
            manager = int(value) if value else None
            save = partial(store.set_manager, self._db, row.id, manager)
        else:
            return False
        if not attempt_edit(save, self.validationFailed.emit, self.messages.store_failed):
            return False
        self._refresh_row(index.row())
        self.departmentsChanged.emit()
        return True

    def _refresh_row(self, row: int) -> None:
        # In place, not a reset: a reset while the view commits an editor would destroy it.
        fresh = {r.id: r for r in store.list_departments(self._db, loaded(self._meeting_id))}
        self._rows[row] = fresh[self._rows[row].id]
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
