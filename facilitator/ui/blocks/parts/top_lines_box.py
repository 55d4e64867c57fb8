"""The room's top learnings from block 3's dot-vote, where later blocks use them: block 5
has them beside the new OKRs as a starting point, block 6 can add them to "what gave the
most value". Shown once the vote was revealed; hidden before (the room has not seen them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QPushButton, QVBoxLayout

from facilitator.domain.dot_vote import RankedLine
from facilitator.store.database import Database
from facilitator.ui.blocks.parts.top_lines_controller import TopLinesController
from facilitator.ui.naming import named, spoken

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

SHOWN = 5  # the top of the ranking: a starting point, not the whole vote
TAKEN = 3  # what "add to what gave the most value" takes


def kind_word(kind: str) -> str:
    if kind == "success":
        return translate("DotVote", "Success")
    return translate("DotVote", "Learning")


def ranked_text(line: RankedLine) -> str:
    """One ranked line: "1. Short decisions (Gruppe 3, learning · dots: 14)"."""
    return translate("DotVote", "{rank}. {text} ({group}, {kind} · dots: {dots})").format(
        rank=line.rank,
        text=line.line.text,
        group=line.line.group,
        kind=kind_word(line.line.kind).lower(),
        dots=line.dots,
    )


class TopLinesBox(QGroupBox):
    """The top of the revealed ranking; with `can_take`, a button that hands its first
    lines on (`taken`, their texts)."""

    taken = Signal(list)

    def __init__(self, db: Database, title: str, can_take: bool = False, parent=None) -> None:
        super().__init__(title, parent)
        self.controller = TopLinesController(db, self)
        self.controller.changed.connect(self._show)
        self.lines = spoken(named(QListWidget(), "topLines"), title)
        self.lines.setMaximumHeight(90 if not can_take else 64)  # block 6: its actions first
        self.lines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        self.take_button: QPushButton | None = None
        if can_take:
            self.take_button = named(
                QPushButton(self.tr("Add the room's top three to what gave the most value")),
                "takeTopLines",
            )
            self.take_button.clicked.connect(self._take)
            layout.addWidget(self.take_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    @property
    def ranking(self) -> list[RankedLine]:
        return self.controller.ranking

    def load(self, meeting_id: int) -> None:
        self.controller.load(meeting_id)

    def _show(self) -> None:
        self.lines.clear()
        self.lines.addItems([ranked_text(line) for line in self.ranking[:SHOWN]])
        self.setVisible(bool(self.ranking))

    def _take(self) -> None:
        self.taken.emit([line.line.text for line in self.ranking[:TAKEN]])
