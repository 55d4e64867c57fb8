"""Opening the meeting database: check it without touching it, upgrade it, hand out sessions.

Every check that can fail runs read-only first, so a file that is not ours, corrupt,
read-only or locked is left byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from facilitator.database_location import looks_like_url
from facilitator.store import migrate
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.plain_reading import Rows
from facilitator.store.sqlite_file import (
    BUSY_TIMEOUT_SECONDS,
    check_existing,
    classify_text,
    readable_as_it_is,
    revision_or_refuse,
    use_app_settings,
)

log = logging.getLogger(__name__)


class Database:
    """An open, up-to-date meeting database. `session()` commits each unit of work.

    `path` is the SQLite file, or for a shared (PostgreSQL) database its URL without the
    password; `shared` says which. `backends` are the server process ids of a shared
    database's connections, filled as they connect (store/shared.py).
    """

    def __init__(
        self,
        path: Path | str,
        engine: Engine,
        shared: bool = False,
        backends: set[int] | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.shared = shared
        self.backends: set[int] = backends if backends is not None else set()
        # SQLite rolled back a change a killed program left half-done when it was opened.
        self.rolled_back_interrupted_write = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The unit of work open on each thread (see `unit_of_work`).
        self._local = threading.local()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on leaving the block, or rolled back on error.

        Inside `unit_of_work()` on the same thread, the unit's session is handed out
        instead and nothing is committed until the unit ends.
        """
        joined: Session | None = getattr(self._local, "session", None)
        if joined is not None:
            yield joined
            return
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as error:
            _rollback_quietly(session)
            raise self.classify(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action that changes several things: every store call made inside
        commits together at the end, or (on any error) not at all."""
        if getattr(self._local, "session", None) is not None:
            yield self._local.session  # already inside one: join it
            return
        with self.session() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def plain_rows(self) -> Iterator[Rows]:
        """Plain SQL (`plain_reading`) on this database, in one transaction; failures
        become StoreError as in `session()`."""
        with self.session() as session:
            yield session_rows(session)

    def classify(self, error: OperationalError) -> StoreError:
        if self.shared:
            from facilitator.store.shared import classify

            return classify(error, str(self.path))
        assert isinstance(self.path, Path)
        return _classify(error, self.path)

    def close(self) -> None:
        self.engine.dispose()


def session_rows(session: Session) -> Rows:
    """Plain SQL on a session's connection, after its pending changes are flushed (as a
    query through the ORM would flush them)."""
    session.flush()
    connection = session.connection()
    placeholder = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return Rows(lambda sql, params: connection.exec_driver_sql(sql, params).all(), placeholder)


def _rollback_quietly(session: Session) -> None:
    """Roll back; a connection that is gone cannot roll back, and need not."""
    try:
        session.rollback()
    except SQLAlchemyError:
        log.warning("Rollback failed after a database error", exc_info=True)


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
        problem = _classify(error, path)
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


def _classify(error: OperationalError, path: Path) -> StoreError:
    return classify_text(str(error.orig) if error.orig is not None else str(error), path)
