"""The company's OKR grades in Preferences: whether last quarter's key results are graded
0.0–1.0 beside their percent, and where the yellow and green bands start."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from facilitator.domain.grades import GradeBands
from facilitator.ui.minutes.grade_choice import choose_grade_bands, chosen_grade_bands
from facilitator.ui.naming import named


class GradePreferences(QObject):
    """A check box and, on one line, the two thresholds (each keeps below the other), for
    the dialog's form to place."""

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        chosen = chosen_grade_bands(settings)
        bands = chosen or GradeBands()
        self.shown = named(
            QCheckBox(self.tr("Grade last quarter's key results 0.0–1.0 beside the percent")),
            "prefGradesShown",
        )
        self.shown.setToolTip(
            self.tr(
                "As OKR tools grade: 1.0 is the target reached, 0.7 the usual aim. The grade "
                "stands beside the 1–10 self-evaluation, never in its place."
            )
        )
        self.shown.setChecked(chosen is not None)
        self.progress_from = self._threshold(bands.progress_from, "prefGradeProgressFrom")
        self.delivered_from = self._threshold(bands.delivered_from, "prefGradeDeliveredFrom")
        self.progress_label = QLabel(self.tr("Yellow (“progress”) from"))
        self.progress_label.setBuddy(self.progress_from)
        self.delivered_label = QLabel(self.tr("green (“delivered”) from"))
        self.delivered_label.setBuddy(self.delivered_from)
        self.bands_row = QWidget()
        row = QHBoxLayout(self.bands_row)
        row.setContentsMargins(0, 0, 0, 0)
        for part in (
            self.progress_label,
            self.progress_from,
            self.delivered_label,
            self.delivered_from,
        ):
            row.addWidget(part)
        row.addStretch(1)
        self.progress_from.valueChanged.connect(self._keep_rising)
        self.delivered_from.valueChanged.connect(self._keep_rising)
        self.shown.toggled.connect(self.bands_row.setEnabled)
        self.bands_row.setEnabled(self.shown.isChecked())
        self._keep_rising()

    def _threshold(self, value: float, name: str) -> QDoubleSpinBox:
        spin = named(QDoubleSpinBox(), name)
        spin.setDecimals(1)
        spin.setSingleStep(0.1)
        spin.setRange(0.1, 1.0)
        spin.setValue(value)
        return spin

    def _keep_rising(self) -> None:
        """Yellow always starts below green: each spin box's range stops at the other."""
        self.progress_from.setMaximum(round(self.delivered_from.value() - 0.1, 1))
        self.delivered_from.setMinimum(round(self.progress_from.value() + 0.1, 1))

    def bands(self) -> GradeBands | None:
        if not self.shown.isChecked():
            return None
        return GradeBands(self.progress_from.value(), self.delivered_from.value())

    def save(self, settings: QSettings) -> None:
        choose_grade_bands(settings, self.bands())
