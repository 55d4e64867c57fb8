"""The Alembic migrations and the models describe the same schema, and old files upgrade."""

import shutil
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from facilitator.store import migrate
from facilitator.store.database import open_database
from facilitator.store.meetings import list_meetings
from facilitator.store.models import Base
from facilitator.store.participants import list_participants
from tests.conftest import DATA_DIR


def _dump(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_models_and_migrations_agree(db_path):
    open_database(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


@pytest.mark.sqlite_only
def test_new_database_is_at_head_with_pragmas(db):
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.alembic_graph().head
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_every_released_schema_upgrades_with_its_data(tmp_path):
    """One file per released revision lives in tests/data; each must open with its data."""
    files = sorted(DATA_DIR.glob("schema_*.sqlite3"))
    assert files, "keep one database file per released schema revision in tests/data"
    for original in files:
        copy = tmp_path / original.name
        shutil.copy(original, copy)
        db = open_database(copy)
        try:
            meeting = list_meetings(db)[0]  # the demo meeting is the latest
            assert (meeting.company, meeting.quarter) == ("Nordlys Energi AS", "2026 Q4")
            names = [p.name for p in list_participants(db, meeting.id)]
            assert "Åse Ødegård" in names and len(names) == 14
            with db.engine.connect() as connection:
                assert migrate.current_revision(connection) == migrate.alembic_graph().head
        finally:
            db.close()
        revision = original.stem.split("_")[1]
        if revision != migrate.alembic_graph().head:
            [backup] = tmp_path.glob(f"{original.name}.{revision}.*.bak")
            assert _dump(backup) == _dump(original)


def test_unknown_revision_is_refused_untouched(tmp_path):
    """A file stamped by a newer app (a revision we do not know) is not touched."""
    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'base-for-test'")
    connection.commit()
    connection.close()
    # An unknown revision is refused as "too new" and the file is not touched.
    before = path.read_bytes()
    from facilitator.store.errors import StoreError, StoreProblem

    try:
        open_database(path)
    except StoreError as error:
        assert error.problem is StoreProblem.TOO_NEW
    else:
        raise AssertionError("an unknown revision must not open")
    assert path.read_bytes() == before


def test_the_newest_migrations_go_down_and_up_again_with_the_data(tmp_path):
    """The breaks (0008), the decisions (0009) and the room link (0010) can be taken back
    and applied again."""
    from alembic import command

    copy = tmp_path / "demo.sqlite3"
    shutil.copy(DATA_DIR / "schema_0008.sqlite3", copy)
    open_database(copy).close()  # to head
    engine = create_engine(f"sqlite:///{copy}")
    try:
        with engine.connect() as connection:  # each revision commits on its own
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
            assert migrate.current_revision(connection) == "0007"
            command.upgrade(config, "head")
            assert migrate.current_revision(connection) == migrate.alembic_graph().head
            connection.commit()
    finally:
        engine.dispose()
    db = open_database(copy)
    try:
        assert len(list_participants(db, list_meetings(db)[0].id)) == 14
    finally:
        db.close()
