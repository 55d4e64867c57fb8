"""Block 2, OKR reporting: (a) the vision, mission and values, one statement at a time;
(b–c) each department's self-evaluation report with last quarter's review, scored by the
room through the room link; (c) the department breakout."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Effect, Step, StepKind
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, BlockContext, MeetingShown
from facilitator.ui.blocks.parts.turn_round import TurnRound, reports_round
from facilitator.ui.naming import named
from facilitator.ui.pending_edits import PendingEdits

if TYPE_CHECKING:  # the panel's modules are imported when it is first built
    from facilitator.ui.presenter.presenter_window import PresenterWindow
    from facilitator.ui.room_link.room_link import RoomLink

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class OkrReportingBlock(Block):
    kind = BlockKind.OKR_REPORTING
    name = "okr_reporting"
    tables = frozenset(
        {"self_evaluation", "dimension_note", "objective", "key_result", "room_score"}
    )
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.STATEMENT: QT_TRANSLATE_NOOP("Steps", "Vision, mission and values: statement {n}"),
        StepKind.REPORTS: QT_TRANSLATE_NOOP("Steps", "Self-evaluation reports, one by one"),
        StepKind.BREAKOUT: QT_TRANSLATE_NOOP("Steps", "Department breakout"),
    }

    def __init__(self, context: BlockContext, parent=None) -> None:
        super().__init__(context, parent)
        self.round = reports_round(context.db, self)
        self.round.changed.connect(self.roomScreenChanged)
        context.run.set_turn_handler(self.kind, self.round)
        self._step: Step | None = None

    def _build(self, parent: QWidget | None) -> QTabWidget:
        from facilitator.ui.blocks.okr_reporting.breakout_controller import BreakoutController
        from facilitator.ui.blocks.okr_reporting.breakout_panel import BreakoutPanel
        from facilitator.ui.blocks.okr_reporting.self_evaluations_panel import SelfEvaluationsPanel
        from facilitator.ui.blocks.okr_reporting.vision_values_panel import VisionValuesPanel

        context = self.context
        tabs = named(QTabWidget(parent), "block2Tabs")
        self.vision_values = VisionValuesPanel(context.db, context.choices, tabs)
        self.self_evaluations = SelfEvaluationsPanel(
            context.db, self.round, lambda: context.block_time(self.kind), context.choices, tabs
        )
        self.breakout = BreakoutPanel(BreakoutController(context.db, self), tabs)
        tabs.addTab(self.vision_values, translate("BlockPanels", "(a) Vision and values"))
        tabs.addTab(
            self.self_evaluations, translate("BlockPanels", "(b–c) Self-evaluation reports")
        )
        tabs.addTab(self.breakout, translate("BlockPanels", "(c) Department breakout"))
        self.vision_values.statementShown.connect(self._statement_shown)
        self.breakout.shownOnPresenter.connect(self._breakout_shown)
        reports = self.self_evaluations
        reports.start_button.clicked.connect(lambda: self.stepRequested.emit(StepKind.REPORTS, 0))
        reports.scoresChanged.connect(self.roomScreenChanged)
        # A continued objective from the review is one of block 5's new OKRs at once.
        reports.review.changed.connect(
            lambda: self.edited.emit(frozenset({"objective", "key_result"}))
        )
        reports.room_scores.pollToggled.connect(self._room_scoring)
        reports.room_scores.pollToggled.connect(lambda _open: self.turnViewsChanged.emit())
        reports.room_scores.revealToggled.connect(lambda _on: self.turnViewsChanged.emit())
        reports.room_scores.setVisible(self.room_link is not None and self.room_link.is_on())
        return tabs

    @property
    def tabs(self) -> QTabWidget:
        view = self.view
        assert isinstance(view, QTabWidget)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.self_evaluations.review_box.set_grade_bands(self.context.grade_bands())
        for panel in (self.vision_values, self.self_evaluations, self.breakout):
            panel.set_meeting(meeting.id, meeting.day)

    def preferences_changed(self) -> None:
        """The company's grades, in the review and on the room's screen, as chosen now."""
        if self.is_built():
            self.self_evaluations.review_box.set_grade_bands(self.context.grade_bands())
            self.self_evaluations.show_grades()
            self.roomScreenChanged.emit()

    def show_changes(self, tables: frozenset[str]) -> None:
        if not self.is_loaded() or self.meeting is None:
            return
        reports = self.self_evaluations
        if tables & {"self_evaluation", "dimension_note"}:
            reports.show_changes_from_elsewhere()
        if tables & {"objective", "key_result"}:
            reports.review_box.reload()
        if "room_score" in tables:
            reports.refresh_room_scores()

    def statements_changed(self) -> None:
        """The vision, mission, purpose or values were edited: the steps show them anew."""
        if self.is_loaded() and self.meeting is not None:
            self.vision_values.reload_statements(self.meeting.id)

    def flush(self) -> None:
        if self.is_loaded():
            self.self_evaluations.flush()

    def pending(self) -> list[PendingEdits]:
        kept = [self.round.pending]
        if self.is_loaded():
            kept += [self.self_evaluations.controller.pending, self.self_evaluations.review.pending]
        return kept

    def rounds(self) -> dict[StepKind, TurnRound]:
        return {StepKind.REPORTS: self.round}

    # -- the room link ----------------------------------------------------------------------

    def attach_room_link(self, room_link: RoomLink) -> None:
        super().attach_room_link(room_link)
        room_link.changed.connect(self._room_link_changed)
        room_link.scoresChanged.connect(self._room_scores_arrived)

    def _room_link_changed(self) -> None:
        if not self.is_built() or self.room_link is None:
            return
        row = self.self_evaluations.room_scores
        row.setVisible(self.room_link.is_on())
        if not self.room_link.is_on():
            row.close_poll()

    def _room_scores_arrived(self, _poll: str) -> None:
        if self.is_loaded():
            self.self_evaluations.refresh_room_scores()

    def _room_scoring(self, opened: bool) -> None:
        """The leader opened (or closed) the phones' scoring of the report shown."""
        if self.room_link is None:
            return
        poll = self.self_evaluations.current_poll()
        if opened and poll is not None:
            self.room_link.open_poll(*poll)
        else:
            self.room_link.open_poll(None)

    # -- the steps ----------------------------------------------------------------------------

    def _statement_shown(self, statement) -> None:
        statements = self.vision_values.statements
        if statement is not None and statement in statements:
            self.stepRequested.emit(StepKind.STATEMENT, statements.index(statement))
        elif self._step is not None:
            self.follow_step(self._step)  # the step decides what is shown; PageDown moves on

    def _breakout_shown(self, cards) -> None:
        if cards is not None:
            self.stepRequested.emit(StepKind.BREAKOUT, 0)
        elif self._step is not None:
            self.follow_step(self._step)

    def follow_step(self, step: Step) -> None:
        """The panels' own "show on the screen" controls say what the step shows."""
        self._step = step
        if not self.is_loaded():
            return
        statement = step.kind is StepKind.STATEMENT
        self.vision_values.show_step(step.index if statement else None)
        self.breakout.show_step(step.kind is StepKind.BREAKOUT)
        tab = {
            StepKind.STATEMENT: self.vision_values,
            StepKind.REPORTS: self.self_evaluations,
            StepKind.BREAKOUT: self.breakout,
        }.get(step.kind)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _reporting(self) -> int | None:
        """The report whose turn it is (None: the round has not begun, or is over)."""
        queue = self.round.queue
        index = queue.current_index if self.round.started() else None
        return queue.turns[index].key if index is not None else None

    def turn_views(self, step: Step) -> tuple[int, int]:
        """While the room scores the report being given, the reveal of its scores is a
        PageDown of its own before the next report."""
        key = self._reporting() if step.kind is StepKind.REPORTS else None
        if key is None or not self.is_loaded() or not self.self_evaluations.scoring_open_for(key):
            return (0, 0)
        return (1, int(key in self.self_evaluations.controller.revealed))

    def carry_out(self, effect: Effect) -> None:
        key = self._reporting()
        if key is not None and effect in (Effect.NEXT_VIEW, Effect.PREVIOUS_VIEW):
            self.self_evaluations.reveal(key, effect is Effect.NEXT_VIEW)

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        statements = self.vision_values.statements
        if step.kind is StepKind.STATEMENT and step.index < len(statements):
            presenter.show_statement(statements[step.index])
        elif step.kind is StepKind.REPORTS and self.round.started():
            self._report_on_screen(presenter)
        elif step.kind is StepKind.BREAKOUT and self.breakout.cards:
            caption = translate("BlockPanels", "Department breakout · ★ summarises (the manager)")
            presenter.show_groups(self.breakout.cards, caption)
        else:
            return False
        return True

    def _report_on_screen(self, presenter: PresenterWindow) -> None:
        reports = self.self_evaluations
        turn = self.round.view(self.context.run.block_time(self.kind))
        current = turn.current
        if current is None and reports.all_scored():
            presenter.show_scores(reports.scored())
            return
        score = reports.score_of(current.key) if current else None
        room = reports.room_scores_on_screen(current.key) if current else None
        grades = reports.grades_of(current.key) if current else None
        median = reports.room_median_on_screen(current.key) if current else None
        presenter.show_report(turn, score, room, grades, median)
