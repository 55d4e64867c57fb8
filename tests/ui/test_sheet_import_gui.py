"""The spreadsheet import as the leader meets it: the dialog's preview and refusals, a
column mapped by keyboard, Import in one transaction, the mapping remembered for the next
file of the same layout, one sentence for a file that is not read, and the meeting's own
workbook read back as next quarter's "last quarter" without mapping."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.sheet_mapping import ImportKind
from facilitator.domain.sheet_reading import read_sheets
from facilitator.report.workbook import write_workbook
from facilitator.store import last_quarter, meetings, okrs
from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes
from facilitator.ui.sheet_import.import_state import ImportState
from tests.ui.test_accessible_names import unnamed_controls


def _people_workbook(path, email_header="E-post"):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Ansatte"
    sheet.append(["Personalliste, oktober"])
    sheet.append([])
    sheet.append(["Ansattnr", "Navn", email_header, "Avdeling", "Stilling"])
    sheet.append([101, "Kari Nordmann", "kari@firma.no", "Salg", "Selger"])
    sheet.append([102, "Ola <b>Hansen</b> 🎉", "ola@firma.no", "Drift", "Tekniker"])
    sheet.append([103, None, "ingen@firma.no", "Drift", "Vikar"])
    sheet.append([104, "Åse Bø", "ase(at)firma.no", "Salg", "Leder"])
    book.save(path)
    return path


def _participants_tab(window):
    window.setup_page.tabs.setCurrentWidget(window.setup_page.participants)
    return window.setup_page.participants


def test_participants_from_excel_with_a_preview_refusals_and_one_import(
    qtbot, meeting_window, tmp_path
):
    tab = _participants_tab(meeting_window)
    dialog = tab.importer.open_file(_people_workbook(tmp_path / "ansatte.xlsx"))
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.header_spin.value() == 3  # the headers stand below a title and a gap
    assert dialog.column_boxes["name"].currentText() == "B · Navn"
    assert dialog.column_boxes["email"].currentText() == "C · E-post"
    model = dialog.preview_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "E-mail",
        "Department",
    ]
    assert model.item(1, 0).text() == "Ola <b>Hansen</b> 🎉"  # markup stays text
    assert model.headerData(0, Qt.Orientation.Vertical) == "4"  # Excel's row number
    assert dialog.summary.text() == "2 rows will be imported; 2 will be refused:"
    refusals = dialog.refusals.toPlainText().splitlines()
    assert refusals[0].startswith("Row 6: Name") and refusals[1].startswith("Row 7: E-mail")
    assert dialog.import_button.text() == "&Import 2 rows"
    assert unnamed_controls(dialog) == []

    # The department column is not wanted: chosen away by keyboard, as a leader would.
    combo = dialog.column_boxes["department"]
    combo.setFocus()
    for _ in range(combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "(not in the file)"
    assert "department" not in dialog.state.mapping.columns
    assert dialog.preview_model.columnCount() == 2

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    names = [tab.model.participant(r).name for r in range(tab.model.rowCount())]
    assert names == ["Kari Nordmann", "Ola <b>Hansen</b> 🎉"]
    assert tab.model.participant(0).department is None
    assert tab.message.is_error()  # two rows were left out, and they are listed
    assert "Line 6" in tab.import_problems.toPlainText()

    # The same layout next time: mapped as the leader left it (no department), and every
    # row already in the meeting is refused as a duplicate, so nothing is added twice.
    again = tab.importer.open_file(_people_workbook(tmp_path / "ansatte-2.xlsx"))
    qtbot.addWidget(again)
    assert "department" not in again.state.mapping.columns
    assert again.state.taken() == 0 and not again.import_button.isEnabled()
    again.reject()


def test_a_file_that_is_not_read_gets_one_sentence_and_no_dialog(qtbot, meeting_window, tmp_path):
    tab = _participants_tab(meeting_window)
    picture = tmp_path / "bilde.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert tab.importer.open_file(picture) is None
    assert tab.message.is_error()
    assert tab.message.text() == (
        "“bilde.xlsx” is not a spreadsheet this app can read (Excel, LibreOffice or CSV)."
    )
    assert tab.model.rowCount() == 0


def test_an_open_workbook_is_said_and_still_read(qtbot, meeting_window, tmp_path):
    tab = _participants_tab(meeting_window)
    path = _people_workbook(tmp_path / "ansatte.xlsx")
    (tmp_path / ".~lock.ansatte.xlsx#").write_text("lock")
    dialog = tab.importer.open_file(path)
    qtbot.addWidget(dialog)
    assert "open in LibreOffice" in dialog.notice.text()
    assert dialog.state.taken() == 2
    dialog.reject()


def test_the_workbook_s_new_okrs_come_back_as_next_quarter_s_last_quarter(qapp, db, tmp_path):
    meeting = create_demo_meeting(db)
    workbook = write_workbook(load_minutes(db, meeting), tmp_path / "resultater.xlsx")
    state = ImportState(ImportKind.LAST_QUARTER, read_sheets(workbook))
    assert state.sheet.name == "Nye OKR-er"  # the demo meets in Norwegian
    assert state.can_import() and state.refusals() == []

    next_db = open_database(tmp_path / "next.sqlite3")
    try:
        details = MeetingDetails.from_input(
            "Nordlys Solenergi AS", "2027 Q1", date(2027, 3, 3), time(9)
        )
        next_meeting = meetings.create_meeting(next_db, details)
        assert last_quarter.import_parsed(next_db, next_meeting, state.parsed()) == []
        record = last_quarter.review_meeting_id(next_db, next_meeting)
        assert record is not None

        def shape(items):
            return sorted(
                (
                    o.statement,
                    o.department_name,
                    o.owner_name,
                    o.aligned_key_result_statement,
                    tuple(
                        (k.statement, k.owner_name, k.start_value, k.target_value, k.unit)
                        for k in o.key_results
                    ),
                )
                for o in items
            )

        assert shape(okrs.objective_items(next_db, record)) == shape(
            okrs.objective_items(db, meeting)
        )
    finally:
        next_db.close()
    QApplication.processEvents()


def test_the_button_reads_a_workbook_off_the_app_s_thread_and_maps_an_unknown_csv(
    qtbot, meeting_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    tab = _participants_tab(meeting_window)
    workbook = _people_workbook(tmp_path / "ansatte.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.importer.dialog is not None and tab.importer.dialog.isVisible())
    tab.importer.dialog.reject()
    tab.importer.dialog = None

    # A CSV with our columns is imported at once (as before); one with headers of its own
    # is not refused: it comes to the dialog to be mapped.
    odd = tmp_path / "hr.csv"
    odd.write_text("Avdeling;Fullstendig navn;E-post\nSalg;Kari Nordmann;kari@firma.no\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(odd), ""))
    with qtbot.waitSignal(tab.importFinished, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.importer.dialog
    assert dialog is not None and dialog.isVisible() and not tab.message.is_error()
    assert dialog.column_boxes["email"].currentText() == "C · E-post"
    assert not dialog.import_button.isEnabled()  # no name column yet
    combo = dialog.column_boxes["name"]
    combo.setFocus()
    for _ in range(2):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "B · Fullstendig navn"
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [tab.model.participant(r).email for r in range(tab.model.rowCount())] == [
        "kari@firma.no"
    ]
