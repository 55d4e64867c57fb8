"""Block 5, new OKRs: the company's and each department's, their approval, the strategic
priorities, and the steps that show them to the room."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Step, StepKind
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, MeetingShown
from facilitator.ui.blocks.new_okrs.panel import OkrPanel
from facilitator.ui.blocks.new_okrs.room_screen import room_statement
from facilitator.ui.pending_edits import PendingEdits
from facilitator.ui.presenter.presenter_window import PresenterWindow


class NewOkrsBlock(Block):
    kind = BlockKind.NEW_OKRS
    name = "new_okrs"
    tables = frozenset({"objective", "key_result"})
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.PRIORITIES: QT_TRANSLATE_NOOP("Steps", "The strategic priorities"),
        StepKind.COMPANY_OKRS: QT_TRANSLATE_NOOP("Steps", "The new company OKRs"),
        StepKind.ALIGNMENT: QT_TRANSLATE_NOOP(
            "Steps", "How the departments' OKRs support the company's"
        ),
    }

    def _build(self, parent: QWidget | None) -> OkrPanel:
        context = self.context
        panel = OkrPanel(context.db, context.choices, context.now, parent)
        panel.showOnChosen.connect(self._show_on_chosen)
        panel.prioritiesChanged.connect(self.runContentChanged)
        return panel

    def _show_on_chosen(self, kind: StepKind | None) -> None:
        """The panel's "Presenter view" choice: the run goes to the step that shows it."""
        if kind is not None:
            self.stepRequested.emit(kind, 0)

    @property
    def okrs(self) -> OkrPanel:
        view = self.view
        assert isinstance(view, OkrPanel)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.okrs.set_meeting(meeting.id, meeting.day)

    def show_changes(self, tables: frozenset[str]) -> None:
        """Another laptop (or block 2's review, continuing an objective) changed the OKRs:
        show them, with the same one selected."""
        if self.is_loaded() and self.meeting is not None:
            self.okrs.show_changes_from_elsewhere()

    def flush(self) -> None:
        if self.is_loaded():
            self.okrs.flush()

    def pending(self) -> list[PendingEdits]:
        return [self.okrs.controller.pending] if self.is_loaded() else []

    def follow_step(self, step: Step) -> None:
        if self.is_loaded():
            self.okrs.show_step(step.kind if step.block is self.kind else None)

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        okrs = self.okrs
        statement = room_statement(
            step.kind, okrs.objectives, okrs.priorities_text, okrs.okr_quarter
        )
        if statement is None:
            return False
        presenter.show_okrs(statement)
        return True
