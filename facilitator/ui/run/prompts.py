"""Questions the run asks the leader inline, without a dialog: the timer and the clicker
keep working while a question waits (a modal box would swallow the clicker's keys)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.ui.naming import named


class GapQuestion(QWidget):
    """After a sleep: did the block keep running in the room? Shown on the run page until
    answered; unanswered, the block simply ran on (its time comes from saved instants)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setObjectName("gapQuestion")
        self.text = named(QLabel(), "gapText")
        self.text.setWordWrap(True)
        self.kept_button = named(QPushButton(translate("Run", "It kept running")), "gapKept")
        self.pause_button = named(
            QPushButton(translate("Run", "Pause it for that time")), "gapPause"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.kept_button)
        layout.addWidget(self.pause_button)
        self.setStyleSheet("#gapQuestion { border: 2px solid #d08a00; border-radius: 4px; }")
        self._answer: Callable[[bool], None] | None = None
        self.kept_button.clicked.connect(lambda: self._answered(True))
        self.pause_button.clicked.connect(lambda: self._answered(False))
        self.hide()

    def ask(self, gap_seconds: float, answer: Callable[[float, bool], None]) -> None:
        minutes = max(1, round(gap_seconds / 60))
        self.text.setText(
            QCoreApplication.translate(
                "Run",
                "The app was away for about {n} min (the laptop slept?). Did the "
                "block keep running in the room?",
            ).format(n=minutes)
        )
        self._answer = lambda kept: answer(gap_seconds, kept)
        self.show()

    def _answered(self, kept: bool) -> None:
        self.hide()
        if self._answer is not None:
            answer, self._answer = self._answer, None
            answer(kept)
