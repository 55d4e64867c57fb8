"""What a reader of the minutes acts on, picked out for page 1 and the e-mail: the new
company OKRs, the action items, the scores, when the quarter was closed, the next meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from facilitator.domain.minutes import ActionItem, MinutesData, ObjectiveRow


@dataclass(frozen=True)
class Decisions:
    okr_quarter: str
    company_objectives: tuple[ObjectiveRow, ...]
    department_objectives: int
    drafts: int  # objectives (company and departments) not yet approved
    actions: tuple[ActionItem, ...]
    scores: tuple[tuple[str | None, int], ...]  # (department, or None for the company; score)
    closed_at: datetime | None
    next_meeting: date | None

    @property
    def empty(self) -> bool:
        return not (
            self.company_objectives
            or self.department_objectives
            or self.actions
            or self.scores
            or self.closed_at
            or self.next_meeting
        )


def decisions_of(data: MinutesData) -> Decisions:
    company = tuple(o for o in data.objectives if o.department is None)
    return Decisions(
        okr_quarter=data.okr_quarter,
        company_objectives=company,
        department_objectives=len(data.objectives) - len(company),
        drafts=sum(1 for o in data.objectives if o.approved_by is None),
        actions=tuple(data.actions),
        scores=tuple((e.entity, e.score) for e in data.evaluations if e.score is not None),
        closed_at=data.quarter_closed_at,
        next_meeting=data.next_meeting,
    )


def owned(text: str, owner: str | None) -> str:
    """ "Øke NPS (Tove Ålvik)": a decision with whoever carries it."""
    return f"{text} ({owner})" if owner else text
