"""The sidebar's list of agenda blocks with planned start and minutes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from facilitator.domain.agenda import BlockKind
from facilitator.store.models import Meeting
from facilitator.ui.texts import block_description, block_title, minutes_text

Index = QModelIndex | QPersistentModelIndex


class AgendaListModel(QAbstractListModel):
    KindRole = Qt.ItemDataRole.UserRole + 1
    PlannedMinutesRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[BlockKind, int, datetime]] = []

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.beginResetModel()
        self._rows = []
        if meeting is not None:
            moment = datetime.combine(meeting.meeting_date, meeting.start_time)
            for block in meeting.agenda:
                self._rows.append((BlockKind(block.kind), block.planned_minutes, moment))
                moment += timedelta(minutes=block.planned_minutes)
        self.endResetModel()

    def total_minutes(self) -> int:
        return sum(minutes for _, minutes, _ in self._rows)

    def planned_end(self) -> datetime | None:
        if not self._rows:
            return None
        _, minutes, start = self._rows[-1]
        return start + timedelta(minutes=minutes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, minutes, start = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            end = start + timedelta(minutes=minutes)
            return f"{kind.number}. {block_title(kind)}\n{start:%H:%M}–{end:%H:%M} · " + (
                minutes_text(minutes)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return block_description(kind)
        if role == self.KindRole:
            return kind.value
        if role == self.PlannedMinutesRole:
            return minutes
        return None
