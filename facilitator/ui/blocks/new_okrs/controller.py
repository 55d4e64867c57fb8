"""Block 5's logic and its conversation with the store: the new OKRs as plain items, each
edit saved, approval by the top leader, the strategic priorities, the OKR CSV files.

The panel (`okr_panel.py`) holds the widgets and asks this object; a failed edit is said
through `failed` (the reason, in words) or its store's message bridge (the database), and each
successful one returns what the panel selects next.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitator.domain.minutes import okr_quarter_of
from facilitator.domain.okr import KeyResultItem, ObjectiveItem
from facilitator.domain.okr_csv import OkrImport
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.store import meetings, okrs
from facilitator.store.conflicts import write_choosing
from facilitator.store.database import Database
from facilitator.store.errors import EditConflictError, StoreError
from facilitator.store.participants import list_departments
from facilitator.ui.blocks.new_okrs.files import export_okr_file, import_parsed, read_okr_file
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.numbers import read_number
from facilitator.ui.open_meeting import loaded
from facilitator.ui.pending_edits import PendingEdits, save_or_keep

T = TypeVar("T")
Key = tuple[str, int]  # ("objective" | "kr", id): what the panel selects after an edit


class OkrController(QObject):
    failed = Signal(str)  # why an edit was refused, in words
    prioritiesShownChanged = Signal()  # the priorities were written or emptied
    # Another laptop's edit was kept over this one's (a shared meeting): show what is stored.
    overruled = Signal()

    def __init__(self, db: Database, now: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        # Asked when another laptop changed what is being edited; True keeps this edit.
        self.choose: Callable[[EditConflictError, str], bool] = lambda _conflict, _what: False
        # Edits made while a shared meeting's connection is lost, tried again until saved.
        self.pending = PendingEdits(self)
        self._db = db
        self.messages = bridge_for(db)
        self._now = now
        self.meeting_id: int | None = None
        self.company = ""
        self.okr_quarter = ""
        self.priorities = ""
        self.objectives: list[ObjectiveItem] = []
        self.departments: list[tuple[int, str]] = []
        self._managers: dict[int, int | None] = {}

    # -- reading --------------------------------------------------------------------------

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.priorities = meetings.meeting_facts(self._db, meeting_id).strategic_priorities
        self.reload()

    def reload(self) -> None:
        meeting_id = loaded(self.meeting_id)
        facts = meetings.meeting_facts(self._db, meeting_id)
        self.company = facts.company
        self.okr_quarter = okr_quarter_of(facts.quarter)
        self.objectives = okrs.objective_items(self._db, meeting_id)
        departments = list_departments(self._db, meeting_id)
        self.departments = [(d.id, d.name) for d in departments]
        self._managers = {d.id: d.manager_id for d in departments}

    def objective(self, objective_id: int) -> ObjectiveItem:
        return next(o for o in self.objectives if o.id == objective_id)

    def key_result(self, kr_id: int) -> tuple[ObjectiveItem, KeyResultItem]:
        for objective in self.objectives:
            for kr in objective.key_results:
                if kr.id == kr_id:
                    return objective, kr
        raise LookupError(kr_id)

    @property
    def drafts(self) -> list[int]:
        return [o.id for o in self.objectives if o.approved_by_id is None]

    # -- editing --------------------------------------------------------------------------

    def _attempt(self, action: Callable[[], T]) -> tuple[bool, T | None]:
        """Run one edit; on success read the OKRs again. (False, None) when refused."""
        try:
            result = action()
        except ValidationError as error:
            self.failed.emit(validation_message(error))
            return False, None
        except StoreError as error:
            self.messages.store_failed(error)
            return False, None
        self.reload()
        return True, result

    def _added(self, kind: str, action: Callable[[], int]) -> Key | None:
        """Add something; the key of the new objective or key result to select."""
        done, new_id = self._attempt(action)
        return (kind, new_id) if done and new_id is not None else None

    def edit_objective(self, objective_id: int, field: okrs.ObjectiveField, value) -> Key | None:
        seen = getattr(self.objective(objective_id), field)
        done = self._attempt_over(
            QCoreApplication.translate("OkrController", "The objective"),
            seen,
            lambda shown: okrs.update_objective(self._db, objective_id, field, value, seen=shown),
            ("objective", objective_id, field),
        )
        return ("objective", objective_id) if done else None

    def edit_key_result(self, kr_id: int, field: okrs.KeyResultField, value) -> Key | None:
        if field in ("start_value", "target_value"):
            value = read_number(value)  # "12 345,5" as the UI's language writes it
        seen = getattr(self.key_result(kr_id)[1], field)
        done = self._attempt_over(
            QCoreApplication.translate("OkrController", "The key result"),
            seen,
            lambda shown: okrs.update_key_result(self._db, kr_id, field, value, seen=shown),
            ("kr", kr_id, field),
        )
        return ("kr", kr_id) if done else None

    def _attempt_over(
        self, what: str, seen: object, write: Callable[[object], None], field: Hashable
    ) -> bool:
        """An edit of what another laptop may have changed since it was shown: on a
        conflict `choose` decides (True keeps this laptop's edit). Without a connection
        the edit is kept and tried again (`pending`)."""
        try:
            saved = save_or_keep(
                lambda: write_choosing(write, seen, lambda conflict: self.choose(conflict, what)),
                self.pending,
                field,
                lambda: self._attempt_over(what, seen, write, field),
                self.messages.store_failed,
            )
        except ValidationError as error:
            self.failed.emit(validation_message(error))
            return False
        except EditConflictError:  # theirs kept (or changed yet again meanwhile)
            self.reload()
            self.overruled.emit()
            return False
        if saved:
            self.reload()
        return bool(saved)

    def add_company_objective(self, text: str) -> Key | None:
        meeting_id = loaded(self.meeting_id)
        return self._added("objective", lambda: okrs.add_objective(self._db, meeting_id, text))

    def add_department_objective(self, department_id: int, text: str) -> Key | None:
        """A department's objective, owned by its manager to begin with."""
        meeting_id, manager = loaded(self.meeting_id), self._managers.get(department_id)
        return self._added(
            "objective",
            lambda: okrs.add_objective(self._db, meeting_id, text, department_id, manager),
        )

    def add_key_result(self, objective_id: int, text: str) -> Key | None:
        return self._added("kr", lambda: okrs.add_key_result(self._db, objective_id, text))

    def key_result_to_department(self, kr_id: int, department_id: int) -> Key | None:
        return self._added(
            "objective",
            lambda: okrs.key_result_to_department_objective(self._db, kr_id, department_id),
        )

    def delete_objective(self, objective_id: int) -> bool:
        return self._attempt(lambda: okrs.delete_objective(self._db, objective_id))[0]

    def delete_key_result(self, kr_id: int) -> Key | None:
        objective, _ = self.key_result(kr_id)
        done, _ = self._attempt(lambda: okrs.delete_key_result(self._db, kr_id))
        return ("objective", objective.id) if done else None

    # -- approval -------------------------------------------------------------------------

    def approve(self, objective_ids: list[int]) -> bool:
        """The top leader (the meeting's leader among the participants) approves now."""
        approver = okrs.top_leader_id(self._db, loaded(self.meeting_id))
        if approver is None:
            self.failed.emit(
                QCoreApplication.translate(
                    "OkrPanel",
                    "The top leader approves the OKRs: add the meeting's leader to the "
                    "participants (setup page) to record the approval.",
                )
            )
            return False
        moment = self._now()
        return self._attempt(lambda: okrs.approve(self._db, objective_ids, approver, moment))[0]

    def take_back_approval(self, objective_id: int) -> bool:
        return self._attempt(lambda: okrs.take_back_approval(self._db, objective_id))[0]

    # -- the strategic priorities and files -----------------------------------------------

    def save_priorities(self, text: str) -> bool:
        try:
            meetings.update_profile_text(
                self._db, loaded(self.meeting_id), "strategic_priorities", text
            )
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        was_shown = bool(self.priorities.strip())
        self.priorities = text
        if was_shown != bool(text.strip()):
            self.prioritiesShownChanged.emit()  # the run gains or loses its step
        return True

    def import_file(self, path: Path) -> list[str] | None:
        """The file's OKRs added; "Line N: reason" for each row left out. None when it
        failed (said through the signals). Raises UnreadableCsvError for no OKR list."""
        return self.import_parsed(read_okr_file(path))

    def import_parsed(self, parsed: OkrImport) -> list[str] | None:
        """A spreadsheet's rows added; as `import_file`."""
        try:
            lines = import_parsed(self._db, loaded(self.meeting_id), parsed)
        except StoreError as error:
            self.messages.store_failed(error)
            return None
        self.reload()
        return lines

    def export_file(self, path: Path) -> None:
        """Raises OSError when the file cannot be written."""
        export_okr_file(self._db, loaded(self.meeting_id), path)
