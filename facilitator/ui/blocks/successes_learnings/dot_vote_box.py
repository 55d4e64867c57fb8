"""Block 3's dot-vote on the laptop: turned on (with the phones' budget) before the
presentations end, then the count while the room votes and the ranking once revealed.
The words it shares with the room's screen are here too (`count_text`, `rules_text`;
a ranked line's words are `parts/top_lines_box.ranked_text`, which blocks 5 and 6 use)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
)

from facilitator.domain.dot_vote import DEFAULT_DOTS, MOST_DOTS, DotRules
from facilitator.ui.blocks.parts.top_lines_box import ranked_text
from facilitator.ui.blocks.successes_learnings.dot_vote_controller import DotVoteController
from facilitator.ui.naming import named, spoken
from facilitator.ui.quiet import set_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def count_text(voters: int) -> str:
    if voters == 0:
        return translate("DotVote", "Nobody has voted yet")
    return translate("DotVote", "Voted so far: {n}").format(n=voters)


def rules_text(rules: DotRules) -> str:
    """What the room's screen asks of the phones."""
    if rules.per_line == 1:
        return translate(
            "DotVote", "On your phone: give your {dots} dots to the lines that gave the most value"
        ).format(dots=rules.dots)
    return translate(
        "DotVote",
        "On your phone: give your {dots} dots to the lines that gave the most value"
        " (up to {n} on one line)",
    ).format(dots=rules.dots, n=rules.per_line)


class DotVoteBox(QGroupBox):
    """Turned on here; PageDown after the last presentation opens it, the next reveals."""

    def __init__(self, controller: DotVoteController, parent=None) -> None:
        super().__init__(translate("DotVoteBox", "The room's dot-vote"), parent)
        self.controller = controller
        self.enabled = named(
            QCheckBox(self.tr("After the presentations, the room votes on its phones")),
            "dotVoteOn",
        )
        self.dots = spoken(named(QSpinBox(), "dotVoteDots"), self.tr("Dots per phone"))
        self.dots.setRange(1, MOST_DOTS)
        self.dots.setValue(DEFAULT_DOTS)
        self.per_line = spoken(
            named(QSpinBox(), "dotVotePerLine"), self.tr("Dots one phone may give one line")
        )
        self.per_line.setRange(1, DEFAULT_DOTS)
        self.state = named(QLabel(), "dotVoteState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.results = spoken(
            named(QListWidget(), "dotVoteResults"), self.tr("The room's top lines")
        )
        self.results.setMaximumHeight(120)
        self.results.setWordWrap(True)
        self.results.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Dots")))
        row.addWidget(self.dots)
        row.addWidget(QLabel(self.tr("at most on one line")))
        row.addWidget(self.per_line)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self.results)
        controller.changed.connect(self.refresh)
        self.enabled.toggled.connect(self._rules_edited)
        self.dots.valueChanged.connect(self._rules_edited)
        self.per_line.valueChanged.connect(self._rules_edited)
        self._room_link_on = False
        self._open = False
        self.refresh()

    def show_open(self, open_: bool, room_link_on: bool) -> None:
        """The run is on the vote (`open_`), and whether phones can reach it."""
        self._open, self._room_link_on = open_, room_link_on
        self.refresh()

    def _rules_edited(self) -> None:
        self.per_line.setMaximum(self.dots.value())
        on = self.enabled.isChecked()
        self.controller.set_rules(
            DotRules(self.dots.value(), min(self.per_line.value(), self.dots.value()))
            if on
            else None
        )

    def refresh(self) -> None:
        """The rules as stored, the count or the ranking: what the leader may see now."""
        c = self.controller
        for widget in (self.enabled, self.dots, self.per_line):
            widget.blockSignals(True)
        self.enabled.setChecked(c.rules is not None)
        if c.rules is not None:
            self.dots.setValue(c.rules.dots)
            self.per_line.setMaximum(c.rules.dots)
            self.per_line.setValue(c.rules.per_line)
        for widget in (self.enabled, self.dots, self.per_line):
            widget.blockSignals(False)
        self.dots.setEnabled(c.rules is not None and not c.revealed)
        self.per_line.setEnabled(c.rules is not None and not c.revealed)
        set_text(self.state, self._state_words())
        self.results.setVisible(c.revealed)
        if c.revealed:
            self.results.clear()
            self.results.addItems([ranked_text(line) for line in c.ranking])

    def _state_words(self) -> str:
        c = self.controller
        if c.rules is None:
            return ""
        if c.revealed:
            return self.tr("Revealed: {n} voted").format(n=c.voters)
        if not self._open and not c.voters:
            return self.tr("PageDown after the last presentation opens the vote.")
        words = count_text(c.voters)
        if c.voters:
            words += " " + self.tr("(hidden until revealed)")
        if not self._room_link_on:
            words += "\n" + self.tr("Turn on the room link so that the phones can vote.")
        return words
