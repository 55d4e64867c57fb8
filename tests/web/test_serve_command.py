"""`facilitator serve`: the room link without the window, following what the laptop saved."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime, timedelta

from facilitator.domain.timer import TimerState
from facilitator.serve_command import room_screen
from facilitator.store import agenda
from facilitator.store.demo import create_demo_meeting
from facilitator.web.room import WAITING


def test_the_screen_waits_until_a_block_has_started_then_counts_down(db, meeting_id):
    now = datetime(2026, 12, 3, 9, 5, tzinfo=UTC)
    assert room_screen(None, now) is WAITING
    run = agenda.load_run(db, meeting_id)
    assert room_screen(run, now) is WAITING
    run.toggle(now - timedelta(minutes=2))  # Space: block 1 starts
    screen = room_screen(run, now)
    assert (screen.title, screen.state, screen.phase) == ("1/6 · Good news", "", "normal")
    assert screen.countdown == run.view(now).countdown
    assert run.current.timer.state is TimerState.RUNNING


def test_serve_prints_its_links_and_the_live_view_answers(tmp_path):
    from facilitator.store.database import open_database

    database = tmp_path / "demo.sqlite3"
    db = open_database(database)
    create_demo_meeting(db, datetime.now(UTC))  # in progress: a block runs
    db.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "serve", "--db", str(database), "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ},
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert first.startswith(f"Room link (the live timer): http://127.0.0.1:{port}/r/")
        url = first.split(": ", 1)[1].strip()
        scribes = [server.stdout.readline() for _ in range(4)]
        assert all(line.startswith("Scribe page of Gruppe ") for line in scribes)
        with urllib.request.urlopen(url + "/events", timeout=10) as stream:
            data = next(line for line in stream if line.startswith(b"data: "))
        screen = json.loads(data.removeprefix(b"data: "))["screen"]
        assert screen["title"] == "3/6 · Successes and learnings" and ":" in screen["countdown"]
    finally:
        server.terminate()
        server.wait(10)
        if server.stdout is not None:
            server.stdout.close()
