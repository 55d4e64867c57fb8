"""Questions the run asks the leader without blocking the timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_about_gap(
    parent: QWidget, gap_seconds: float, answer: Callable[[float, bool], None]
) -> QMessageBox:
    """After a sleep: did the block keep running in the room? `answer(gap, kept_running)`."""
    translate = QCoreApplication.translate
    minutes = max(1, round(gap_seconds / 60))
    box = QMessageBox(parent)
    box.setObjectName("gapDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Run", "Welcome back"))
    box.setText(
        translate(
            "Run",
            "The app was away for about {n} min (the laptop slept?). Did the "
            "block keep running in the room?",
        ).format(n=minutes)
    )
    kept = box.addButton(translate("Run", "It kept running"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Run", "Pause it for that time"), QMessageBox.ButtonRole.RejectRole)
    box.finished.connect(lambda _: answer(gap_seconds, box.clickedButton() is kept))
    box.open()  # not exec(): the countdown keeps repainting behind it
    return box
