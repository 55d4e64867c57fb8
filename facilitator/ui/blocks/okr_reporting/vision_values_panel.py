"""Block 2 in the control window: step through vision, mission and values on the screen,
and note the group's examples of how each value is lived."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.store.records import VALUE_EXAMPLES, Kind
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.naming import named
from facilitator.ui.records.record_model import Column
from facilitator.ui.records.record_panel import RecordPanel
from facilitator.ui.statements import Statement


class VisionValuesPanel(QWidget):
    statementShown = Signal(object)  # Statement, or None to take it off the screen

    def __init__(
        self, db: Database, choices: Callable[[Kind], dict[int, str]], parent=None
    ) -> None:
        super().__init__(parent)
        self.controller = MeetingController(db, self)
        self._following_step = False
        self.statements: list[Statement] = []
        self.model = QStringListModel(self)
        self.list = named(QListView(), "statementList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.show_button = named(
            QPushButton(self.tr("Show on the presenter view")), "showStatementButton"
        )
        self.show_button.setCheckable(True)
        self.previous_button = named(QPushButton(self.tr("◀ Previous")), "statementPrevious")
        self.next_button = named(QPushButton(self.tr("Next ▶")), "statementNext")
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button, 1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        box = QGroupBox(self.tr("(a) Vision, mission and values"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.list, 1)
        box_layout.addLayout(buttons)

        self.examples = RecordPanel(
            db,
            VALUE_EXAMPLES,
            [
                Column("value_id", self.tr("Value"), Kind.VALUE),
                Column("example", self.tr("How we live it (example)"), Kind.REQUIRED),
                Column("given_by_id", self.tr("Given by"), Kind.PERSON, self.tr("(who)")),
            ],
            choices,
            self.tr("Add example"),
        )
        examples_box = QGroupBox(self.tr("Examples from the group"))
        QVBoxLayout(examples_box).addWidget(self.examples)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 2)
        layout.addWidget(examples_box, 3)

        self.show_button.toggled.connect(self._show_toggled)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._publish())

    def set_meeting(self, meeting_id: int, meeting_day) -> None:
        self.show_button.setChecked(False)
        self.reload_statements(meeting_id)
        self.examples.set_meeting(meeting_id, meeting_day)

    def reload_statements(self, meeting_id: int) -> None:
        """The vision, mission, purpose and values as they are now (edited on the setup
        page while the app is open)."""
        row = max(0, self.list.currentIndex().row())
        self.statements = self.controller.statements(meeting_id)
        self.model.setStringList([f"{s.label}: {s.text}" for s in self.statements])
        if self.statements:
            self.list.setCurrentIndex(self.model.index(min(row, len(self.statements) - 1)))

    def current(self) -> Statement | None:
        row = self.list.currentIndex().row()
        return self.statements[row] if 0 <= row < len(self.statements) else None

    def step(self, offset: int) -> None:
        row = self.list.currentIndex().row() + offset
        if 0 <= row < len(self.statements):
            self.list.setCurrentIndex(self.model.index(row))

    def show_step(self, index: int | None) -> None:
        """The run's step: statement `index` on the room's screen, or none (None). Said
        back to nobody: the step set it."""
        self._following_step = True
        try:
            self.show_button.setChecked(index is not None)
            if index is not None and index < len(self.statements):
                self.list.setCurrentIndex(self.model.index(index))
        finally:
            self._following_step = False

    def _show_toggled(self, shown: bool) -> None:
        self._publish()

    def _publish(self) -> None:
        if not self._following_step:
            self.statementShown.emit(self.current() if self.show_button.isChecked() else None)
