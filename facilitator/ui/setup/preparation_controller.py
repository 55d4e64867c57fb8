"""The preparation tab without widgets: the meeting's plan (who prepares what), what is
ticked off, the invitation's state, and the files that leave the app before the meeting
(the invitation e-mail, the calendar file, the printed agenda)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from facilitator.domain.preparation import MeetingPlan, Task
from facilitator.report.paper import Paper
from facilitator.store import preparation
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for


@dataclass(frozen=True)
class PreparationState:
    plan: MeetingPlan
    done: set[tuple[str, int]]  # (task, participant id) ticked off
    invitation_uid: str | None  # None: never sent
    invitation_sequence: int
    cancelled: bool


class PreparationController(QObject):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)

    def load(self, meeting_id: int) -> PreparationState | None:
        try:
            plan = preparation.load_plan(self._db, meeting_id)
            done = preparation.checked(self._db, meeting_id)
            uid, sequence, cancelled = preparation.invitation_state(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return None
        return PreparationState(plan, done, uid, sequence, cancelled)

    def tick(
        self, meeting_id: int, task: Task, participant_id: int, done: bool
    ) -> set[tuple[str, int]] | None:
        """Tick a task off (or back); returns everything ticked off now."""
        try:
            preparation.set_checked(self._db, meeting_id, task, participant_id, done)
            return preparation.checked(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return None

    # The writers bring ReportLab and icalendar: imported when used, not at start. Each
    # raises what it raises (the tab says it).

    def write_invitation(
        self, plan: MeetingPlan, organizer: tuple[str, str], folder: Path, cancel: bool
    ) -> Path:
        from facilitator.report.invitation_files import write_invitation_draft

        return write_invitation_draft(self._db, plan, organizer, folder, cancel)

    def write_calendar_file(
        self, plan: MeetingPlan, organizer: tuple[str, str], target: Path
    ) -> Path:
        from facilitator.report.invitation_files import write_calendar_file

        return write_calendar_file(self._db, plan, organizer, target)

    @staticmethod
    def write_agenda(plan: MeetingPlan, target: Path, paper: Paper) -> Path:
        from facilitator.report.invitation_files import write_agenda

        return write_agenda(plan, target, paper)
