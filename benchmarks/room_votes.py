"""300 phones spend their dots in block 3's dot-vote at once.

The real main window runs a meeting on the system clock with the room link on
(127.0.0.1), walked with PageDown to the open dot-vote (12 groups' flip charts, 3 dots a
phone, one a line). A second process holds N phones: each opens the participants' event
stream, then at the same moment each first tries to spend 4 dots (refused: over budget)
and then spends 3 on lines of its own choosing. Alternating in the same process with runs
without phones, the laptop's run-page countdown is watched as in timer_drift.py.

Printed and checked: every phone's over-budget allocation refused and its own counted once
(the store holds N voters and 3 N dots), the room's screen showing "Voted so far: N"
within a second of the last phone's answer, and the countdown's lateness against the runs
without phones (median at most 20 ms later).

usage: .venv/bin/python benchmarks/room_votes.py [PHONES] [SECONDS]
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
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from timer_drift import _lateness, _watch, meeting_window

from facilitator.domain.dot_vote import DotRules
from facilitator.domain.run_steps import StepKind
from facilitator.store import dot_votes, groups
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant

PHONES = int(sys.argv[1]) if len(sys.argv) > 1 else 300
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 12

# The phones: N event streams and N votes in one asyncio process. Prints the refused and
# counted allocations and the wall-clock moment of the last answer.
PHONES_SCRIPT = """
import asyncio, json, random, sys, time
import aiohttp

PER_ADDRESS = 100  # a phone per address on a real network; 100 keep under its rate

async def phone(session, base, index, start, results):
    voter = f"bench-phone-{index:05d}"
    async with session.get(base + "/events", timeout=aiohttp.ClientTimeout(total=None)) as events:
        await events.content.readline()
        await start.wait()
        async with session.get(base + "/vote", params={"voter": voter}) as response:
            vote = await response.json()
        ids = [str(line["id"]) for line in vote["lines"]]
        rng = random.Random(index)
        over = {line: 1 for line in rng.sample(ids, 4)}
        async with session.post(base + "/dots", json={"voter": voter, "key": vote["key"], "dots": over}) as r:
            results["refused"] += r.status == 422
        mine = {line: 1 for line in rng.sample(ids, 3)}
        async with session.post(base + "/dots", json={"voter": voter, "key": vote["key"], "dots": mine}) as r:
            results["counted"] += r.status == 201
            results["last"] = max(results["last"], time.time())
        async for _line in events.content:
            pass

async def main(base, n, seconds):
    results = {"refused": 0, "counted": 0, "last": 0.0}
    start = asyncio.Event()
    sessions = [
        aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, local_addr=(f"127.0.0.{2 + k}", 0))
        )
        for k in range((n + PER_ADDRESS - 1) // PER_ADDRESS)
    ]
    tasks = [
        asyncio.create_task(phone(sessions[i // PER_ADDRESS], base, i, start, results))
        for i in range(n)
    ]
    await asyncio.sleep(1.0)  # every phone on the stream, then all vote at once
    start.set()
    await asyncio.sleep(seconds - 1.0)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for session in sessions:
        await session.close()
    print(results["refused"], results["counted"], repr(results["last"]), flush=True)

asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
"""


def open_vote(app: QApplication, window, db, meeting_id: int) -> None:
    """Twelve groups with their flip charts, the vote turned on, PageDown to it."""
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(48)]
    plans = [GroupPlan(people[g * 4 : g * 4 + 4]) for g in range(12)]
    groups.save_assignment(db, meeting_id, plans, lambda n: f"Gruppe {n}")
    for group in groups.list_groups(db, meeting_id):
        for n in range(4):
            groups.add_note(db, group.id, "success", f"{group.name}: success {n + 1}")
            groups.add_note(db, group.id, "learning", f"{group.name}: learning {n + 1}")
    dot_votes.set_vote_rules(db, meeting_id, DotRules(3, 1))
    window.load_meeting(meeting_id)
    window.show_run_page()
    for _ in range(80):
        if window.steps.state().step.kind is StepKind.DOT_VOTE:
            break
        QTest.keyClick(window, Qt.Key.Key_PageDown)
        app.processEvents()
    assert window.steps.state().step.kind is StepKind.DOT_VOTE
    assert window.room_link.vote_open() and window.room_link.meeting_id == meeting_id


def measure(app: QApplication, window, db, meeting_id: int, phones: int, seconds: float):
    """(lateness of each flip in ms, the phones' results, when the screen showed them)."""
    run = window.controller.run
    timer = run.current.timer
    total = timer.planned_seconds + timer.adjust_seconds
    started = (
        time.perf_counter()
        - (datetime.now(UTC) - timer.started_at).total_seconds()
        + timer.paused_seconds
    )
    crowd = None
    shown_at: list[float] = []
    presenter = window.presenter.window
    wanted = f"Voted so far: {phones}"
    votes = window.blocks.successes_learnings.groups.dot_vote.controller

    def screen_changed() -> None:
        window.controller.refresh()  # the room's screen repaints, as at each tick
        if not shown_at and presenter.statement_view.text.text() == wanted:
            shown_at.append(time.time())

    if phones:
        votes.changed.connect(screen_changed)
        base = window.room_link.participant_url()
        crowd = subprocess.Popen(
            [sys.executable, "-c", PHONES_SCRIPT, base, str(phones), str(seconds + 1)],
            stdout=subprocess.PIPE,
            text=True,
        )
    flips = _watch(app, window.run_page.countdown.text, seconds)
    results = None
    if crowd is not None:
        assert crowd.stdout is not None
        while crowd.poll() is None:
            app.processEvents()
            time.sleep(0.002)
        refused, counted, last = crowd.stdout.read().split()
        results = (int(refused), int(counted), float(last))
        votes.changed.disconnect(screen_changed)
    return _lateness(flips, started, total), results, shown_at


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="room-votes-"))
    window, db = meeting_window(folder)
    meeting_id = window.steps.meeting_id
    open_vote(app, window, db, meeting_id)
    window.room_link.turn_on("127.0.0.1", 0)  # the open vote goes to the server with it
    print(f"dot-vote: {PHONES} phones voting at once against none, alternating")
    alone: list[float] = []
    crowded: list[float] = []
    late_screen: list[float] = []
    counted_ok = True
    for round_ in range(2):
        late, _, _ = measure(app, window, db, meeting_id, 0, SECONDS / 2)
        alone += late
        late, results, shown_at = measure(app, window, db, meeting_id, PHONES, SECONDS / 2)
        crowded += late
        assert results is not None
        refused, counted, last = results
        voters = dot_votes.voter_count(db, meeting_id)
        dots = sum(line.dots for line in dot_votes.ranking(db, meeting_id))
        print(
            f"  round {round_ + 1}: {refused} over-budget refused, {counted} counted; "
            f"the store holds {voters} voters and {dots} dots"
        )
        counted_ok &= refused == counted == voters == PHONES and dots == 3 * PHONES
        late_screen.append((shown_at[0] - last) * 1000 if shown_at else float("inf"))
        with db.session() as session:  # the next round votes afresh
            from sqlalchemy import delete

            from facilitator.store.models import RoomDot

            session.execute(delete(RoomDot))
        window.blocks.successes_learnings.groups.dot_vote.controller.reload()
    window.room_link.turn_off()
    window.close()
    base, loaded = statistics.median(alone), statistics.median(crowded)
    print(f"  no phones:  flips {len(alone)}, lateness median {base:.1f} ms, max {max(alone):.1f}")
    print(
        f"  {PHONES} phones voting: flips {len(crowded)}, lateness median {loaded:.1f} ms "
        f"({loaded / base:.2f}x the no-phone floor, {loaded - base:+.1f} ms), "
        f"max {max(crowded):.1f} ms"
    )
    print(
        "  the room's screen showed every vote "
        + ", ".join(f"{ms:.0f} ms" for ms in late_screen)
        + " after the last phone's answer"
    )
    goal(f"every one of {PHONES} phones counted once, its over-budget try refused", counted_ok)
    goal("the room's screen shows every vote within a second", max(late_screen) <= 1000)
    goal(f"with {PHONES} phones voting the digits flip at most 20 ms later", loaded - base <= 20)
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
