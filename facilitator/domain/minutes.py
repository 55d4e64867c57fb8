"""Everything the minutes show, as plain values read once from the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.domain.consent import Consent
from facilitator.domain.dot_vote import RankedLine
from facilitator.domain.grades import Grade, GradeBands, graded, key_result_grade, objective_grade
from facilitator.domain.quarter import Quarter
from facilitator.domain.questions import QuestionItem
from facilitator.domain.validation import ValidationError


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    department: str | None
    present: bool


@dataclass(frozen=True)
class AgendaRow:
    """A block, or (with `break_kind`) the break after the block `kind`."""

    kind: BlockKind
    planned_minutes: int
    actual_start: datetime | None
    actual_end: datetime | None
    actual_minutes: int | None
    break_kind: BreakKind | None = None


@dataclass(frozen=True)
class GoodNews:
    speaker: str
    good_news: str
    challenges: str
    skipped: bool


@dataclass(frozen=True)
class ShoutOut:
    praised: str
    praised_by: str | None
    reason: str
    passed_on: bool = False


@dataclass(frozen=True)
class ValueWithExamples:
    text: str
    examples: tuple[tuple[str, str | None], ...]  # (example, given by)


@dataclass(frozen=True)
class Evaluation:
    entity: str | None  # None: the company
    reporter: str | None
    score: int | None
    notes: dict[str, tuple[str, str]]  # dimension -> (good, could be better)
    room: dict[int, int] = field(default_factory=dict)  # the phones' scores: score -> count
    score_after_reveal: bool = False  # its own score given after the room's were shown


@dataclass(frozen=True)
class Group:
    name: str
    block: BlockKind
    members: tuple[str, ...]
    scribe: str | None
    presenter: str | None
    successes: tuple[str, ...]
    learnings: tuple[str, ...]
    photos: tuple[FlipChartPhoto, ...] = ()


@dataclass(frozen=True)
class FlipChartPhoto:
    """A photo of a group's sheet as stored: the app's own JPEG (domain/photos.py)."""

    jpeg: bytes
    width: int
    height: int
    from_phone: bool


@dataclass(frozen=True)
class Feedback:
    giver: str | None
    receiver: str | None  # None: the whole group
    text: str


@dataclass(frozen=True)
class KeyResultRow:
    statement: str
    start: float | None
    target: float | None
    achieved: float | None
    unit: str
    serves_objective: str | None  # a company objective this department KR serves
    owner: str | None = None


@dataclass(frozen=True)
class ObjectiveRow:
    department: str | None  # None: a company objective
    statement: str
    owner: str | None
    key_results: tuple[KeyResultRow, ...]
    serves_key_result: str | None  # the company key result this objective became
    review_status: str | None = None  # last quarter's: achieved, continued or dropped
    approved_by: str | None = None  # None: a draft, not yet approved
    approved_at: datetime | None = None
    continued: bool = False  # carried on from last quarter
    consent: Consent | None = None  # the room's hands (fist to five), when revealed

    @property
    def is_aligned(self) -> bool:
        return self.serves_key_result is not None or any(
            kr.serves_objective for kr in self.key_results
        )


@dataclass(frozen=True)
class ActionItem:
    what: str
    owner: str | None
    due: date | None
    follow_up: str | None = None  # at the next meeting: done, not_done or moved


@dataclass
class MinutesData:
    company: str
    quarter: str
    meeting_date: date
    start_time: time
    place: str
    leader: str
    language: str = "en"
    participants: list[Person] = field(default_factory=list)
    managers: dict[str, str | None] = field(default_factory=dict)  # department -> manager
    agenda: list[AgendaRow] = field(default_factory=list)
    good_news: list[GoodNews] = field(default_factory=list)
    shout_outs: list[ShoutOut] = field(default_factory=list)
    vision: str = ""
    mission: str = ""
    purpose: str = ""
    values: list[ValueWithExamples] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    # Block 3's dot-vote once revealed: the flip charts' lines ranked by the room's dots.
    top_lines: list[RankedLine] = field(default_factory=list)
    dot_voters: int = 0
    # The room's questions the leader approved: answered, or still open.
    questions: list[QuestionItem] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    reflections: list[str] = field(default_factory=list)
    quarter_closed_at: datetime | None = None
    objectives: list[ObjectiveRow] = field(default_factory=list)
    # Last quarter's OKRs as this meeting reviewed them, and the quarter they were for.
    review: list[ObjectiveRow] = field(default_factory=list)
    review_quarter: str = ""
    strategic_priorities: str = ""
    # Last meeting's action items and what this meeting found.
    earlier_actions: list[ActionItem] = field(default_factory=list)
    next_meeting: date | None = None
    summary: str = ""
    most_value: str = ""
    do_differently: str = ""
    actions: list[ActionItem] = field(default_factory=list)
    # Last quarter's OKR grades, in the company's bands; None: the company shows no grades.
    grade_bands: GradeBands | None = field(default_factory=GradeBands)
    # The flip-chart photos' long side in the PDF (smaller for an e-mail that must fit).
    photo_long_side: int = 1600
    # A photo's height at most this share of the column's width: two groups with their
    # sheets a page in the minutes; smaller in a department's PDF, which is passed on.
    photo_height_share: float = 0.62

    @property
    def title(self) -> str:
        return f"{self.company} {self.quarter}"

    def key_result_grade(self, kr: KeyResultRow) -> Grade | None:
        """Last quarter's key result graded (None: no grades shown, or nothing to grade)."""
        if self.grade_bands is None:
            return None
        return graded(key_result_grade(kr.start, kr.target, kr.achieved), self.grade_bands)

    def objective_grade(self, objective: ObjectiveRow) -> Grade | None:
        """The mean of the objective's graded key results."""
        if self.grade_bands is None:
            return None
        values = (key_result_grade(k.start, k.target, k.achieved) for k in objective.key_results)
        return graded(objective_grade(values), self.grade_bands)

    def review_grade(self, department: str | None) -> Grade | None:
        """A company's (None) or department's last quarter: the mean of its objectives'
        grades, to stand beside the score it gave itself ("scored itself 8, grade 0.6")."""
        if self.grade_bands is None:
            return None
        grades = (self.objective_grade(o) for o in self.review if o.department == department)
        mean = objective_grade(g.value if g is not None else None for g in grades)
        return graded(mean, self.grade_bands)

    @property
    def okr_quarter(self) -> str:
        """The quarter the new OKRs are for: the one after the meeting's."""
        return okr_quarter_of(self.quarter)


def okr_quarter_of(quarter: str) -> str:
    """ "2027 Q1" for a meeting in "2026 Q4"; the text as it is if it is no quarter."""
    try:
        return str(Quarter.parse(quarter).next())
    except ValidationError:
        return quarter
