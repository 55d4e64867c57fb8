"""Cold start to the first paint of the visible main window, beside a bare PySide6 window.

Each start is a new Python process, started the same way for both: `python -c` with the
same probe, which creates the QApplication and watches the main window's paint events
from the moment it is shown (not every event of the application: see PROBE). The bare child
then shows an empty `QMainWindow` of the app's size; the app's child runs the real
command line (`facilitator.cli.main(["--db", PATH])`: translator, icon, single-instance
lock, the window). The clock starts just before the process is created and stops when
the child reports the figure (it exits at once after, so teardown is not counted):

- *first paint*: the first paint event of the main window (the goal's figure). The app
  paints its frame (sidebar, menus, "Opening …") before it opens the database.
- *meeting on screen*: the first paint after the database is attached, with the latest
  meeting loaded (or the welcome page for the empty database). Printed beside the same
  bare window for comparison, and beside the floor for any window that shows our data:
  the bare window that, after its first paint, opens the store and reads the latest
  meeting through the ORM (importing SQLAlchemy, the schema check, the first query).
  No goal of its own: the store's floor alone is several times the bare window.

Bare and app starts alternate, so both see the same machine state; the first of each is a
warm-up. The package's bytecode is written first, as an installed app has it. On a real
display (DISPLAY set) the windows are real; otherwise offscreen. The children use a
scratch settings folder, never the user's.
Goal (issue "fast at every size"): the first paint at most 1.5x the bare window, with the
demo database and with a new empty one.

usage: .venv/bin/python benchmarks/startup.py [RUNS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, compile_package, goal, summary, verdict

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7

PROBE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    first_seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if not self.first_seen:
                self.first_seen = True
                sys.stdout.write("first\\n")
            ready = getattr(watched, "is_attached", lambda: True)()
            if ready:
                sys.stdout.write("ready\\n")
                sys.stdout.flush()
                os._exit(0)
            sys.stdout.flush()
        return False

probe = Probe()
# The probe watches the main window from the moment it is shown (show, showMaximized and
# the rest all go through setVisible), not every event of the application: a Python
# filter on the whole application would cost each widget the app builds a call into
# Python, which the app itself never pays.
_set_visible = QMainWindow.setVisible
def _watch_when_shown(window, visible):
    if visible:
        window.installEventFilter(probe)
    _set_visible(window, visible)
QMainWindow.setVisible = _watch_when_shown
app = QApplication(sys.argv[:1])
"""

BARE = (
    PROBE
    + """
window = QMainWindow()
window.resize(1200, 780)
window.show()
app.exec()
"""
)

# The floor for any window that shows a meeting from our store: the bare window, then
# (after its first paint, as the app does) the store opened and the latest meeting read
# through the ORM, shown in a label. Importing SQLAlchemy, opening the file (the schema
# check) and the ORM's first query are in it; the app's own widgets are not.
STORE = (
    PROBE
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

class StoreWindow(QMainWindow):
    attached = False

    def is_attached(self):
        return self.attached

def read_meeting():
    from facilitator.store import meetings
    from facilitator.store.database import open_database

    db = open_database(sys.argv[1])
    latest = meetings.latest_meeting_id(db)
    facts = meetings.meeting_facts(db, latest) if latest is not None else None
    window.setCentralWidget(QLabel(facts.company if facts else "no meeting"))
    window.attached = True
    window.update()

window = StoreWindow()
window.resize(1200, 780)
window.show()
QTimer.singleShot(0, read_meeting)
app.exec()
"""
)

FACILITATOR = (
    PROBE
    + """
from facilitator.cli import main
main(["--db", sys.argv[1]])
"""
)


def timed(code: str, settings: Path, *args: str) -> tuple[float, float]:
    """Milliseconds to the first paint and to the paint with the meeting on screen."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(settings)}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    lines, marks = [], []
    for line in child.stdout:
        marks.append((time.perf_counter() - start) * 1000)
        lines.append(line.strip())
        if lines[-1] == "ready":
            break
    child.wait(timeout=60)
    if lines != ["first", "ready"]:
        raise SystemExit(f"a start did not paint as expected: {lines}")
    return marks[0], marks[1]


def main() -> int:
    compile_package()
    folder = Path(tempfile.mkdtemp())
    settings = folder / "settings"
    demo = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", "--db", str(demo)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
    )
    empty = folder / "empty.sqlite3"
    platform = "a real display" if os.environ.get("DISPLAY") else "offscreen"
    print(f"cold start, {RUNS} alternating runs each, {platform}")
    for label, database in (("demo meeting", demo), ("new empty database", empty)):
        timed(BARE, settings)  # warm the file cache for both
        timed(FACILITATOR, settings, str(database))
        bare, store, first, ready = [], [], [], []
        for _ in range(RUNS):
            bare.append(timed(BARE, settings)[0])
            store.append(timed(STORE, settings, str(database))[1])
            app_first, app_ready = timed(FACILITATOR, settings, str(database))
            first.append(app_first)
            ready.append(app_ready)
        floor = statistics.median(bare)
        ratio = statistics.median(first) / floor
        print(f"  bare PySide6 window, first paint:   {summary(bare, 'ms')}")
        store_floor = statistics.median(store)
        print(
            f"  the same window showing the store's latest meeting: {summary(store, 'ms')}  "
            f"ratio {store_floor / floor:.2f}x"
        )
        print(f"  Facilitator ({label}):")
        print(f"    first paint of its window:        {summary(first, 'ms')}  ratio {ratio:.2f}x")
        print(
            f"    meeting on screen:                {summary(ready, 'ms')}  "
            f"ratio {statistics.median(ready) / floor:.2f}x "
            f"({statistics.median(ready) / store_floor:.2f}x the window showing the store)"
        )
        goal(f"first paint with a {label} at most 1.5x a bare window", ratio <= 1.5)
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
