"""How late the app's own countdown digits flip, and whether they drift, on the real clock.

The real main window runs a block with the system clock; a 1 ms poller reads the run
page's and the presenter's countdown labels and notes the moment each new text appears.
Each text has an ideal moment (the block's start plus the seconds counted), so the
lateness of every flip is measured on the app's labels themselves, including the repaint
scheduling and the signal chain. The floor, run alternately in the same process: a bare
QLabel driven by a QTimer that re-aims at each whole second the same way a stage timer
would. Drift is the change of lateness from the first to the last minute.

usage: .venv/bin/python benchmarks/timer_drift.py [SECONDS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import REPO, goal, verdict  # noqa: F401  (sets the path and the platform)
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store.database import Database, open_database
from facilitator.store.meetings import create_meeting
from facilitator.ui.main_window import MainWindow

SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20


def _watch(app: QApplication, read, seconds: float) -> list[tuple[float, str]]:
    """(perf_counter, text) each time `read()` shows a new text, for `seconds`."""
    flips: list[tuple[float, str]] = []
    last = read()
    poller = QTimer()
    poller.setTimerType(Qt.TimerType.PreciseTimer)

    def poll() -> None:
        nonlocal last
        text = read()
        if text != last:
            flips.append((time.perf_counter(), text))
            last = text

    poller.timeout.connect(poll)
    poller.start(1)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    poller.stop()
    return flips


def _lateness(flips: list[tuple[float, str]], started: float, total: int) -> list[float]:
    """ms each flip came after its ideal moment (text "MM:SS" = total − elapsed seconds)."""
    late = []
    for moment, text in flips:
        if ":" not in text:
            continue
        minutes, seconds = text.lstrip("+").split(":")[-2:]
        shown = int(minutes) * 60 + int(seconds)
        ideal = started + (total - shown)
        late.append((moment - ideal) * 1000)
    return late


def meeting_window(folder: Path) -> tuple[MainWindow, Database]:
    """The real main window on a new meeting starting now, its run page and presenter shown
    (also used by room_link.py)."""
    db = open_database(folder / "meetings.sqlite3")
    today = datetime.now().astimezone()
    details = MeetingDetails.from_input(
        "Drift AS", "2026 Q4", today.date(), today.time().replace(microsecond=0), "", "Kari"
    )
    meeting_id = create_meeting(db, details)
    window = MainWindow(db, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.load_meeting(meeting_id)
    window.show_run_page()
    window.show()
    window.toggle_presenter()
    return window, db


def app_run(app: QApplication, seconds: float) -> list[float]:
    window, db = meeting_window(Path(tempfile.mkdtemp(prefix="drift-")))
    app.processEvents()
    total = window.controller.run.current.timer.planned_seconds
    window.controller.toggle()
    # The block started at the saved instant; perf_counter at that instant:
    started_at = window.controller.run.current.timer.started_at
    started = time.perf_counter() - (datetime.now(UTC) - started_at).total_seconds()
    page = _lateness(_watch(app, window.run_page.countdown.text, seconds), started, total)
    window.close()
    db.close()
    return page


def floor_run(app: QApplication, seconds: float) -> list[float]:
    label = QLabel()
    label.show()
    total = 15 * 60
    started = time.perf_counter()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def tick() -> None:
        elapsed = time.perf_counter() - started
        shown = total - int(elapsed)
        label.setText(f"{shown // 60:02d}:{shown % 60:02d}")
        timer.start(max(1, int((1 - (elapsed % 1)) * 1000) + 2))

    timer.timeout.connect(tick)
    tick()
    flips = _watch(app, label.text, seconds)
    timer.stop()
    label.close()
    return _lateness(flips, started, total)


def _drift(late: list[float]) -> float:
    """How much later the last quarter's flips come than the first quarter's (ms)."""
    head, tail = late[: max(1, len(late) // 4)], late[-max(1, len(late) // 4) :]
    return statistics.median(tail) - statistics.median(head)


def _figures(name: str, late: list[float]) -> str:
    if not late:
        return f"{name}: no flips seen"
    drift = _drift(late)
    return (
        f"{name}: {len(late)} flips, lateness median {statistics.median(late):.1f} ms, "
        f"max {max(late):.1f} ms, drift {drift:+.1f} ms over the run"
    )


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    half = SECONDS / 2
    floor_a = floor_run(app, half / 2)
    page = app_run(app, half)
    floor_b = floor_run(app, half / 2)
    floor = floor_a + floor_b
    print(_figures("app's run-page countdown", page))
    print(_figures("floor (bare QLabel on a re-aimed QTimer)", floor))
    if page and floor:
        ratio = statistics.median(page) / max(0.1, statistics.median(floor))
        print(f"ratio of median lateness, app / floor: {ratio:.1f}")
    # The issue names no figure for the digits; these are what a room would notice (a
    # second that visibly stutters, a countdown that slides) and catch a regression.
    goal("the app's digits flipped every second", len(page) >= half - 2)
    goal("every flip of the app's digits at most 100 ms late", bool(page) and max(page) <= 100)
    goal(
        "the app's digits do not drift (under 20 ms over the run)",
        bool(page) and abs(_drift(page)) < 20,
    )
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
