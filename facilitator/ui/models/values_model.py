"""The company's values as an editable, ordered list."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from facilitator.store import meetings as store
from facilitator.store.database import Database
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.open_meeting import loaded

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ValueRow:
    id: int
    text: str


class ValuesListModel(QAbstractListModel):
    ValueIdRole = Qt.ItemDataRole.UserRole + 1

    validationFailed = Signal(str)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._meeting_id: int | None = None
        self._rows: list[ValueRow] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._read() if self._meeting_id else []
        self.endResetModel()

    def _read(self) -> list[ValueRow]:
        return [
            ValueRow(v.id, v.text) for v in store.list_values(self._db, loaded(self._meeting_id))
        ]

    # The tab's edits, through the store (each raises what the store raises).

    def add_value(self, text: str) -> None:
        store.add_value(self._db, loaded(self._meeting_id), text)

    def remove_value(self, row: int) -> None:
        store.remove_value(self._db, self.value_id(row))

    def move_value(self, row: int, offset: int) -> None:
        store.move_value(self._db, self.value_id(row), offset)

    def value_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value.text
        if role == self.ValueIdRole:
            return value.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        value_id = self._rows[index.row()].id
        save = partial(store.rename_value, self._db, value_id, str(value))
        if not attempt_edit(save, self.validationFailed.emit, self.messages.store_failed):
            return False
        # In place, not a reset: a reset while the view commits an editor would destroy it.
        row = index.row()
        fresh = {v.id: v for v in self._read()}
        self._rows[row] = fresh[self._rows[row].id]
        self.dataChanged.emit(index, index)
        return True
