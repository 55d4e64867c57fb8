"""Block 2 (b–c) in the control window: the company and each department report their
self-evaluation in turn — score 1–10, reporter, and what was good and could be better on
execution, leadership and competence — beside last quarter's score and OKRs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.evaluation import (
    HIGHEST_SCORE,
    LOWEST_SCORE,
    Band,
    Dimension,
    EvaluationItem,
    RoomScores,
    band,
)
from facilitator.domain.grades import ReviewGrades
from facilitator.domain.turns import Turn
from facilitator.store.database import Database
from facilitator.store.records import Kind
from facilitator.ui.autosave_text import AutosaveTextEdit
from facilitator.ui.blocks.okr_reporting.report_context import dimension_title, report_context
from facilitator.ui.blocks.okr_reporting.review_box import ReviewBox
from facilitator.ui.blocks.okr_reporting.room_scores_row import RoomScoresRow, room_screen_text
from facilitator.ui.blocks.okr_reporting.self_evaluations_controller import (
    SelfEvaluationsController,
)
from facilitator.ui.blocks.parts.turn_list import TurnListBox, turn_heading
from facilitator.ui.blocks.parts.turn_round import TurnRound
from facilitator.ui.conflict_question import keep_mine
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named, spoken
from facilitator.ui.numbers import number_text
from facilitator.ui.open_meeting import loaded

BAND_COLOURS = {Band.GREEN: "#2e8b57", Band.AMBER: "#d99a00", Band.RED: "#c0392b"}


class SelfEvaluationsPanel(QWidget):
    scoresChanged = Signal()

    def __init__(
        self,
        db: Database,
        round_: TurnRound,
        block_time: Callable[[], float | None],
        choices: Callable[[Kind], dict[int, str]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.controller = SelfEvaluationsController(db, self)
        self.round = round_
        self._block_time = block_time
        self._choices = choices
        self.meeting_id: int | None = None
        self._evaluation: EvaluationItem | None = None
        self._room_scores: tuple[int | None, RoomScores] = (None, RoomScores({}))
        self._score_tried: str | None = None  # the score last tried and not saved
        # A score being saved: a conflict's question lets another laptop's change arrive
        # meanwhile, and it must not replace what the leader is deciding to keep.
        self._saving_score = False
        self.queue_box = TurnListBox(
            self.tr("Reporting order"),
            round_,
            block_time,
            self.tr("Each report"),
            self._score_suffix,
            with_shuffle=False,
        )
        self.start_button = named(QPushButton(self.tr("Start the reports")), "startReports")
        self.start_button.setToolTip(
            self.tr(
                "After the vision and values: the company "
                "reports first, then each department; → moves "
                "to the next report."
            )
        )
        self.queue_box.box_layout.addWidget(self.start_button)
        head, grid = self._build_head(), self._build_notes()
        self.room_scores = RoomScoresRow()
        self.room_scores.hide()  # while the room link is off
        self.room_scores.revealToggled.connect(self._reveal_clicked)
        self.review_box = ReviewBox(db)
        self.review = self.review_box.model
        self.review_table = self.review_box.table
        self._lay_out(head, grid)
        self._connect()

    def _build_head(self) -> QHBoxLayout:
        """Whose report, who reports it, and its score (1–10) with its band."""
        self.entity = named(QLabel(), "reportEntity")
        self.entity.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.reporter = spoken(named(QComboBox(), "reportReporter"), self.tr("Reported by"))
        self.score = spoken(
            named(QLineEdit(), "reportScore"),
            self.tr("Score, {low} to {high}").format(low=LOWEST_SCORE, high=HIGHEST_SCORE),
        )
        self.score.setPlaceholderText(f"{LOWEST_SCORE}–{HIGHEST_SCORE}")
        self.score.setMaximumWidth(70)
        self.band = named(QLabel(), "reportBand")
        self.band.setMinimumWidth(36)
        self.earlier = named(QLabel(), "reportEarlier")
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("font-style: italic;")  # secondary, readable in light and dark
        self.message = MessageBar()
        head = QHBoxLayout()
        head.addWidget(self.entity, 1)
        reporter_label = QLabel(self.tr("&Reported by"))  # Alt+R, Alt+S: keyboard only
        reporter_label.setBuddy(self.reporter)
        score_label = QLabel(self.tr("&Score"))
        score_label.setBuddy(self.score)
        head.addWidget(reporter_label)
        head.addWidget(self.reporter)
        head.addWidget(score_label)
        head.addWidget(self.score)
        head.addWidget(self.band)
        return head

    def _build_notes(self) -> QGridLayout:
        """What was good and what could be better, for each of the three dimensions."""
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("What was good")), 0, 1)
        grid.addWidget(QLabel(self.tr("What could be better")), 0, 2)
        self.notes: dict[tuple[Dimension, str], AutosaveTextEdit] = {}
        for row, dimension in enumerate(Dimension, start=1):
            title = QLabel(dimension_title(dimension))
            title.setWordWrap(True)
            grid.addWidget(title, row, 0)
            for column, part in ((1, "good"), (2, "better")):
                edit = AutosaveTextEdit(object_name=f"{dimension.value}_{part}")
                heading = (
                    self.tr("What was good") if part == "good" else self.tr("What could be better")
                )
                edit.setAccessibleName(f"{dimension_title(dimension)}: {heading}")
                edit.setMaximumHeight(58)
                edit.textToSave.connect(
                    lambda text, d=dimension, p=part: self._save_note(d, p, text)
                )
                self.notes[(dimension, part)] = edit
                grid.addWidget(edit, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def _lay_out(self, head: QHBoxLayout, grid: QGridLayout) -> None:
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(head)
        editor_layout.addWidget(self.room_scores)
        editor_layout.addWidget(self.earlier)
        editor_layout.addWidget(self.message)
        editor_layout.addLayout(grid)
        editor_layout.addWidget(self.review_box, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.queue_box, 1)
        layout.addWidget(editor, 3)

    def _connect(self) -> None:
        self.queue_box.currentKeyChanged.connect(self._select)
        self.start_button.clicked.connect(self._start)
        self.round.changed.connect(self._update_start_button)
        self.score.editingFinished.connect(self._save_score)
        self.reporter.activated.connect(self._save_reporter)
        self.controller.failed.connect(self.message.show_error)
        self.controller.choose = lambda conflict, what: keep_mine(self, conflict, what)
        self.controller.overruled.connect(self.show_changes_from_elsewhere)
        self.controller.pending.countChanged.connect(self._pending_changed)
        self.review.changed.connect(self._show_earlier)

    def set_meeting(self, meeting_id: int, meeting_day=None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.controller.load(meeting_id)
        self.round.load(meeting_id)

    def flush(self) -> None:
        for edit in self.notes.values():
            edit.flush_pending()

    def _pending_changed(self, count: int) -> None:
        if count == 0:  # what was kept offline is saved: show the reports as stored
            self.show_changes_from_elsewhere()

    def show_changes_from_elsewhere(self) -> None:
        """Another laptop on a shared meeting changed the reports: show what is stored,
        except in the field being typed in (its text is saved, and checked, when left)."""
        if self.meeting_id is None:
            return
        self.controller.reload()
        self.queue_box.refill()
        evaluation = self._evaluation and self.controller.items.get(self._evaluation.id)
        if not evaluation:
            return
        self._evaluation = evaluation
        if not self.score.hasFocus() and not self._saving_score:
            self.score.setText("" if evaluation.score is None else str(evaluation.score))
            self._score_tried = None
            self._show_band(evaluation.score)
        if not self.reporter.hasFocus():
            self.reporter.setCurrentIndex(max(0, self.reporter.findData(evaluation.reporter_id)))
        for (dimension, part), edit in self.notes.items():
            if not edit.hasFocus():
                good, better = evaluation.notes.get(dimension.value, ("", ""))
                edit.set_saved_text(good if part == "good" else better)
        self._show_earlier()
        self.scoresChanged.emit()

    def _score_suffix(self, turn: Turn) -> str:
        score = self.controller.score_of(turn.key)
        return f"  —  {score}" if score is not None else ""

    def all_scored(self) -> bool:
        active = [t for t in self.round.queue.turns if not t.skipped]
        return bool(active) and all(self.controller.score_of(t.key) is not None for t in active)

    def score_of(self, key: int) -> int | None:
        return self.controller.score_of(key)

    def scored(self) -> list[tuple[str, int | None]]:
        return [
            (t.label, self.controller.score_of(t.key))
            for t in self.round.queue.turns
            if not t.skipped
        ]

    def _update_start_button(self) -> None:
        self.start_button.setEnabled(not self.round.started())

    def _start(self) -> None:
        block_time = self._block_time()
        if block_time is None:
            self.message.show_error(self.tr("Start block 2 first (Space or Start)."))
            return
        self.round.begin(block_time)

    # -- the selected entity --------------------------------------------------------------

    def current_poll(self) -> tuple[str, str] | None:
        """The room's scoring of the report shown: (its name, who reports)."""
        if self._evaluation is None:
            return None
        key = self._evaluation.id
        label = next((t.label for t in self.round.queue.turns if t.key == key), "")
        return self.controller.poll_of(key), label

    def refresh_room_scores(self) -> None:
        """Read the phones' scores on the report shown (when one arrives, or another report
        is shown); the room's screen uses what was read, the tick reads nothing."""
        if self._evaluation is not None:
            key = self._evaluation.id
            self._room_scores = (key, self.controller.room_scores(key))
            self.room_scores.show_scores(self._room_scores[1], key in self.controller.revealed)

    def scoring_open_for(self, key: int) -> bool:
        """The phones are scoring report `key` now (it is shown, its scoring open)."""
        shown = self._evaluation is not None and self._evaluation.id == key
        return (
            shown and not self.room_scores.isHidden() and self.room_scores.open_button.isChecked()
        )

    def reveal(self, key: int, revealed: bool = True) -> None:
        self.controller.set_revealed(key, revealed)
        self.refresh_room_scores()
        self.scoresChanged.emit()

    def _reveal_clicked(self, revealed: bool) -> None:
        if self._evaluation is not None:
            self.reveal(self._evaluation.id, revealed)

    def room_scores_on_screen(self, key: int) -> str | None:
        """What the room's screen says of the room's scores on this report, if anything."""
        if self.room_scores.isHidden() or self._room_scores[0] != key:
            return None
        scores, own = self._room_scores[1], self.controller.score_of(key)
        revealed = key in self.controller.revealed
        return room_screen_text(scores, own, revealed, self.scoring_open_for(key))

    def room_median_on_screen(self, key: int) -> str | None:
        """The room's median beside the reporter's score, once revealed (else None)."""
        if self.room_scores_on_screen(key) is None or key not in self.controller.revealed:
            return None
        median = self._room_scores[1].median
        return number_text(median) if median is not None else None

    def _select(self, key: int | None) -> None:
        self.flush()
        if self._commit_score():  # typed for the report before: it is that report's score
            QTimer.singleShot(0, self.queue_box.refill)  # its score beside its name
        self.message.clear_message()
        self.room_scores.close_poll()
        self._evaluation = self.controller.items.get(key) if key is not None else None
        evaluation = self._evaluation
        enabled = evaluation is not None
        for widget in (self.reporter, self.score, *self.notes.values()):
            widget.setEnabled(enabled)
        if evaluation is None:
            self.entity.setText(self.tr("No report selected"))
            return
        turn = next(t for t in self.round.queue.turns if t.key == key)
        self.entity.setText(
            turn_heading(self.queue_box, turn.label, turn.key, self.tr("reporting now"))
        )
        self.reporter.clear()
        self.reporter.addItem(self.tr("(who reports)"), None)
        for person_id, name in self._choices(Kind.PERSON).items():
            self.reporter.addItem(name, person_id)
        self.reporter.setCurrentIndex(max(0, self.reporter.findData(evaluation.reporter_id)))
        self.score.setText("" if evaluation.score is None else str(evaluation.score))
        self._score_tried = None
        self._show_band(evaluation.score)
        for (dimension, part), edit in self.notes.items():
            good, better = evaluation.notes.get(dimension.value, ("", ""))
            edit.set_saved_text(good if part == "good" else better)
        self.review_box.show_entity(loaded(self.meeting_id), evaluation.department_name)
        self.refresh_room_scores()
        self._show_earlier()

    def _show_band(self, score: int | None) -> None:
        score_band = band(score)
        colour = BAND_COLOURS.get(score_band) if score_band is not None else None
        self.band.setStyleSheet(f"background: {colour}; border-radius: 4px;" if colour else "")
        self.band.setToolTip(self.tr("7–10 green, 4–6 amber, 1–3 red"))

    def grades_of(self, key: int) -> ReviewGrades | None:
        """Last quarter's grades of the report `key`, when the review shows its entity (it
        follows the report shown) and the company grades."""
        if self._evaluation is None or self._evaluation.id != key:
            return None
        return self.review.grades()

    def show_grades(self) -> None:
        """The company's grades changed (Preferences): the line beside the report too."""
        self._show_earlier()

    def _show_earlier(self) -> None:
        if self._evaluation is not None:
            self.earlier.setText(report_context(self.controller, self._evaluation, self.review))

    def _commit_score(self) -> bool:
        """Save the score typed for the report shown; whether it changed."""
        evaluation = self._evaluation
        if evaluation is None:
            return False
        typed = self.score.text().strip()
        if typed == ("" if evaluation.score is None else str(evaluation.score)):
            return False  # nothing typed: leaving the field is not an edit
        if typed == self._score_tried:
            return False  # refused or overruled once already: not asked again
        self._score_tried = typed
        self._saving_score = True
        try:
            saved = self.controller.set_score(evaluation.id, self.score.text())
        finally:
            self._saving_score = False
        if not saved:
            return False
        self._evaluation = self.controller.items[evaluation.id]
        kept = self._evaluation.score
        self.score.setText("" if kept is None else str(kept))  # what was kept, shown
        return True

    def _save_score(self) -> None:
        if not self._commit_score():
            return
        assert self._evaluation is not None
        self.message.clear_message()
        self._show_band(self._evaluation.score)
        self._show_earlier()
        self.queue_box.refill()
        self.scoresChanged.emit()

    def _save_reporter(self) -> None:
        if self._evaluation is None:
            return
        self.controller.set_reporter(self._evaluation.id, self.reporter.currentData())
        self._evaluation = self.controller.items.get(self._evaluation.id, self._evaluation)

    def _save_note(self, dimension: Dimension, part: str, text: str) -> None:
        if self._evaluation is None:
            return
        self.controller.set_note(self._evaluation.id, dimension, part, text)
