"""A meeting shared between laptops: the same database, in PostgreSQL.

Opening one checks that the tables are ours and not newer than this app, migrates it
with the same Alembic revisions as a file (one laptop at a time, under an advisory lock),
and makes sure every table announces its changes (`ensure_change_triggers`), so that
the other laptops learn of them through LISTEN/NOTIFY (see `changes.py`).
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from facilitator.database_location import postgres_url, shown
from facilitator.store import migrate
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.handle import Database
from facilitator.store.sqlite_file import OUR_TABLES

log = logging.getLogger(__name__)

# pg_notify's channel: every laptop on the database listens on it.
CHANGES_CHANNEL = "facilitator_changes"
TRIGGER_NAME = "facilitator_changed"
# pg_advisory_lock's key ("FACI" in ASCII): one laptop migrates while the others wait.
MIGRATION_LOCK = 0x46414349
CONNECT_TIMEOUT_SECONDS = 5
# A row another laptop holds in an unfinished transaction: wait this long, then say so.
LOCK_TIMEOUT_MS = 2000

NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION facilitator_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANGES_CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def open_shared_database(target: str) -> Database:
    """Open (and when needed migrate) the PostgreSQL database that `target` names."""
    url = postgres_url(target)
    where = shown(target)
    if url is None:
        raise StoreError(StoreProblem.UNSUPPORTED_URL, where)
    backends: set[int] = set()
    engine = make_engine(url, backends)
    try:
        with engine.connect() as connection:
            _check_tables(connection, where)
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
            try:
                _upgrade(connection, where)
                ensure_change_triggers(connection)
                connection.commit()
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        problem = classify(error, where)
        if problem.problem is StoreProblem.OFFLINE:  # never reached: not "lost"
            problem = StoreError(StoreProblem.UNREACHABLE, where, problem.detail)
        raise problem from error
    except SQLAlchemyError as error:
        engine.dispose()
        log.exception("Opening %s failed", where)
        raise StoreError(StoreProblem.MIGRATION_FAILED, where, str(error)) from error
    return Database(
        where, engine, shared=True, backends=backends, classify=lambda e: classify(e, where)
    )


def make_engine(url: URL, backends: set[int]) -> Engine:
    """The engine; the server process id of each connection it makes goes into `backends`
    (the change listener skips what they announce: this laptop's own changes)."""
    engine = create_engine(
        url,
        # A laptop that was off the network finds its pooled connections dead: test each
        # on checkout and reconnect instead of failing the first edit after coming back.
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": "Facilitator",
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
        },
    )

    @event.listens_for(engine, "connect")
    def _remember_backend(dbapi_connection: object, record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("SELECT pg_backend_pid()")
        backends.add(int(cursor.fetchone()[0]))
        cursor.close()

    return engine


def _check_tables(connection: Connection, where: str) -> None:
    tables = set(inspect(connection).get_table_names())
    connection.commit()
    if tables and not (tables >= OUR_TABLES or tables <= {"alembic_version"}):
        raise StoreError(StoreProblem.NOT_FACILITATOR, where)


def _upgrade(connection: Connection, where: str) -> None:
    current = migrate.current_revision(connection)
    connection.commit()
    if current is not None and current not in migrate.scanned_revisions().known:
        raise StoreError(StoreProblem.TOO_NEW, where, current)
    if current != migrate.scanned_revisions().head:
        log.info("Upgrading %s from %s", where, current)
        migrate.upgrade_to_head(connection)


def ensure_change_triggers(connection: Connection) -> None:
    """Give every table of ours that lacks it a trigger that announces its changes.

    Statement-level, so an import of 200 rows sends one notice; PostgreSQL folds equal
    notices of one transaction into one, delivered at commit. Done on opening rather
    than in a revision so that tables of later revisions are covered too.
    """
    missing = connection.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'r' AND n.nspname = current_schema() "
            "AND c.relname <> 'alembic_version' AND NOT EXISTS ("
            "SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = :name)"
        ),
        {"name": TRIGGER_NAME},
    ).scalars()
    tables = sorted(missing)
    if not tables:
        return
    connection.execute(text(NOTIFY_FUNCTION))
    for table in tables:
        connection.execute(
            text(
                f'CREATE TRIGGER {TRIGGER_NAME} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH STATEMENT EXECUTE FUNCTION facilitator_notify_change()"
            )
        )


def classify(error: DBAPIError, where: str) -> StoreError:
    """Tell PostgreSQL's failures apart (by SQLSTATE where psycopg gives one)."""
    original = error.orig
    state = getattr(original, "sqlstate", None) or ""
    message = str(original if original is not None else error)
    lowered = message.lower()
    if state == "28P01" or "password" in lowered or state.startswith("28"):
        return StoreError(StoreProblem.NEEDS_PASSWORD, where, message)
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return StoreError(StoreProblem.NO_SUCH_DATABASE, where, message)
    if state in {"55P03", "40P01"} or "lock timeout" in lowered:
        return StoreError(StoreProblem.LOCKED, where, message)
    if state == "53100":
        return StoreError(StoreProblem.DISK_FULL, where, message)
    if state.startswith("08") or error.connection_invalidated or _sounds_offline(lowered):
        return StoreError(StoreProblem.OFFLINE, where, message)
    return StoreError(StoreProblem.WRITE_FAILED, where, message)


def _sounds_offline(lowered: str) -> bool:
    return any(
        words in lowered
        for words in (
            "could not connect",
            "connection refused",
            "connection failed",
            "server closed the connection",
            "terminating connection",
            "could not translate host name",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "consuming input failed",
            "connection is bad",
            "no such file or directory",  # a Unix socket that is not there
        )
    )
