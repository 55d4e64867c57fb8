"""`facilitator serve`: the room link without the window (a second screen's browser, a
breakout room's TV, the tests). The room's screen is read from the database: the blocks'
and breaks' timers as the laptop saved them; the scribes' notes are saved to it."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from facilitator.cli_support import CommandError, fail, with_meeting
from facilitator.domain.meeting_run import MeetingRun
from facilitator.store import agenda
from facilitator.store import groups as group_store
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.translation import translate
from facilitator.web.room import WAITING, RoomSnapshot, snapshot_of
from facilitator.web.server import RoomServer

REFRESH_SECONDS = 0.2  # the digits flip within this of the laptop's
REREAD_SECONDS = 2.0  # the laptop's changes (a pause, the next block, new groups) show this fast


def _clock(moment: datetime) -> str:
    return f"{moment.astimezone():%H:%M}"


def room_screen(run: MeetingRun | None, now: datetime) -> RoomSnapshot:
    """The room's screen as saved: the current block's (or break's) countdown, or the
    waiting card before the meeting has started."""
    if run is None or all(block.timer.started_at is None for block in run.blocks):
        return WAITING
    return snapshot_of(run.view(now), _clock, now, [])


def run_serve(db_arg: str | None, meeting_id: int | None, host: str, port: int) -> int:
    try:
        return with_meeting(
            db_arg,
            meeting_id,
            lambda db, found: _serve(db, found, host, port),
            writable=True,
        )
    except CommandError as error:
        return fail(str(error))


def _serve(db: Database, meeting_id: int, host: str, port: int) -> int:
    server = RoomServer(db)
    server.set_groups(_groups(db, meeting_id))
    # The first phone gets the screen at once, not the waiting card.
    server.publish(room_screen(agenda.load_run(db, meeting_id), datetime.now(UTC)))
    try:
        server.start(host, port)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Cannot serve on {host}:{port}: {reason}").format(
                host=host, port=port, reason=error.strerror or error
            )
        ) from None
    print(translate("Cli", "Room link (the live timer): {url}").format(url=server.room_url()))
    for group_id, url in server.scribe_urls().items():
        print(
            translate("Cli", "Scribe page of {group}: {url}").format(
                group=_groups(db, meeting_id)[group_id], url=url
            ),
            flush=True,
        )
    print(translate("Cli", "Press Ctrl+C to stop."), flush=True)
    try:
        _follow(db, meeting_id, server)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def _follow(db: Database, meeting_id: int, server: RoomServer) -> None:
    """Publish the screen as it counts down; re-read the laptop's saved state now and then."""
    run: MeetingRun | None = None
    read_at = 0.0
    while True:
        now = datetime.now(UTC)
        if time.monotonic() - read_at >= REREAD_SECONDS:
            read_at = time.monotonic()
            try:
                run = agenda.load_run(db, meeting_id)
                server.set_groups(_groups(db, meeting_id))
            except StoreError:
                pass  # the laptop is writing: keep counting down, read again next time
        server.publish(room_screen(run, now))
        time.sleep(REFRESH_SECONDS)


def _groups(db: Database, meeting_id: int) -> dict[int, str]:
    return {group.id: group.name for group in group_store.list_groups(db, meeting_id)}
