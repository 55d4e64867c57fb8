"""Block 6, summary: the leader's summary, the action items and the shout-outs to pass on."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.run_steps import StepKind
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, MeetingShown

if TYPE_CHECKING:  # the panel's modules are imported when it is first built
    from facilitator.ui.blocks.summary.panel import SummaryPanel

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class SummaryBlock(Block):
    kind = BlockKind.SUMMARY
    name = "summary"
    # Block 1 takes in shout-outs, block 4 moves last meeting's action items here.
    tables = frozenset(
        {"shout_out", "action_item", "dot_vote", "room_dot", "room_question", "question_vote"}
    )
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.SUMMARY: QT_TRANSLATE_NOOP("Steps", "Summary and closing"),
    }

    def _build(self, parent: QWidget | None) -> SummaryPanel:
        from facilitator.ui.blocks.summary.panel import SummaryPanel

        panel = SummaryPanel(self.context.db, self.context.choices, parent)
        return panel

    @property
    def summary(self) -> SummaryPanel:
        from facilitator.ui.blocks.summary.panel import SummaryPanel

        view = self.view
        assert isinstance(view, SummaryPanel)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.summary.set_meeting(meeting.id, meeting.day)

    def show_changes(self, tables: frozenset[str]) -> None:
        """Only the lists others add to are read again, not the texts being typed."""
        if not self.is_loaded() or self.meeting is None:
            return
        if "shout_out" in tables:
            self.summary.shout_outs.load(self.meeting.id)
        if "action_item" in tables:
            self.summary.action_items.set_meeting(self.meeting.id, self.meeting.day)
        if tables & {"dot_vote", "room_dot"}:
            self.summary.top_lines.load(self.meeting.id)
        if tables & {"room_question", "question_vote"}:
            self.summary.open_questions.controller.load(self.meeting.id)

    def flush(self) -> None:
        if self.is_loaded():
            self.summary.flush()
