"""Block 4: last meeting's action items, each marked done, not done or moved while the
quarter is closed (a moved one joins this meeting's action items in block 6)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
)

from facilitator.store import follow_up
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.texts import follow_up_title
from facilitator.ui.choice_delegate import ChoiceDelegate
from facilitator.ui.naming import named

Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(QAbstractTableModel):
    WHAT, WHO, DUE, STATUS = range(4)

    storeFailed = Signal(object)
    followedUp = Signal()  # a status changed (a moved item joined this meeting's actions)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
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
            self.storeFailed.emit(error)
            return False
        from dataclasses import replace

        self._rows[index.row()] = replace(row, follow_up=status)
        self.dataChanged.emit(index, index)
        self.followedUp.emit()
        return True


class FollowUpBox(QGroupBox):
    """Hidden when the last meeting agreed no action items (or there was none)."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(self.tr("Last meeting's action items: done, not done or moved?"), parent)
        self.model = FollowUpModel(db, self)
        self.table = named(QTableView(), "followUpTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(120)  # four items at least; the page scrolls instead
        self.table.setItemDelegateForColumn(
            FollowUpModel.STATUS,
            ChoiceDelegate(
                [(follow_up_title(status), status) for status in (None, *follow_up.FOLLOW_UPS)],
                self.table,
            ),
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FollowUpModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (FollowUpModel.WHO, FollowUpModel.DUE, FollowUpModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        QVBoxLayout(self).addWidget(self.table)
        self.model.modelReset.connect(lambda: self.setVisible(self.model.rowCount() > 0))

    def load(self, meeting_id: int) -> None:
        self.model.load(meeting_id)
