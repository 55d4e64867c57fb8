"""Connections that send half a request and stay open must not shut new phones out.

`facilitator serve` with 1,024 open files allowed, against 1,100 connections on the
loopback that each send half a request line and wait: a new phone gets its first screen
at once, the idle ones are closed after a few seconds, and the log says so once, not
once per accept. Bounded: the flood has a fixed size and every socket is closed at the end.
"""

from __future__ import annotations

import resource
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime

from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.web.connection_guard import HEADER_SECONDS

FLOOD = 1100
FILES_ALLOWED = 1024


def _limited_files() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FILES_ALLOWED, FILES_ALLOWED))


def _first_screen_seconds(url: str) -> float:
    started = time.monotonic()
    with urllib.request.urlopen(url + "/events", timeout=30) as stream:
        next(line for line in stream if line.startswith(b"data: "))
    return time.monotonic() - started


def _closed_by_server(connection: socket.socket) -> bool:
    connection.settimeout(0.001)
    try:
        return connection.recv(1) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False


def test_a_flood_of_idle_connections_leaves_room_for_new_phones(tmp_path, capfd):
    database = tmp_path / "demo.sqlite3"
    db = open_database(database)
    create_demo_meeting(db, datetime.now(UTC))
    db.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "serve", "--db", str(database), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        preexec_fn=_limited_files,
    )
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, FLOOD + 200)), hard))
    idle: list[socket.socket] = []
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split(": ", 1)[1].strip()
        before = _first_screen_seconds(url)
        for _ in range(FLOOD):
            connection = socket.create_connection(("127.0.0.1", port), timeout=5)
            connection.sendall(b"GET /p/")  # half a request line, and then nothing
            idle.append(connection)
        during = _first_screen_seconds(url)
        # Each idle one closed at its deadline (or to make room): looked at until all are,
        # at most two seconds past the last one's deadline.
        deadline = time.monotonic() + HEADER_SECONDS + 2
        open_ones = list(idle)
        while open_ones and time.monotonic() < deadline:
            time.sleep(0.25)
            open_ones = [c for c in open_ones if not _closed_by_server(c)]
        closed = FLOOD - len(open_ones)
        after = _first_screen_seconds(url)
        print(
            f"idle flood: {FLOOD} half requests; first screen {before:.2f} s before, "
            f"{during:.2f} s during, {after:.2f} s after; {closed} idle closed"
        )
        assert during < 2.0 and after < 2.0
        assert closed == FLOOD  # every idle one closed, at its deadline or to make room
    finally:
        for connection in idle:
            connection.close()
        server.terminate()
        _out, errors = server.communicate(timeout=30)
    assert len(errors) < 20_000, errors[-2000:]  # was 167 MB of tracebacks
    assert errors.count("Traceback") == 0


def test_a_failing_accept_is_logged_once_a_minute_with_a_count(caplog):
    """Out of file descriptors, asyncio reports every failed accept; 399,170 tracebacks
    filled 167 MB of stderr in 40 s."""
    import asyncio
    import logging

    from facilitator.web.connection_guard import QuietAcceptErrors

    now = [0.0]
    handler = QuietAcceptErrors(clock=lambda: now[0])
    loop = asyncio.new_event_loop()
    try:
        with caplog.at_level(logging.WARNING, logger="facilitator.web.connection_guard"):
            for second in range(150):
                now[0] = float(second)
                for _ in range(1000):
                    handler(
                        loop,
                        {"message": "socket.accept() out of system resource",
                         "exception": OSError(24, "Too many open files")},
                    )  # fmt: skip
    finally:
        loop.close()
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3  # at 0 s, 60 s and 120 s
    assert "could not accept 1 connection" in lines[0]
    assert "could not accept 60000 connection" in lines[1]


def test_the_window_s_room_link_closes_idle_connections_too(db, meeting_id):
    """The room link inside the window is the same server (`RoomServer`, started on the
    app's behalf): half requests beyond an address's share make room or are refused, and
    a new phone is answered at once."""
    from facilitator.web.server import RoomServer

    server = RoomServer(db, meeting_id=meeting_id)
    server.guard.header_seconds = 1.0
    server.start("127.0.0.1", 0)
    host, port = server.address
    idle = []
    try:
        for _ in range(600):  # beyond the loopback's 512
            connection = socket.create_connection((host, port), timeout=5)
            connection.sendall(b"GET /r/")
            idle.append(connection)
        assert _first_screen_seconds(server.room_url()) < 2.0
        deadline = time.monotonic() + 10
        while server.guard.open_connections() > 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.guard.open_connections() == 0  # every idle one closed by its deadline
        assert server.guard.closed_for_slowness > 0
    finally:
        for connection in idle:
            connection.close()
        server.stop()
