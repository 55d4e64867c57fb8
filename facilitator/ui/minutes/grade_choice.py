"""Whether the company grades last quarter's key results (0.0–1.0), and its bands: a
company's choice, kept in QSettings beside the paper."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator import settings_schema as keys
from facilitator.domain.grades import GradeBands


def chosen_grade_bands(settings: QSettings) -> GradeBands | None:
    """The bands to grade in; None: the company shows percent only. Bands that do not rise
    (edited by hand) fall back to the usual 0.4 and 0.7."""
    if not keys.GRADES_SHOWN.read(settings):
        return None
    try:
        return GradeBands(
            keys.GRADE_PROGRESS_FROM.read(settings), keys.GRADE_DELIVERED_FROM.read(settings)
        )
    except ValueError:
        return GradeBands()


def choose_grade_bands(settings: QSettings, bands: GradeBands | None) -> None:
    keys.GRADES_SHOWN.write(settings, bands is not None)
    if bands is not None:
        keys.GRADE_PROGRESS_FROM.write(settings, bands.progress_from)
        keys.GRADE_DELIVERED_FROM.write(settings, bands.delivered_from)
