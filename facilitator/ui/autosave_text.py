"""A text box that saves itself: shortly after typing stops, and when it is left."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

SAVE_DELAY_MS = 400  # typing pauses this long before a save; leaving the field saves at once


class AutosaveTextEdit(QPlainTextEdit):
    """A text box that reports its text shortly after typing stops, and when left."""

    textToSave = Signal(str)

    def __init__(self, parent=None, object_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)

    def set_saved_text(self, text: str) -> None:
        """Show what is stored. The cursor goes to the end, so typing on (after the run
        moved to the next speaker, say) adds to the text instead of going in front of it."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.blockSignals(False)

    def flush(self) -> None:
        self._timer.stop()
        self.textToSave.emit(self.toPlainText())

    def flush_pending(self) -> None:
        """Save now if typing is waiting for its pause (before closing or switching)."""
        if self._timer.isActive():
            self.flush()

    def focusOutEvent(self, event) -> None:
        self.flush_pending()
        super().focusOutEvent(event)
