"""What the room said through the room link, in the minutes: block 3's dot-vote ranked
("The room's top learnings") and the room's questions, answered and still open."""

from __future__ import annotations

from reportlab.platypus import Flowable

from facilitator.domain.minutes import MinutesData
from facilitator.report.blocks import SectionHeading, bullets, paragraph, table
from facilitator.report.labels import translate
from facilitator.report.paragraph import Paragraph
from facilitator.report.styles import Styles
from facilitator.report.text import para


def top_lines_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    """Block 3's dot-vote as the room revealed it: the flip charts' lines, most dots first."""
    if not data.top_lines:
        return []
    kinds = {
        "success": translate("Minutes", "success"),
        "learning": translate("Minutes", "learning"),
    }
    rows = [
        [
            str(line.rank),
            line.line.text,
            f"{line.line.group} ({kinds[line.line.kind]})",
            str(line.dots),
            str(line.voters),
        ]
        for line in data.top_lines
    ]
    header = [
        translate("Minutes", "Rank"),
        translate("Minutes", "Line of the flip chart"),
        translate("Minutes", "Group"),
        translate("Minutes", "Dots"),
        translate("Minutes", "Phones"),
    ]
    lead = translate(
        "Minutes", "{n} people voted with their phones on every group's lines."
    ).format(n=data.dot_voters)
    widths = [width * share for share in (0.08, 0.46, 0.22, 0.12, 0.12)]
    # The heading and the first rows keep together; a long ranking goes on over the page.
    return [
        SectionHeading(translate("Minutes", "The room's top learnings"), styles),
        paragraph(lead, styles),
        table(header, rows, widths, styles),
    ]


def questions_section(data: MinutesData, styles: Styles, width: float) -> list[Flowable]:
    """The room's questions: those answered in the meeting, and those still open (by the
    room's upvotes), each with its upvotes."""
    if not data.questions:
        return []
    flow: list[Flowable] = [SectionHeading(translate("Minutes", "Questions from the room"), styles)]
    for status, title in (
        ("answered", translate("Minutes", "Answered")),
        ("approved", translate("Minutes", "Still open")),
    ):
        lines = [
            translate("Minutes", "{text} (upvotes: {n})").format(text=q.text, n=q.votes)
            for q in data.questions
            if q.status == status
        ]
        if lines:
            flow.append(Paragraph("<b>" + para(title) + "</b>", styles.body))
            flow += bullets(lines, styles)
    return flow
