"""The breakout-group work of block 3 without widgets: assign, reshuffle and undo, rules,
late arrivals, moves, locks and roles — each saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitator.domain.groups import (
    DepartmentFlag,
    Mode,
    Person,
    Rules,
    TooFewPeopleError,
    add_late_arrival,
    assign,
    assign_roles,
    department_flags,
    remove_person,
)
from facilitator.store import groups as store
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.participants import roster
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.open_meeting import loaded


def group_name(number: int, language: str | None = None) -> str:
    """ "Group 3", in the meeting's language when given: the room sees the group names, so
    they follow the meeting ("Gruppe 3" in a Norwegian meeting), not the laptop's UI."""
    if language is None:
        return QCoreApplication.translate("Groups", "Group {n}").format(n=number)
    from facilitator.report.labels import minutes_language, translate

    with minutes_language(language):
        return translate("Groups", "Group {n}").format(n=number)


def group_names(db: Database, meeting_id: int) -> dict[int, str] | None:
    """The meeting's groups by id, named (for the scribes' links before block 3 is shown);
    None when the store cannot be read (the links keep what they had until it can)."""
    try:
        return {g.id: g.name for g in store.list_groups(db, meeting_id)}
    except StoreError:
        return None


class GroupsController(QObject):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.plans: list[store.GroupPlan] = []
        self.names: list[str] = []
        self.group_ids: list[int] = []
        self.people: dict[int, tuple[str, str | None, bool]] = {}  # id -> name, dept, present
        self.rules = Rules()
        self._undo: list[list[store.GroupPlan]] = []
        self._seed = 0
        self._language: str | None = None
        # When the group work began (block time, seconds) and how long it lasts; kept here
        # so the per-second presenter caption never reads the database.
        self.group_work: tuple[float | None, int] = (None, store.DEFAULT_GROUP_WORK_SECONDS)

    def load(self, meeting_id: int) -> None:
        if meeting_id != self.meeting_id:
            self.rules = Rules()
            self._undo.clear()
        self.meeting_id = meeting_id
        self._language = meetings.meeting_facts(self._db, meeting_id).language
        self.group_work = store.group_work(self._db, meeting_id)
        self.reload()

    def reload(self) -> None:
        """Read the people and groups again; on a store failure keep what was shown."""
        if self.meeting_id is None:
            return
        try:
            participants = roster(self._db, self.meeting_id)
            rows = store.list_groups(self._db, self.meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.people = {p.id: (p.name, p.department, p.present) for p in participants}
        self.plans = store.plans_of(rows)
        self.names = [g.name for g in rows]
        self.group_ids = [g.id for g in rows]
        self.changed.emit()

    def present(self) -> list[Person]:
        return [Person(pid, dept) for pid, (_n, dept, here) in self.people.items() if here]

    def unassigned(self) -> list[int]:
        placed = {p for plan in self.plans for p in plan.members}
        return [p.id for p in self.present() if p.id not in placed]

    def can_undo(self) -> bool:
        return bool(self._undo)

    def flags(self) -> list[DepartmentFlag]:
        return department_flags(self.present())

    def _save(self, plans: list[store.GroupPlan], remember: bool = True) -> bool:
        try:
            store.save_assignment(
                self._db, loaded(self.meeting_id), plans, lambda n: group_name(n, self._language)
            )
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        if remember:
            self._undo.append(self.plans)
        self.reload()
        return True

    # -- assigning ------------------------------------------------------------------------

    def assign(
        self, mode: Mode, bounds: tuple[int, int], fresh: bool, seed: int | None = None
    ) -> bool:
        """(Re)assign everyone present; locked people stay in their group."""
        self._seed = self._seed + 1 if seed is None else seed
        locked = {p: i for i, plan in enumerate(self.plans) for p in plan.locked}
        try:
            history = (
                store.history_pairs(self._db, loaded(self.meeting_id))
                if fresh
                else self.rules.history
            )
            last_roles = store.last_roles(self._db, loaded(self.meeting_id))
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        rules = Rules(
            apart=self.rules.apart,
            together=self.rules.together,
            locked=locked,
            history=history,
        )
        try:
            groups = assign(self.present(), mode, self._seed, bounds, rules, fresh)
        except TooFewPeopleError:
            self.problem.emit(
                QCoreApplication.translate(
                    "Groups",
                    "Groups of 3–5 need at least 3 people present; mark who is here "
                    "on the setup page.",
                )
            )
            return False
        except ValueError as error:
            self.problem.emit(str(error))
            return False
        roles = assign_roles(groups, last_roles, self._seed)
        plans = [
            store.GroupPlan(g, {p for p in g if p in locked}, r.scribe, r.presenter)
            for g, r in zip(groups, roles, strict=True)
        ]
        return self._save(plans)

    def undo(self) -> None:
        if self._undo:
            self._save(self._undo.pop(), remember=False)

    def keep_apart(self, a: int, b: int) -> None:
        self.rules.apart.add(frozenset((a, b)))
        self.rules.together.discard(frozenset((a, b)))

    def keep_together(self, a: int, b: int) -> None:
        self.rules.together.add(frozenset((a, b)))
        self.rules.apart.discard(frozenset((a, b)))

    def clear_rules(self) -> None:
        self.rules.apart.clear()
        self.rules.together.clear()

    # -- small changes, nobody else moves ------------------------------------------------

    def _members(self) -> list[list[int]]:
        return [list(plan.members) for plan in self.plans]

    def _with(self, members: list[list[int]]) -> list[store.GroupPlan]:
        result = []
        for old, new in zip(self.plans, members, strict=True):
            result.append(store.GroupPlan(new, old.locked & set(new), old.scribe, old.presenter))
        return result

    def add_late_arrival(self, person: int) -> None:
        if self.plans:
            self._save(self._with(add_late_arrival(self._members(), person)))

    def remove(self, person: int) -> None:
        self._save(self._with(remove_person(self._members(), person)))

    def move(self, person: int, to_group: int) -> None:
        members = remove_person(self._members(), person)
        members[to_group].append(person)
        plans = self._with(members)
        plans[to_group].locked.discard(person)
        self._save(plans)

    def set_order(self, members: list[list[int]]) -> None:
        """The groups as the leader arranged them by dragging."""
        if [sorted(m) for m in members] != [sorted(p.members) for p in self.plans]:
            self._save(self._with(members))

    def toggle_lock(self, person: int) -> None:
        plans = self._with(self._members())
        for plan in plans:
            if person in plan.members:
                plan.locked ^= {person}
        self._save(plans, remember=False)

    def set_role(self, person: int, role: str) -> None:
        for index, plan in enumerate(self.plans):
            if person in plan.members:
                try:
                    store.set_role(self._db, self.group_ids[index], role, person)
                except StoreError as error:
                    self.messages.store_failed(error)
                    return
                self.reload()
                return

    def rename(self, index: int, name: str) -> bool:
        from facilitator.domain.validation import ValidationError
        from facilitator.messages import validation_message

        try:
            store.rename_group(self._db, self.group_ids[index], name)
        except ValidationError as error:
            self.problem.emit(validation_message(error))
            self.reload()
            return False
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.reload()
        return True

    def summary(self) -> str:
        translate = QCoreApplication.translate
        if not self.plans:
            return translate("Groups", "No groups yet: choose how to split and press Assign.")
        sizes = sorted({len(p.members) for p in self.plans})
        people = sum(len(p.members) for p in self.plans)
        text = translate("Groups", "{people} people in {groups} groups of {sizes}").format(
            people=people, groups=len(self.plans), sizes="–".join(map(str, sizes))
        )
        waiting = self.unassigned()
        if waiting:
            names = ", ".join(self.people[p][0] for p in waiting)
            text += " · " + translate("Groups", "not in a group: {names}").format(names=names)
        return text

    # -- the group work's countdown ------------------------------------------------------

    def set_group_work_length(self, seconds: int) -> bool:
        start, _ = self.group_work
        try:
            store.set_group_work(self._db, loaded(self.meeting_id), start, seconds)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.group_work = (start, seconds)
        return True

    def start_group_work(self, block_time: float) -> bool:
        """The group work begins now (`block_time` into block 3)."""
        try:
            store.set_group_work(self._db, loaded(self.meeting_id), block_time)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.group_work = (block_time, self.group_work[1])
        return True

    def group_work_remaining(self, block_time: float | None) -> float | None:
        start, seconds = self.group_work
        if start is None or block_time is None:
            return None
        return seconds - (block_time - start)
