"""All meetings in the database, newest first, for the Open meeting dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.store.meetings import MeetingSummary
from facilitator.ui.numbers import date_text

Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractTableModel):
    COMPANY, QUARTER, DATE, PARTICIPANTS = range(4)
    MeetingIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, meetings: list[MeetingSummary], parent=None) -> None:
        super().__init__(parent)
        self._rows = meetings

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Company"), self.tr("Quarter"), self.tr("Date"), self.tr("Participants")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.MeetingIdRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            row.company,
            row.quarter,
            date_text(row.meeting_date),
            str(row.participants),
        ][index.column()]
