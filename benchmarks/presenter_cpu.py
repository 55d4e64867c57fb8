"""CPU used by the app while the presenter view counts down (a live demo meeting)."""

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import REPO  # noqa: F401  (sets up the path and the platform)

SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 30


def main() -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.store.database import open_database
    from facilitator.store.demo import create_demo_meeting
    from facilitator.ui.main_window import MainWindow

    app = QApplication([])
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "bench.sqlite3")
    create_demo_meeting(db, datetime.now(UTC))
    window = MainWindow(db, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.open_latest()
    window.show()
    window.toggle_presenter()
    window.presenter.window.resize(1920, 1080)
    ticks = []
    window.controller.tick.connect(lambda _view: ticks.append(time.monotonic()))
    app.processEvents()

    cpu_start, wall_start = time.process_time(), time.monotonic()
    QTimer.singleShot(SECONDS * 1000, app.quit)
    app.exec()
    cpu, wall = time.process_time() - cpu_start, time.monotonic() - wall_start
    print(
        f"presenter view counting down for {wall:.1f} s: {len(ticks)} repaints, "
        f"CPU {cpu:.3f} s = {100 * cpu / wall:.2f} % of one core"
    )
    window.close()
    db.close()


if __name__ == "__main__":
    main()
