"""The store's tests run twice: on an SQLite file and on a real PostgreSQL database
(started by the suite, see tests/postgres.py). A test about the file itself is marked
`sqlite_only`."""

from __future__ import annotations

import pytest


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" not in metafunc.fixturenames:
        return
    engines = ["sqlite"]
    if metafunc.definition.get_closest_marker("sqlite_only") is None:
        engines.append("postgresql")
    metafunc.parametrize("db", engines, indirect=True)


@pytest.fixture
def db(request, db_path):
    from facilitator.store.database import open_database

    if request.param == "sqlite":
        database = open_database(db_path)
    else:
        database = open_database(request.getfixturevalue("postgres").new_database())
    yield database
    database.close()
