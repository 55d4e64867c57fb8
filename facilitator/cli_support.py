"""What the headless commands (`export`, `invite`) share: one-sentence failures, checking
output folders, and opening the database on one meeting."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from facilitator.messages import store_message
from facilitator.paths import resolve_database_path
from facilitator.store.errors import StoreError
from facilitator.store.plain_reading import Rows
from facilitator.translation import translate

if TYPE_CHECKING:  # the store's Database imports SQLAlchemy, which `read_meeting` avoids
    from facilitator.store.database import Database

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
    from facilitator.store.database import open_database, open_database_for_reading

    try:
        db = (open_database if writable else open_database_for_reading)(
            resolve_database_path(db_arg)
        )
    except StoreError as error:
        raise CommandError(store_message(error)) from None
    try:
        with db.plain_rows() as rows:
            meeting_id = _chosen_meeting(rows, meeting_id)
        return action(db, meeting_id)
    except StoreError as error:
        raise CommandError(store_message(error)) from None
    finally:
        db.close()


def read_meeting(db_arg: str | None, meeting_id: int | None, read: Callable[[Rows, int], T]) -> T:
    """Like `with_meeting`, for reading with plain SQL (`store.plain_reading`): a meeting
    file is read through `sqlite3` alone, without importing SQLAlchemy (most of a short
    command's time); a shared database, or a file that needs an upgrade first, is opened
    as the app opens it."""
    target = resolve_database_path(db_arg)
    if isinstance(target, Path):
        from facilitator.store.sqlite_file import plain_rows

        try:
            with plain_rows(target.expanduser().absolute()) as rows:
                if rows is not None:
                    return read(rows, _chosen_meeting(rows, meeting_id))
        except StoreError as error:
            raise CommandError(store_message(error)) from None

    def read_open(db: Database, chosen: int) -> T:
        with db.plain_rows() as rows:
            return read(rows, chosen)

    return with_meeting(db_arg, meeting_id, read_open)


def _chosen_meeting(rows: Rows, meeting_id: int | None) -> int:
    """The meeting asked for, or the latest held in the app (not a record of an earlier
    quarter) when none is."""
    held: list[int] = [
        row[0]
        for row in rows.all(
            "SELECT id FROM meeting WHERE record_only = ? ORDER BY meeting_date DESC, id DESC",
            False,
        )
    ]
    if meeting_id is None:
        if not held:
            raise CommandError(
                translate("Cli", "The database has no meeting yet; create one first.")
            )
        return held[0]
    if meeting_id not in held:
        raise CommandError(
            translate("Cli", "There is no meeting number {id} in the database.").format(
                id=meeting_id
            )
        )
    return meeting_id


def write_failure(error: OSError, path: Path) -> CommandError:
    return CommandError(
        translate("Cli", "Could not write “{path}”: {reason}").format(
            path=error.filename or path, reason=error.strerror or error
        )
    )
