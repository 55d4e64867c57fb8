"""Opening each block's page and committing one edit through the UI, at 200 and 1000 people.

Prints, per block and size: the wall time from the sidebar click until the page is laid
out (events processed), and the SQL statements it ran. The floor, measured alternately in
the same process, is a bare QTableView over a plain model with as many rows as the block's
biggest table, so the ratio says what the app adds to what Qt itself must do. Goals (issue
"fast at every size"): under 100 ms at 200 people and 300 ms at 1000.

usage: .venv/bin/python benchmarks/block_open.py [SIZES...]   (default: 200 1000)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, goal, verdict  # noqa: F401  (REPO sets the path and platform)
from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import event

from facilitator.domain.agenda import BlockKind
from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.main_window import MainWindow

ROUNDS = 5


def _floor(app: QApplication, rows: int) -> float:
    model = QStandardItemModel(rows, 3)
    for row in range(rows):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"Person {row} · {column}"))
    view = QTableView()
    view.resize(900, 600)
    start = time.perf_counter()
    view.setModel(model)
    view.show()
    app.processEvents()
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed * 1000


def measure(app: QApplication, size: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="block-open-"))
    db = open_database(folder / "meetings.sqlite3")
    meeting_id = create_demo_meeting(db, size=size)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    print(f"\n{size} people")
    print(f"{'block':<22}{'open ms':>10}{'queries':>9}{'floor ms':>10}{'ratio':>7}")
    for kind in BlockKind:
        opened, floors, queries = [], [], 0
        for _ in range(ROUNDS):
            window = MainWindow(db, settings=settings)
            window.load_meeting(meeting_id)
            window.resize(1366, 740)
            window.show()
            app.processEvents()
            current = window.controller.run.current.kind
            statements.clear()
            start = time.perf_counter()
            window.show_run_page(window.agenda_model.row_of(kind))
            app.processEvents()
            opened.append((time.perf_counter() - start) * 1000)
            queries = len(statements)
            shown = window.agenda_view.currentIndex().data(window.agenda_model.KindRole)
            if shown != kind.value:  # a wrong row would time another page
                raise SystemExit(f"opened {shown} instead of {kind.value}")
            floors.append(_floor(app, size))
            window.close()
            window.deleteLater()
            app.processEvents()
        median, floor = statistics.median(opened), statistics.median(floors)
        # The meeting opens on its current block, whose page is read with the meeting.
        note = "   (the current block: read with the meeting)" if kind is current else ""
        print(
            f"{kind.value:<22}{median:>10.1f}{queries:>9}{floor:>10.1f}{median / floor:>7.1f}"
            + note
        )
        limit = 100 if size <= 200 else 300
        goal(f"{kind.value} opens under {limit} ms at {size} people", median < limit)
    _edit(app, db, meeting_id, settings, statements, 100 if size <= 200 else 300)
    db.close()


def _edit(app, db, meeting_id, settings, statements, limit: int) -> None:
    """One edit committed through the UI: a line of feedback added in block 4's table."""
    window = MainWindow(db, settings=settings)
    window.load_meeting(meeting_id)
    window.resize(1366, 740)
    window.show()
    window.show_run_page(window.agenda_model.row_of(BlockKind.CLOSING_QUARTER))
    app.processEvents()
    panel = window.blocks.closing.closing.feedback
    before = panel.model.rowCount()
    times, floors = [], []
    for round_ in range(ROUNDS):
        panel.inputs["text"].setText(f"Takk for innsatsen, runde {round_}")
        statements.clear()
        start = time.perf_counter()
        panel.add_button.click()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        floors.append(_floor(app, panel.model.rowCount()))
    median, floor = statistics.median(times), statistics.median(floors)
    rows = panel.model.rowCount()
    print(
        f"{'edit: add feedback':<22}{median:>10.1f}{len(statements):>9}{floor:>10.1f}"
        f"{median / floor:>7.1f}   ({rows} rows in the table)"
    )
    goal(f"an edit commits under {limit} ms", median < limit)
    goal("every edit was saved and shown", rows == before + ROUNDS and before > 0)
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for size in [int(a) for a in sys.argv[1:]] or [200, 1000]:
        measure(app, size)
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
