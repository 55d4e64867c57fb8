"""Cold start to the first paint of a visible main window, beside a bare PySide6 window.

Each start is a new Python process. The clock starts just before the process is created
and stops when the child reports that its main window has received its first paint event
(not when the event loop first turns, and without the teardown: the child exits at once).
Bare and app starts alternate, so both see the same machine state; the first of each is
a warm-up. On a real display (DISPLAY set) the windows are real; otherwise offscreen.
Goal (issue "fast at every size"): the app at most 1.5x the bare window, with the demo
database and with a new empty one.

usage: .venv/bin/python benchmarks/startup.py [RUNS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, goal, summary

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7

FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("painted\\n")
            sys.stdout.flush()
            os._exit(0)
        return False
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 780)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""
)

FACILITATOR = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication
from facilitator.paths import set_application_identity
set_application_identity()
app = QApplication([])
from facilitator.store.database import open_database
from facilitator.ui.main_window import MainWindow
db = open_database(sys.argv[1])
window = MainWindow(db)
spy = FirstPaint()
window.installEventFilter(spy)
window.open_latest()
window.show()
app.exec()
"""
)


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise SystemExit("a start never painted its window")
    return elapsed


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    demo = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", "--db", str(demo)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
    )
    empty = folder / "empty.sqlite3"
    platform = "a real display" if os.environ.get("DISPLAY") else "offscreen"
    print(f"cold start to first paint, {RUNS} alternating runs each, {platform}")
    for label, database in (("demo meeting", demo), ("new empty database", empty)):
        timed(BARE)  # warm the file cache for both
        timed(FACILITATOR, str(database))
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(timed(BARE))
            app.append(timed(FACILITATOR, str(database)))
        ratio = statistics.median(app) / statistics.median(bare)
        print(f"  bare PySide6 window:        {summary(bare, 'ms')}")
        print(f"  Facilitator, {label}: {summary(app, 'ms')}  ratio {ratio:.1f}x")
        goal(f"cold start with a {label} at most 1.5x a bare window", ratio <= 1.5)


if __name__ == "__main__":
    raise SystemExit(main())
