"""Last meeting's action items as a table model (block 4): what, who, due, and the
status the leader sets — each status saved as it is chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from facilitator.store import follow_up
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.texts import follow_up_title
from facilitator.ui.message_bridge import bridge_for

Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(QAbstractTableModel):
    WHAT, WHO, DUE, STATUS = range(4)

    followedUp = Signal()  # a status changed (a moved item joined this meeting's actions)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self._rows: list[follow_up.EarlierAction] = []

    def load(self, meeting_id: int) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self._rows = follow_up.earlier_actions(self._db, meeting_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Followed up")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.STATUS:
            return row.follow_up
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.WHAT:
            return row.what
        if column == self.WHO:
            return row.owner or ""
        if column == self.DUE:  # written as the action-item tables write it
            return row.due.strftime("%d.%m.%Y") if row.due else ""
        return follow_up_title(row.follow_up)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != self.STATUS
            or self.meeting_id is None
        ):
            return False
        row = self._rows[index.row()]
        status = value or None
        try:
            follow_up.set_follow_up(self._db, self.meeting_id, row.id, status)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        from dataclasses import replace

        self._rows[index.row()] = replace(row, follow_up=status)
        self.dataChanged.emit(index, index)
        self.followedUp.emit()
        return True
