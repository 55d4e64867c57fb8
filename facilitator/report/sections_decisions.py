"""Page 1 of the minutes: what was decided, for the reader who reads nothing else — the
new company OKRs with owners and their quarter, the action items, the scores at a
glance, when the quarter was closed and the next meeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from facilitator.domain.decisions import Decisions, decisions_of, owned
from facilitator.domain.minutes import ActionItem, MinutesData, ObjectiveRow
from facilitator.report.blocks import (
    SectionHeading,
    clock,
    heading,
    labelled,
    paragraph,
    short_date,
    table,
)
from facilitator.report.labels import translate
from facilitator.report.styles import Styles


def objective_state(objective: ObjectiveRow) -> str:
    """ "Approved by Ingrid Solheim, 17 Dec 2026" or "Draft (not approved yet)"."""
    if objective.approved_by is None:
        return translate("Minutes", "Draft (not approved yet)")
    if objective.approved_at is None:
        return translate("Minutes", "Approved by {name}").format(name=objective.approved_by)
    return translate("Minutes", "Approved by {name}, {date}").format(
        name=objective.approved_by, date=short_date(objective.approved_at.astimezone().date())
    )


def consent_state(objective: ObjectiveRow) -> str | None:
    """The room's consent, said beside the approval: "the room's consent (0–5): 0: 0 ·
    … · 5: 4, n = 14; 2 at 0–2" (None: the room was not asked, or showed no hand)."""
    consent = objective.consent
    if consent is None or not consent.count:
        return None
    hands = " · ".join(f"{fingers}: {n}" for fingers, n in enumerate(consent.distribution()))
    room = translate("Minutes", "the room's consent (0–5): {hands}, n = {n}").format(
        hands=hands, n=consent.count
    )
    if consent.flagged:
        room += "; " + translate("Minutes", "{n} at 0–2").format(n=consent.doubts)
    return room


def action_items(actions: Sequence[ActionItem], styles: Styles, width: float) -> list[Flowable]:
    """The action items as a table under their heading (page 1 and the summary)."""
    return [
        heading(translate("Minutes", "Action items"), styles),
        table(
            [
                translate("Minutes", "What"),
                translate("Minutes", "Who"),
                translate("Minutes", "Due"),
            ],
            [[a.what, a.owner or "", short_date(a.due) if a.due else ""] for a in actions],
            [0.6 * width, 0.25 * width, 0.15 * width],
            styles,
        ),
    ]


def closed_line(moment: datetime, styles: Styles) -> Flowable:
    """ "The quarter was declared closed at 11:34, 17.12.2026." """
    local = moment.astimezone()
    return labelled(
        translate("Minutes", "The quarter was declared closed at"),
        f"{clock(local)}, {short_date(local.date())}.",
        styles,
    )


def decisions_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    decisions = decisions_of(data)
    if decisions.empty:
        return []
    flow: list[Flowable] = [SectionHeading(translate("Minutes", "Decisions"), styles)]
    flow += _company_okrs(decisions, styles, width)
    if decisions.department_objectives:
        flow.append(
            paragraph(
                translate(
                    "Minutes",
                    "The departments set {n} objectives of their own; they follow with the "
                    "new OKRs.",
                ).format(n=decisions.department_objectives),
                styles,
                styles.small,
            )
        )
    if decisions.drafts:
        flow.append(
            paragraph(
                translate(
                    "Minutes", "Still drafts, not approved: {n} of {total} objectives."
                ).format(
                    n=decisions.drafts,
                    total=len(decisions.company_objectives) + decisions.department_objectives,
                ),
                styles,
                styles.small,
            )
        )
    if decisions.actions:
        flow += action_items(decisions.actions, styles, width)
    flow.append(Spacer(1, 6))
    if decisions.scores:
        company = translate("Minutes", "Company")
        scores = " · ".join(f"{entity or company} {score}" for entity, score in decisions.scores)
        flow.append(labelled(translate("Minutes", "Scores (1–10):"), scores, styles))
    if decisions.closed_at:
        flow.append(closed_line(decisions.closed_at, styles))
    if decisions.next_meeting:
        flow.append(
            labelled(
                translate("Minutes", "Next meeting:"), short_date(decisions.next_meeting), styles
            )
        )
    return flow


def _company_okrs(decisions: Decisions, styles: Styles, width: float) -> list[Flowable]:
    """The new company OKRs as a table: each objective, its key results, its approval."""
    if not decisions.company_objectives:
        return []
    flow: list[Flowable] = []
    flow.append(
        heading(
            translate("Minutes", "Company OKRs for {quarter}").format(
                quarter=decisions.okr_quarter
            ),
            styles,
        )
    )
    rows = [
        [
            owned(o.statement, o.owner),
            "\n".join(owned(kr.statement, kr.owner) for kr in o.key_results),
            objective_state(o),
        ]
        for o in decisions.company_objectives
    ]
    flow.append(
        table(
            [
                translate("Minutes", "Objective (owner)"),
                translate("Minutes", "Key results (owner)"),
                translate("Minutes", "Approval"),
            ],
            rows,
            [0.34 * width, 0.44 * width, 0.22 * width],
            styles,
        )
    )
    return flow
