"""Sections about what the meeting produced: evaluations, groups, closing, OKRs, summary."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator.domain import formatting
from facilitator.domain.evaluation import RoomScores
from facilitator.domain.minutes import Group, MinutesData, ObjectiveRow
from facilitator.domain.okr import alignment_share
from facilitator.report.blocks import (
    SectionHeading,
    bullets,
    heading,
    labelled,
    number,
    paragraph,
    percent,
    table,
)
from facilitator.report.charts import scores_chart
from facilitator.report.labels import block_label, dimension_label, translate
from facilitator.report.paragraph import Paragraph
from facilitator.report.photos import photo_flowable
from facilitator.report.sections_decisions import (
    action_items,
    closed_line,
    consent_state,
    objective_state,
)
from facilitator.report.styles import Styles
from facilitator.report.text import para
from facilitator.texts import grade_text, room_gap_text

DIMENSIONS = ("execution", "leadership", "competence")


def _room_cell(counts: dict[int, int], language: str, own: int | None) -> str:
    """ "median 6 (n = 11) · the room sees it 2 lower": the phones' scores on one report
    beside the score it gave itself, or a dash."""
    scores = RoomScores(counts)
    if scores.median is None:
        return "–"
    cell = translate("Minutes", "median {median} (n = {n})").format(
        median=formatting.number(scores.median, language), n=scores.count
    )
    gap = room_gap_text(scores.gap(own), translate, language)
    return f"{cell} · {gap}" if gap else cell


def _score_cell(score: int | None, after_reveal: bool) -> str:
    """The score a report gave itself; marked when given after the room's were shown."""
    if score is None:
        return "–"
    if after_reveal:
        return translate("Minutes", "{score} (after seeing the room's)").format(score=score)
    return str(score)


def _with_review_grades(
    data: MinutesData, rows: list[list[str]], headings: list[str], widths: list[float]
) -> list[float]:
    """Each report's last quarter graded beside the score it gave itself ("scored itself
    8, grade 0.6"), when the company grades and the review has results; the new widths."""
    grades = [data.review_grade(e.entity) for e in data.evaluations]
    if all(grade is None for grade in grades):
        return widths
    for row, grade in zip(rows, grades, strict=True):
        row.append(grade_text(grade, translate, data.language))
    headings.append(translate("Minutes", "Last quarter's grade"))
    return [share * 0.82 for share in widths] + [0.18]


def evaluations_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not data.evaluations:
        return []
    flow: list[Flowable] = [
        SectionHeading(translate("Minutes", "Self-evaluation of the quarter"), styles)
    ]
    rows = [
        [
            e.entity or translate("Minutes", "Company"),
            _score_cell(e.score, e.score_after_reveal),
            e.reporter or "",
        ]
        for e in data.evaluations
    ]
    headings = [
        translate("Minutes", "Who"),
        translate("Minutes", "Score (1–10)"),
        translate("Minutes", "Reported by"),
    ]
    widths = [0.45, 0.2, 0.35]
    if any(e.room for e in data.evaluations):  # the room scored too (the room link)
        for row, evaluation in zip(rows, data.evaluations, strict=True):
            row.append(_room_cell(evaluation.room, data.language, evaluation.score))
        headings.append(translate("Minutes", "The room's own scores"))
        widths = [0.29, 0.19, 0.24, 0.28]  # "Poengsum (1–10)" on one line
    widths = _with_review_grades(data, rows, headings, widths)
    flow.append(table(headings, rows, [share * width for share in widths], styles))
    if any(e.score is not None for e in data.evaluations):
        flow += [Spacer(1, 6), scores_chart(data.evaluations, width)]
    for evaluation in data.evaluations:
        if not any(good or better for good, better in evaluation.notes.values()):
            continue
        rows = [
            [dimension_label(d), *evaluation.notes.get(d, ("", ""))]
            for d in DIMENSIONS
            if any(evaluation.notes.get(d, ("", "")))
        ]
        title = evaluation.entity or translate("Minutes", "Company")
        flow.append(
            KeepTogether(
                [
                    heading(title, styles),
                    table(
                        [
                            translate("Minutes", "Dimension"),
                            translate("Minutes", "What was good"),
                            translate("Minutes", "What could be better"),
                        ],
                        rows,
                        [0.24 * width, 0.38 * width, 0.38 * width],
                        styles,
                    ),
                ]
            )
        )
    return flow


def groups_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not data.groups:
        return []
    # The section's heading goes with the first group: never alone at a page's foot.
    lead: list[Flowable] = [SectionHeading(translate("Minutes", "Breakout groups"), styles)]
    flow: list[Flowable] = []
    for group in data.groups:
        roles = []
        if group.scribe:
            roles.append(translate("Minutes", "scribe: {name}").format(name=group.scribe))
        if group.presenter:
            roles.append(translate("Minutes", "presenter: {name}").format(name=group.presenter))
        parts: list[Flowable] = [
            heading(f"{group.name} — {block_label(group.block)}", styles),
            labelled(translate("Minutes", "Members:"), ", ".join(group.members), styles),
        ]
        if roles:
            parts.append(paragraph("; ".join(roles), styles, styles.small))
        if group.successes:
            parts.append(
                Paragraph("<b>" + para(translate("Minutes", "Successes")) + "</b>", styles.body)
            )
            parts += bullets(list(group.successes), styles)
        if group.learnings:
            parts.append(
                Paragraph("<b>" + para(translate("Minutes", "Learnings")) + "</b>", styles.body)
            )
            parts += bullets(list(group.learnings), styles)
        # The group's photos with its lines: a sheet is not separated from its heading.
        flow.append(KeepTogether(lead + parts + _photos(data, group, width)))
        lead = []
    return flow


def _photos(data: MinutesData, group: Group, width: float) -> list[Flowable]:
    """The group's flip-chart photos after its lines, each with its alternative text."""
    flow: list[Flowable] = []
    count = len(group.photos)
    for position, photo in enumerate(group.photos, start=1):
        alt = translate("Minutes", "Photo {n} of {count} of the flip chart of {group}").format(
            n=position, count=count, group=group.name
        )
        flow += [
            Spacer(1, 4),
            photo_flowable(photo, alt, width, data.photo_long_side, data.photo_height_share),
        ]
    return flow


def closing_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not (data.feedback or data.reflections or data.quarter_closed_at):
        return []
    flow: list[Flowable] = [SectionHeading(translate("Minutes", "Closing the quarter"), styles)]
    if data.feedback:
        flow.append(heading(translate("Minutes", "Praise, recognition and feedback"), styles))
        rows = [
            [f.giver or "", f.receiver or translate("Minutes", "Everyone"), f.text]
            for f in data.feedback
        ]
        flow.append(
            table(
                [
                    translate("Minutes", "From"),
                    translate("Minutes", "To"),
                    translate("Minutes", "What was said"),
                ],
                rows,
                [0.2 * width, 0.2 * width, 0.6 * width],
                styles,
            )
        )
    if data.reflections:
        flow.append(heading(translate("Minutes", "Shared reflections"), styles))
        flow += bullets(data.reflections, styles)
    if data.quarter_closed_at:
        flow += [Spacer(1, 4), closed_line(data.quarter_closed_at, styles)]
    return flow


def _kr_rows(objective: ObjectiveRow) -> list[list[str]]:
    rows = []
    for kr in objective.key_results:
        measure = f"{number(kr.start)} → {number(kr.target)}"
        if kr.achieved is not None:
            measure += " " + translate("Minutes", "(achieved {value})").format(
                value=number(kr.achieved)
            )
        statement = kr.statement
        if kr.serves_objective:
            statement += "\n↳ " + translate("Minutes", "serves: {objective}").format(
                objective=kr.serves_objective
            )
        rows.append([statement, measure, kr.unit, kr.owner or ""])
    return rows


def _objective_parts(objective: ObjectiveRow, styles: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [heading(objective.statement, styles)]
    facts = []
    if objective.owner:
        facts.append(translate("Minutes", "Owner: {name}").format(name=objective.owner))
    facts.append(objective_state(objective))
    consent = consent_state(objective)
    if consent is not None:
        facts.append(consent)
    if objective.continued:
        facts.append(translate("Minutes", "Continued from last quarter"))
    if objective.serves_key_result:
        facts.append(
            translate("Minutes", "Serves company key result: {kr}").format(
                kr=objective.serves_key_result
            )
        )
    if facts:
        parts.append(paragraph(" · ".join(facts), styles, styles.small))
    if objective.key_results:
        parts.append(
            table(
                [
                    translate("Minutes", "Key result"),
                    translate("Minutes", "Start → target"),
                    translate("Minutes", "Unit"),
                    translate("Minutes", "Owner"),
                ],
                _kr_rows(objective),
                [0.46 * width, 0.2 * width, 0.12 * width, 0.22 * width],
                styles,
            )
        )
    return parts


def _objectives_flow(
    lead: list[Flowable], objectives: list[ObjectiveRow], styles: Styles, width: float
) -> list[Flowable]:
    """Each objective kept together; the headings in `lead` stay with the first one.

    (KeepTogether is never nested: nested ones measure as a whole frame and leave gaps.)
    """
    if not objectives:
        return lead
    flow: list[Flowable] = [KeepTogether(lead + _objective_parts(objectives[0], styles, width))]
    flow += [KeepTogether(_objective_parts(o, styles, width)) for o in objectives[1:]]
    return flow


def okr_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not (data.objectives or data.strategic_priorities.strip()):
        return []
    section = SectionHeading(
        translate("Minutes", "New OKRs for {quarter}").format(quarter=data.okr_quarter), styles
    )
    flow: list[Flowable] = []
    company = [o for o in data.objectives if o.department is None]
    lead: list[Flowable] = [section]
    if data.strategic_priorities.strip():
        lead += [
            heading(translate("Minutes", "Strategic priorities"), styles),
            paragraph(data.strategic_priorities, styles),
        ]
    if company:
        lead.append(Paragraph(para(translate("Minutes", "Company OKRs")), styles.heading))
        flow += _objectives_flow(lead, company, styles, width)
        lead = []
    departments: dict[str, list[ObjectiveRow]] = {}
    for objective in data.objectives:
        if objective.department is not None:
            departments.setdefault(objective.department, []).append(objective)
    if departments:
        rows = []
        for name, objectives in departments.items():
            share = alignment_share(objectives)
            rows.append([name, str(share.total), str(share.aligned), percent(share.share)])
        flow.append(
            KeepTogether(
                [
                    *lead,
                    heading(
                        translate(
                            "Minutes", "Alignment with the company OKRs (recommended about 70 %)"
                        ),
                        styles,
                    ),
                    table(
                        [
                            translate("Minutes", "Department"),
                            translate("Minutes", "Objectives"),
                            translate("Minutes", "Linked to company"),
                            translate("Minutes", "Share"),
                        ],
                        rows,
                        [0.4 * width, 0.2 * width, 0.25 * width, 0.15 * width],
                        styles,
                    ),
                ]
            )
        )
    for name, objectives in departments.items():
        title = Paragraph(
            para(translate("Minutes", "Department: {name}").format(name=name)), styles.heading
        )
        flow += _objectives_flow([Spacer(1, 6), title], objectives, styles, width)
    return flow


def summary_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not (data.summary or data.most_value or data.do_differently or data.actions):
        return []
    flow: list[Flowable] = [SectionHeading(translate("Minutes", "Summary"), styles)]
    if data.summary:
        flow.append(paragraph(data.summary, styles))
    if data.most_value:
        flow += [
            heading(translate("Minutes", "What gave the most value"), styles),
            paragraph(data.most_value, styles),
        ]
    if data.do_differently:
        flow += [
            heading(translate("Minutes", "What we will do differently or more of"), styles),
            paragraph(data.do_differently, styles),
        ]
    if data.actions:
        flow += action_items(data.actions, styles, width)
    return flow
