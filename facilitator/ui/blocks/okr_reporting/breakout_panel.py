"""Block 2 (c): departments break out to evaluate themselves, one group per department.
A department of fewer than three is fine on its own; joining another is only suggested."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from facilitator.ui.blocks.okr_reporting.breakout_controller import BreakoutController
from facilitator.ui.naming import named, spoken


class BreakoutPanel(QWidget):
    shownOnPresenter = Signal(object)  # list of group cards, or None

    def __init__(self, controller: BreakoutController, parent=None) -> None:
        super().__init__(parent)
        self._following_step = False
        self.controller = controller
        self.cards: list[tuple[str, list[str], str | None, str | None]] = []
        intro = QLabel(
            self.tr(
                "Each department goes to its own corner or room, evaluates "
                "itself the same way, and chooses one person to summarise."
            )
        )
        intro.setWordWrap(True)
        self.model = QStringListModel(self)
        self.list = spoken(
            named(QListView(), "breakoutList"), self.tr("Department breakout groups")
        )
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.flags = named(QLabel(), "breakoutFlags")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("font-style: italic;")  # a suggestion, not a warning
        self.show_button = named(
            QPushButton(self.tr("Show the departments on the presenter view")), "showBreakout"
        )
        self.show_button.setCheckable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.flags)
        layout.addWidget(self.show_button)
        self.show_button.toggled.connect(self._publish)

    def set_meeting(self, meeting_id: int, meeting_day=None) -> None:
        cards, merges = self.controller.breakout(meeting_id)
        self.cards = [
            (card.department or self.tr("No department"), card.members, None, card.leader)
            for card in cards
        ]
        self.model.setStringList(
            [
                f"{title} ({len(members)}): " + ", ".join(members)
                for title, members, _s, _p in self.cards
            ]
        )
        self.flags.setText(
            "\n".join(
                self.tr("{name} ({n}) can break out on its own, or join {other}.").format(
                    name=flag.department or self.tr("No department"),
                    n=flag.size,
                    other=flag.merge_with,
                )
                for flag in merges
            )
        )
        self.show_button.setChecked(False)

    def show_step(self, shown: bool) -> None:
        """The run's step puts the cards on the room's screen (or not); said to nobody."""
        self._following_step = True
        try:
            self.show_button.setChecked(shown)
        finally:
            self._following_step = False

    def _publish(self, shown: bool) -> None:
        if not self._following_step:
            self.shownOnPresenter.emit(self.cards if shown else None)
