"""What the headless commands (`export`, `invite`) share: one-sentence failures, checking
output folders, and opening the database on one meeting."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from facilitator.messages import store_message
from facilitator.paths import resolve_database_path
from facilitator.store.database import Database, open_database, open_database_for_reading
from facilitator.store.errors import StoreError
from facilitator.store.meetings import latest_meeting_id, list_meetings
from facilitator.translation import translate

T = TypeVar("T")


class CommandError(Exception):
    """A command cannot go on; the message is the one sentence the user reads."""


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def check_folders(*paths: Path | None) -> None:
    for path in paths:
        if path is not None and not path.parent.is_dir():
            raise CommandError(
                translate("Cli", "The folder for “{path}” does not exist.").format(path=path)
            )


def with_meeting(
    db_arg: str | None,
    meeting_id: int | None,
    action: Callable[[Database, int], T],
    writable: bool = False,
) -> T:
    """Open the database (read-only unless `writable`), find the meeting (the latest when
    none is given), run `action` on it and close; store failures become CommandError."""
    try:
        db = (open_database if writable else open_database_for_reading)(
            resolve_database_path(db_arg)
        )
    except StoreError as error:
        raise CommandError(store_message(error)) from None
    try:
        if meeting_id is None:
            meeting_id = latest_meeting_id(db)
            if meeting_id is None:
                raise CommandError(
                    translate("Cli", "The database has no meeting yet; create one first.")
                )
        elif meeting_id not in {m.id for m in list_meetings(db)}:
            raise CommandError(
                translate("Cli", "There is no meeting number {id} in the database.").format(
                    id=meeting_id
                )
            )
        return action(db, meeting_id)
    except StoreError as error:
        raise CommandError(store_message(error)) from None
    finally:
        db.close()


def write_failure(error: OSError, path: Path) -> CommandError:
    return CommandError(
        translate("Cli", "Could not write “{path}”: {reason}").format(
            path=error.filename or path, reason=error.strerror or error
        )
    )
