"""Adding, editing, removing and importing participants through the setup page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.store import participants as store
from facilitator.ui.models.participants_model import ParticipantTableModel
from tests.ui.typing_helpers import type_text


def _open_editor(qtbot, table, index):
    """Press F2 on a cell as a user would and return the editor that opened."""
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    return editor


def _commit(qtbot, editor):
    """Press Enter in a cell editor; the view commits on its next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _tab(window):
    window.setup_page.tabs.setCurrentWidget(window.setup_page.participants)
    return window.setup_page.participants


def _add(qtbot, tab, name, email="", department=""):
    tab.name_edit.clear()
    tab.email_edit.clear()
    type_text(tab.name_edit, name)
    type_text(tab.email_edit, email)
    tab.department_combo.setEditText(department)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def test_add_participants_and_refuse_bad_ones(qtbot, meeting_window, db, meeting_id):
    tab = _tab(meeting_window)
    _add(qtbot, tab, "Åse Ødegård", "ase@firma.no", "Salg og marked")
    _add(qtbot, tab, "Bjørn Kråkenes", "", "Drift")
    assert tab.model.rowCount() == 2
    assert tab.count_label.text() == "2 participants, 2 present"

    _add(qtbot, tab, "   ")
    assert tab.message.is_error() and tab.message.text() == "Name must not be empty."
    _add(qtbot, tab, "Kari", "kari(at)firma.no")
    assert tab.message.text() == "E-mail: “kari(at)firma.no” is not an e-mail address."
    assert tab.name_edit.text() == "Kari"  # nothing typed is lost
    _add(qtbot, tab, "åse  ØDEGÅRD")
    assert tab.message.text() == "Name: “åse ØDEGÅRD” is already in this meeting."

    people = store.list_participants(db, meeting_id)
    assert [(p.name, p.department.name) for p in people] == [
        ("Åse Ødegård", "Salg og marked"),
        ("Bjørn Kråkenes", "Drift"),
    ]
    # The department picker now offers the departments the participants brought.
    items = [tab.department_combo.itemText(i) for i in range(tab.department_combo.count())]
    assert "Salg og marked" in items and "Drift" in items


def test_edit_cells_and_toggle_present(qtbot, meeting_window, db, meeting_id):
    tab = _tab(meeting_window)
    _add(qtbot, tab, "Kari Nordmann", "kari@firma.no", "Salg")
    table = tab.table

    editor = _open_editor(qtbot, table, tab.model.index(0, ParticipantTableModel.EMAIL))
    editor.selectAll()
    type_text(editor, "not an address")
    _commit(qtbot, editor)
    assert tab.message.text() == "E-mail: “not an address” is not an e-mail address."
    assert store.list_participants(db, meeting_id)[0].email == "kari@firma.no"

    editor = _open_editor(qtbot, table, tab.model.index(0, ParticipantTableModel.EMAIL))
    editor.selectAll()
    type_text(editor, "kari.nordmann@firma.no")
    _commit(qtbot, editor)
    assert store.list_participants(db, meeting_id)[0].email == "kari.nordmann@firma.no"

    combo = _open_editor(qtbot, table, tab.model.index(0, ParticipantTableModel.DEPARTMENT))
    combo_line = combo.lineEdit()
    combo_line.selectAll()
    type_text(combo_line, "Økonomi")
    _commit(qtbot, combo_line)
    assert store.list_participants(db, meeting_id)[0].department.name == "Økonomi"
    departments = meeting_window.setup_page.departments.model
    assert departments.rowCount() == 2  # "Salg" stays until removed, "Økonomi" is new

    table.setFocus()
    table.setCurrentIndex(tab.model.index(0, ParticipantTableModel.PRESENT))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert store.list_participants(db, meeting_id)[0].present is False
    assert tab.count_label.text() == "1 participant, 0 present"


def test_remove_selected_after_confirmation(qtbot, meeting_window, db, meeting_id, confirm):
    tab = _tab(meeting_window)
    for name in ("Kari", "Ola", "Per"):
        _add(qtbot, tab, name)
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "Ola" in confirm[0]
    assert [p.name for p in store.list_participants(db, meeting_id)] == ["Kari", "Per"]
    assert tab.model.rowCount() == 2


def test_import_csv_reports_bad_rows_by_line(
    qtbot, meeting_window, db, meeting_id, tmp_path, monkeypatch
):
    tab = _tab(meeting_window)
    _add(qtbot, tab, "Kari Nordmann")
    csv_file = tmp_path / "deltakere.csv"
    csv_file.write_bytes(
        "Navn;E-post;Avdeling\r\n"
        "Håkon Sæther;hakon@firma.no;Økonomi\r\n"
        "Kari Nordmann;;Salg\r\n"
        "Line Ødven;line@@firma;Kundeservice\r\n"
        "Sølvi Ålvik;;Kundeservice\r\n".encode("cp1252")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    with qtbot.waitSignal(tab.importFinished, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)

    assert [p.name for p in store.list_participants(db, meeting_id)] == [
        "Kari Nordmann",
        "Håkon Sæther",
        "Sølvi Ålvik",
    ]
    assert tab.message.text() == (
        "Imported 2 participants from “deltakere.csv”. 2 rows skipped; see below."
    )
    assert tab.import_problems.isVisible()
    assert tab.import_problems.toPlainText().splitlines() == [
        "Line 3: Name: “Kari Nordmann” is already in this meeting.",
        "Line 4: E-mail: “line@@firma” is not an e-mail address.",
    ]


def test_import_of_a_file_that_is_no_list(qtbot, meeting_window, tmp_path, monkeypatch):
    tab = _tab(meeting_window)
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    with qtbot.waitSignal(tab.importFinished, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert tab.message.is_error() and "not a participant list" in tab.message.text()
    assert tab.model.rowCount() == 0


def test_import_of_excels_csv_for_macintosh_with_cr_alone(
    qtbot, meeting_window, db, meeting_id, tmp_path, monkeypatch
):
    """Excel's "CSV (Macintosh)": cp1252, lines ended by CR alone. It stayed at
    "Importing…" for ever, with nothing imported."""
    tab = _tab(meeting_window)
    csv_file = tmp_path / "mac.csv"
    csv_file.write_bytes(
        "Navn;E-post;Avdeling\rHåkon Sæther;hakon@firma.no;Økonomi\r"
        "Sølvi Ålvik;;Kundeservice\r".encode("cp1252")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    with qtbot.waitSignal(tab.importFinished, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in store.list_participants(db, meeting_id)] == [
        "Håkon Sæther",
        "Sølvi Ålvik",
    ]
    assert tab.message.text() == "Imported 2 participants from “mac.csv”."


def test_an_import_that_fails_in_an_unforeseen_way_still_ends_with_a_sentence(
    qtbot, meeting_window, tmp_path, monkeypatch
):
    """Whatever goes wrong on the import's worker thread, the window says so and the
    import button works again (it stayed at "Importing…")."""
    tab = _tab(meeting_window)
    csv_file = tmp_path / "odd.csv"
    csv_file.write_bytes(b'Navn;E-post\r\n"Kari;kari@x.no\r\n')

    def broken(*_args, **_kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(tab.model, "import_job", lambda path: (broken, ()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    with qtbot.waitSignal(tab.importFinished, timeout=10_000):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert tab.message.is_error() and "could not be imported" in tab.message.text()
    assert tab.import_button.isEnabled()
