"""Small charts: planned against actual minutes per block, and the self-evaluation scores."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from facilitator.domain.minutes import AgendaRow, Evaluation
from facilitator.report.fonts import REGULAR
from facilitator.report.labels import block_label, translate
from facilitator.report.styles import ACCENT, INK, RULE, score_colour
from facilitator.report.tagging import FigureDrawing, figure
from facilitator.report.text import clean, display_order


def _wrapped(text: str, width: float, size: float, max_lines: int = 3) -> str:
    """The label in lines that fit `width` points (measured in the chart's font), so no
    name is cut ("Produkt og utvikling", not "Produkt og utvi…"); only a label longer
    than `max_lines` lines ends in an ellipsis."""
    # Broken in logical order, each line then put in display order (right-to-left text).
    lines = simpleSplit(clean(text, display=False).replace("\n", " "), REGULAR, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip() + "…"
    return "\n".join(display_order(line) for line in lines)


def _line_count(labels: list[str]) -> int:
    return max((label.count("\n") + 1 for label in labels), default=1)


def agenda_chart(rows: list[AgendaRow], width: float) -> Drawing:
    names = [_wrapped(f"{r.kind.number}. {block_label(r.kind)}", 140, 8, 2) for r in reversed(rows)]
    height = 34 + (26 + 4 * (_line_count(names) - 1)) * len(rows)
    drawing = FigureDrawing(width, height)
    drawing.initialFontName = REGULAR  # not ReportLab's Helvetica, which is not embedded
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 24
    chart.width, chart.height = width - 170, height - 34
    planned = [r.planned_minutes for r in reversed(rows)]
    actual = [r.actual_minutes or 0 for r in reversed(rows)]
    # Drawn bottom-up: actual first so that, read top-down, "planned" comes first.
    chart.data = [actual, planned]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = colors.HexColor("#b7c9da")
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 150, 10
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [
        (colors.HexColor("#b7c9da"), translate("Minutes", "Planned minutes")),
        (ACCENT, translate("Minutes", "Actual minutes")),
    ]
    drawing.add(legend)
    spoken = "; ".join(
        translate("Minutes", "{block}: planned {planned} min, took {actual} min").format(
            block=f"{r.kind.number}. {block_label(r.kind)}",
            planned=r.planned_minutes,
            actual=r.actual_minutes if r.actual_minutes is not None else "–",
        )
        for r in rows
    )
    return figure(
        drawing, translate("Minutes", "Chart of the agenda's minutes. {rows}.").format(rows=spoken)
    )


def scores_chart(evaluations: list[Evaluation], width: float) -> Drawing:
    scored = [e for e in evaluations if e.score is not None]
    plot_width = min(width - 50, 95 * max(1, len(scored)))
    slot = plot_width / max(1, len(scored))
    names = [_wrapped(e.entity or translate("Minutes", "Company"), slot - 6, 8) for e in scored]
    below = 10 * _line_count(names)  # room under the axis for the names' lines
    height = 130 + below
    drawing = FigureDrawing(width, height)
    drawing.initialFontName = REGULAR  # not ReportLab's Helvetica, which is not embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 10 + below
    chart.width = plot_width
    chart.height = height - 25 - below
    chart.data = [[e.score for e in scored]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.textAnchor = "middle"  # wrapped lines centred under the bar
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 10
    chart.valueAxis.valueStep = 2
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.bars.strokeColor = None
    for index, evaluation in enumerate(scored):
        chart.bars[(0, index)].fillColor = score_colour(evaluation.score)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    spoken = "; ".join(
        translate("Minutes", "{entity}: {score}").format(
            entity=e.entity or translate("Minutes", "Company"), score=e.score
        )
        for e in scored
    )
    return figure(
        drawing,
        translate("Minutes", "Chart of the self-evaluation scores (1–10). {scores}.").format(
            scores=spoken
        ),
    )
