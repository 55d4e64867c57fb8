"""The company's OKR grades in Preferences, typed as the leader types, and the minutes
that follow them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.domain.grades import GradeBands
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.minutes.grade_choice import chosen_grade_bands
from facilitator.ui.minutes.minutes_actions import MinutesActions
from facilitator.ui.preferences_dialog import PreferencesDialog
from tests.ui.test_accessible_names import unnamed_controls


def _type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_grades_are_on_by_default_in_the_usual_bands(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.grades.shown.isChecked()
    assert (dialog.grades.progress_from.value(), dialog.grades.delivered_from.value()) == (0.4, 0.7)
    assert chosen_grade_bands(settings) == GradeBands()


def test_typed_thresholds_are_kept_and_yellow_stays_below_green(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    grades = dialog.grades
    _type_into(qtbot, grades.delivered_from, "0.9")
    _type_into(qtbot, grades.progress_from, "0.5")
    assert grades.delivered_from.value() == 0.9 and grades.progress_from.value() == 0.5
    _type_into(qtbot, grades.delivered_from, "0.3")  # below yellow: held at 0.6
    assert grades.delivered_from.value() > grades.progress_from.value()
    assert unnamed_controls(dialog) == []  # each spin box is read with its label
    dialog.accept()
    bands = chosen_grade_bands(settings)
    assert bands is not None and bands.progress_from == 0.5
    assert bands.delivered_from == grades.delivered_from.value()


def test_a_company_that_shows_percent_only_turns_grades_off(qtbot, settings, db):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.grades.shown, Qt.MouseButton.LeftButton)
    assert not dialog.grades.bands_row.isEnabled()
    dialog.accept()
    assert chosen_grade_bands(settings) is None
    owner = QWidget()
    qtbot.addWidget(owner)
    data = MinutesActions(db, settings, owner)._load(create_demo_meeting(db))
    assert data is not None and data.grade_bands is None  # the minutes show no grades


def test_hand_edited_bands_that_do_not_rise_fall_back_to_the_usual(settings):
    settings.setValue("report/grade_progress_from", 0.8)
    settings.setValue("report/grade_delivered_from", 0.3)
    assert chosen_grade_bands(settings) == GradeBands()
