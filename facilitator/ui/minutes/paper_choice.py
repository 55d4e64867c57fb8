"""The paper size the leader chose for printed minutes and agendas, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator import settings_schema as keys
from facilitator.report.paper import Paper


def chosen_paper(settings: QSettings) -> Paper:
    try:
        return Paper(keys.PAPER.read(settings))
    except ValueError:
        return Paper.A4


def choose_paper(settings: QSettings, paper: Paper) -> None:
    keys.PAPER.write(settings, paper.value)
