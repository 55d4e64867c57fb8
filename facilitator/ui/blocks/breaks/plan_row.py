"""The row where the break after a block is planned: its kind (or none) and its length,
on the block's briefing (where the block's time is seen) and on the break's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import (
    DEFAULT_BREAK_MINUTES,
    MAX_BREAK_MINUTES,
    BreakKind,
    PlannedBreak,
)
from facilitator.texts import break_title
from facilitator.ui.naming import named, spoken

translate = QCoreApplication.translate  # kept in the "BlockBrief" context, as translated


class BreakPlanRow(QWidget):
    edited = Signal(object, int)  # BreakKind or None (no break), minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "breakRow")
        self.kind_box = spoken(
            named(QComboBox(), "breakKind"), translate("BlockBrief", "Break after this block")
        )
        self.kind_box.addItem(translate("BlockBrief", "No break after this block"), None)
        for kind in BreakKind:
            self.kind_box.addItem(
                translate("BlockBrief", "{title} after this block").format(title=break_title(kind)),
                kind.value,
            )
        self.minutes = spoken(
            named(QSpinBox(), "breakMinutes"), translate("BlockBrief", "Length of the break")
        )
        self.minutes.setRange(1, MAX_BREAK_MINUTES)
        self.minutes.setSuffix(translate("BlockBrief", " min"))
        self.minutes.setKeyboardTracking(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.minutes)
        layout.addStretch(1)
        self.kind_box.activated.connect(self._kind_chosen)
        self.minutes.valueChanged.connect(self._minutes_changed)

    def show_plan(self, planned: PlannedBreak | None) -> None:
        """The break as planned (None: no break after this block); no edit is said."""
        with QSignalBlocker(self.kind_box), QSignalBlocker(self.minutes):
            self.kind_box.setCurrentIndex(
                self.kind_box.findData(planned.kind.value) if planned else 0
            )
            self.minutes.setValue(planned.timer.planned_seconds // 60 if planned else 15)
        self.minutes.setEnabled(planned is not None)

    def chosen(self) -> BreakKind | None:
        data = self.kind_box.currentData()
        return BreakKind(data) if data else None

    def _kind_chosen(self, _index: int) -> None:
        kind = self.chosen()
        self.minutes.setEnabled(kind is not None)
        if kind is not None:
            with QSignalBlocker(self.minutes):  # one edit, not two
                self.minutes.setValue(DEFAULT_BREAK_MINUTES[kind])
        self.edited.emit(kind, self.minutes.value())

    def _minutes_changed(self, minutes: int) -> None:
        kind = self.chosen()
        if kind is not None:
            self.edited.emit(kind, minutes)


def break_brief_title(after: BlockKind, planned: PlannedBreak) -> str:
    return translate("BlockBrief", "{title} after block {number}").format(
        title=break_title(planned.kind), number=after.number
    )


def break_brief_text() -> str:
    """The break's own briefing, when its row in the sidebar is chosen."""
    return translate(
        "BlockBrief",
        "During the break the room's screen shows when to be back. Space pauses the "
        "break; PageDown, when everyone is back, starts the next block. Choose “No "
        "break after this block” to take the break out of the agenda.",
    )
