"""The sidebar's list of agenda blocks: planned start and end, minutes, and progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.domain.agenda import BlockKind
from facilitator.domain.schedule import PlannedBlock
from facilitator.domain.timer import TimerState
from facilitator.texts import block_description, block_title, minutes_text

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    kind: BlockKind
    planned_minutes: int
    target_minutes: int
    start: datetime
    state: TimerState
    actual_minutes: int | None
    last_time: int | None


class AgendaListModel(QAbstractListModel):
    KindRole = Qt.ItemDataRole.UserRole + 1
    PlannedMinutesRole = Qt.ItemDataRole.UserRole + 2
    LastTimeRole = Qt.ItemDataRole.UserRole + 3
    StateRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._current = -1

    def set_blocks(
        self,
        meeting_start: datetime | None,
        blocks: list[PlannedBlock],
        last_time: dict[BlockKind, int] | None = None,
        current_index: int = -1,
    ) -> None:
        """Show the blocks with planned start times counted from the meeting's start."""
        self.beginResetModel()
        self._rows = []
        self._current = current_index
        moment = meeting_start
        for block in blocks:
            timer = block.timer
            actual = (
                round(timer.elapsed(timer.ended_at) / 60)
                if timer.state is TimerState.DONE and timer.ended_at
                else None
            )
            self._rows.append(
                _Row(
                    block.kind,
                    timer.planned_seconds // 60,
                    timer.target_seconds // 60,
                    moment,
                    timer.state,
                    actual,
                    (last_time or {}).get(block.kind),
                )
            )
            moment = moment + timedelta(seconds=timer.planned_seconds)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def total_minutes(self) -> int:
        return sum(row.planned_minutes for row in self._rows)

    def planned_end(self) -> datetime | None:
        if not self._rows:
            return None
        last = self._rows[-1]
        return last.start + timedelta(minutes=last.planned_minutes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return block_description(row.kind)
        if role == Qt.ItemDataRole.FontRole and index.row() == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.KindRole:
            return row.kind.value
        if role == self.PlannedMinutesRole:
            return row.planned_minutes
        if role == self.LastTimeRole:
            return row.last_time
        if role == self.StateRole:
            return row.state.value
        return None

    def _text(self, row: _Row) -> str:
        marker = {
            TimerState.DONE: "✓ ",
            TimerState.RUNNING: "▶ ",
            TimerState.PAUSED: "⏸ ",
            TimerState.IDLE: "",
        }[row.state]
        end = row.start + timedelta(minutes=row.planned_minutes)
        first = f"{marker}{row.kind.number}. {block_title(row.kind)}"
        second = f"{row.start:%H:%M}–{end:%H:%M} · {minutes_text(row.planned_minutes)}"
        if row.target_minutes != row.planned_minutes and row.state is not TimerState.DONE:
            second += " → " + minutes_text(row.target_minutes)
        if row.actual_minutes is not None:
            second += " · " + self.tr("took {m}").format(m=minutes_text(row.actual_minutes))
        elif row.last_time is not None:
            second += " · " + self.tr("last time {m}").format(m=minutes_text(row.last_time))
        return f"{first}\n{second}"
