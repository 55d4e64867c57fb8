"""Questions from the room, for the leader: the queue by upvotes, and what to do with the
one selected (approve it into the phones' list, dismiss it, put it on the room's screen,
mark it answered, make it an action item). Open in blocks 2 and 6 by themselves; the
leader opens them at any other moment here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.questions import QuestionItem
from facilitator.ui.naming import named, spoken
from facilitator.ui.room_link.questions_controller import QuestionsController

ItemRole = Qt.ItemDataRole.UserRole + 1


class QuestionsWindow(QDialog):
    def __init__(self, controller: QuestionsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions from the room"))
        self.controller = controller
        self.open_now = named(
            QCheckBox(self.tr("Open now (blocks 2 and 6 open them by themselves)")),
            "questionsOpenNow",
        )
        self.queue = spoken(named(QListWidget(), "questionsQueue"), self.tr("Questions"))
        self.queue.setWordWrap(True)
        self.state = named(QLabel(), "questionsState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.approve = named(QPushButton(self.tr("Approve")), "questionApprove")
        self.dismiss = named(QPushButton(self.tr("Dismiss")), "questionDismiss")
        self.on_screen_button = named(
            QPushButton(self.tr("On the room's screen")), "questionOnScreen"
        )
        self.on_screen_button.setCheckable(True)
        self.answered = named(QPushButton(self.tr("Answered")), "questionAnswered")
        self.action = named(QPushButton(self.tr("Make an action item")), "questionAction")
        buttons = QHBoxLayout()
        for button in (
            self.approve,
            self.dismiss,
            self.on_screen_button,
            self.answered,
            self.action,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_now)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.resize(640, 480)
        controller.changed.connect(self.refresh)
        self.queue.currentItemChanged.connect(lambda *_: self._enable())
        self.approve.clicked.connect(lambda: self._set("approved"))
        self.dismiss.clicked.connect(lambda: self._set("dismissed"))
        self.answered.clicked.connect(lambda: self._set("answered"))
        self.on_screen_button.clicked.connect(self._on_screen)
        self.action.clicked.connect(self._make_action)
        self.refresh()

    def _words(self, question: QuestionItem) -> str:
        state = {
            "waiting": self.tr("waiting for you"),
            "approved": self.tr("on the phones"),
            "answered": self.tr("answered"),
            "dismissed": self.tr("dismissed"),
        }[question.status]
        screen = " · " + self.tr("on the room's screen") if question.on_screen else ""
        return self.tr("{votes} ▲  {text}  ({state}{screen})").format(
            votes=question.votes, text=question.text, state=state, screen=screen
        )

    def refresh(self) -> None:
        selected = self.selected()
        keep = selected.id if selected is not None else None
        self.queue.clear()
        for question in self.controller.queue():
            item = QListWidgetItem(self._words(question))
            item.setData(ItemRole, question.id)
            self.queue.addItem(item)
            if question.id == keep:
                self.queue.setCurrentItem(item)
        waiting = sum(1 for q in self.controller.items if q.status == "waiting")
        self.state.setText(self.tr("Waiting for you: {n}").format(n=waiting))
        self._enable()

    def selected(self) -> QuestionItem | None:
        item = self.queue.currentItem()
        if item is None:
            return None
        key = item.data(ItemRole)
        return next((q for q in self.controller.items if q.id == key), None)

    def _enable(self) -> None:
        question = self.selected()
        status = question.status if question is not None else None
        self.approve.setEnabled(status in ("waiting", "answered"))
        self.dismiss.setEnabled(status in ("waiting", "approved"))
        self.on_screen_button.setEnabled(status == "approved")
        self.on_screen_button.setChecked(question is not None and question.on_screen)
        self.answered.setEnabled(status == "approved")
        self.action.setEnabled(status == "approved")

    def _set(self, status) -> None:
        question = self.selected()
        if question is not None:
            self.controller.set_status(question.id, status)

    def _on_screen(self) -> None:
        question = self.selected()
        if question is not None:
            self.controller.show_on_screen(None if question.on_screen else question.id)

    def _make_action(self) -> None:
        question = self.selected()
        if question is not None:
            self.controller.make_action(question.id)
