"""Twelve scribes photographing their flip charts at once must not slow the laptop's
countdown, nor the 60 phones watching it.

The real main window runs a block on the system clock with the room link on (127.0.0.1)
and 12 breakout groups. A second process holds 60 phones on the live view's event stream
(as room_link.py); a third, in the loaded phases, has each of 12 scribes upload an 8 MB
photo to its group's page at the same moment, and again as soon as the server answers
(within the per-link rate). The run page's countdown is watched as in timer_drift.py.
Alternating in the same process: 60 phones and no uploads (the floor), then 60 phones and
12 uploading scribes.

Goal: with the uploads, the digits flip at most 20 ms later than without (median); every
upload is stored (the photos are counted in the database afterwards).

usage: .venv/bin/python benchmarks/photo_uploads.py [SCRIBES] [SECONDS]
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import REPO, goal, verdict  # noqa: F401  (REPO sets the path and platform)
from PIL import Image
from PySide6.QtWidgets import QApplication
from room_link import PHONES_SCRIPT
from timer_drift import _lateness, _watch, meeting_window

from facilitator.store import group_photos, groups
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant

SCRIBES = int(sys.argv[1]) if len(sys.argv) > 1 else 12
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 16
PHONES = 60

# The scribes: each uploads the photo, waits for the answer, uploads again until the end;
# prints the uploads the server took and the ones it refused (by status).
SCRIBES_SCRIPT = """
import asyncio, sys, collections
import aiohttp

async def scribe(session, url, photo, until, answers):
    while asyncio.get_running_loop().time() < until:
        async with session.post(url, data=photo) as response:
            answers[response.status] += 1
            await response.read()

async def main(urls, path, seconds):
    photo = open(path, "rb").read()
    answers = collections.Counter()
    until = asyncio.get_running_loop().time() + seconds
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(scribe(session, u, photo, until, answers) for u in urls))
    print(answers[201], sum(answers.values()) - answers[201], dict(answers), flush=True)

asyncio.run(main(sys.argv[3:], sys.argv[1], float(sys.argv[2])))
"""


def eight_megabytes(folder: Path) -> Path:
    """A 12-megapixel JPEG of about 8 MB (noise compresses as badly as a busy photo)."""
    noise = Image.effect_noise((4000, 3000), 64).convert("RGB")
    for quality in (95, 90, 85, 80):
        out = io.BytesIO()
        noise.save(out, "JPEG", quality=quality)
        if out.tell() <= 9_000_000:
            break
    path = folder / "flip-chart.jpg"
    path.write_bytes(out.getvalue())
    return path


def measure(app, window, seconds, photo: Path | None):  # type: ignore[no-untyped-def]
    run = window.controller.run
    total = run.current.timer.planned_seconds + run.current.timer.adjust_seconds
    started_at = run.current.timer.started_at
    paused = run.current.timer.paused_seconds
    started = time.perf_counter() - (datetime.now(UTC) - started_at).total_seconds() + paused
    url = window.room_link.room_url() + "/events"
    crowd = subprocess.Popen(
        [sys.executable, "-c", PHONES_SCRIPT, url, str(PHONES), str(seconds + 1)],
        stdout=subprocess.PIPE,
        text=True,
    )
    uploads = None
    time.sleep(0.5)
    if photo is not None:
        urls = [u + "/photos" for u in window.room_link.scribe_urls().values()]
        uploads = subprocess.Popen(
            [sys.executable, "-c", SCRIBES_SCRIPT, str(photo), str(seconds), *urls],
            stdout=subprocess.PIPE,
            text=True,
        )
    flips = _watch(app, window.run_page.countdown.text, seconds)
    answers = ""
    for child in (crowd, uploads):
        while child is not None and child.poll() is None:
            app.processEvents()
            time.sleep(0.002)
    if uploads is not None:
        assert uploads.stdout is not None
        answers = uploads.stdout.read().strip()
    return _lateness(flips, started, total), answers


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="photo-uploads-"))
    photo = eight_megabytes(folder)
    window, db = meeting_window(folder)
    meeting = window.meeting_id
    people = [add_participant(db, meeting, f"Person {n}") for n in range(SCRIBES * 3)]
    plans = [GroupPlan(people[i : i + 3]) for i in range(0, len(people), 3)]
    groups.save_assignment(db, meeting, plans, lambda n: f"Gruppe {n}")
    named = {g.id: g.name for g in groups.list_groups(db, meeting)}
    window.room_link.set_meeting(meeting)
    window.room_link.turn_on("127.0.0.1", 0)
    window.room_link.set_groups(named)
    window.controller.toggle()
    app.processEvents()
    size = photo.stat().st_size / 1e6
    print(f"photo uploads: {SCRIBES} scribes × {size:.1f} MB photos, {PHONES} phones watching")
    floor, loaded, said = [], [], []
    for _ in range(2):
        late, _ = measure(app, window, SECONDS / 2, None)
        floor += late
        late, answers = measure(app, window, SECONDS / 2, photo)
        loaded += late
        said.append(answers)
    window.room_link.turn_off()
    stored = sum(len(p) for p in group_photos.meeting_photos(db, meeting).values())
    window.close()
    base, busy = statistics.median(floor), statistics.median(loaded)
    taken = sum(int(a.split()[0]) for a in said)
    print(f"  no uploads: flips {len(floor)}, lateness median {base:.1f} ms, max {max(floor):.1f}")
    print(
        f"  uploading:  flips {len(loaded)}, lateness median {busy:.1f} ms, "
        f"max {max(loaded):.1f} ms; the server's answers {said}"
    )
    print(f"  photos stored: {stored} (uploads answered 201: {taken})")
    goal(
        "with 12 scribes uploading the digits flip at most 20 ms later (median)", busy - base <= 20
    )
    goal("every photo the server took is stored", stored == taken and taken >= SCRIBES)
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
