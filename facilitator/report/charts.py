"""Small charts: planned against actual minutes per block, and the self-evaluation scores."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from facilitator.domain.minutes import AgendaRow, Evaluation
from facilitator.report.fonts import REGULAR
from facilitator.report.labels import block_label, translate
from facilitator.report.styles import ACCENT, INK, RULE, score_colour
from facilitator.report.text import clean


def _short(text: str, limit: int = 28) -> str:
    text = clean(text).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def agenda_chart(rows: list[AgendaRow], width: float) -> Drawing:
    height = 34 + 26 * len(rows)
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # not ReportLab's Helvetica, which is not embedded
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 24
    chart.width, chart.height = width - 170, height - 34
    planned = [r.planned_minutes for r in reversed(rows)]
    actual = [r.actual_minutes or 0 for r in reversed(rows)]
    # Drawn bottom-up: actual first so that, read top-down, "planned" comes first.
    chart.data = [actual, planned]
    chart.categoryAxis.categoryNames = [
        f"{r.kind.number}. {_short(block_label(r.kind), 22)}" for r in reversed(rows)
    ]
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
    return drawing


def scores_chart(evaluations: list[Evaluation], width: float) -> Drawing:
    scored = [e for e in evaluations if e.score is not None]
    height = 150
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # not ReportLab's Helvetica, which is not embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 30
    chart.width = min(width - 50, 95 * max(1, len(scored)))
    chart.height = height - 45
    chart.data = [[e.score for e in scored]]
    chart.categoryAxis.categoryNames = [
        _short(e.entity or translate("Minutes", "Company"), 16) for e in scored
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
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
    return drawing
