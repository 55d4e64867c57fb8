"""The window's side of a shared meeting: what the other laptops changed, on the app's thread.

The ChangeListener (store/changes.py) runs on a thread of its own and only puts plain
values (sets of table names, True/False) in a queue; a timer on the app's thread empties it,
so no Qt object is touched off the app's thread. The timer only reads a local queue: the
database is never polled.
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.store.database import Database

DELIVERY_MS = 50  # an empty queue costs microseconds; a change shows soon after it arrives


class SharedMeeting(QObject):
    # frozenset[str] of table names; "*" means "read everything again"
    changedElsewhere = Signal(object)
    connectionChanged = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        from facilitator.store.changes import ChangeListener

        super().__init__(parent)
        self._inbox: queue.SimpleQueue[tuple[str, object]] = queue.SimpleQueue()
        self._listener = ChangeListener(
            db,
            lambda tables: self._inbox.put(("changed", tables)),
            lambda up: self._inbox.put(("connected", up)),
        )
        self._timer = QTimer(self, interval=DELIVERY_MS)
        self._timer.timeout.connect(self._deliver)
        self.connected = False

    def start(self) -> None:
        self._listener.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._listener.stop()

    def _deliver(self) -> None:
        tables: set[str] = set()
        while True:
            try:
                kind, value = self._inbox.get_nowait()
            except queue.Empty:
                break
            if kind == "connected":
                self.connected = bool(value)
                self.connectionChanged.emit(self.connected)
            else:
                tables |= value  # type: ignore[arg-type]
        if tables:
            self.changedElsewhere.emit(frozenset(tables))
