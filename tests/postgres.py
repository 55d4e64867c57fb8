"""A real PostgreSQL for the tests, started by the suite itself from the `pgserver` wheel.

The server starts once per test session in a short temporary folder (its Unix socket
lives there). `new_database()` gives each test a database of its own, copied from a
template that was migrated once, so the store's tests run on it as fast as on SQLite.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

TEMPLATE = "facilitator_template"


class PostgresServer:
    def __init__(self) -> None:
        import pgserver

        # A Unix socket's path may not exceed about 100 bytes: keep the folder short.
        self.folder = tempfile.mkdtemp(prefix="pg", dir="/tmp")
        self._server = pgserver.get_server(self.folder, cleanup_mode="stop")
        self._numbers = itertools.count(1)
        self._template_ready = False

    def url(self, database: str = "postgres", password: str | None = None) -> str:
        user = "postgres" if password is None else f"postgres:{password}"
        return f"postgresql://{user}@/{database}?host={self.folder}"

    def admin(self, sql: str) -> None:
        with psycopg.connect(
            self.url().replace("postgresql://", "postgresql://", 1), autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def empty_database(self) -> str:
        name = f"t{next(self._numbers)}"
        self.admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def new_database(self) -> str:
        """A database at the newest revision, with nothing in it."""
        if not self._template_ready:
            from facilitator.store.database import open_database

            self.admin(f"CREATE DATABASE {TEMPLATE}")
            open_database(self.url(TEMPLATE)).close()
            self._template_ready = True
        name = f"t{next(self._numbers)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def stop(self) -> None:
        self._server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()
