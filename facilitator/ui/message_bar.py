"""An inline line of feedback under a form: confirmation or a clear error, never a popup."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from facilitator.ui.announce import announce


class MessageBar(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageBar")
        self.clear_message()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(
            "QLabel { color: #8a1c1c; background: #fdecec; border: 1px solid #e8b4b4;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.setText(text)
        self.setVisible(True)
        announce(self, text, assertive=True)

    def show_info(self, text: str) -> None:
        self.setStyleSheet(
            "QLabel { color: #1f4d2b; background: #eaf6ec; border: 1px solid #b9dcc0;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.setText(text)
        self.setVisible(True)
        announce(self, text)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)

    def is_error(self) -> bool:
        return self.isVisible() and "#8a1c1c" in self.styleSheet()
