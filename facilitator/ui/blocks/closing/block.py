"""Block 4, closing the quarter: last meeting's action items followed up, feedback,
reflections, and the quarter declared closed (the room's screen shows the closing card)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.run_steps import Effect, StepKind
from facilitator.store import meetings
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, MeetingShown

if TYPE_CHECKING:  # the panel's modules are imported when it is first built
    from facilitator.ui.blocks.closing.panel import ClosingPanel


class ClosingBlock(Block):
    kind = BlockKind.CLOSING_QUARTER
    name = "closing"
    tables = frozenset[str]()
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.FEEDBACK: QT_TRANSLATE_NOOP("Steps", "Praise, recognition and feedback"),
        StepKind.REFLECTIONS: QT_TRANSLATE_NOOP("Steps", "Shared reflections"),
        StepKind.CLOSED: QT_TRANSLATE_NOOP("Steps", "The quarter is declared closed"),
    }

    def _build(self, parent: QWidget | None) -> ClosingPanel:
        from facilitator.ui.blocks.closing.panel import ClosingPanel

        context = self.context
        panel = ClosingPanel(context.db, context.choices, context.now, parent)
        panel.closeRequested.connect(lambda: self.stepRequested.emit(StepKind.CLOSED, 0))
        panel.actionsFollowedUp.connect(lambda: self.edited.emit(frozenset({"action_item"})))
        panel.quarterClosed.connect(self._show_closing_card)
        return panel

    @property
    def closing(self) -> ClosingPanel:
        from facilitator.ui.blocks.closing.panel import ClosingPanel

        view = self.view
        assert isinstance(view, ClosingPanel)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.closing.set_meeting(meeting.id, meeting.day)

    def carry_out(self, effect: Effect) -> None:
        if effect is Effect.DECLARE_CLOSED:
            self.closing.set_closed(True)
        elif effect is Effect.TAKE_BACK_CLOSED:
            self.closing.set_closed(False)

    def _show_closing_card(self, moment: datetime | None) -> None:
        if self.presenter is None:
            return
        if moment is None or self.meeting is None:
            self.presenter.hide_closing_card()
            return
        facts = meetings.meeting_facts(self.context.db, self.meeting.id)
        self.presenter.show_closing_card(facts.company, facts.quarter, moment)
