"""Shown when no meeting is open: create a new one or open an earlier one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.ui.naming import named


class WelcomePage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No meeting is open"))
        title.setStyleSheet("font-size: 22px; font-weight: 600;")
        text = QLabel(self.tr("Create the meeting you are about to run, or open an earlier one."))
        # Wrapped, and centred by its own alignment rather than the layout's: a wrapped label
        # the layout centres gets its one-line height at a narrower width, and is clipped.
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.new_button = named(QPushButton(self.tr("New meeting…")), "welcomeNewButton")
        self.open_button = named(QPushButton(self.tr("Open meeting…")), "welcomeOpenButton")
        self.demo_button = named(
            QPushButton(self.tr("Look around in a demo meeting")), "welcomeDemoButton"
        )
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        for widget in (self.new_button, self.open_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
