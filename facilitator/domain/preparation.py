"""Before the meeting: what each person prepares, and the planned agenda with its times.

The guide asks for clear expectations of preparation: the top leader brings last quarter's
company results, the vision, mission and values, the strategic priorities and a draft of
next quarter's company objectives; each department leader brings the department's
results, its self-evaluation (a score with what went well and could be better on execution,
leadership and competence) and draft department OKRs; everyone brings one piece of good news
and one challenge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind


class Role(StrEnum):
    TOP_LEADER = "top_leader"
    DEPARTMENT_LEADER = "department_leader"
    EVERYONE = "everyone"


class Task(StrEnum):
    """One thing to prepare. Values are stored in the database (preparation_check.task)."""

    COMPANY_RESULTS = "company_results"
    VISION_VALUES = "vision_values"
    STRATEGIC_PRIORITIES = "strategic_priorities"
    COMPANY_OKR_DRAFT = "company_okr_draft"
    DEPARTMENT_RESULTS = "department_results"
    SELF_EVALUATION = "self_evaluation"
    DEPARTMENT_OKR_DRAFT = "department_okr_draft"
    GOOD_NEWS = "good_news"
    CHALLENGE = "challenge"


TASKS_BY_ROLE: dict[Role, tuple[Task, ...]] = {
    Role.TOP_LEADER: (
        Task.COMPANY_RESULTS,
        Task.VISION_VALUES,
        Task.STRATEGIC_PRIORITIES,
        Task.COMPANY_OKR_DRAFT,
    ),
    Role.DEPARTMENT_LEADER: (
        Task.DEPARTMENT_RESULTS,
        Task.SELF_EVALUATION,
        Task.DEPARTMENT_OKR_DRAFT,
    ),
    Role.EVERYONE: (Task.GOOD_NEWS, Task.CHALLENGE),
}


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str | None
    department: str | None
    present: bool = True


@dataclass(frozen=True)
class Assignment:
    """`person` prepares `task` in `role` (for `department` when a department leader)."""

    person: Person
    role: Role
    task: Task
    department: str | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.task.value, self.person.id)


def top_leader(people: list[Person], leader_name: str) -> Person | None:
    """The meeting's leader among the participants (names compared without case or
    surrounding spaces); None when the leader is not on the list."""
    wanted = " ".join(leader_name.split()).casefold()
    if not wanted:
        return None
    return next((p for p in people if " ".join(p.name.split()).casefold() == wanted), None)


def assignments(
    people: list[Person], leader_name: str, managers: dict[str, int | None]
) -> list[Assignment]:
    """Everything to prepare, the top leader's part first, then each department leader's
    (departments in name order), then everyone's in the participant list's order.

    `managers` maps each department's name to its leader's participant id (or None).
    A person can have several roles: a department leader also brings good news.
    """
    by_id = {p.id: p for p in people}
    result: list[Assignment] = []
    leader = top_leader(people, leader_name)
    if leader is not None:
        result += [Assignment(leader, Role.TOP_LEADER, t) for t in TASKS_BY_ROLE[Role.TOP_LEADER]]
    for department in sorted(managers, key=str.casefold):
        manager = by_id.get(managers[department] or 0)
        if manager is not None:
            result += [
                Assignment(manager, Role.DEPARTMENT_LEADER, t, department)
                for t in TASKS_BY_ROLE[Role.DEPARTMENT_LEADER]
            ]
    for person in people:
        result += [Assignment(person, Role.EVERYONE, t) for t in TASKS_BY_ROLE[Role.EVERYONE]]
    return result


@dataclass(frozen=True)
class DepartmentPart:
    department: str
    leader: str
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class PreparationParts:
    """The assignments as the invitation and the agenda tell them: everyone's part once,
    the top leader's by name, and each department leader's own part."""

    everyone: tuple[Task, ...]
    top_leader: str | None
    top_tasks: tuple[Task, ...]
    departments: tuple[DepartmentPart, ...]


def parts(items: list[Assignment]) -> PreparationParts:
    top = [a for a in items if a.role is Role.TOP_LEADER]
    leaders = [a for a in items if a.role is Role.DEPARTMENT_LEADER]
    departments = []
    for department in dict.fromkeys(a.department or "" for a in leaders):
        own = [a for a in leaders if (a.department or "") == department]
        departments.append(
            DepartmentPart(department, own[0].person.name, tuple(a.task for a in own))
        )
    return PreparationParts(
        everyone=tuple(dict.fromkeys(a.task for a in items if a.role is Role.EVERYONE)),
        top_leader=top[0].person.name if top else None,
        top_tasks=tuple(a.task for a in top),
        departments=tuple(departments),
    )


@dataclass(frozen=True)
class ChecklistProgress:
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done == self.total


def progress(items: list[Assignment], done: set[tuple[str, int]]) -> ChecklistProgress:
    return ChecklistProgress(sum(1 for a in items if a.key in done), len(items))


@dataclass(frozen=True)
class PlannedSlot:
    """One block (or, with `break_kind`, the break after block `kind`) as planned: its
    local start and end."""

    kind: BlockKind
    start: datetime
    end: datetime
    break_kind: BreakKind | None = None

    @property
    def minutes(self) -> int:
        return round((self.end - self.start).total_seconds() / 60)


def planned_slots(
    meeting_date: date,
    start_time: time,
    minutes: list[tuple[BlockKind, int]],
    breaks: dict[BlockKind, tuple[BreakKind, int]] | None = None,
) -> list[PlannedSlot]:
    """The blocks back to back from the planned start (local, naive times), each followed
    by the break planned after it (`breaks`: block before -> kind, minutes)."""
    cursor = datetime.combine(meeting_date, start_time)
    slots = []
    breaks = breaks or {}
    for position, (kind, length) in enumerate(minutes):
        end = cursor + timedelta(minutes=length)
        slots.append(PlannedSlot(kind, cursor, end))
        cursor = end
        if kind in breaks and position < len(minutes) - 1:
            break_kind, break_minutes = breaks[kind]
            end = cursor + timedelta(minutes=break_minutes)
            slots.append(PlannedSlot(kind, cursor, end, break_kind))
            cursor = end
    return slots


@dataclass
class MeetingPlan:
    """What the invitation and the printed agenda show, read once from the store."""

    meeting_id: int
    company: str
    quarter: str
    meeting_date: date
    start_time: time
    place: str
    leader: str
    language: str
    people: list[Person] = field(default_factory=list)
    managers: dict[str, int | None] = field(default_factory=dict)
    slots: list[PlannedSlot] = field(default_factory=list)
    reporting_order: list[tuple[str | None, str | None]] = field(default_factory=list)
    groups: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    started: bool = False  # a block has started: the meeting is under way or over

    @property
    def start(self) -> datetime:
        return datetime.combine(self.meeting_date, self.start_time)

    @property
    def end(self) -> datetime:
        return self.slots[-1].end if self.slots else self.start

    def assignments(self) -> list[Assignment]:
        return assignments(self.people, self.leader, self.managers)

    def fingerprint(self, time_zone: str = "") -> str:
        """What makes a sent invitation out of date: when (the start, the end and the time
        zone they are in: the same 08:00 in another zone is another instant), where, and
        who is invited. A change means the next invitation is an update (a higher
        SEQUENCE)."""
        invited = sorted((p.email or "").casefold() for p in self.people if p.email)
        return "|".join(
            [
                FINGERPRINT_VERSION,
                self.start.isoformat(),
                self.end.isoformat(),
                time_zone,
                " ".join(self.place.split()),
                *invited,
            ]
        )


FINGERPRINT_VERSION = "v2"


def invited_in(fingerprint: str | None) -> list[str]:
    """The addresses an earlier invitation went to, read from its fingerprint (older ones,
    without the version and time zone, too)."""
    if not fingerprint:
        return []
    fields = fingerprint.split("|")
    invited = fields[5:] if fields[0] == FINGERPRINT_VERSION else fields[3:]
    return [address for address in invited if address]
