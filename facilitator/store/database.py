"""Opening the meeting database: check it without touching it, upgrade it, hand out sessions.

Every check that can fail runs read-only first, so a file that is not ours, corrupt,
read-only or locked is left byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from facilitator.database_location import looks_like_url
from facilitator.store import migrate
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.handle import Database, classify_sqlite
from facilitator.store.sqlite_file import (
    BUSY_TIMEOUT_SECONDS,
    check_existing,
    classify_text,
    readable_as_it_is,
    revision_or_refuse,
    use_app_settings,
)

log = logging.getLogger(__name__)

# `Database` lives in store/handle.py (shared.py builds one too); the app imports it here.
__all__ = ["Database", "open_database", "open_database_for_reading"]


def open_database_for_reading(target: Path | str) -> Database:
    """Open for reading only (the CLI's export, maybe while the app has the file open).

    A read-only connection never writes, not even a WAL checkpoint, so the file is left
    exactly as the app has it. A file that still needs an upgrade is opened normally.
    A shared database is opened as the app opens it (readers do not block its writers).
    """
    if isinstance(target, str) and looks_like_url(target):
        return open_database(target)
    path = Path(target).expanduser().absolute()
    if not readable_as_it_is(path):
        return open_database(path)
    return Database(path, _make_engine(path, read_only=True))


def open_database(target: Path | str) -> Database:
    """Check, upgrade (with a backup of an older file) and open the database at `target`:
    a file path, or a PostgreSQL URL for a meeting shared between laptops.

    Everything that can refuse the file runs read-only before the first write, so a
    refused file is left byte-for-byte as it was. Each revision of an upgrade is one
    transaction: a failure leaves the file at the last revision that completed.
    """
    if isinstance(target, str) and looks_like_url(target):
        from facilitator.store.shared import open_shared_database

        return open_shared_database(target)
    path = Path(target).expanduser().absolute()
    backup: Path | None = None
    revision: str | None = None
    rolled_back = False
    if path.exists() and path.stat().st_size > 0:
        rolled_back = check_existing(path)
        revision = revision_or_refuse(path)
        if revision is not None and revision == migrate.scanned_revisions().head:
            database = Database(path, _make_engine(path))  # the usual start: no Alembic
            database.rolled_back_interrupted_write = rolled_back
            return database
        if revision is not None:
            backup = _backup(path, revision)
    elif path.exists():
        check_existing(path)  # an empty file is a new database
    else:
        _check_new(path)
    journal_mode = _journal_mode(path) if revision is not None else None
    engine = _make_engine(path)
    try:
        _upgrade(engine, path)
    except StoreError as error:
        engine.dispose()
        _put_back_journal_mode(path, journal_mode)
        if backup is not None and _stored_revision_unchanged(path, revision):
            backup.unlink(missing_ok=True)  # nothing changed: the copy would only confuse
        if revision is not None:
            earlier = migrate.backups_of(path, revision)
            error.backup = earlier[0] if earlier else None
        raise
    database = Database(path, engine)
    database.rolled_back_interrupted_write = rolled_back
    return database


def _backup(path: Path, revision: str) -> Path:
    try:
        return migrate.backup_before_upgrade(path, revision)
    except (sqlite3.Error, OSError) as error:
        raise classify_text(str(error), path) from error


def _stored_revision_unchanged(path: Path, revision: str | None) -> bool:
    try:
        return migrate.stored_revision(path, BUSY_TIMEOUT_SECONDS) == revision
    except sqlite3.Error:
        return False


def _check_new(path: Path) -> None:
    if not path.parent.is_dir():
        raise StoreError(StoreProblem.NO_FOLDER, path)
    if not os.access(path.parent, os.W_OK):
        raise StoreError(StoreProblem.READ_ONLY, path)


def _make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    # Slow work (a big import) runs on a worker thread; the pool hands each connection to
    # one thread at a time, so a connection may move between threads between checkouts.
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling commits before DDL, which would make a
        # schema upgrade non-atomic; SQLAlchemy's recipe: no implicit transactions in the
        # driver, and BEGIN emitted when SQLAlchemy begins one (below).
        dbapi_connection.isolation_level = None
        use_app_settings(dbapi_connection)
        if not read_only:
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _upgrade(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            current = migrate.current_revision(connection)
            connection.commit()  # Alembic begins a transaction per revision itself
            if current is not None and current not in migrate.scanned_revisions().known:
                raise StoreError(StoreProblem.TOO_NEW, path, current)
            if current == migrate.scanned_revisions().head:
                return
            migrate.upgrade_to_head(connection)
    except StoreError:
        raise
    except OperationalError as error:
        problem = classify_sqlite(error, path)
        if problem.problem is StoreProblem.WRITE_FAILED:
            _log_failed_migration(path, error)
            raise StoreError(StoreProblem.MIGRATION_FAILED, path, problem.detail) from error
        raise problem from error
    except SQLAlchemyError as error:
        _log_failed_migration(path, error)
        raise StoreError(StoreProblem.MIGRATION_FAILED, path, str(error)) from error


def _log_failed_migration(path: Path, error: Exception) -> None:
    """Kept for whoever debugs it; the user gets the StoreError's one sentence, never a
    traceback on the command line."""
    log.info("Migration of %s failed: %s", path, error)
    log.debug("Migration of %s failed", path, exc_info=error)


def _journal_mode(path: Path) -> str | None:
    """The file's journal mode as it is, read without writing."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("PRAGMA journal_mode").fetchone()
        return str(row[0]).lower() if row else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _put_back_journal_mode(path: Path, mode: str | None) -> None:
    """A refused upgrade leaves the file as it was, its journal mode too (the engine
    switched it to WAL on connecting)."""
    if mode is None or mode == "wal":
        return
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute(f"PRAGMA journal_mode={mode}")  # one of SQLite's own words
        finally:
            connection.close()
    except sqlite3.Error:
        log.warning("Could not put the journal mode of %s back to %s", path, mode)
