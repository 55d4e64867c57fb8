"""Starting the app: the latest meeting opens; an unusable database gives a dialog."""

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.app import run_gui
from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.main_window import MainWindow


def test_reopening_the_file_shows_the_same_meeting(qtbot, db_path):
    db = open_database(db_path)
    create_demo_meeting(db)
    db.close()
    reopened = open_database(db_path)
    window = MainWindow(reopened)
    qtbot.addWidget(window)
    window.open_latest()
    assert window.windowTitle() == "Facilitator — Nordlys Energi AS 2026 Q4"
    assert window.setup_page.participants.model.rowCount() == 14
    assert window.setup_page.company.vision.toPlainText().startswith("Fornybar energi")
    window.close()
    reopened.close()


def test_unusable_database_shows_a_clear_dialog(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database at all", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[1:]))
    assert run_gui(str(bad)) == 1
    assert shown and "is not a Facilitator database" in shown[0][1]
    assert bad.read_text(encoding="utf-8") == "not a database at all"
    assert QApplication.instance() is qapp
