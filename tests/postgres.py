"""A real PostgreSQL for the tests, started by the suite itself from the `pgserver` wheel.

The server starts once per test session in a short temporary folder (its Unix socket
lives there). `new_database()` gives each test a database of its own, copied from a
template that was migrated once, so the store's tests run on it as fast as on SQLite.

FACILITATOR_TEST_POSTGRES=postgresql://user@host/postgres runs them on a server of your
own instead (a user that may create databases), say the version your company runs.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

TEMPLATE = "facilitator_template"


class PostgresServer:
    def __init__(self) -> None:
        from sqlalchemy.engine import make_url

        self._numbers = itertools.count(1)
        self._template_ready = False
        own = os.environ.get("FACILITATOR_TEST_POSTGRES")
        if own:
            self._base = make_url(own)
            self.folder = ""
            self._server = None
            # Names of its own, so that a shared server's other databases are never touched.
            self._prefix = f"facilitator_test_{os.getpid()}_"
            return
        import pgserver

        # A Unix socket's path may not exceed about 100 bytes: keep the folder short.
        self.folder = tempfile.mkdtemp(prefix="pg", dir="/tmp")
        self._server = pgserver.get_server(self.folder, cleanup_mode="stop")
        self._base = make_url(f"postgresql://postgres@/postgres?host={self.folder}")
        self._prefix = "t"
        # A throw-away server: nothing it writes needs to survive a power cut, so it does
        # not wait for the disk (each CREATE DATABASE and commit, and the checkpoint at its
        # stop, which took 5-12 s at the end of a full run).
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            self.admin(f"ALTER SYSTEM SET {setting} = off")
        self.admin("SELECT pg_reload_conf()")

    def url(self, database: str = "postgres") -> str:
        return self._base.set(database=database).render_as_string(hide_password=False)

    def admin(self, sql: str) -> None:
        with psycopg.connect(self.url(self._base.database or "postgres"), autocommit=True) as c:
            c.execute(sql)  # type: ignore[arg-type]

    def empty_database(self) -> str:
        name = f"{self._prefix}{next(self._numbers)}"
        self.admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def new_database(self) -> str:
        """A database at the newest revision, with nothing in it."""
        template = f"{self._prefix}{TEMPLATE}"
        if not self._template_ready:
            from facilitator.store.database import open_database

            self.admin(f"CREATE DATABASE {template}")
            open_database(self.url(template)).close()
            self._template_ready = True
        name = f"{self._prefix}{next(self._numbers)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def stop(self) -> None:
        if self._server is None:  # a server of your own: drop what the tests made
            for number in range(1, next(self._numbers)):
                self.admin(f"DROP DATABASE IF EXISTS {self._prefix}{number} WITH (FORCE)")
            self.admin(f"DROP DATABASE IF EXISTS {self._prefix}{TEMPLATE} WITH (FORCE)")
            return
        self._server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()
