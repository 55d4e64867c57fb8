"""One short PDF per department, for its leader to pass on: the department's people, its
self-evaluation, the review of its last-quarter OKRs, the groups its people were in (their
lines and flip-chart photos), and its new OKRs with the company's they support. The same
sections as the whole minutes, on the department's share of them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.platypus import Flowable

from facilitator.domain import formatting
from facilitator.domain.minutes import MinutesData
from facilitator.report.blocks import labelled
from facilitator.report.document import FacilitatorDocument, numbered_canvas, write_atomically
from facilitator.report.email_draft import safe_filename
from facilitator.report.labels import minutes_language, translate
from facilitator.report.paper import Paper
from facilitator.report.paragraph import Paragraph
from facilitator.report.sections_meeting import participants_section
from facilitator.report.sections_results import evaluations_section, groups_section, okr_section
from facilitator.report.sections_review import review_section
from facilitator.report.styles import Styles
from facilitator.report.text import clean, para

# The department's sheets smaller than the minutes' (still embedded at full size, legible
# when zoomed), so a group and its sheet take a third of a page.
DEPARTMENT_PHOTO_HEIGHT_SHARE = 0.36


def departments_of(data: MinutesData) -> list[str]:
    """Every department the meeting has, by name."""
    names = set(data.managers)
    names |= {p.department for p in data.participants if p.department}
    names |= {o.department for o in data.objectives if o.department}
    return sorted(names, key=str.casefold)


def department_data(data: MinutesData, department: str) -> MinutesData:
    """The department's share of the minutes: its people, its evaluation and review, the
    groups any of its people were in (block 3's groups mix the departments), and the new
    OKRs (the company's, which it supports, and its own)."""
    people = [p for p in data.participants if p.department == department]
    names = {p.name for p in people}
    return replace(
        data,
        participants=people,
        managers={department: data.managers.get(department)},
        agenda=[],
        good_news=[],
        shout_outs=[],
        values=[],
        evaluations=[e for e in data.evaluations if e.entity == department],
        groups=[g for g in data.groups if names.intersection(g.members)],
        feedback=[],
        reflections=[],
        # The room's consent stays in the minutes: a department's share is what it does.
        objectives=[
            replace(o, consent=None) for o in data.objectives if o.department in (None, department)
        ],
        review=[o for o in data.review if o.department == department],
        earlier_actions=[],
        actions=[],
        photo_height_share=DEPARTMENT_PHOTO_HEIGHT_SHARE,
    )


def _title(data: MinutesData, department: str) -> str:
    return translate("Minutes", "{department}: results of the OKR meeting").format(
        department=department
    )


def _heading(data: MinutesData, department: str, styles: Styles) -> list[Flowable]:
    manager = data.managers.get(department)
    flow: list[Flowable] = [
        Paragraph(para(f"{data.company} — {department}"), styles.title),
        Paragraph(
            para(
                translate("Minutes", "Results of the OKR meeting of {date} ({quarter})").format(
                    date=formatting.short_date(data.meeting_date, data.language),
                    quarter=data.quarter,
                )
            ),
            styles.subtitle,
        ),
    ]
    if manager:
        flow.append(labelled(translate("Minutes", "Department leader:"), manager, styles))
    return flow


def build_department_story(data: MinutesData, department: str, width: float) -> list[Flowable]:
    styles = Styles()
    share = department_data(data, department)
    story = _heading(share, department, styles)
    sections = (
        participants_section,
        evaluations_section,
        review_section,
        groups_section,
        okr_section,
    )
    for section in sections:
        story += section(share, styles, width)
    return story


def department_filename(data: MinutesData, department: str) -> str:
    with minutes_language(data.language):
        name = translate("Minutes", "{company} {quarter} {department} OKR results").format(
            company=data.company, quarter=data.quarter, department=department
        )
    return safe_filename(name, "OKR results") + ".pdf"


def write_department_pdf(
    data: MinutesData, department: str, path: Path, paper: Paper = Paper.A4
) -> Path:
    def build(temporary: str) -> None:
        with minutes_language(data.language):
            title = _title(data, department)
            document = FacilitatorDocument(
                temporary,
                paper,
                title=f"{data.company} {data.quarter} — {title}",
                author=data.leader or data.company,
                subject=title,
                keywords=["OKR", data.company, data.quarter, department],
            )
            header = clean(f"{data.company} · {data.quarter} · {department}", symbols=True)
            document.build(
                build_department_story(data, department, document.width),
                canvasmaker=numbered_canvas(header, title),
            )

    return write_atomically(Path(path), build)


def write_department_pdfs(data: MinutesData, folder: Path, paper: Paper = Paper.A4) -> list[Path]:
    """One PDF per department in `folder`, named by company, quarter and department."""
    folder = Path(folder)
    return [
        write_department_pdf(data, name, folder / department_filename(data, name), paper)
        for name in departments_of(data)
    ]
