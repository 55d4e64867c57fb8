"""Creating and opening meetings from the main window."""

from PySide6.QtCore import Qt

from facilitator.store import meetings
from tests.ui.typing_helpers import type_text


def test_empty_database_shows_the_welcome_page(window):
    assert window.windowTitle() == "Facilitator — no meeting open"
    assert window.pages.currentWidget() is window.welcome_page
    assert window.agenda_model.rowCount() == 0


def test_create_a_meeting_through_the_dialog(qtbot, window, db):
    qtbot.mouseClick(window.welcome_page.new_button, Qt.MouseButton.LeftButton)
    dialog = window.meeting_commands.new_meeting_dialog
    assert dialog.isVisible()
    fields = dialog.fields
    assert fields.quarter.text() == "2026 Q4"  # today's quarter is suggested
    ok = dialog.buttons.buttons()[0]

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Company must not be empty."

    type_text(fields.company, "Fjordlys <Energi> & Co 🌞")
    fields.quarter.clear()
    type_text(fields.quarter, "2026 Q5")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Quarter" in dialog.message.text() and "2026 Q5" in dialog.message.text()

    fields.quarter.clear()
    type_text(fields.quarter, "q1 2027")
    type_text(fields.place, "Bryggen, Bergen")
    type_text(fields.leader, "Ingrid Solheim")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.windowTitle() == "Facilitator — Fjordlys <Energi> & Co 🌞 2027 Q1"
    [summary] = meetings.list_meetings(db)
    assert (summary.company, summary.quarter) == ("Fjordlys <Energi> & Co 🌞", "2027 Q1")
    assert window.pages.currentWidget() is window.setup_page
    assert window.agenda_model.rowCount() == 6
    assert window.total_label.text() == "Total 3 h · planned end 12:00"
    # Focus is where the leader types next: the first participant's name.
    participants = window.setup_page.participants
    assert window.setup_page.tabs.currentWidget() is participants
    assert window.focusWidget() is participants.name_edit
    type_text(participants.name_edit, "Åse Ødegård")
    qtbot.keyClick(participants.name_edit, Qt.Key.Key_Return)
    assert participants.model.rowCount() == 1


def test_open_an_earlier_meeting(qtbot, window, db, meeting_id):
    from datetime import date, time

    from facilitator.domain.meeting_details import MeetingDetails

    other = meetings.create_meeting(
        db, MeetingDetails.from_input("Annet AS", "2027 Q1", date(2027, 3, 1), time(9, 0))
    )
    window.open_latest()
    assert window.meeting_id == other
    window.open_action.trigger()
    dialog = window.meeting_commands.open_meeting_dialog
    assert dialog.model.rowCount() == 2
    dialog.table.selectRow(1)
    dialog.accept()
    assert window.meeting_id == meeting_id
    assert window.windowTitle() == "Facilitator — Fjordkraft Test AS 2026 Q4"


def test_details_edits_are_saved_and_bad_ones_explained(qtbot, meeting_window, db, meeting_id):
    fields = meeting_window.setup_page.details.fields
    fields.quarter.selectAll()
    type_text(fields.quarter, "2026 Q3")
    qtbot.keyClick(fields.quarter, Qt.Key.Key_Return)
    assert meetings.get_meeting(db, meeting_id).quarter == "2026 Q3"
    assert meeting_window.windowTitle().endswith("2026 Q3")

    fields.company.selectAll()
    qtbot.keyClick(fields.company, Qt.Key.Key_Delete)
    qtbot.keyClick(fields.company, Qt.Key.Key_Return)
    message = meeting_window.setup_page.details.message
    assert message.isVisible() and message.text() == "Company must not be empty."
    assert meetings.get_meeting(db, meeting_id).company.name == "Fjordkraft Test AS"


def test_agenda_sidebar_shows_each_block_briefing(qtbot, demo_window):
    view = demo_window.agenda_view
    first = demo_window.agenda_model.index(0).data()
    assert first.startswith("✓ 1. Good news\n09:00–09:15 · 15 min · took 14 min")
    view.setCurrentIndex(demo_window.agenda_model.index(6))  # after coffee and lunch
    assert demo_window.pages.currentWidget() is demo_window.run_page
    assert demo_window.run_page.brief_title.text() == "5. New OKRs"
    assert demo_window.run_page.planned_spin.value() == 75
    qtbot.mouseClick(demo_window.setup_button, Qt.MouseButton.LeftButton)
    assert demo_window.pages.currentWidget() is demo_window.setup_page
