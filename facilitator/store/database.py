"""Opening the meeting database: check it without touching it, upgrade it, hand out sessions.

Every check that can fail runs read-only first, so a file that is not ours, corrupt,
read-only or locked is left byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from facilitator.store import migrate
from facilitator.store.errors import StoreError, StoreProblem

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"meeting", "participant", "agenda_block"}
BUSY_TIMEOUT_SECONDS = 2.0


class Database:
    """An open, up-to-date meeting database. `session()` commits each unit of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on leaving the block, or rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as error:
            session.rollback()
            raise _classify(error, self.path) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str) -> Database:
    """Check, upgrade (with a backup of an older file) and open the database at `path`."""
    path = Path(path).expanduser().absolute()
    up_to_date = False
    if path.exists():
        _check_existing(path)
        up_to_date = _backup_if_upgrading(path)
    else:
        _check_new(path)
    engine = _make_engine(path)
    if up_to_date:
        return Database(path, engine)  # the usual start: no Alembic needed
    try:
        _upgrade(engine, path)
    except StoreError:
        engine.dispose()
        raise
    return Database(path, engine)


def _check_new(path: Path) -> None:
    if not path.parent.is_dir():
        raise StoreError(StoreProblem.NO_FOLDER, path)
    if not os.access(path.parent, os.W_OK):
        raise StoreError(StoreProblem.READ_ONLY, path)


def _is_read_only(path: Path) -> bool:
    # The mode bits are checked too: root ignores them, but a file someone marked
    # read-only should be treated as such whoever runs the app.
    mode = path.stat().st_mode
    no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _check_existing(path: Path) -> None:
    if path.is_dir():
        raise StoreError(StoreProblem.IS_DIRECTORY, path)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise StoreError(StoreProblem.NOT_SQLITE, path)
    if _is_read_only(path):
        raise StoreError(StoreProblem.READ_ONLY, path)
    if header:  # an empty file is a new database
        _inspect_read_only(path)


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _inspect_read_only(path: Path) -> set[str]:
    """Check integrity and that the tables are ours, through a read-only connection.

    Reading a WAL-mode file makes SQLite create -wal/-shm files beside it; when the file
    is refused, the ones this check created are removed again so nothing is left behind.
    """
    existing = {sidecar for sidecar in _sidecars(path) if sidecar.exists()}
    try:
        tables = _read_tables(path)
        if tables and not (tables >= OUR_TABLES or tables == {"alembic_version"}):
            raise StoreError(StoreProblem.NOT_FACILITATOR, path)
        return tables
    except StoreError:
        for sidecar in _sidecars(path):
            if sidecar not in existing:
                sidecar.unlink(missing_ok=True)
        raise


def _read_tables(path: Path) -> set[str]:
    uri = f"{path.as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise StoreError(StoreProblem.CORRUPT, path, str(error)) from error
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if [row[0] for row in rows] != ["ok"]:
            raise StoreError(StoreProblem.CORRUPT, path, "; ".join(str(r[0]) for r in rows[:5]))
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in names if not row[0].startswith("sqlite_")}
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StoreError(StoreProblem.LOCKED, path, str(error)) from error
        raise StoreError(StoreProblem.CORRUPT, path, str(error)) from error
    finally:
        connection.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def _stored_revision(path: Path) -> str | None:
    uri = f"{path.as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:
        return None  # no alembic_version table: a new, empty database
    finally:
        connection.close()


def _backup_if_upgrading(path: Path) -> bool:
    """Copy an older database aside before anything (even the WAL switch) writes to it.
    Returns True when the file is already at the newest revision (nothing to upgrade)."""
    if path.stat().st_size == 0:
        return False
    revision = _stored_revision(path)
    head, known = migrate.scanned_revisions()
    if revision is not None and revision == head:
        return True
    if revision is not None and revision in known:
        migrate.backup_before_upgrade(path, revision)
    return False


def _upgrade(engine: Engine, path: Path) -> None:
    head = migrate.head_revision()
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            if current == head:
                return
            if current is not None and current not in migrate.known_revisions():
                raise StoreError(StoreProblem.TOO_NEW, path, current)
            migrate.upgrade_to_head(connection)
            connection.commit()
    except StoreError:
        raise
    except OperationalError as error:
        raise _classify(error, path) from error
    except SQLAlchemyError as error:
        log.exception("Migration of %s failed", path)
        raise StoreError(StoreProblem.MIGRATION_FAILED, path, str(error)) from error


def _classify(error: OperationalError, path: Path) -> StoreError:
    text = str(error.orig) if error.orig is not None else str(error)
    if "locked" in text or "busy" in text:
        return StoreError(StoreProblem.LOCKED, path, text)
    if "readonly" in text or "read-only" in text:
        return StoreError(StoreProblem.READ_ONLY, path, text)
    if "malformed" in text or "not a database" in text:
        return StoreError(StoreProblem.CORRUPT, path, text)
    return StoreError(StoreProblem.WRITE_FAILED, path, text)
