"""Block 6 in the control window: the leader's summary, the action items, and the
shout-outs to pass on (ticked off after the meeting too)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from facilitator.store.database import Database
from facilitator.store.meetings import ProfileText
from facilitator.store.records import ACTION_ITEMS, Kind
from facilitator.ui.autosave_text import AutosaveTextEdit
from facilitator.ui.blocks.parts.open_questions_box import OpenQuestionsBox
from facilitator.ui.blocks.parts.shout_outs_controller import ShoutOutsController
from facilitator.ui.blocks.parts.top_lines_box import TopLinesBox
from facilitator.ui.blocks.summary.shout_outs_box import ShoutOutsBox
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.records.record_model import Column
from facilitator.ui.records.record_panel import RecordPanel


class SummaryPanel(QWidget):
    def __init__(
        self,
        db: Database,
        choices: Callable[[Kind], dict[int, str]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.controller = MeetingController(db, self)
        self.meeting_id: int | None = None
        self._day = None
        self.texts: dict[ProfileText, AutosaveTextEdit] = {
            "summary": AutosaveTextEdit(object_name="summaryText"),
            "most_value": AutosaveTextEdit(object_name="mostValueText"),
            "do_differently": AutosaveTextEdit(object_name="doDifferentlyText"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Summary"), self.texts["summary"])
        form.addRow(self.tr("What gave the most value"), self.texts["most_value"])
        form.addRow(self.tr("What we will do differently or more of"), self.texts["do_differently"])
        for field, edit in self.texts.items():
            edit.setMaximumHeight(80)
            edit.textToSave.connect(lambda text, f=field: self._save(f, text))
        self.action_items = RecordPanel(
            db,
            ACTION_ITEMS,
            [
                Column("what", self.tr("Action"), Kind.REQUIRED),
                Column("owner_id", self.tr("Owner"), Kind.PERSON, self.tr("(owner)")),
                Column("due_date", self.tr("Due"), Kind.DATE, self.tr("No due date")),
            ],
            choices,
            self.tr("Add action"),
        )
        actions_box = QGroupBox(self.tr("Action items"))
        QVBoxLayout(actions_box).addWidget(self.action_items)
        # Block 3's dot-vote, once revealed: its top lines, to add to "most value".
        self.top_lines = TopLinesBox(db, self.tr("The room's top learnings"), can_take=True)
        self.top_lines.taken.connect(self._add_to_most_value)
        # The room's questions still open: candidates for the action items.
        self.open_questions = OpenQuestionsBox(db)
        self.open_questions.controller.actionAdded.connect(self._actions_added)
        shout_outs = ShoutOutsController(db, self)
        self.shout_outs = ShoutOutsBox(shout_outs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.top_lines)
        layout.addWidget(self.open_questions)
        layout.addWidget(actions_box, 1)
        layout.addWidget(self.shout_outs)

    def set_meeting(self, meeting_id: int, meeting_day) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self._day = meeting_day
        self.controller.load(meeting_id)
        for field, edit in self.texts.items():
            edit.set_saved_text(self.controller.texts[field])
        self.action_items.set_meeting(meeting_id, meeting_day)
        self.shout_outs.load(meeting_id)
        self.top_lines.load(meeting_id)
        self.open_questions.controller.load(meeting_id)

    def _actions_added(self) -> None:
        if self.meeting_id is not None:
            self.action_items.set_meeting(self.meeting_id, self._day)

    def _add_to_most_value(self, lines: list[str]) -> None:
        """The room's top lines join what is written (a line each, none twice), saved."""
        edit = self.texts["most_value"]
        written = edit.toPlainText().rstrip()
        present = {line.strip() for line in written.splitlines()}
        new = [line for line in lines if line.strip() not in present]
        if new:
            edit.setPlainText("\n".join(filter(None, [written, *new])))
            edit.flush()

    def flush(self) -> None:
        for edit in self.texts.values():
            edit.flush_pending()

    def _save(self, field: ProfileText, text: str) -> None:
        if self.meeting_id is not None:
            self.controller.save_text(field, text)
