"""Cold start to the main window shown, beside a bare PySide6 window, in the same run.

Each start is a new Python process that exits as soon as its window has been shown.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, summary

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

FACILITATOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator.paths import set_application_identity
from facilitator.store.database import open_database
from facilitator.ui.main_window import MainWindow
set_application_identity()
app = QApplication([])
db = open_database(sys.argv[1])
window = MainWindow(db)
window.open_latest()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stderr=subprocess.DEVNULL
    )
    return (time.perf_counter() - start) * 1000


def main() -> None:
    database = Path(tempfile.mkdtemp()) / "startup.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", "--db", str(database)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
    )
    timed(BARE)  # warm the file cache for both
    timed(FACILITATOR, str(database))
    bare = [timed(BARE) for _ in range(RUNS)]
    app = [timed(FACILITATOR, str(database)) for _ in range(RUNS)]
    print("bare PySide6 window:         " + summary(bare, "ms"))
    print("Facilitator with demo meeting: " + summary(app, "ms"))


if __name__ == "__main__":
    main()
