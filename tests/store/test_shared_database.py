"""A shared meeting in PostgreSQL: opened, migrated, refused and announced as a file is."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from facilitator.database_location import postgres_url, shown
from facilitator.store import migrate
from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.meetings import list_meetings
from facilitator.store.models import Base
from facilitator.store.participants import list_participants


def _engine(url: str):
    return create_engine(postgres_url(url))


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_models_and_migrations_agree_on_postgresql(postgres):
    url = postgres.empty_database()
    open_database(url).close()
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def Base_metadata():
    from facilitator.store.models import Base

    return Base.metadata


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_every_revision_goes_down_and_up_again_with_the_demo(engine_name, request, tmp_path):
    """Each revision, one step at a time, both ways, with a whole meeting in the tables,
    on both engines."""
    if engine_name == "sqlite":
        url = str(tmp_path / "meetings.sqlite3")
    else:
        url = request.getfixturevalue("postgres").empty_database()
    db = open_database(url)
    try:
        create_demo_meeting(db)
    finally:
        db.close()
    revisions = _revisions_oldest_first()
    engine = _engine(url) if engine_name == "postgresql" else db_engine_for_file(url)
    before = _row_counts(engine)
    try:
        with engine.connect() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            for below in reversed(revisions[:-1]):
                command.downgrade(config, below)
                assert migrate.current_revision(connection) == below
            connection.commit()
            first_tables = set(_row_counts(engine))  # the first revision's tables
            for revision in revisions[1:]:
                command.upgrade(config, revision)
                assert migrate.current_revision(connection) == revision
            connection.commit()
        # Every row of the first revision's tables is still there: no table a revision
        # copied took the rows that refer to it along (later tables went and came empty).
        after = _row_counts(engine)
        assert {t: after[t] for t in first_tables} == {t: before[t] for t in first_tables}
    finally:
        engine.dispose()
    db = open_database(url)
    try:
        meeting = list_meetings(db)[0]  # the demo meeting is the latest
        assert (meeting.company, meeting.quarter) == ("Nordlys Energi AS", "2026 Q4")
        assert "Åse Ødegård" in [p.name for p in list_participants(db, meeting.id)]
    finally:
        db.close()


def _row_counts(engine) -> dict[str, int]:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
        counts = {
            t: connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables
        }
        connection.commit()
    assert counts["participant"] > 0 and counts["dimension_note"] > 0
    return counts


def db_engine_for_file(path: str):
    """The app's own SQLite engine (its transactional DDL), as the app upgrades with it."""
    from facilitator.store.database import _make_engine

    return _make_engine(Path(path))


def test_a_database_of_a_newer_app_is_refused_and_left_alone(postgres):
    url = postgres.new_database()
    with psycopg.connect(url) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError) as caught:
        open_database(url)
    assert caught.value.problem is StoreProblem.TOO_NEW
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_another_programs_database_is_refused(postgres):
    url = postgres.empty_database()
    with psycopg.connect(url) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StoreError) as caught:
        open_database(url)
    assert caught.value.problem is StoreProblem.NOT_FACILITATOR


def test_two_laptops_opening_a_new_database_at_once_migrate_it_once(postgres):
    url = postgres.empty_database()
    opened, failures = [], []

    def open_it() -> None:
        try:
            opened.append(open_database(url))
        except Exception as error:
            failures.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert len(opened) == 3
    for db in opened:
        db.close()
    with psycopg.connect(url) as connection:
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("mysql://kari@server/okr", StoreProblem.UNSUPPORTED_URL),
        ("postgresql://kari@/okr?host=/nonexistent-folder", StoreProblem.UNREACHABLE),
    ],
)
def test_a_url_that_leads_nowhere_says_why(url, problem):
    with pytest.raises(StoreError) as caught:
        open_database(url)
    assert caught.value.problem is problem


def test_a_database_that_does_not_exist_on_the_server_is_named(postgres):
    with pytest.raises(StoreError) as caught:
        open_database(postgres.url("no_such_meeting_db"))
    assert caught.value.problem is StoreProblem.NO_SUCH_DATABASE


def test_the_password_is_never_shown():
    url = "postgresql://kari:hemmelig@db.firma.no:5432/okr"
    assert "hemmelig" not in shown(url)
    assert shown(url) == "postgresql+psycopg://kari@db.firma.no:5432/okr"
    assert "hemmelig" not in shown("mysql://kari:hemmelig@x/y")


def test_another_laptops_changes_are_announced_and_our_own_are_not(postgres):
    import queue

    from facilitator.store.changes import ChangeListener
    from facilitator.store.demo import create_demo_meeting
    from facilitator.store.meetings import update_profile_text

    url = postgres.new_database()
    this, other = open_database(url), open_database(url)
    meeting_id = create_demo_meeting(other)
    heard: queue.SimpleQueue[frozenset[str]] = queue.SimpleQueue()
    up: queue.SimpleQueue[bool] = queue.SimpleQueue()
    listener = ChangeListener(this, heard.put, up.put)
    listener.start()
    try:
        assert up.get(timeout=10) is True
        update_profile_text(this, meeting_id, "vision", "Vår egen endring")  # ours: not heard
        update_profile_text(other, meeting_id, "vision", "Ren energi ⚡")
        assert heard.get(timeout=2) == frozenset({"meeting"})
        assert heard.empty()
        # The network goes: the listener says so, comes back by itself and, having
        # perhaps missed notices, asks for everything to be read again.
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN%' OR query = 'SELECT 1'"
            )
        assert up.get(timeout=10) is False
        assert up.get(timeout=10) is True
        assert heard.get(timeout=2) == frozenset({"*"})
    finally:
        listener.stop()
        this.close()
        other.close()
