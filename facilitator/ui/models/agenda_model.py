"""The sidebar's list of agenda blocks and the breaks between them: planned start and
end, minutes, and progress. A break's row opens the break's own briefing (its kind and
minutes; it is planned as the break after the block before it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, BreakSlot, PlannedBreak
from facilitator.domain.schedule import AgendaItem
from facilitator.domain.timer import TimerState
from facilitator.texts import block_description, block_title, break_title, minutes_text

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    kind: BlockKind | BreakSlot  # a block, or the break after a block
    break_kind: BreakKind | None
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
    BreakAfterRole = Qt.ItemDataRole.UserRole + 5  # a break's row: the block it follows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._current = -1

    def set_items(
        self,
        meeting_start: datetime,
        items: list[AgendaItem],
        last_time: dict[BlockKind, int] | None = None,
        current: BlockKind | BreakSlot | None = None,
    ) -> None:
        """Show the blocks and breaks with planned start times from the meeting's start."""
        self.beginResetModel()
        self._rows = []
        moment = meeting_start
        for item in items:
            timer = item.timer
            key = item.slot if isinstance(item, PlannedBreak) else item.kind
            actual = (
                round(timer.elapsed(timer.ended_at) / 60)
                if timer.state is TimerState.DONE and timer.ended_at
                else None
            )
            self._rows.append(
                _Row(
                    key,
                    item.kind if isinstance(item, PlannedBreak) else None,
                    timer.planned_seconds // 60,
                    timer.target_seconds // 60,
                    moment,
                    timer.state,
                    actual,
                    (last_time or {}).get(key) if isinstance(key, BlockKind) else None,
                )
            )
            moment = moment + timedelta(seconds=timer.planned_seconds)
        self._current = self.row_of(current) if current is not None else -1
        self.endResetModel()

    def row_of(self, key: BlockKind | BreakSlot) -> int:
        """The row showing a block or break; -1 when it is not in the list."""
        return next((i for i, row in enumerate(self._rows) if row.kind == key), -1)

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
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, index.row() == self._current)
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(row.kind, BreakSlot):
                return self.tr("The break after block {n}.").format(n=row.kind.after.number)
            return block_description(row.kind)
        if role == Qt.ItemDataRole.FontRole and index.row() == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.KindRole:
            return row.kind.value if isinstance(row.kind, BlockKind) else None
        if role == self.PlannedMinutesRole:
            return row.planned_minutes
        if role == self.LastTimeRole:
            return row.last_time
        if role == self.StateRole:
            return row.state.value
        if role == self.BreakAfterRole:
            return row.kind.after.value if isinstance(row.kind, BreakSlot) else None
        return None

    def _spoken(self, row: _Row, current: bool) -> str:
        """The row as a screen reader says it: its state in words, not as ✓ ▶ ⏸ ☕."""
        if isinstance(row.kind, BlockKind):
            name = f"{row.kind.number}. {block_title(row.kind)}"
        else:
            name = break_title(row.break_kind or BreakKind.BREAK)
        state = {
            TimerState.DONE: self.tr("done"),
            TimerState.RUNNING: self.tr("running"),
            TimerState.PAUSED: self.tr("paused"),
            TimerState.IDLE: self.tr("not started"),
        }[row.state]
        if current:
            state = self.tr("current block, {state}").format(state=state)
        end = row.start + timedelta(minutes=row.planned_minutes)
        return self.tr("{name}, {state}, {start} to {end}, {minutes}").format(
            name=name,
            state=state,
            start=f"{row.start:%H:%M}",
            end=f"{end:%H:%M}",
            minutes=minutes_text(row.planned_minutes),
        )

    def _text(self, row: _Row) -> str:
        marker = {
            TimerState.DONE: "✓ ",
            TimerState.RUNNING: "▶ ",
            TimerState.PAUSED: "⏸ ",
            TimerState.IDLE: "",
        }[row.state]
        end = row.start + timedelta(minutes=row.planned_minutes)
        if isinstance(row.kind, BlockKind):
            first = f"{marker}{row.kind.number}. {block_title(row.kind)}"
        else:
            first = f"{marker}☕ {break_title(row.break_kind or BreakKind.BREAK)}"
        second = f"{row.start:%H:%M}–{end:%H:%M} · {minutes_text(row.planned_minutes)}"
        if row.target_minutes != row.planned_minutes and row.state is not TimerState.DONE:
            second += " → " + minutes_text(row.target_minutes)
        if row.actual_minutes is not None:
            second += " · " + self.tr("took {m}").format(m=minutes_text(row.actual_minutes))
        elif row.last_time is not None:
            second += " · " + self.tr("last time {m}").format(m=minutes_text(row.last_time))
        return f"{first}\n{second}"
