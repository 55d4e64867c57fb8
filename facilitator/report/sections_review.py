"""Sections about the quarter that closed: last quarter's OKRs as the meeting reviewed
them, and what became of the last meeting's action items."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator.domain.evaluation import progress
from facilitator.domain.minutes import MinutesData, ObjectiveRow
from facilitator.report.blocks import (
    SectionHeading,
    heading,
    number,
    paragraph,
    percent,
    short_date,
    table,
)
from facilitator.report.labels import translate
from facilitator.report.paragraph import Paragraph
from facilitator.report.styles import GRADE_FILLS, Styles
from facilitator.report.text import para
from facilitator.texts import follow_up_title, grade_text, review_status_title


def _reviewed_objective(
    objective: ObjectiveRow, data: MinutesData, styles: Styles, width: float
) -> list[Flowable]:
    status = review_status_title(objective.review_status, translate)
    title = f"{objective.statement} — {status}"
    grade = data.objective_grade(objective)
    if grade is not None:
        title += " — " + translate("Minutes", "grade {grade}").format(
            grade=grade_text(grade, translate, data.language)
        )
    parts: list[Flowable] = [heading(title, styles)]
    if objective.owner:
        parts.append(
            paragraph(
                translate("Minutes", "Owner: {name}").format(name=objective.owner),
                styles,
                styles.small,
            )
        )
    if objective.key_results:
        parts.append(_key_results_table(objective, data, styles, width))
    return parts


def _key_results_table(
    objective: ObjectiveRow, data: MinutesData, styles: Styles, width: float
) -> Flowable:
    """Start → target, achieved and progress of each key result, and its grade with the
    band's word on the band's tint when the company shows grades."""
    rows = [
        [
            kr.statement,
            f"{number(kr.start)} → {number(kr.target)} {kr.unit}".strip(),
            f"{number(kr.achieved)} {kr.unit}".strip() if kr.achieved is not None else "–",
            percent(progress(kr.start, kr.target, kr.achieved)),
        ]
        for kr in objective.key_results
    ]
    headings = [
        translate("Minutes", "Key result"),
        translate("Minutes", "Start → target"),
        translate("Minutes", "Achieved"),
        translate("Minutes", "Progress"),
    ]
    if data.grade_bands is None:
        widths = [0.46 * width, 0.22 * width, 0.18 * width, 0.14 * width]
        return table(headings, rows, widths, styles)
    grades = [data.key_result_grade(kr) for kr in objective.key_results]
    for row, grade in zip(rows, grades, strict=True):
        row.append(grade_text(grade, translate, data.language))
    headings.append(translate("Minutes", "Grade"))
    widths = [0.35 * width, 0.19 * width, 0.15 * width, 0.15 * width, 0.16 * width]
    result = table(headings, rows, widths, styles)
    result.setStyle(
        [
            ("BACKGROUND", (4, line), (4, line), GRADE_FILLS[grade.band.value])
            for line, grade in enumerate(grades, start=1)
            if grade is not None
        ]
    )
    return result


def review_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    """Each of last quarter's objectives with its status, per company and department:
    every key result's start → target, what was achieved and the progress."""
    if not data.review:
        return []
    lead: list[Flowable] = [
        SectionHeading(
            translate("Minutes", "Last quarter's OKRs ({quarter}): the review").format(
                quarter=data.review_quarter
            ),
            styles,
        )
    ]
    groups: dict[str | None, list[ObjectiveRow]] = {}
    for objective in data.review:
        groups.setdefault(objective.department, []).append(objective)
    flow: list[Flowable] = []
    for department, objectives in groups.items():
        title = (
            translate("Minutes", "Company OKRs")
            if department is None
            else translate("Minutes", "Department: {name}").format(name=department)
        )
        lead += [Spacer(1, 4), Paragraph(para(title), styles.heading)]
        first, *rest = objectives
        flow.append(KeepTogether(lead + _reviewed_objective(first, data, styles, width)))
        flow += [KeepTogether(_reviewed_objective(o, data, styles, width)) for o in rest]
        lead = []
    return flow


def follow_up_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    """Last meeting's action items and whether each was done, not done, or moved."""
    if not data.earlier_actions:
        return []
    rows = [
        [
            action.what,
            action.owner or "",
            short_date(action.due) if action.due else "",
            follow_up_title(action.follow_up, translate),
        ]
        for action in data.earlier_actions
    ]
    return [
        KeepTogether(
            [
                SectionHeading(translate("Minutes", "Last meeting's action items"), styles),
                table(
                    [
                        translate("Minutes", "What"),
                        translate("Minutes", "Who"),
                        translate("Minutes", "Due"),
                        translate("Minutes", "Followed up"),
                    ],
                    rows,
                    [0.44 * width, 0.2 * width, 0.14 * width, 0.22 * width],
                    styles,
                ),
            ]
        )
    ]
