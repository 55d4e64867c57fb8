"""Block 6's candidates from the room: the questions approved and not answered, most
upvoted first, each one click from being an action item (the guide's summary: what is
still open leaves the meeting with an owner)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from facilitator.store.database import Database
from facilitator.ui.blocks.parts.open_questions_controller import OpenQuestionsController
from facilitator.ui.naming import named, spoken

ItemRole = Qt.ItemDataRole.UserRole + 1


class OpenQuestionsBox(QGroupBox):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(self.tr("Open questions from the room"), parent)
        self.controller = OpenQuestionsController(db, self)
        self.list = spoken(named(QListWidget(), "openQuestions"), self.title())
        self.list.setMaximumHeight(64)
        self.make = named(QPushButton(self.tr("Make it an action item")), "openQuestionAction")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.make, 0, Qt.AlignmentFlag.AlignRight)
        self.make.clicked.connect(self._make)
        self.controller.changed.connect(self._show)
        self.hide()

    def _show(self) -> None:
        self.list.clear()
        for question in self.controller.items:
            item = QListWidgetItem(f"{question.votes} ▲  {question.text}")
            item.setData(ItemRole, question.text)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.setVisible(bool(self.controller.items))

    def _make(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.controller.make_action(item.data(ItemRole))
