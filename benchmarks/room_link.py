"""60 phones on the room link must not slow the laptop's countdown.

The real main window runs a block on the system clock with the room link on (127.0.0.1).
A second process holds N phones: each opens the live view's event stream, as a phone's
browser does, and reads every message. The laptop's run-page countdown is watched as in
timer_drift.py (a 1 ms poller notes each new text; the lateness of a flip is measured
against its ideal moment). Alternating in the same process: runs with no phones and with
N phones. Also printed: the laptop process's CPU (the app and its server thread together)
and how many messages each phone received per second.

Goals: with 60 phones, the digits flip at most 20 ms later than with none (median), and
the laptop's process stays under 15 % of one core.

usage: .venv/bin/python benchmarks/room_link.py [PHONES] [SECONDS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import REPO, goal, verdict  # noqa: F401  (REPO sets the path and platform)
from PySide6.QtWidgets import QApplication
from timer_drift import _lateness, _watch, meeting_window

from facilitator.ui.main_window import MainWindow

PHONES = int(sys.argv[1]) if len(sys.argv) > 1 else 60
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 12

# The phones: N event streams in one asyncio process; prints messages received per phone.
PHONES_SCRIPT = """
import asyncio, sys
import aiohttp

PER_ADDRESS = 200

async def phone(session, url, counts, index):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=None)) as response:
        async for line in response.content:
            if line.startswith(b"data: "):
                counts[index] += 1

async def main(url, n, seconds):
    counts = [0] * n
    # aiohttp's connector holds 100 connections unless told (limit=0: no limit). The phones
    # come from addresses of their own, 200 a loopback address (127.0.0.2, .3, ...), as on
    # the room's network each phone has its own: the server caps connections per address.
    sessions = [
        aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, local_addr=(f"127.0.0.{2 + k}", 0))
        )
        for k in range((n + PER_ADDRESS - 1) // PER_ADDRESS)
    ]
    tasks = [
        asyncio.create_task(phone(sessions[i // PER_ADDRESS], url, counts, i)) for i in range(n)
    ]
    await asyncio.sleep(seconds)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for session in sessions:
        await session.close()
    print(min(counts), max(counts), sum(counts), flush=True)

asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
"""


def measure(app: QApplication, window: MainWindow, phones: int, seconds: float):
    """(lateness of each flip in ms, CPU % of the laptop's process, messages per phone/s)."""
    run = window.controller.run
    total = run.current.timer.planned_seconds + run.current.timer.adjust_seconds
    started_at = run.current.timer.started_at
    paused = run.current.timer.paused_seconds
    started = time.perf_counter() - (datetime.now(UTC) - started_at).total_seconds() + paused
    crowd = None
    if phones:
        url = window.room_link.room_url() + "/events"
        crowd = subprocess.Popen(
            [sys.executable, "-c", PHONES_SCRIPT, url, str(phones), str(seconds + 1)],
            stdout=subprocess.PIPE,
            text=True,
        )
        # Every phone connected before the watching starts, with the app's loop running
        # meanwhile (a sleep here made the phase's first flip 180-275 ms late).
        settle = time.perf_counter() + 0.5 + phones / 1000
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.002)
    cpu = time.process_time()
    flips = _watch(app, window.run_page.countdown.text, seconds)
    used = (time.process_time() - cpu) / seconds * 100
    per_phone = 0.0
    if crowd is not None:
        assert crowd.stdout is not None
        # The phones leave a moment after the watching ends; the app's loop goes on
        # meanwhile (blocking it here would make the next phase's first flip late).
        while crowd.poll() is None:
            app.processEvents()
            time.sleep(0.002)
        low, _high, count = (int(x) for x in crowd.stdout.read().split())
        per_phone = count / phones / (seconds + 1)
        if low == 0:
            raise SystemExit("a phone received nothing")
    return _lateness(flips, started, total), used, per_phone


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="room-link-"))
    window, _db = meeting_window(folder)
    window.room_link.set_meeting(window.meeting_id)
    window.room_link.turn_on("127.0.0.1", 0)
    window.controller.toggle()  # the block runs
    app.processEvents()
    print(f"room link: {PHONES} phones against none, alternating, {SECONDS:.0f} s each")
    alone, crowded, cpu_alone, cpu_crowded, rates = [], [], [], [], []
    for _ in range(2):
        late, cpu, _rate = measure(app, window, 0, SECONDS / 2)
        alone += late
        cpu_alone.append(cpu)
        late, cpu, rate = measure(app, window, PHONES, SECONDS / 2)
        crowded += late
        cpu_crowded.append(cpu)
        rates.append(rate)
    window.room_link.turn_off()
    window.close()
    base, loaded = statistics.median(alone), statistics.median(crowded)
    print(
        f"  no phones:  flips {len(alone)}, lateness median {base:.1f} ms, "
        f"max {max(alone):.1f} ms; CPU {statistics.mean(cpu_alone):.1f} % of a core"
    )
    print(
        f"  {PHONES} phones: flips {len(crowded)}, lateness median {loaded:.1f} ms "
        f"({loaded / base:.2f}x the no-phone floor, {loaded - base:+.1f} ms), "
        f"max {max(crowded):.1f} ms; CPU {statistics.mean(cpu_crowded):.1f} % of a core; "
        f"each phone got {statistics.mean(rates):.1f} screens a second"
    )
    goal(f"with {PHONES} phones the digits flip at most 20 ms later (median)", loaded - base <= 20)
    goal(f"with {PHONES} phones or none, no flip over 100 ms late", max(alone + crowded) <= 100)
    goal(
        f"with {PHONES} phones the laptop's process stays under 15 % of a core",
        statistics.mean(cpu_crowded) < 15,
    )
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
