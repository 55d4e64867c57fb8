"""The run page's row for the leader's cue to the speaker: *Wrap up* (also the W key),
*1 minute*, or a line typed for the speaker, and *Clear*. What the room's screen shows of
it is said beside the buttons, with the seconds before it clears by itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from facilitator.domain.cues import MAX_CUE_CHARACTERS, CueKind
from facilitator.ui.naming import named
from facilitator.ui.quiet import set_enabled, set_text


class CueControls(QWidget):
    cueRequested = Signal(object, str)  # CueKind, the typed line (MESSAGE)
    clearRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Cue to the speaker:"))
        self.wrap_up_button = named(QPushButton(self.tr("Wrap up (W)")), "cueWrapUp")
        self.wrap_up_button.setToolTip(
            self.tr("“Please wrap up” on the room's screen; W again takes it back.")
        )
        self.minute_button = named(QPushButton(self.tr("1 minute")), "cueOneMinute")
        self.line = named(QLineEdit(), "cueLine")
        self.line.setMaxLength(MAX_CUE_CHARACTERS * 2)  # one line is kept of it
        self.line.setPlaceholderText(self.tr("A line for the speaker…"))
        self.line.setAccessibleName(self.tr("A line for the speaker"))
        self.heading.setBuddy(self.line)
        self.send_button = named(QPushButton(self.tr("Show")), "cueSend")
        self.send_button.setToolTip(self.tr("Show the line on the room's screen"))
        self.clear_button = named(QPushButton(self.tr("Clear")), "cueClear")
        self.clear_button.setToolTip(self.tr("Take the cue off the room's screen"))
        self.shown = named(QLabel(), "cueShown")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.wrap_up_button)
        layout.addWidget(self.minute_button)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.send_button)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.shown)
        self.wrap_up_button.clicked.connect(lambda: self.cueRequested.emit(CueKind.WRAP_UP, ""))
        self.minute_button.clicked.connect(lambda: self.cueRequested.emit(CueKind.ONE_MINUTE, ""))
        self.send_button.clicked.connect(self._send_line)
        self.line.returnPressed.connect(self._send_line)
        self.line.textChanged.connect(
            lambda text: set_enabled(self.send_button, bool(text.strip()))
        )
        self.clear_button.clicked.connect(self.clearRequested)
        self.send_button.setEnabled(False)
        self.show_cue(None, 0)

    def _send_line(self) -> None:
        if self.line.text().strip():
            self.cueRequested.emit(CueKind.MESSAGE, self.line.text())
            self.line.clear()

    def show_cue(self, words: str | None, seconds_left: int) -> None:
        """What the room's screen shows now (None: no cue)."""
        if words:
            text = self.tr("On the screen: “{cue}” ({n} s)").format(cue=words, n=seconds_left)
        else:
            text = ""
        set_text(self.shown, text)
        set_enabled(self.clear_button, bool(words))
