"""Reading with plain SQL through a database driver, without SQLAlchemy's ORM.

The minutes are read this way because `facilitator export` is a short process whose time
was mostly imports: SQLAlchemy and the mapped models cost about 0.3 s of a 1.1 s export.
A meeting file is read through the standard library's `sqlite3` (`sqlite_file`); inside
the app, or from a shared (PostgreSQL) meeting, the same SQL runs on SQLAlchemy's
connection (`Database.plain_rows`). The SQL is written once, with `?` for parameters.

The drivers hand back different types: SQLite has no dates, times or booleans and returns
the text and integers SQLAlchemy stored, PostgreSQL returns the real types. The
converters below accept both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

Row = tuple[Any, ...]
Run = Callable[[str, tuple[Any, ...]], Sequence[Row]]


class Rows:
    """Runs SQL written with `?` placeholders on a driver that may want `%s` instead.

    The placeholders are swapped as text, so the SQL must hold no `?` or `%` of its own:
    values always go in as parameters, never as literals."""

    def __init__(self, run: Run, placeholder: str = "?") -> None:
        self._run = run
        self._placeholder = placeholder

    def all(self, sql: str, *params: Any) -> Sequence[Row]:
        if self._placeholder != "?":
            sql = sql.replace("?", self._placeholder)
        return self._run(sql, params)

    def first(self, sql: str, *params: Any) -> Row | None:
        rows = self.all(sql, *params)
        return rows[0] if rows else None


def day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def optional_day(value: date | str | None) -> date | None:
    return None if value is None else day(value)


def clock(value: time | str) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def instant(value: datetime | str | None) -> datetime | None:
    """A stored instant (naive UTC, see models.base.UTCDateTime) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def flag(value: bool | int | None) -> bool:
    return bool(value)
