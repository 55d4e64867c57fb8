"""Two laptops on one shared meeting must never overwrite each other silently.

A store function that edits a value another laptop may edit too takes `seen`: the value
this laptop showed before the edit. When the stored value is neither that nor the new one,
someone else wrote in between, and the edit is refused with EditConflictError (naming both)
for the person to choose. Rows also carry a version counter (models.base.Versioned), so
a write racing another between read and write is read again (`once_more_on_race`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm.exc import StaleDataError

from facilitator.store.errors import EditConflictError

if TYPE_CHECKING:
    from facilitator.store.database import Database
    from facilitator.store.models.base import Base

T = TypeVar("T")


class _Unseen:
    def __repr__(self) -> str:
        return "UNSEEN"


# The caller did not say what it showed (a single-laptop edit, an import): no check.
UNSEEN: object = _Unseen()


def _same(a: object, b: object) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def check_seen(what: str, stored: object, seen: object, new: object) -> None:
    """Raise EditConflictError when another laptop changed the value since it was shown."""
    if seen is UNSEEN or _same(stored, seen) or _same(stored, new):
        return
    raise EditConflictError(what, stored, new)


def once_more_on_race(write: Callable[[], T]) -> T:
    """Run `write`; when another laptop updated the row between its read and its write
    (the version no longer matched), run it once more on what is stored now."""
    try:
        return write()
    except StaleDataError:
        return write()


def set_column(
    db: Database,
    model: type[Base],
    row_id: int,
    column: str,
    value: object,
    seen: object,
    what: str,
) -> None:
    """Set one column of one row (`what` names it in a conflict): refused when it is no
    longer `seen`, read and written once more when another laptop's write races it."""

    def write() -> None:
        with db.session() as session:
            row = session.get_one(model, row_id)
            check_seen(what, getattr(row, column), seen, value)
            setattr(row, column, value)

    once_more_on_race(write)


def write_choosing(
    write: Callable[[object], T], seen: object, keep_mine: Callable[[EditConflictError], bool]
) -> T:
    """Write with the value shown (`write(seen)`); when another laptop changed it since,
    ask `keep_mine` and, when it says so, write again over what they wrote. Raises
    EditConflictError when theirs is kept (or it changed yet again meanwhile)."""
    try:
        return write(seen)
    except EditConflictError as conflict:
        if not keep_mine(conflict):
            raise
        return write(conflict.theirs)
