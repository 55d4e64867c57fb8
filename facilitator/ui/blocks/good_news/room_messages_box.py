"""Block 1 with the room link on: the good news and shout-outs the phones sent, waiting
for the leader. Accepted good news joins the selected speaker's notes; an accepted
shout-out joins the shout-outs; a dismissed one goes. Hidden while nothing waits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from facilitator.store.room import RoomMessageItem
from facilitator.ui.naming import named

MessageRole = Qt.ItemDataRole.UserRole + 1


class RoomMessagesBox(QGroupBox):
    acceptRequested = Signal(object)  # the RoomMessageItem
    dismissRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list = named(QListWidget(), "roomMessages")
        self.list.setWordWrap(True)
        self.accept_button = named(QPushButton(self.tr("Take into the meeting")), "acceptMessage")
        self.dismiss_button = named(QPushButton(self.tr("Dismiss")), "dismissMessage")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self._request(self.acceptRequested))
        self.dismiss_button.clicked.connect(lambda: self._request(self.dismissRequested))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.show_messages([])

    def show_messages(self, messages: list[RoomMessageItem]) -> None:
        chosen = self.list.currentRow()
        self.list.clear()
        for message in messages:
            item = QListWidgetItem(self._text(message))
            item.setData(MessageRole, message)
            self.list.addItem(item)
        if messages:
            self.list.setCurrentRow(min(max(0, chosen), len(messages) - 1))
        self.setTitle(self.tr("From the phones, waiting: {n}").format(n=len(messages)))
        self.setVisible(bool(messages))
        self._enable()

    def selected(self) -> RoomMessageItem | None:
        item = self.list.currentItem()
        return item.data(MessageRole) if item is not None else None

    def _text(self, message: RoomMessageItem) -> str:
        sender = f" — {message.sender}" if message.sender else ""
        if message.kind == "shout_out":
            return (
                self.tr("Shout-out to {who}: {what}").format(who=message.praised, what=message.text)
                + sender
            )
        return self.tr("Good news: {what}").format(what=message.text) + sender

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _request(self, signal) -> None:
        message = self.selected()
        if message is not None:
            signal.emit(message)
