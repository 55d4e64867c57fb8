"""Learning what the other laptops on a shared meeting changed: PostgreSQL's LISTEN/NOTIFY.

Every table announces its changes on one channel (see shared.ensure_change_triggers); a
ChangeListener holds one connection of its own that waits for those notices on a thread
and hands each batch of changed table names to `deliver`. Nothing is polled: the thread
sleeps in the server's socket until a notice arrives or a quarter second passes (to notice
`stop`). Notices from this laptop's own connections are skipped.

When the connection is lost, `connected(False)` is called and the listener tries again
every few seconds; after it is back, `deliver({EVERYTHING})` says that notices may have
been missed and everything should be read again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from facilitator.store.database import Database

log = logging.getLogger(__name__)

EVERYTHING = "*"
WAIT_SECONDS = 0.25  # how long one wait for notices lasts (and so how fast `stop` is)
RETRY_SECONDS = 3.0
PING_SECONDS = 5.0
GATHER_SECONDS = 0.05  # notices arriving this close together are delivered as one batch


class ChangeListener:
    def __init__(
        self,
        db: Database,
        deliver: Callable[[frozenset[str]], None],
        connected: Callable[[bool], None] = lambda _up: None,
    ) -> None:
        if not db.shared:
            raise ValueError("only a shared (PostgreSQL) database announces changes")
        self._conninfo = db.engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False
        )
        self._own = db.backends  # this laptop's connections: its own changes
        self._deliver = deliver
        self._connected = connected
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="shared-changes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)

    def _run(self) -> None:
        import psycopg

        from facilitator.store.shared import CHANGES_CHANNEL

        was_lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self._connected(True)
                    if was_lost:
                        self._deliver(frozenset({EVERYTHING}))
                    was_lost = False
                    self._listen(conn)
            except psycopg.Error as error:
                if not was_lost:
                    log.warning("Lost the shared meeting's change notices: %s", error)
                    self._connected(False)
                was_lost = True
                self._stop.wait(RETRY_SECONDS)

    def _listen(self, conn) -> None:  # type: ignore[no-untyped-def]
        last_ping = time.monotonic()
        while not self._stop.is_set():
            notices = list(conn.notifies(timeout=WAIT_SECONDS))
            if notices:  # keep gathering briefly: one edit often touches several tables
                notices += conn.notifies(timeout=GATHER_SECONDS)
            tables = {n.payload for n in notices if n.pid not in self._own}
            if tables:
                self._deliver(frozenset(tables))
            if time.monotonic() - last_ping > PING_SECONDS:
                # A connection that died quietly (a laptop's Wi-Fi gone) does not always
                # raise while waiting: a tiny query finds out.
                conn.execute("SELECT 1")
                last_ping = time.monotonic()
