"""Test configuration: headless Qt, an isolated user data folder, and automatic GUI marks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Set before anything imports Qt, so no test ever needs a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("FACILITATOR_DB", None)

from PySide6.QtCore import QStandardPaths

# Never touch the real user data folder from a test.
QStandardPaths.setTestModeEnabled(True)

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tag every test that uses qtbot or qapp as `gui`, so `-m "not gui"` is a fast loop."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server for the whole session (see tests/postgres.py)."""
    pytest.importorskip("pgserver", reason="pgserver is in the test extra: make test installs it")
    from tests.postgres import running_server

    with running_server() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.sqlite3"


@pytest.fixture
def db(db_path: Path):
    from facilitator.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def meeting_id(db) -> int:
    from datetime import date, time

    from facilitator.domain.meeting_details import MeetingDetails
    from facilitator.store.meetings import create_meeting

    details = MeetingDetails.from_input(
        "Fjordkraft Test AS", "2026 Q4", date(2026, 12, 3), time(9, 0), "Oslo", "Kari Nordmann"
    )
    return create_meeting(db, details)


@pytest.fixture
def python_exe() -> str:
    return sys.executable
