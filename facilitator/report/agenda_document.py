"""The printed agenda: handed out or put on the wall before the meeting starts.

One or two pages in the meeting's language: when and where, the blocks with planned times
and what happens in each, who reports in which order in block 2, what each person
prepares, and the breakout groups when they are already assigned.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from facilitator.domain import formatting
from facilitator.domain.preparation import MeetingPlan, Role, parts
from facilitator.report.blocks import SectionHeading, bullets, heading, table
from facilitator.report.document import FacilitatorDocument, numbered_canvas, write_atomically
from facilitator.report.fonts import REGULAR
from facilitator.report.invitation import when
from facilitator.report.labels import minutes_language, translate
from facilitator.report.paper import Paper
from facilitator.report.paragraph import Paragraph
from facilitator.report.styles import Styles
from facilitator.report.tagging import tag_table
from facilitator.report.text import clean, para
from facilitator.texts import agenda_item_title, minutes_text, role_title, task_text


def agenda_title(plan: MeetingPlan) -> str:
    return translate("Agenda", "{company} {quarter} — OKR meeting agenda").format(
        company=plan.company, quarter=plan.quarter
    )


def agenda_filename(plan: MeetingPlan) -> str:
    """ "<Company> <Quarter> OKR agenda.pdf", safe on every file system."""
    from facilitator.report.email_draft import safe_filename

    with minutes_language(plan.language):
        name = translate("Agenda", "{company} {quarter} OKR agenda").format(
            company=plan.company, quarter=plan.quarter
        )
    return safe_filename(name, "OKR agenda") + ".pdf"


def _blocks(plan: MeetingPlan, styles: Styles, width: float) -> list[Flowable]:
    language = plan.language
    rows = [
        [
            f"{formatting.clock(slot.start, language)}–{formatting.clock(slot.end, language)}",
            agenda_item_title(slot.kind, slot.break_kind, translate),
            minutes_text(slot.minutes, translate),
        ]
        for slot in plan.slots
    ]
    header = [
        translate("Agenda", "Time"),
        translate("Agenda", "Block"),
        translate("Agenda", "Length"),
    ]
    return [
        SectionHeading(translate("Agenda", "Agenda"), styles),
        table(header, rows, [0.2 * width, 0.6 * width, 0.2 * width], styles),
    ]


def _reports(plan: MeetingPlan, styles: Styles, width: float) -> list[Flowable]:
    if not plan.reporting_order:
        return []
    company = translate("Minutes", "Company")
    rows = [
        [str(n), entity or company, reporter or "–"]
        for n, (entity, reporter) in enumerate(plan.reporting_order, start=1)
    ]
    header = ["#", translate("Agenda", "Reports"), translate("Agenda", "Reported by")]
    return [
        heading(translate("Agenda", "Block 2: who reports, in this order"), styles),
        table(header, rows, [0.08 * width, 0.52 * width, 0.4 * width], styles),
    ]


def _preparation(plan: MeetingPlan, styles: Styles) -> list[Flowable]:
    part = parts(plan.assignments())
    flow: list[Flowable] = []
    if part.everyone:
        flow.append(heading(role_title(Role.EVERYONE, translate), styles))
        flow += bullets([task_text(t, translate) for t in part.everyone], styles)
    if part.top_leader:
        title = f"{role_title(Role.TOP_LEADER, translate)}: {part.top_leader}"
        flow.append(heading(title, styles))
        flow += bullets([task_text(t, translate) for t in part.top_tasks], styles)
    if part.departments:
        # Every department leader prepares the same: the tasks once, then who leads what.
        flow.append(heading(role_title(Role.DEPARTMENT_LEADER, translate), styles))
        tasks = dict.fromkeys(t for own in part.departments for t in own.tasks)
        flow += bullets([task_text(t, translate) for t in tasks], styles)
        leaders = ", ".join(f"{own.department} — {own.leader}" for own in part.departments)
        flow.append(Paragraph(para(leaders), styles.small))
    if not flow:
        return []
    return [SectionHeading(translate("Invitation", "What to prepare"), styles), *flow]


def _groups(plan: MeetingPlan, styles: Styles, width: float) -> list[Flowable]:
    if not plan.groups:
        return []
    columns = 3
    cells = [
        Paragraph(f"<b>{para(name)}</b><br/>{para(', '.join(members))}", styles.cell)
        for name, members in plan.groups
    ]
    while len(cells) % columns:
        cells.append(Paragraph("", styles.cell))
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    grid = Table(rows, colWidths=[width / columns] * columns, splitByRow=1, renderCB=tag_table)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # not ReportLab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [
        SectionHeading(translate("Agenda", "Breakout groups (block 3)"), styles),
        grid,
    ]


def build_agenda_story(plan: MeetingPlan, width: float) -> list[Flowable]:
    styles = Styles()
    facts = [when(plan)]
    if plan.place.strip():
        facts.append(plan.place)
    if plan.leader.strip():
        facts.append(translate("Agenda", "Led by {leader}").format(leader=plan.leader))
    people = sum(1 for p in plan.people if p.present)
    if people:
        facts.append(translate("Agenda", "{n} participants").format(n=people))
    total = sum(slot.minutes for slot in plan.slots)
    story: list[Flowable] = [
        Paragraph(para(agenda_title(plan)), styles.title),
        Paragraph(para(" · ".join(facts)), styles.subtitle),
        Paragraph(
            para(
                translate("Agenda", "Planned length: {length}").format(
                    length=minutes_text(total, translate)
                )
            ),
            styles.small,
        ),
        Spacer(1, 4),
    ]
    story += _blocks(plan, styles, width)
    story += [KeepTogether(_reports(plan, styles, width))] if plan.reporting_order else []
    story += _preparation(plan, styles)
    story += _groups(plan, styles, width)
    return story


def write_agenda_pdf(plan: MeetingPlan, path: Path, paper: Paper = Paper.A4) -> Path:
    """Write the printed agenda to `path` (atomically)."""

    def build(temporary: str) -> None:
        with minutes_language(plan.language):
            title = agenda_title(plan)
            document = FacilitatorDocument(
                temporary,
                paper,
                title=title,
                author=plan.leader or plan.company,
                subject=translate("Agenda", "Agenda of the quarterly OKR meeting, {date}").format(
                    date=formatting.short_date(plan.meeting_date, plan.language)
                ),
                keywords=["OKR", plan.company, plan.quarter],
            )
            header = clean(f"{plan.company} · {plan.quarter}", symbols=True)
            document.build(
                build_agenda_story(plan, document.width),
                canvasmaker=numbered_canvas(header, translate("Agenda", "OKR meeting agenda")),
            )

    return write_atomically(Path(path), build)
