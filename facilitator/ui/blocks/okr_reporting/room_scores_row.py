"""Block 2 with the room link on: the room scores the report too, blind. The leader opens
the scoring for the report shown; until the scores are revealed (PageDown, or *Reveal*)
the laptop, the room's screen and the phones see only how many have scored, so nobody
follows the first hands or the reporter's own number. Revealed, the room's median, its
spread and the shape of the distribution stand beside the reporter's own score, with the
gap in words ("The room sees it 2 lower")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.domain.evaluation import RoomScores
from facilitator.texts import room_gap_text
from facilitator.ui.naming import named
from facilitator.ui.numbers import number_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def scored_count_text(scores: RoomScores) -> str:
    """ "The room: n = 12 (hidden until revealed)": before the reveal, only the count (no
    plural to get wrong)."""
    return translate("RoomScoresRow", "The room: n = {n} (hidden until revealed)").format(
        n=scores.count
    )


def room_scores_text(scores: RoomScores) -> str:
    """ "The room: median 7 (5–9), n = 12" (no plural to get wrong), or that nobody has
    scored."""
    if scores.median is None:
        return translate("RoomScoresRow", "The room: no scores yet")
    low, high = scores.spread or (0, 0)
    return translate("RoomScoresRow", "The room: median {median} ({low}–{high}), n = {n}").format(
        median=number_text(scores.median), low=low, high=high, n=scores.count
    )


def revealed_text(scores: RoomScores, own: int | None) -> str:
    """The room's scores beside the reporter's, as the room's screen shows them revealed."""
    lines = [f"{room_scores_text(scores)}   {scores.bars()}".rstrip()]
    gap = room_gap_text(scores.gap(own))
    if gap:
        lines.append(gap)
    return "\n".join(lines)


def room_screen_text(
    scores: RoomScores, own: int | None, revealed: bool, scoring_open: bool
) -> str | None:
    """What the room's screen says under the report: the count until revealed, then the
    room's scores beside the reporter's `own` (None: nothing of the room's to say)."""
    if revealed:
        return revealed_text(scores, own)
    if scores.count:
        return scored_count_text(scores)
    return room_scores_text(scores) if scoring_open else None


class RoomScoresRow(QWidget):
    pollToggled = Signal(bool)  # open (True) or close the phones' scoring of this report
    revealToggled = Signal(bool)  # the leader reveals the room's scores (or hides them)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.open_button = named(QPushButton(self.tr("Let the room score")), "roomScoreOpen")
        self.open_button.setCheckable(True)
        self.open_button.setToolTip(
            self.tr(
                "Everyone gives their own score on this quarter from their phone "
                "(anonymous, one per phone); the room link must be on."
            )
        )
        self.summary = named(QLabel(), "roomScoreSummary")
        self.bars = named(QLabel(), "roomScoreBars")
        self.bars.setToolTip(self.tr("How many gave 1, 2, … 10"))
        self.reveal_button = named(QPushButton(self.tr("Reveal")), "roomScoreReveal")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(
            self.tr(
                "Show the room's scores beside the reporter's, here and on the room's "
                "screen (PageDown does it too); until then only the count is shown."
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.reveal_button)
        self.open_button.toggled.connect(self._toggled)
        self.reveal_button.clicked.connect(self.revealToggled)
        self.show_scores(RoomScores({}), revealed=False)

    def _toggled(self, opened: bool) -> None:
        self.open_button.setText(
            self.tr("Stop the room's scoring") if opened else self.tr("Let the room score")
        )
        self.pollToggled.emit(opened)

    def show_scores(self, scores: RoomScores, revealed: bool) -> None:
        """The count only, until revealed; then the median, spread and shape."""
        self.reveal_button.setChecked(revealed)  # `clicked` is the leader's only
        self.reveal_button.setEnabled(scores.count > 0 or revealed)
        if not revealed:
            self.summary.setText(
                scored_count_text(scores) if scores.count else room_scores_text(scores)
            )
            self.bars.setText("")
            return
        self.summary.setText(room_scores_text(scores))
        self.bars.setText(scores.bars())

    def close_poll(self) -> None:
        """Another report is shown: its scoring starts closed."""
        self.open_button.setChecked(False)
