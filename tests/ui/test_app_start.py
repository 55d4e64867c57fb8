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


def test_a_half_upgraded_file_offers_its_earlier_backup(qapp, tmp_path, monkeypatch):
    """An older release crashed half-way through an upgrade: the app says so and offers the
    copy it took before; accepting restores it and the meeting opens."""
    import shutil
    import sqlite3

    from facilitator.app import _open_or_explain
    from facilitator.store.meetings import list_meetings
    from tests.conftest import DATA_DIR

    path = tmp_path / "meetings.sqlite3"
    shutil.copy(DATA_DIR / "schema_0004.sqlite3", path)
    earlier = path.with_name(f"{path.name}.0004.20261120T080000000000Z.bak")
    shutil.copy(path, earlier)
    half = sqlite3.connect(path)
    half.execute("ALTER TABLE meeting ADD COLUMN group_work_start FLOAT")
    half.commit()
    half.close()
    asked = []

    def yes(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    db = _open_or_explain(path)
    assert db is not None
    try:
        assert "could not be upgraded" in asked[0] and earlier.name in asked[0]
        assert list_meetings(db)[0].company == "Nordlys Energi AS"
        assert list(tmp_path.glob("*.damaged"))  # the half-upgraded file is kept
    finally:
        db.close()


def test_the_window_never_starts_taller_than_the_screen(qtbot, db):
    """A 1366×768 laptop has no room for 780 pixels plus a title bar: start maximized
    there; on a screen with room the window keeps its comfortable size."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    window.resize(available.width() - 100, available.height() - 100)
    window.show_fitting_screen()
    qtbot.waitExposed(window)
    assert not window.isMaximized()
    window.close()
    taller = MainWindow(db)
    qtbot.addWidget(taller)
    taller.resize(available.width() - 100, available.height())
    taller.show_fitting_screen()
    qtbot.waitExposed(taller)
    assert taller.isMaximized()  # the window manager then fits it (checked under Xvfb)
    taller.close()


def test_the_window_shows_at_once_and_the_latest_meeting_fills_it(qapp, db_path):
    """The frame is on the screen (menus off, "Opening …") before the database is opened;
    once it is attached, the latest meeting fills the same window."""
    from PySide6.QtCore import QTimer

    db = open_database(db_path)
    create_demo_meeting(db)
    db.close()
    seen: dict[str, object] = {}

    def look() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        if window is not None and "frame" not in seen:
            seen["frame"] = (
                window.isVisible(),
                window.opening_label.isVisible(),
                window.opening_label.text(),
                window.menuBar().isEnabled(),
                [action.text() for action in window.menuBar().actions()],
            )
        if window is None or window.meeting_id is None:
            QTimer.singleShot(5, look)
            return
        seen["filled"] = (
            window.windowTitle(),
            window.menuBar().isEnabled(),
            window.export_action.isEnabled(),  # the menus' commands came with the database
        )
        qapp.exit(0)  # `run_gui` then hides and deletes the window

    QTimer.singleShot(0, look)
    assert run_gui(str(db_path)) == 0
    menus = ["&File", "&View", "&Help"]
    assert seen["frame"] == (True, True, f"Opening “{db_path.name}”…", False, menus)
    assert seen["filled"] == ("Facilitator — Nordlys Energi AS 2026 Q4", True, True)


def test_a_meeting_under_way_opens_without_building_the_setup_page(demo_window, db):
    """The setup page (five tabs, each read from the database) is built when it is first
    shown: a meeting under way opens on the run page without it."""
    from facilitator.store.participants import list_participants
    from facilitator.ui.setup.setup_page import SetupPage

    assert demo_window.pages.currentWidget() is demo_window.run_page
    assert demo_window.findChild(SetupPage) is None

    demo_window.show_setup()

    page = demo_window.pages.currentWidget()
    assert isinstance(page, SetupPage) and demo_window.findChild(SetupPage) is page
    people = list_participants(db, demo_window.meeting_id)
    assert page.participants.model.rowCount() == len(people) > 0  # read for this meeting
    demo_window.show_run_page()
    demo_window.show_setup()
    assert demo_window.findChildren(SetupPage) == [page]  # built once
