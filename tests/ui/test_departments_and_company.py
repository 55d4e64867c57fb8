"""Departments with managers, and the company's vision, mission, purpose and values."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.store import meetings
from facilitator.store import participants as store
from facilitator.ui.models.departments_model import DepartmentTableModel
from tests.ui.typing_helpers import type_text


def test_departments_add_rename_manager_remove(qtbot, meeting_window, db, meeting_id, confirm):
    kari = store.add_participant(db, meeting_id, "Kari Nordmann", department="Salg")
    meeting_window.load_meeting(meeting_id)
    setup = meeting_window.setup_page
    setup.tabs.setCurrentWidget(setup.departments)
    tab = setup.departments
    assert tab.model.rowCount() == 1

    type_text(tab.name_edit, "Økonomi & <IT>")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    type_text(tab.name_edit, "salg")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert tab.message.text() == "Department: “salg” is already in this meeting."
    assert [d.name for d in store.list_departments(db, meeting_id)] == ["Salg", "Økonomi & <IT>"]

    # Choose Kari as manager of Salg with the manager picker.
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, DepartmentTableModel.MANAGER))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData(kari))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert store.list_departments(db, meeting_id)[0].manager_name == "Kari Nordmann"
    assert tab.model.index(0, DepartmentTableModel.MANAGER).data() == "Kari Nordmann"

    # Renaming shows up in the participants table too.
    tab.model.setData(tab.model.index(0, DepartmentTableModel.NAME), "Salg og marked")
    participants = setup.participants.model
    assert participants.index(0, participants.DEPARTMENT).data() == "Salg og marked"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "Salg og marked" in confirm[0]
    assert [d.name for d in store.list_departments(db, meeting_id)] == ["Økonomi & <IT>"]
    assert participants.index(0, participants.DEPARTMENT).data() == ""


def test_vision_mission_purpose_and_values_save_as_typed(qtbot, meeting_window, db, meeting_id):
    setup = meeting_window.setup_page
    setup.tabs.setCurrentWidget(setup.company)
    tab = setup.company
    tab.vision.setFocus()
    type_text(tab.vision, "Ren energi <i>for alle</i> & 🌍")
    qtbot.waitUntil(lambda: meetings.get_meeting(db, meeting_id).vision.endswith("🌍"))
    tab.mission.setFocus()
    type_text(tab.mission, "Vi gjør solenergi enkelt.")
    tab.purpose.setFocus()  # leaving the field saves at once
    assert meetings.get_meeting(db, meeting_id).mission == "Vi gjør solenergi enkelt."

    for value in ("Modig", "Åpen", "Sammen"):
        type_text(tab.value_edit, value)
        qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    type_text(tab.value_edit, "   ")
    qtbot.mouseClick(tab.add_value_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Value must not be empty."

    tab.values_view.setCurrentIndex(tab.values_model.index(2))
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [v.text for v in meetings.list_values(db, meeting_id)] == ["Modig", "Sammen", "Åpen"]
    tab.values_view.setCurrentIndex(tab.values_model.index(0))
    qtbot.mouseClick(tab.remove_value_button, Qt.MouseButton.LeftButton)
    assert [tab.values_model.index(r).data() for r in range(2)] == ["Sammen", "Åpen"]


def test_text_still_waiting_is_saved_when_the_window_closes(qtbot, meeting_window, db, meeting_id):
    tab = meeting_window.setup_page.company
    type_text(tab.purpose, "Et kaldt land fortjener varm energi")
    meeting_window.close()
    assert meetings.get_meeting(db, meeting_id).purpose == "Et kaldt land fortjener varm energi"
