"""Block 5, new OKRs: the company's and each department's, their approval, the strategic
priorities, and the steps that show them to the room."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.consent import consent_objective, consent_poll
from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Effect, Step, StepKind
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, MeetingShown
from facilitator.ui.blocks.new_okrs.consent_box import (
    caption_text,
    count_text,
    hands_text,
    verdict_text,
)
from facilitator.ui.blocks.new_okrs.consent_controller import ConsentController
from facilitator.ui.blocks.new_okrs.room_screen import room_statement
from facilitator.ui.pending_edits import PendingEdits
from facilitator.ui.statements import Statement

if TYPE_CHECKING:  # the panel's modules are imported when it is first built
    from facilitator.ui.blocks.new_okrs.panel import OkrPanel
    from facilitator.ui.presenter.presenter_window import PresenterWindow
    from facilitator.ui.room_link.room_link import RoomLink

HANDS_READ_MS = 200  # the room's hands on the laptop: at most five readings a second


class NewOkrsBlock(Block):
    kind = BlockKind.NEW_OKRS
    name = "new_okrs"
    tables = frozenset(
        {"objective", "key_result", "dot_vote", "room_dot", "room_consent", "consent_reveal"}
    )
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.PRIORITIES: QT_TRANSLATE_NOOP("Steps", "The strategic priorities"),
        StepKind.COMPANY_OKRS: QT_TRANSLATE_NOOP("Steps", "The new company OKRs"),
        StepKind.CONSENT: QT_TRANSLATE_NOOP("Steps", "The room's hand on objective {n}"),
        StepKind.ALIGNMENT: QT_TRANSLATE_NOOP(
            "Steps", "How the departments' OKRs support the company's"
        ),
    }

    def _build(self, parent: QWidget | None) -> OkrPanel:
        from facilitator.ui.blocks.new_okrs.panel import OkrPanel

        context = self.context
        panel = OkrPanel(context.db, context.choices, context.now, parent)
        panel.showOnChosen.connect(self._show_on_chosen)
        panel.prioritiesChanged.connect(self.runContentChanged)
        consent = panel.room_voice.consent.controller
        consent.askedChanged.connect(self.runContentChanged)
        consent.changed.connect(self.roomScreenChanged)
        return panel

    def _show_on_chosen(self, kind: StepKind | None) -> None:
        """The panel's "Presenter view" choice: the run goes to the step that shows it."""
        if kind is not None:
            self.stepRequested.emit(kind, 0)

    @property
    def okrs(self) -> OkrPanel:
        from facilitator.ui.blocks.new_okrs.panel import OkrPanel

        view = self.view
        assert isinstance(view, OkrPanel)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.okrs.set_meeting(meeting.id, meeting.day)
        self.okrs.room_voice.load(meeting.id)

    def show_changes(self, tables: frozenset[str]) -> None:
        """Another laptop (or block 2's review, continuing an objective) changed the OKRs:
        show them, with the same one selected."""
        if self.is_loaded() and self.meeting is not None:
            if tables & {"objective", "key_result"}:
                self.okrs.show_changes_from_elsewhere()
            if tables & {"dot_vote", "room_dot"}:
                self.okrs.room_voice.top_lines.load(self.meeting.id)
            if tables & {"room_consent", "consent_reveal", "objective"}:
                self._consent.reload()

    def flush(self) -> None:
        if self.is_loaded():
            self.okrs.flush()

    def pending(self) -> list[PendingEdits]:
        return [self.okrs.controller.pending] if self.is_loaded() else []

    def follow_step(self, step: Step) -> None:
        self._step = step
        if self.is_loaded():
            self.okrs.show_step(step.kind if step.block is self.kind else None)
        self._follow_consent()

    # -- the room's consent ---------------------------------------------------------------

    @property
    def _consent(self) -> ConsentController:
        return self.okrs.room_voice.consent.controller

    def _consent_objective(self, step: Step) -> tuple[int, str] | None:
        if step.kind is not StepKind.CONSENT or not self.is_loaded():
            return None
        return self._consent.objective(step.index)

    def attach_room_link(self, room_link: RoomLink) -> None:
        super().attach_room_link(room_link)
        self._hands_timer = QTimer(self)
        self._hands_timer.setSingleShot(True)
        self._hands_timer.setInterval(HANDS_READ_MS)
        self._hands_timer.timeout.connect(self._read_hands)
        room_link.scoresChanged.connect(self._hands_arrived)
        room_link.changed.connect(self._follow_consent)

    def _hands_arrived(self, poll: str) -> None:
        """A phone showed its hand: read once for every burst of them (as block 3's dots)."""
        if (
            self.is_loaded()
            and consent_objective(poll) is not None
            and not self._hands_timer.isActive()
        ):
            self._hands_timer.start()

    def _read_hands(self) -> None:
        if self.is_loaded():
            self._consent.reload()

    def _follow_consent(self) -> None:
        """The phones show their hand on an objective exactly while the run is on its
        step; another step closes it (a report's scoring is block 2's to close)."""
        step, room_link = getattr(self, "_step", None), self.room_link
        if room_link is None:
            return
        objective = self._consent_objective(step) if step is not None else None
        if objective is not None:
            room_link.open_poll(consent_poll(objective[0]), objective[1])
        elif consent_objective(room_link.poll_key() or "") is not None:
            room_link.open_poll(None)

    def turn_views(self, step: Step) -> tuple[int, int]:
        """On an objective's consent step, the reveal of the room's hands is a PageDown."""
        objective = self._consent_objective(step)
        if objective is None:
            return (0, 0)
        return (1, int(objective[0] in self._consent.revealed))

    def carry_out(self, effect: Effect) -> None:
        step = getattr(self, "_step", None)
        objective = self._consent_objective(step) if step is not None else None
        if objective is not None and effect in (Effect.NEXT_VIEW, Effect.PREVIOUS_VIEW):
            self._consent.set_revealed(objective[0], effect is Effect.NEXT_VIEW, self.context.now())
            self.turnViewsChanged.emit()

    def _show_consent(self, step: Step, presenter: PresenterWindow) -> bool:
        objective = self._consent_objective(step)
        if objective is None:
            return False
        objective_id, statement = objective
        consent = self._consent.revealed.get(objective_id)
        if consent is None:
            lines = [statement, count_text(self._consent.counts.get(objective_id, 0))]
        else:
            lines = [statement, hands_text(consent), verdict_text(consent)]
        caption = caption_text(step.index + 1, len(self._consent.objectives))
        presenter.show_okrs(Statement(caption, "\n".join(lines)))
        return True

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        if step.kind is StepKind.CONSENT:
            return self._show_consent(step, presenter)
        okrs = self.okrs
        statement = room_statement(
            step.kind, okrs.objectives, okrs.priorities_text, okrs.okr_quarter
        )
        if statement is None:
            return False
        presenter.show_okrs(statement)
        return True
