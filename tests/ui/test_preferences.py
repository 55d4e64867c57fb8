"""Preferences, the first-run choices and the meeting's language."""

from PySide6.QtCore import Qt

from facilitator.domain.agenda import BlockKind
from facilitator.store import agenda, meetings


def test_first_run_offers_the_demo_meeting(qtbot, window, db):
    assert window.welcome_page.demo_button.isVisible()
    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Facilitator — Nordlys Energi AS 2026 Q4"


def test_preferences_are_saved_and_used(qtbot, window, settings, db):
    window.commands.show_preferences()
    dialog = window.commands.preferences_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.plan[BlockKind.OKR_REPORTING].setValue(80)
    dialog.warning_minutes.setValue(5)
    dialog.warning_percent.setValue(10)
    dialog.chime.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.accept()
    assert settings.value("ui/language") == "nb"
    assert window.chime_action.isChecked()
    assert window.controller._policy.minutes == 5 and window.controller._policy.share == 0.1
    assert window.minutes.paper.value == "Letter"
    assert [a.isChecked() for a in window.paper_actions.actions()] == [False, True]

    window.commands.new_meeting()
    new = window.meeting_commands.new_meeting_dialog
    new.fields.company.setText("Nytt Selskap AS")
    new.accept()
    minutes = {
        b.kind: b.timer.planned_seconds // 60 for b in agenda.load_blocks(db, window.meeting_id)
    }
    assert minutes[BlockKind.OKR_REPORTING] == 80
    assert meetings.get_meeting(db, window.meeting_id).language == "nb"  # as the UI


def test_minutes_language_is_chosen_per_meeting(qtbot, meeting_window, db, meeting_id):
    details = meeting_window.setup_page.details
    assert details.language.currentData() == "en"
    details.language.setCurrentIndex(details.language.findData("nb"))
    details.language.activated.emit(details.language.currentIndex())
    assert meetings.get_meeting(db, meeting_id).language == "nb"
