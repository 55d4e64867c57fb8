"""Where a meeting database is: a file path (SQLite, the default) or a PostgreSQL URL.

A shared meeting lives in PostgreSQL so that several laptops can open it at once. Its
URL is taken as the user gives it; only the form without the password is ever shown or
remembered (see `shown`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is not imported before the window's first paint
    from sqlalchemy.engine import URL

# What a user may type; each becomes SQLAlchemy's psycopg 3 dialect.
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def looks_like_url(text: str) -> bool:
    """A `scheme://…` text (any scheme), as opposed to a file path."""
    scheme, separator, _ = text.partition("://")
    return bool(separator) and scheme.replace("+", "").replace("-", "").isalnum()


def postgres_url(text: str) -> URL | None:
    """The URL for psycopg 3, or None when `text` is no PostgreSQL URL (another scheme)."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(text)
    except Exception:  # any unreadable URL is simply not one of ours
        return None
    if url.drivername not in POSTGRES_SCHEMES:
        return None
    return url.set(drivername="postgresql+psycopg")


def shown(target: Path | str | URL) -> str:
    """The location as shown to people and kept in settings: never with a password."""
    from sqlalchemy.engine import URL

    if isinstance(target, URL):
        # URL.set(password=None) keeps the password ("not given"); replace the field.
        bare = target._replace(password=None).difference_update_query(["password"])
        return bare.render_as_string(hide_password=False)
    if isinstance(target, str) and looks_like_url(target):
        url = postgres_url(target)
        if url is not None:
            return shown(url)
        return target.split("://", 1)[0] + "://…"
    return str(target)


def with_password(target: str, password: str) -> str:
    """The URL with this password, for one connection attempt (it is never stored)."""
    url = postgres_url(target)
    if url is None:
        return target
    return url.set(password=password).render_as_string(hide_password=False)


def short(target: Path | str) -> str:
    """A shared meeting's database as people name it: "okr on db.example.com"."""
    url = postgres_url(target) if isinstance(target, str) else None
    if url is None:
        return shown(target)
    host = url.host or str(url.query.get("host") or "localhost")
    return f"{url.database or url.username or ''} @ {host}"
