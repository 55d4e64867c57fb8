"""Typing any text, not just ASCII, as real key events.

QTest.keyClicks asserts on characters outside ASCII (æ, ø, å, emoji), so each character is
sent as a key press and release whose text is that character, as a keyboard layout would.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
