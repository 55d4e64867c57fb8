"""An open, up-to-date meeting database: the sessions it hands out and the failures it
names. Opening one is `store/database.py` (a file) or `store/shared.py` (PostgreSQL)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from facilitator.store.errors import StoreError
from facilitator.store.plain_reading import Rows
from facilitator.store.sqlite_file import classify_text

log = logging.getLogger(__name__)


class Database:
    """An open, up-to-date meeting database. `session()` commits each unit of work.

    `path` is the SQLite file, or for a shared (PostgreSQL) database its URL without the
    password; `shared` says which. `backends` are the server process ids of a shared
    database's connections, filled as they connect, and `classify` names its failures
    (store/shared.py).
    """

    def __init__(
        self,
        path: Path | str,
        engine: Engine,
        shared: bool = False,
        backends: set[int] | None = None,
        classify: Callable[[OperationalError], StoreError] | None = None,
    ) -> None:
        self.path = path
        self._classify = classify  # a shared database's own; a file's is SQLite's
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
        if self._classify is not None:
            return self._classify(error)
        assert isinstance(self.path, Path)
        return classify_sqlite(error, self.path)

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


def classify_sqlite(error: OperationalError, path: Path) -> StoreError:
    """What SQLite's failure on the file at `path` means (locked, full, corrupt, ...)."""
    return classify_text(str(error.orig) if error.orig is not None else str(error), path)
