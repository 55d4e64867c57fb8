"""The paper size the leader chose for printed minutes and agendas, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator.report.paper import Paper

PAPER_KEY = "report/paper"


def chosen_paper(settings: QSettings) -> Paper:
    try:
        return Paper(str(settings.value(PAPER_KEY, Paper.A4.value)))
    except ValueError:
        return Paper.A4


def choose_paper(settings: QSettings, paper: Paper) -> None:
    settings.setValue(PAPER_KEY, paper.value)
