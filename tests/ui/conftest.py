from datetime import date

import pytest

from facilitator.store.demo import create_demo_meeting
from facilitator.ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def meeting_window(window, meeting_id):
    window.load_meeting(meeting_id)
    return window


@pytest.fixture
def demo_window(window, db):
    window.load_meeting(create_demo_meeting(db))
    return window


@pytest.fixture
def confirm(monkeypatch):
    """Answer Yes to confirmation questions (the modal box is the system edge here)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def yes(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked
