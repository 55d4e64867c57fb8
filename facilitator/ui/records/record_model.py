"""A table model over one kind of note list, editing through the store as it goes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from facilitator.store import records
from facilitator.store.database import Database
from facilitator.store.records import Kind, RecordSpec
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.open_meeting import loaded

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    kind: Kind
    none_text: str = ""  # what "nobody"/"no date" reads as (e.g. "Everyone")


class RecordTableModel(QAbstractTableModel):
    RecordIdRole = Qt.ItemDataRole.UserRole + 1

    validationFailed = Signal(str)
    changed = Signal()

    def __init__(
        self,
        db: Database,
        spec: RecordSpec,
        columns: list[Column],
        choices: Callable[[Kind], dict[int, str]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.spec = spec
        self.columns = columns
        self._choices = choices
        self.meeting_id: int | None = None
        self._rows: list[records.Record] = []

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = (
            records.list_records(self._db, self.spec, self.meeting_id) if self.meeting_id else []
        )
        self.endResetModel()
        self.changed.emit()

    # The panel's edits, through the store (each raises what the store raises; the panel
    # says it and reloads).

    def add_record(self, values: dict[str, Any]) -> None:
        records.add_record(self._db, self.spec, loaded(self.meeting_id), values)

    def delete_record(self, record_id: int) -> dict[str, Any]:
        """Remove one; returns what `restore_record` needs to bring it back."""
        return records.delete_record(self._db, self.spec, record_id)

    def restore_record(self, snapshot: dict[str, Any]) -> None:
        records.restore_record(self._db, self.spec, snapshot)

    def record(self, row: int) -> records.Record:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def display(self, column: Column, value: Any) -> str:
        if value is None or value == "":
            return column.none_text
        if column.kind in (Kind.PERSON, Kind.VALUE):
            return self._choices(column.kind).get(value, "")
        if column.kind is Kind.DATE:
            return value.strftime("%d.%m.%Y")
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        value = record.values.get(column.name)
        if role == self.RecordIdRole:
            return record.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind is Kind.DATE:
                return QDate(value.year, value.month, value.day) if value else None
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        record = self._rows[index.row()]
        save = partial(records.update_record, self._db, self.spec, record.id, column.name, value)
        if not attempt_edit(save, self.validationFailed.emit, self.messages.store_failed):
            return False
        fresh = {
            r.id: r for r in records.list_records(self._db, self.spec, loaded(self.meeting_id))
        }
        self._rows[index.row()] = fresh[record.id]
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.changed.emit()
        return True
