"""Opening the meeting database: check it without touching it, upgrade it, hand out sessions.

Every check that can fail runs read-only first, so a file that is not ours, corrupt,
read-only or locked is left byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
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

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"meeting", "participant", "agenda_block"}
BUSY_TIMEOUT_SECONDS = 2.0


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

    def classify(self, error: OperationalError) -> StoreError:
        if self.shared:
            from facilitator.store.shared import classify

            return classify(error, str(self.path))
        assert isinstance(self.path, Path)
        return _classify(error, self.path)

    def close(self) -> None:
        self.engine.dispose()


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
    if not path.exists() or path.stat().st_size == 0:
        return open_database(path)
    _check_existing(path, writable=False)
    revision = _revision_or_refuse(path)
    if revision is None or revision != migrate.scanned_revisions().head:
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
    if path.exists() and path.stat().st_size > 0:
        _check_existing(path)
        revision = _revision_or_refuse(path)
        if revision is not None and revision == migrate.scanned_revisions().head:
            return Database(path, _make_engine(path))  # the usual start: no Alembic needed
        if revision is not None:
            backup = _backup(path, revision)
    elif path.exists():
        _check_existing(path)  # an empty file is a new database
    else:
        _check_new(path)
    engine = _make_engine(path)
    try:
        _upgrade(engine, path)
    except StoreError as error:
        engine.dispose()
        if backup is not None and _stored_revision_unchanged(path, revision):
            backup.unlink(missing_ok=True)  # nothing changed: the copy would only confuse
        if revision is not None:
            earlier = migrate.backups_of(path, revision)
            error.backup = earlier[0] if earlier else None
        raise
    return Database(path, engine)


def _revision_or_refuse(path: Path) -> str | None:
    try:
        revision = migrate.stored_revision(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.OperationalError as error:
        raise _classify_text(str(error), path) from error
    if revision is not None and revision not in migrate.scanned_revisions().known:
        raise StoreError(StoreProblem.TOO_NEW, path, revision)
    return revision


def _backup(path: Path, revision: str) -> Path:
    try:
        return migrate.backup_before_upgrade(path, revision)
    except (sqlite3.Error, OSError) as error:
        raise _classify_text(str(error), path) from error


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


def _is_read_only(path: Path) -> bool:
    # The mode bits are checked too: root ignores them, but a file someone marked
    # read-only should be treated as such whoever runs the app.
    mode = path.stat().st_mode
    no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _check_existing(path: Path, writable: bool = True) -> None:
    if path.is_dir():
        raise StoreError(StoreProblem.IS_DIRECTORY, path)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise StoreError(StoreProblem.NOT_SQLITE, path)
    if writable and _is_read_only(path):
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
        raise _classify_text(str(error), path) from error
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if [row[0] for row in rows] != ["ok"]:
            raise StoreError(StoreProblem.CORRUPT, path, "; ".join(str(r[0]) for r in rows[:5]))
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in names if not row[0].startswith("sqlite_")}
    except sqlite3.DatabaseError as error:
        problem = _classify_text(str(error), path)
        if problem.problem is StoreProblem.WRITE_FAILED:  # reading failed: the file is bad
            problem = StoreError(StoreProblem.CORRUPT, path, str(error))
        raise problem from error
    finally:
        connection.close()


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
        # Text that is not valid UTF-8 (written by another tool) is shown with U+FFFD
        # instead of failing the read.
        dbapi_connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

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
            log.exception("Migration of %s failed", path)
            raise StoreError(StoreProblem.MIGRATION_FAILED, path, problem.detail) from error
        raise problem from error
    except SQLAlchemyError as error:
        log.exception("Migration of %s failed", path)
        raise StoreError(StoreProblem.MIGRATION_FAILED, path, str(error)) from error


def _classify(error: OperationalError, path: Path) -> StoreError:
    return _classify_text(str(error.orig) if error.orig is not None else str(error), path)


def _classify_text(text: str, path: Path) -> StoreError:
    """Tell SQLite's failures apart by its (stable, English) error messages."""
    lowered = text.lower()
    if "disk is full" in lowered or "no space left" in lowered:
        return StoreError(StoreProblem.DISK_FULL, path, text)
    if "locked" in lowered or "busy" in lowered:
        return StoreError(StoreProblem.LOCKED, path, text)
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(StoreProblem.READ_ONLY, path, text)
    if "malformed" in lowered or "not a database" in lowered:
        return StoreError(StoreProblem.CORRUPT, path, text)
    return StoreError(StoreProblem.WRITE_FAILED, path, text)
