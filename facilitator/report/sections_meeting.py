"""Sections about the meeting itself: heading, agenda, good news, vision and values."""

from __future__ import annotations

from datetime import datetime, time

from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator.domain.minutes import MinutesData
from facilitator.report.blocks import (
    SectionHeading,
    bullets,
    clock,
    heading,
    labelled,
    paragraph,
    short_date,
    table,
)
from facilitator.report.charts import agenda_chart
from facilitator.report.labels import translate
from facilitator.report.paragraph import Paragraph
from facilitator.report.styles import Styles
from facilitator.report.text import para
from facilitator.texts import agenda_item_title


def _clock(moment: datetime | time | None) -> str:
    return clock(moment)


def heading_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    title = translate("Minutes", "OKR meeting minutes")
    facts = [
        short_date(data.meeting_date),
        clock(data.start_time),
    ]
    if data.place:
        facts.append(data.place)
    flow: list[Flowable] = [
        Paragraph(para(f"{data.company} — {data.quarter}"), styles.title),
        Paragraph(para(f"{title} · " + " · ".join(facts)), styles.subtitle),
    ]
    if data.leader:
        flow.append(labelled(translate("Minutes", "Meeting leader:"), data.leader, styles))
    return flow


def participants_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    present = [p for p in data.participants if p.present]
    absent = [p for p in data.participants if not p.present]
    if present:
        flow.append(SectionHeading(translate("Minutes", "Participants"), styles))
        by_department: dict[str, list[str]] = {}
        for person in present:
            by_department.setdefault(
                person.department or translate("Minutes", "No department"), []
            ).append(person.name)
        rows = []
        no_department = translate("Minutes", "No department")
        order = sorted(by_department, key=lambda d: (d == no_department, d.casefold()))
        for department in order:
            manager = data.managers.get(department)
            label = (
                department
                if not manager
                else translate("Minutes", "{department} (manager: {manager})").format(
                    department=department, manager=manager
                )
            )
            rows.append([label, ", ".join(by_department[department])])
        flow.append(
            table(
                [translate("Minutes", "Department"), translate("Minutes", "Present")],
                rows,
                [0.32 * width, 0.68 * width],
                styles,
            )
        )
        if absent:
            flow.append(Spacer(1, 4))
            flow.append(
                labelled(translate("Minutes", "Absent:"), ", ".join(p.name for p in absent), styles)
            )
    return flow


def agenda_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not data.agenda:
        return []
    rows = []
    for row in data.agenda:
        difference = ""
        if row.actual_minutes is not None:
            delta = row.actual_minutes - row.planned_minutes
            difference = f"{delta:+d}" if delta else "±0"
        rows.append(
            [
                agenda_item_title(row.kind, row.break_kind, translate),
                str(row.planned_minutes),
                _clock(row.actual_start),
                _clock(row.actual_end),
                str(row.actual_minutes) if row.actual_minutes is not None else "–",
                difference,
            ]
        )
    header = [
        translate("Minutes", "Block"),
        translate("Minutes", "Planned min"),
        translate("Minutes", "Start"),
        translate("Minutes", "End"),
        translate("Minutes", "Actual min"),
        translate("Minutes", "+/−"),
    ]
    widths = [0.36 * width] + [0.128 * width] * 5
    flow: list[Flowable] = [
        SectionHeading(translate("Minutes", "Agenda"), styles),
        table(header, rows, widths, styles),
    ]
    blocks = [row for row in data.agenda if row.break_kind is None]
    if any(row.actual_minutes is not None for row in blocks):
        flow += [Spacer(1, 8), agenda_chart(blocks, width)]
    return flow


def good_news_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    spoken = [n for n in data.good_news if not n.skipped and (n.good_news or n.challenges)]
    if not spoken and not data.shout_outs:
        return []
    flow: list[Flowable] = [SectionHeading(translate("Minutes", "Good news"), styles)]
    if spoken:
        rows = [[n.speaker, n.good_news, n.challenges] for n in spoken]
        flow.append(
            table(
                [
                    translate("Minutes", "Who"),
                    translate("Minutes", "Good news"),
                    translate("Minutes", "Challenges"),
                ],
                rows,
                [0.22 * width, 0.46 * width, 0.32 * width],
                styles,
            )
        )
    if data.shout_outs:
        flow.append(heading(translate("Minutes", "Shout-outs — praise to pass on"), styles))
        rows = [
            [s.praised, s.reason, s.praised_by or "", "✓" if s.passed_on else ""]
            for s in data.shout_outs
        ]
        flow.append(
            table(
                [
                    translate("Minutes", "Praise for"),
                    translate("Minutes", "For what"),
                    translate("Minutes", "From"),
                    translate("Minutes", "Passed on"),
                ],
                rows,
                [0.25 * width, 0.4 * width, 0.2 * width, 0.15 * width],
                styles,
            )
        )
    return flow


def vision_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    if not (data.vision or data.mission or data.purpose or data.values):
        return []
    flow: list[Flowable] = [
        SectionHeading(translate("Minutes", "Vision, mission and values"), styles)
    ]
    for label, text in (
        (translate("Minutes", "Vision"), data.vision),
        (translate("Minutes", "Mission"), data.mission),
        (translate("Minutes", "Purpose"), data.purpose),
    ):
        if text:
            flow.append(
                KeepTogether([heading(label, styles), paragraph(text, styles, styles.quote)])
            )
    if data.values:
        flow.append(heading(translate("Minutes", "Values"), styles))
        for value in data.values:
            flow.append(Paragraph(f"<b>{para(value.text)}</b>", styles.bullet, bulletText="•"))
            examples = [f"{example} ({by})" if by else example for example, by in value.examples]
            flow += bullets(examples, styles, styles.sub_bullet)
    return flow
