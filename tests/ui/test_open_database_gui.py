"""File → Open database…: another file or a shared meeting opens in a window of its own,
and a shared meeting's password is never kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def _dialog(qtbot, window):
    launched = []
    window.meeting_commands.launch = lambda target, password: (
        launched.append((target, password)) or True
    )
    window.commands.open_database()
    dialog = window.meeting_commands.open_database_dialog
    qtbot.waitExposed(dialog)
    return dialog, launched


def test_a_shared_meeting_opens_in_a_window_of_its_own_and_its_password_is_not_kept(
    qtbot, meeting_window, settings, tmp_path
):
    dialog, launched = _dialog(qtbot, meeting_window)
    dialog.url.setCurrentText("postgresql://kari@db.firma.no/okr")
    dialog.password.setText("hemmelig-ÆØÅ")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert launched == [("postgresql://kari@db.firma.no/okr", "hemmelig-ÆØÅ")]
    assert "in a window of its own" in meeting_window.statusBar().currentMessage()
    settings.sync()
    written = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "db.firma.no" in written  # remembered for next time …
    assert "hemmelig" not in written  # … without the password

    dialog, launched = _dialog(qtbot, meeting_window)
    assert dialog.shared_choice.isChecked()
    assert dialog.url.currentText() == "postgresql+psycopg://kari@db.firma.no/okr"


def test_a_url_with_a_password_in_it_is_remembered_without_it(qtbot, meeting_window, settings):
    dialog, launched = _dialog(qtbot, meeting_window)
    dialog.url.setCurrentText("postgresql://kari:hemmelig@db.firma.no/okr")
    dialog._accept_if_valid()
    assert launched[0][0] == "postgresql://kari:hemmelig@db.firma.no/okr"
    settings.sync()
    assert "hemmelig" not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_a_wrong_address_or_no_file_is_said_and_nothing_starts(qtbot, meeting_window, tmp_path):
    dialog, launched = _dialog(qtbot, meeting_window)
    dialog.url.setCurrentText("mysql://kari@db/okr")
    dialog._accept_if_valid()
    assert dialog.isVisible()
    assert dialog.message.text() == "Write the address as postgresql://name@server/database."
    dialog.file_choice.setChecked(True)
    dialog._accept_if_valid()
    assert dialog.message.text() == "Choose a meeting file."
    dialog.file_path.setText(str(tmp_path / "q1.sqlite3"))
    dialog._accept_if_valid()
    assert launched == [(tmp_path / "q1.sqlite3", None)]
    assert not dialog.isVisible()


def test_the_launch_hands_the_database_on_and_the_password_only_in_the_environment(
    qtbot, tmp_path, python_exe, monkeypatch
):
    """A real process is started; in place of a second app window it writes down the
    command line and PGPASSWORD it was given."""
    import json

    from facilitator.ui import database_launch

    assert database_launch.app_command() == (python_exe, ["-m", "facilitator"])
    record = tmp_path / "started.json"
    script = (
        "import json, os, sys; "
        f"open({str(record)!r}, 'w').write(json.dumps([sys.argv[1:], os.environ.get('PGPASSWORD')]))"
    )
    monkeypatch.setattr(database_launch, "app_command", lambda: (python_exe, ["-c", script]))
    assert database_launch.launch_on("postgresql://kari@db.firma.no/okr", "hemmelig")
    qtbot.waitUntil(record.exists, timeout=10_000)
    qtbot.waitUntil(lambda: record.read_text() != "", timeout=10_000)
    arguments, password = json.loads(record.read_text())
    assert arguments == ["--db", "postgresql://kari@db.firma.no/okr"]
    assert password == "hemmelig"
