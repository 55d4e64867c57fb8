"""The block panels of the control window and what they put on the presenter view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject, QSignalBlocker, Signal, SignalInstance
from PySide6.QtWidgets import QTabWidget, QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Step, StepKind
from facilitator.domain.timer import TimerState
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.participants import participant_names
from facilitator.store.records import Kind
from facilitator.ui.blocks.breakout_controller import BreakoutController
from facilitator.ui.blocks.breakout_panel import BreakoutPanel
from facilitator.ui.blocks.closing_panel import ClosingPanel
from facilitator.ui.blocks.good_news_controller import GoodNewsController
from facilitator.ui.blocks.good_news_panel import GoodNewsPanel
from facilitator.ui.blocks.groups_panel import GroupsPanel
from facilitator.ui.blocks.okr_panel import (
    SHOW_ALIGNMENT,
    SHOW_COMPANY,
    SHOW_NOTHING,
    SHOW_PRIORITIES,
    OkrPanel,
)
from facilitator.ui.blocks.okr_tree import alignment_text, company_okrs_text
from facilitator.ui.blocks.reporting_panel import ReportingPanel
from facilitator.ui.blocks.reports_panel import ReportsPanel
from facilitator.ui.blocks.statements import Statement
from facilitator.ui.blocks.summary_panel import SummaryPanel
from facilitator.ui.blocks.turn_round import (
    TurnRound,
    good_news_round,
    presentation_round,
    reports_round,
)
from facilitator.ui.naming import named
from facilitator.ui.open_meeting import loaded
from facilitator.ui.presenter.presenter_window import PresenterWindow
from facilitator.ui.run.controller import RunController


class BlockPanel(Protocol):
    """A block's panel as the panels' holder uses it."""

    @property
    def storeFailed(self) -> SignalInstance: ...

    def set_meeting(self, meeting_id: int, meeting_day: date | None) -> None: ...


class BlockPanels(QObject):
    """The block panels; what they show on the presenter view for the run's step; and the
    effects of the steps (turn rounds, group work, the closing) for the step driver."""

    storeFailed = Signal(object)
    stepRequested = Signal(object, int)  # StepKind, statement index: a panel's button
    runContentChanged = Signal()  # what decides the run's steps changed (the priorities)

    def __init__(
        self, db: Database, controller: RunController, now: Callable[[], datetime], parent=None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._controller = controller
        self.meeting_id: int | None = None
        self.round = good_news_round(db, self)
        controller.set_turn_handler(BlockKind.GOOD_NEWS, self.round)
        self.reports_round = reports_round(db, self)
        controller.set_turn_handler(BlockKind.OKR_REPORTING, self.reports_round)
        good_news = GoodNewsController(db, self)
        self.good_news = GoodNewsPanel(
            db, self.round, lambda: self._block_time(BlockKind.GOOD_NEWS), self.choices, good_news
        )
        self.reporting = ReportingPanel(db, self.choices)
        self.reports = ReportsPanel(
            db, self.reports_round, lambda: self._block_time(BlockKind.OKR_REPORTING), self.choices
        )
        self.block2 = named(QTabWidget(), "block2Tabs")
        self.block2.addTab(self.reporting, self.tr("(a) Vision and values"))
        self.block2.addTab(self.reports, self.tr("(b–c) Self-evaluation reports"))
        self.breakout = BreakoutPanel(BreakoutController(db, self))
        self.block2.addTab(self.breakout, self.tr("(c) Department breakout"))
        self.breakout.shownOnPresenter.connect(self._breakout_shown)
        self.presentations = presentation_round(db, self)
        controller.set_turn_handler(BlockKind.SUCCESSES_LEARNINGS, self.presentations)
        self.groups = GroupsPanel(
            db, self.presentations, lambda: self._block_time(BlockKind.SUCCESSES_LEARNINGS)
        )
        self.groups.groupWorkChanged.connect(self._refresh_presenter)
        self.groups.controller.changed.connect(self._refresh_presenter)
        self.presentations.changed.connect(self._refresh_presenter)
        self.presentations.storeFailed.connect(self.storeFailed)
        self.okrs = OkrPanel(db, self.choices, now)
        self.okrs.presenterText.connect(self._okr_text)
        self.okrs.prioritiesChanged.connect(self.runContentChanged)
        # A continued objective from the review is one of block 5's new OKRs at once.
        self.reports.review.changed.connect(self._review_changed)
        self.closing = ClosingPanel(db, self.choices, now)
        self.summary = SummaryPanel(db, self.choices, good_news)
        self.closing.actionsFollowedUp.connect(self._actions_followed_up)
        self.good_news.shout_outs.changed.connect(self._shout_outs_changed)
        self.step: Step | None = None
        self.reporting.statementShown.connect(self._statement_shown)
        self.reports.start_button.clicked.connect(
            lambda: self.stepRequested.emit(StepKind.REPORTS, 0)
        )
        self.groups.work_button.clicked.connect(
            lambda: self.stepRequested.emit(StepKind.GROUP_WORK, 0)
        )
        self.groups.present_button.clicked.connect(
            lambda: self.stepRequested.emit(StepKind.PRESENTATIONS, 0)
        )
        self.closing.closeRequested.connect(lambda: self.stepRequested.emit(StepKind.CLOSED, 0))
        for panel in self._editors():
            panel.storeFailed.connect(self.storeFailed)
        self.round.storeFailed.connect(self.storeFailed)
        self.round.changed.connect(self._refresh_presenter)
        self.reports_round.storeFailed.connect(self.storeFailed)
        self.reports_round.changed.connect(self._refresh_presenter)
        self.reports.scoresChanged.connect(self._refresh_presenter)
        self._presenter: PresenterWindow | None = None
        self._loaded: set[BlockKind] = set()
        self._choices: dict[Kind, dict[int, str]] = {}
        self.groups.controller.changed.connect(self.forget_choices)  # late arrivals
        self._day: date | None = None

    def panels(self) -> dict[BlockKind, QWidget]:
        return {
            BlockKind.GOOD_NEWS: self.good_news,
            BlockKind.OKR_REPORTING: self.block2,
            BlockKind.SUCCESSES_LEARNINGS: self.groups,
            BlockKind.CLOSING_QUARTER: self.closing,
            BlockKind.NEW_OKRS: self.okrs,
            BlockKind.SUMMARY: self.summary,
        }

    def _editors(self) -> list[BlockPanel]:
        return [
            self.good_news,
            self.reporting,
            self.reports,
            self.breakout,
            self.groups,
            self.closing,
            self.okrs,
            self.summary,
        ]

    def attach_presenter(self, presenter: PresenterWindow) -> None:
        self._presenter = presenter
        self.closing.quarterClosed.connect(self._closing_card)

    def _by_kind(self) -> dict[BlockKind, list[BlockPanel]]:
        return {
            BlockKind.GOOD_NEWS: [self.good_news],
            BlockKind.OKR_REPORTING: [self.reporting, self.reports, self.breakout],
            BlockKind.SUCCESSES_LEARNINGS: [self.groups],
            BlockKind.CLOSING_QUARTER: [self.closing],
            BlockKind.NEW_OKRS: [self.okrs],
            BlockKind.SUMMARY: [self.summary],
        }

    def set_meeting(self, meeting_id: int) -> None:
        """Load the turn queues now; each block's panel when it is first shown (a quick
        start), and the panels already shown again at once (people or values changed)."""
        loaded = self._loaded if meeting_id == self.meeting_id else set()
        self.meeting_id = meeting_id
        self._choices.clear()
        self._day = meetings.meeting_facts(self._db, meeting_id).meeting_date
        self._loaded = set()
        for turn_round in (self.round, self.reports_round, self.presentations):
            turn_round.load(meeting_id)
        for kind in loaded:
            self.ensure_loaded(kind)

    def ensure_loaded(self, kind: BlockKind) -> None:
        if self.meeting_id is None or kind in self._loaded:
            return
        self._loaded.add(kind)
        try:
            for panel in self._by_kind()[kind]:
                panel.set_meeting(self.meeting_id, self._day)
        except StoreError as error:  # a shared meeting's connection lost: read it later
            self._loaded.discard(kind)
            self.storeFailed.emit(error)

    def _kept_offline(self) -> list:
        """What keeps edits a shared meeting's lost connection kept from being saved."""
        return [
            self.round.pending,
            self.reports_round.pending,
            self.presentations.pending,
            self.reports.controller.pending,
            self.reports.review.pending,
            self.okrs.controller.pending,
        ]

    def save_kept(self) -> None:
        """The connection is back: save what was kept."""
        for pending in self._kept_offline():
            pending.retry()

    def has_unsaved(self) -> bool:
        return any(len(pending) for pending in self._kept_offline())

    def flush(self) -> None:
        self.good_news.flush()
        self.reports.flush()
        self.okrs.flush()
        self.summary.flush()

    def statements_changed(self) -> None:
        """The vision, mission, purpose or values were edited: block 2 shows them anew."""
        if BlockKind.OKR_REPORTING in self._loaded and self.meeting_id is not None:
            self.reporting.reload_statements(self.meeting_id)

    def _shout_outs_changed(self) -> None:
        if BlockKind.SUMMARY in self._loaded and self.meeting_id is not None:
            self.summary.shout_outs.load(self.meeting_id)

    def _actions_followed_up(self) -> None:
        if BlockKind.SUMMARY in self._loaded and self.meeting_id is not None:
            self.summary.action_items.set_meeting(self.meeting_id, self._day)

    def _review_changed(self) -> None:
        if BlockKind.NEW_OKRS in self._loaded:
            self.okrs.reload()

    def choices(self, kind: Kind) -> dict[int, str]:
        """The people (or values) of the open meeting, for pickers in the note lists.

        Read once and kept: every table cell that names a person asks for them, so a
        query per call made a 200-person block take seconds to open. `set_meeting` (people
        or values changed on the setup page) and a late arrival clear the copy."""
        if self.meeting_id is None:
            return {}
        if kind not in self._choices:
            if kind is Kind.PERSON:
                self._choices[kind] = participant_names(self._db, self.meeting_id)
            elif kind is Kind.VALUE:
                values = meetings.list_values(self._db, self.meeting_id)
                self._choices[kind] = {v.id: v.text for v in values}
            else:
                return {}
        return self._choices[kind]

    def forget_choices(self) -> None:
        self._choices.clear()

    def _block_time(self, kind: BlockKind) -> float | None:
        """The block's own running time, or None before it has started."""
        run = self._controller.run
        if run is None or run.timer(kind).state is TimerState.IDLE:
            return None
        return self._controller.block_time(kind)

    # -- the presenter view ---------------------------------------------------------------

    def _breakout_shown(self, cards) -> None:
        if cards is not None:
            self.stepRequested.emit(StepKind.BREAKOUT, 0)
        elif self.step is not None:
            self._follow_step(self.step)

    def _okr_text(self, statement) -> None:
        choice = self.okrs.show_on.currentIndex()
        if statement is not None and choice in (SHOW_COMPANY, SHOW_ALIGNMENT):
            kind = StepKind.COMPANY_OKRS if choice == SHOW_COMPANY else StepKind.ALIGNMENT
            self.stepRequested.emit(kind, 0)

    def _statement_shown(self, statement) -> None:
        if statement is not None and statement in self.reporting.statements:
            self.stepRequested.emit(StepKind.STATEMENT, self.reporting.statements.index(statement))
        elif self.step is not None:
            self._follow_step(self.step)  # the step decides what is shown; PageDown moves on

    def _refresh_presenter(self) -> None:
        view = self._controller.view()
        if view is not None:
            self.update_presenter(view)

    # -- the steps' effects (StepEffects) -------------------------------------------------

    def round_for(self, kind: StepKind) -> TurnRound | None:
        return {
            StepKind.SPEAKERS: self.round,
            StepKind.REPORTS: self.reports_round,
            StepKind.PRESENTATIONS: self.presentations,
        }.get(kind)

    def start_group_work(self) -> None:
        self.ensure_loaded(BlockKind.SUCCESSES_LEARNINGS)
        self.groups.start_group_work()

    def set_quarter_closed(self, closed: bool) -> None:
        self.ensure_loaded(BlockKind.CLOSING_QUARTER)
        self.closing.set_closed(closed)

    # -- the presenter view: what the step shows -------------------------------------------

    def show_step(self, step: Step) -> None:
        """The run moved to `step`: panels follow, the presenter shows it at the next tick."""
        self.step = step
        self.ensure_loaded(step.block)
        self._follow_step(step)
        self._refresh_presenter()

    def _follow_step(self, step: Step) -> None:
        """The panels' own "show on the screen" controls say what the step shows."""
        if BlockKind.OKR_REPORTING in self._loaded:
            reporting = self.reporting
            with (
                QSignalBlocker(reporting.show_button),
                QSignalBlocker(reporting.list.selectionModel()),
            ):
                reporting.show_button.setChecked(step.kind is StepKind.STATEMENT)
                if step.kind is StepKind.STATEMENT and step.index < len(reporting.statements):
                    reporting.list.setCurrentIndex(reporting.model.index(step.index))
            with QSignalBlocker(self.breakout.show_button):
                self.breakout.show_button.setChecked(step.kind is StepKind.BREAKOUT)
            if step.kind in (StepKind.REPORTS, StepKind.BREAKOUT, StepKind.STATEMENT):
                tab = {
                    StepKind.STATEMENT: self.reporting,
                    StepKind.REPORTS: self.reports,
                    StepKind.BREAKOUT: self.breakout,
                }[step.kind]
                self.block2.setCurrentWidget(tab)
        if BlockKind.NEW_OKRS in self._loaded:
            choice = {
                StepKind.PRIORITIES: SHOW_PRIORITIES,
                StepKind.COMPANY_OKRS: SHOW_COMPANY,
                StepKind.ALIGNMENT: SHOW_ALIGNMENT,
            }
            with QSignalBlocker(self.okrs.show_on):
                self.okrs.show_on.setCurrentIndex(choice.get(step.kind, SHOW_NOTHING))

    def update_presenter(self, view: RunView) -> None:
        presenter = self._presenter
        step = self.step
        if presenter is None or step is None:
            return
        self.ensure_loaded(step.block)
        if step.kind is not StepKind.CLOSED:
            presenter.hide_closing_card()  # the room has moved on
        started = view.state is not TimerState.IDLE and view.kind is step.block
        kind = step.kind
        if kind is StepKind.SPEAKERS and started and self.round.queue.turns:
            presenter.show_turn(self.round.view(self._controller.block_time(step.block)))
        elif kind is StepKind.STATEMENT and step.index < len(self.reporting.statements):
            presenter.show_statement(self.reporting.statements[step.index])
        elif kind is StepKind.REPORTS and self.reports_round.started():
            turn = self.reports_round.view(self._controller.block_time(step.block))
            if turn.current is None and self.reports.all_scored():
                presenter.show_scores(self.reports.scored())
            else:
                current = turn.current
                score = self.reports.score_of(current.key) if current else None
                room = self.reports.room_scores_on_screen(current.key) if current else None
                presenter.show_report(turn, score, room)
        elif kind is StepKind.BREAKOUT and self.breakout.cards:
            presenter.show_groups(
                self.breakout.cards, self.tr("Department breakout · ★ summarises (the manager)")
            )
        elif kind in (StepKind.GROUPS, StepKind.GROUP_WORK) and self.groups.controller.plans:
            self._groups_on_presenter(presenter, view)
        elif kind is StepKind.PRESENTATIONS and self.presentations.started():
            presenter.show_turn(self.presentations.view(self._controller.block_time(step.block)))
        elif kind is StepKind.PRIORITIES and self.okrs.priorities_text.strip():
            presenter.show_okrs(
                Statement(self.tr("Strategic priorities"), self.okrs.priorities_text.strip())
            )
        elif kind is StepKind.COMPANY_OKRS:
            presenter.show_okrs(
                Statement(self.okrs.company_title(), company_okrs_text(self.okrs.objectives))
            )
        elif kind is StepKind.ALIGNMENT:
            presenter.show_okrs(
                Statement(
                    self.tr("How the departments' OKRs support the company's"),
                    alignment_text(self.okrs.objectives),
                )
            )
        else:
            presenter.clear_content()

    def _groups_on_presenter(self, presenter: PresenterWindow, view: RunView) -> None:
        from facilitator.domain.timer import format_countdown

        c = self.groups.controller
        cards = [
            (
                c.names[i],
                [c.people[p][0] for p in plan.members],
                c.people[plan.scribe][0] if plan.scribe in c.people else None,
                c.people[plan.presenter][0] if plan.presenter in c.people else None,
            )
            for i, plan in enumerate(c.plans)
        ]
        remaining = self.groups.group_work_remaining()
        if remaining is None or self.step is None or self.step.kind is StepKind.GROUPS:
            caption = self.tr("Your groups · ✎ scribe · ★ presents")
        elif remaining >= 0:
            # The group-work countdown is the big number; the caption says what it is.
            caption = self.tr("Group work · ✎ scribe · ★ presents")
        else:
            caption = self.tr("Group work: time is up ({time}) · time to present").format(
                time=format_countdown(remaining)
            )
        presenter.show_groups(cards, caption)

    def _closing_card(self, moment) -> None:
        if self._presenter is None:
            return
        if moment is None:
            self._presenter.hide_closing_card()
            return
        facts = meetings.meeting_facts(self._db, loaded(self.meeting_id))
        self._presenter.show_closing_card(facts.company, facts.quarter, moment)
