"""The sidebar's agenda: the blocks and breaks with their times, refreshed as the run moves,
and a row chosen by the leader said as the block (or the break) to brief."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListView

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import MeetingRun
from facilitator.texts import minutes_text
from facilitator.ui.fonts import COUNTDOWN_FAMILY, load_bundled_fonts
from facilitator.ui.models.agenda_model import AgendaListModel
from facilitator.ui.run.keys import MEETING_SURFACE


class AgendaSidebar(QObject):
    blockChosen = Signal(object, object, object)  # BlockKind, planned minutes, last time
    breakChosen = Signal(object)  # the BlockKind the break follows

    def __init__(self, view: QListView, total: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.total = view, total
        self.last_time: dict[BlockKind, int] = {}  # last meeting's minutes, per block
        self.model = AgendaListModel(self)
        view.setModel(self.model)
        # ✓ ▶ ⏸ come from the bundled font when the system font lacks them.
        load_bundled_fonts()
        font = QFont(view.font())
        font.setFamilies([font.family(), COUNTDOWN_FAMILY])
        view.setFont(font)
        view.setProperty(MEETING_SURFACE, True)  # its rows are the meeting's
        view.selectionModel().selectionChanged.connect(self._selected)

    def refresh(self, run: MeetingRun, keep_selection: bool) -> None:
        """The rows as the run stands; the leader's chosen row stays chosen."""
        last_time = self.last_time
        selected = self.view.currentIndex().row()
        on_break = run.active_break
        self.model.set_items(
            run.meeting_start,
            run.items(),
            last_time,
            on_break.slot if on_break is not None else run.current.kind,
        )
        if keep_selection and selected >= 0:
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            self.view.setCurrentIndex(self.model.index(selected))
            selection.blockSignals(False)
        end = self.model.planned_end()
        self.total.setText(
            QCoreApplication.translate("MainWindow", "Total {total} · planned end {end}").format(
                total=minutes_text(self.model.total_minutes()),
                end=f"{end:%H:%M}" if end else "–",
            )
        )

    def clear(self) -> None:
        self.model.clear()
        self.total.clear()

    def choose(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row))

    def row_of(self, kind: BlockKind) -> int:
        return self.model.row_of(kind)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        if index.data(self.model.KindRole) is None:  # a break's row
            self.breakChosen.emit(BlockKind(index.data(self.model.BreakAfterRole)))
            return
        self.blockChosen.emit(
            BlockKind(index.data(self.model.KindRole)),
            index.data(self.model.PlannedMinutesRole),
            index.data(self.model.LastTimeRole),
        )
