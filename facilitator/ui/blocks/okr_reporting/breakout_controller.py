"""Block 2 (c) without widgets: who breaks out with which department, read once per
meeting, and which small departments could join another."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from facilitator.domain.groups import DepartmentFlag, Person, by_department, department_flags
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.participants import attendees
from facilitator.ui.message_bridge import bridge_for


@dataclass(frozen=True)
class BreakoutCard:
    """One department's breakout group: its people present and its leader among them."""

    department: str | None
    members: list[str]
    leader: str | None


class BreakoutController(QObject):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)

    def breakout(self, meeting_id: int) -> tuple[list[BreakoutCard], list[DepartmentFlag]]:
        """The cards, one per department, and the suggestions to merge a small one (a
        department of any size may break out on its own: 3–5 is block 3's rule)."""
        try:
            people = attendees(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return [], []
        by_id = {p.id: p for p in people}
        persons = [Person(p.id, p.department) for p in people]
        cards = [
            BreakoutCard(
                by_id[group[0]].department,
                [by_id[i].name for i in group],
                next((by_id[i].name for i in group if by_id[i].leads_department), None),
            )
            for group in by_department(persons)
        ]
        merges = [
            flag
            for flag in department_flags(persons)
            if flag.suggestion == "merge" and flag.merge_with is not None
        ]
        return cards, merges
