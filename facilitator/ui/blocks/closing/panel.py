"""Block 4 in the control window: last meeting's action items followed up, feedback,
reflections, and declaring the quarter closed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.store.records import FEEDBACK, REFLECTIONS, Kind
from facilitator.ui.blocks.parts.follow_up_box import FollowUpBox
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.naming import named
from facilitator.ui.numbers import clock_text
from facilitator.ui.records.record_model import Column
from facilitator.ui.records.record_panel import RecordPanel


class ClosingPanel(QWidget):
    quarterClosed = Signal(object)  # the moment (aware datetime), or None when taken back
    closeRequested = Signal()  # the button: the run moves to the closing card
    actionsFollowedUp = Signal()  # a moved action item joined this meeting's action items

    def __init__(
        self,
        db: Database,
        choices: Callable[[Kind], dict[int, str]],
        now: Callable[[], datetime],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.controller = MeetingController(db, self)
        self._now = now
        self.meeting_id: int | None = None
        self.feedback = RecordPanel(
            db,
            FEEDBACK,
            [
                Column("from_id", self.tr("From"), Kind.PERSON, self.tr("(from)")),
                Column("to_id", self.tr("To"), Kind.PERSON, self.tr("Everyone")),
                Column("text", self.tr("Praise, recognition or feedback"), Kind.REQUIRED),
            ],
            choices,
            self.tr("Add"),
        )
        self.reflections = RecordPanel(
            db,
            REFLECTIONS,
            [
                Column("text", self.tr("A shared reflection, experience or value"), Kind.REQUIRED),
            ],
            choices,
            self.tr("Add reflection"),
        )
        self.close_button = named(
            QPushButton(self.tr("Declare the quarter closed…")), "declareClosedButton"
        )
        self.close_button.setMinimumHeight(40)
        self.close_button.setStyleSheet("font-weight: 600;")
        self.reopen_button = named(
            QPushButton(self.tr("Take the declaration back…")), "reopenButton"
        )
        self.follow_up = FollowUpBox(db)
        self.status = named(QLabel(), "closedStatus")
        closing_row = QHBoxLayout()
        closing_row.addWidget(self.close_button)
        closing_row.addWidget(self.status, 1)
        closing_row.addWidget(self.reopen_button)

        feedback_box = QGroupBox(self.tr("Praise, recognition and feedback"))
        QVBoxLayout(feedback_box).addWidget(self.feedback)
        reflections_box = QGroupBox(self.tr("Shared reflections"))
        QVBoxLayout(reflections_box).addWidget(self.reflections)
        self._assemble(feedback_box, reflections_box, closing_row)
        self._connect()

    def _assemble(
        self, feedback_box: QGroupBox, reflections_box: QGroupBox, closing_row: QHBoxLayout
    ) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.follow_up, 2)
        layout.addWidget(feedback_box, 3)
        layout.addWidget(reflections_box, 2)
        layout.addLayout(closing_row)

        self.close_button.clicked.connect(self.declare_closed)
        self.reopen_button.clicked.connect(self.take_back)

    def _connect(self) -> None:
        self.follow_up.model.followedUp.connect(self.actionsFollowedUp)

    def set_meeting(self, meeting_id: int, meeting_day) -> None:
        self.meeting_id = meeting_id
        self.feedback.set_meeting(meeting_id, meeting_day)
        self.reflections.set_meeting(meeting_id, meeting_day)
        self.follow_up.load(meeting_id)
        self.controller.load(meeting_id)
        self._show_status(self.controller.closed_at)

    def _show_status(self, moment: datetime | None) -> None:
        closed = moment is not None
        self.close_button.setEnabled(not closed)
        self.reopen_button.setVisible(closed)
        self.status.setText(
            self.tr("The quarter was declared closed at {time}.").format(time=clock_text(moment))
            if moment is not None
            else ""
        )

    def _set(self, moment: datetime | None) -> bool:
        if not self.controller.set_closed_at(moment):
            return False
        self._show_status(moment)
        self.quarterClosed.emit(moment)
        return True

    def set_closed(self, closed: bool) -> None:
        """Declare the quarter closed now, or take the declaration back (no question asked:
        the run asks inline before PageDown declares it, and the button says it plainly)."""
        if self.meeting_id is not None:
            self._set(self._now() if closed else None)

    def declare_closed(self) -> None:
        self.closeRequested.emit()

    def take_back(self) -> None:
        self.set_closed(False)
