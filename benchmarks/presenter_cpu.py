"""CPU of the app while the presenter view counts down, beside a bare countdown.

Each round starts two processes one after the other, the same way, and lets each count
down for SECONDS after it is set up (start-up is not counted):

- *app*: the real main window on a live demo meeting (200 people, a block running), the
  presenter view shown at 1920×1080 — everything the laptop does each second: the run
  page, the sidebar, the presenter, the garbage collector's timer, the key filter;
- *floor*: a bare QLabel of the same size showing the same "MM:SS" in a large font,
  re-aimed at each whole second by a QTimer.

Each child reports its CPU time (`time.process_time`) and how many times its digits
changed; a child whose digits did not change every second fails the run, so an app that
stopped counting cannot pass by using no CPU. Goal (issue "fast at every size"): the app
under 2 % of one core.

usage: .venv/bin/python benchmarks/presenter_cpu.py [SECONDS] [ROUNDS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

from _common import REPO, goal, verdict

SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3

CHILD = """
import json, sys, tempfile, time
from datetime import UTC, datetime
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

which, seconds = sys.argv[1], float(sys.argv[2])
app = QApplication(sys.argv[:1])
flips = []

if which == "app":
    from facilitator.store.database import open_database
    from facilitator.store.demo import create_demo_meeting
    from facilitator.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "bench.sqlite3")
    create_demo_meeting(db, datetime.now(UTC), size=200)
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    window.open_latest()
    window.show()
    window.toggle_presenter()
    window.presenter.window.resize(1920, 1080)
    read = window.presenter.window.countdown.text
else:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFont(QFont("DejaVu Sans", 300, QFont.Weight.Bold))
    label.resize(1920, 1080)
    label.show()
    started, total = time.perf_counter(), 15 * 60
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def tick():
        elapsed = time.perf_counter() - started
        shown = total - int(elapsed)
        label.setText(f"{shown // 60:02d}:{shown % 60:02d}")
        timer.start(max(1, int((1 - elapsed % 1) * 1000) + 2))

    timer.timeout.connect(tick)
    tick()
    read = label.text

for _ in range(20):
    app.processEvents()
last = read()

def look():
    global last
    if read() != last:
        last = read()
        flips.append(last)

# Looking once a second, just after the flip, costs next to nothing (both children do it).
watcher = QTimer()
watcher.timeout.connect(look)
watcher.start(1000)
cpu, wall = time.process_time(), time.monotonic()
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
cpu, wall = time.process_time() - cpu, time.monotonic() - wall
print(json.dumps({"cpu": cpu, "wall": wall, "flips": len(flips)}))
"""


def _child(which: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, which, str(SECONDS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    print(f"{ROUNDS} rounds of {SECONDS} s each, alternating")
    shares: dict[str, list[float]] = {"app": [], "floor": []}
    for _ in range(ROUNDS):
        for which in ("app", "floor"):
            result = _child(which)
            shares[which].append(100 * result["cpu"] / result["wall"])
            # The digits changed once a second (the watcher's first look may miss one).
            if result["flips"] < SECONDS - 2:
                goal(f"the {which}'s digits changed every second ({result['flips']:.0f})", False)
    app, floor = statistics.median(shares["app"]), statistics.median(shares["floor"])
    print(f"  app, presenter view at 1920x1080: median {app:.2f} % of one core")
    print(f"  floor, bare QLabel countdown:     median {floor:.2f} % of one core")
    print(f"  ratio {app / floor:.1f}x")
    goal("the app counting down uses under 2 % of one core", app < 2.0)
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
