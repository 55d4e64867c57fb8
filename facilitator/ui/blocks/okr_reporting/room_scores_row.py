"""Block 2 with the room link on: the room scores the report too. The leader opens the
scoring for the report shown; the phones' scores come back as a count, a median and the
shape of the distribution, beside the reporter's own score (and on the room's screen when
the leader chooses)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.domain.evaluation import RoomScores
from facilitator.ui.naming import named
from facilitator.ui.numbers import number_text


def room_scores_text(scores: RoomScores) -> str:
    """ "The room: median 7, n = 12" (no plural to get wrong), or that nobody has scored."""
    from PySide6.QtCore import QCoreApplication

    if scores.median is None:
        return QCoreApplication.translate("RoomScoresRow", "The room: no scores yet")
    return QCoreApplication.translate("RoomScoresRow", "The room: median {median}, n = {n}").format(
        median=number_text(scores.median), n=scores.count
    )


class RoomScoresRow(QWidget):
    pollToggled = Signal(bool)  # open (True) or close the phones' scoring of this report
    onScreenToggled = Signal(bool)

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
        self.on_screen = named(QCheckBox(self.tr("On the room's screen")), "roomScoreOnScreen")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.on_screen)
        self.open_button.toggled.connect(self._toggled)
        self.on_screen.toggled.connect(self.onScreenToggled)
        self.show_scores(RoomScores({}))

    def _toggled(self, opened: bool) -> None:
        self.open_button.setText(
            self.tr("Stop the room's scoring") if opened else self.tr("Let the room score")
        )
        self.pollToggled.emit(opened)

    def show_scores(self, scores: RoomScores) -> None:
        self.summary.setText(room_scores_text(scores))
        self.bars.setText(scores.bars())

    def close_poll(self) -> None:
        """Another report is shown: its scoring starts closed."""
        self.open_button.setChecked(False)
