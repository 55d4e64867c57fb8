"""Schema upgrades are atomic, backed up with every committed edit, and only when needed;
storage failures are told apart and leave a refused file as it was."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event

from facilitator.store import database as database_module
from facilitator.store import migrate, okr_rows
from facilitator.store.database import open_database
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.meetings import list_meetings, update_profile_text
from tests.conftest import DATA_DIR


def _copy_fixture(revision: str, tmp_path: Path) -> Path:
    target = tmp_path / f"meetings_{revision}.sqlite3"
    shutil.copy(DATA_DIR / f"schema_{revision}.sqlite3", target)
    return target


def _schema(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


# -- the revision scan ----------------------------------------------------------------------


def _revision_file(folder: Path, revision: str, down: str | tuple[str, ...] | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{revision}_step.py").write_text(
        textwrap.dedent(
            f'''
            """step {revision}"""
            from collections.abc import Sequence

            revision: str = {revision!r}
            down_revision: str | Sequence[str] | None = {down!r}
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                pass


            def downgrade() -> None:
                pass
            '''
        ),
        encoding="utf-8",
    )


def _script_location(tmp_path: Path) -> Path:
    location = tmp_path / "migrations"
    (location / "versions").mkdir(parents=True)
    (location / "env.py").write_text("", encoding="utf-8")
    (location / "script.py.mako").write_text("", encoding="utf-8")
    return location


def test_the_fast_scan_agrees_with_alembic_on_our_migrations():
    assert migrate.scanned_revisions() == migrate.alembic_graph()
    assert migrate.scanned_revisions().head is not None


def test_the_fast_scan_agrees_with_alembic_on_branched_and_merged_histories(tmp_path):
    location = _script_location(tmp_path)
    versions = location / "versions"
    _revision_file(versions, "a1", None)
    _revision_file(versions, "b2", "a1")
    _revision_file(versions, "c3", "a1")  # a branch: two heads
    branched = migrate.scan_revisions(versions)
    assert branched == migrate.alembic_graph(location)
    assert branched.heads == {"b2", "c3"} and branched.head is None

    _revision_file(versions, "d4", ("b2", "c3"))  # the merge
    merged = migrate.scan_revisions(versions)
    assert merged == migrate.alembic_graph(location)
    assert merged.head == "d4"


# -- backups --------------------------------------------------------------------------------


def test_no_backup_when_nothing_is_upgraded(tmp_path):
    path = _copy_fixture("0004", tmp_path)
    open_database(path).close()
    assert len(list(tmp_path.glob("*.bak"))) == 1  # the upgrade from 0004
    for _ in range(3):
        open_database(path).close()
    assert len(list(tmp_path.glob("*.bak"))) == 1


def test_the_backup_holds_edits_still_in_the_write_ahead_log(tmp_path):
    """An edit committed to the -wal just before a crash is in the copy taken before the
    upgrade (a copy of the main file alone would miss it)."""
    original = _copy_fixture("0004", tmp_path)
    writer = sqlite3.connect(original)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE meeting SET vision = 'Written just before the crash'")
    writer.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # the files as a crash leaves them
        shutil.copy(f"{original}{suffix}", crashed / f"meetings.sqlite3{suffix}")
    writer.close()
    path = crashed / "meetings.sqlite3"
    assert Path(f"{path}-wal").stat().st_size > 0

    open_database(path).close()

    [backup] = crashed.glob("*.0004.*.bak")
    copy = sqlite3.connect(backup)
    visions = {row[0] for row in copy.execute("SELECT vision FROM meeting")}
    copy.close()
    assert "Written just before the crash" in visions


# -- atomic upgrades ------------------------------------------------------------------------


def _fail_on_statement(monkeypatch, needle: str, occurrence: int) -> None:
    """Make the engine fail the n-th statement containing `needle`, as a crash would."""
    make_engine = database_module._make_engine

    def failing_engine(path):
        engine = make_engine(path)
        seen = []

        @event.listens_for(engine, "before_cursor_execute")
        def _crash(_conn, _cursor, statement, *_args) -> None:
            if needle in statement:
                seen.append(statement)
                if len(seen) == occurrence:
                    raise RuntimeError("power cut")

        return engine

    monkeypatch.setattr(database_module, "_make_engine", failing_engine)


def test_a_crash_inside_a_revision_leaves_the_previous_revision(tmp_path, monkeypatch):
    """0004 → 0005 alters two tables; failing between them keeps 0004 whole."""
    path = _copy_fixture("0004", tmp_path)
    schema_before = _schema(path)
    _fail_on_statement(monkeypatch, "ALTER TABLE meeting ADD COLUMN", 1)

    with pytest.raises(RuntimeError, match="power cut"):
        open_database(path)

    assert _revision(path) == "0004"
    assert _schema(path) == schema_before
    monkeypatch.undo()
    db = open_database(path)  # and the next start upgrades it properly
    try:
        assert list_meetings(db)[0].company == "Nordlys Energi AS"
    finally:
        db.close()


def test_a_failing_later_revision_keeps_the_earlier_ones(tmp_path, monkeypatch):
    path = _copy_fixture("0003", tmp_path)
    _fail_on_statement(monkeypatch, "ALTER TABLE breakout_group ADD COLUMN", 2)
    with pytest.raises(RuntimeError):
        open_database(path)
    assert _revision(path) == "0004"


def test_a_half_upgraded_file_is_recognised_and_its_backup_offered(tmp_path):
    """An older release crashed mid-upgrade: a 0005 column exists but the file says 0004.
    The upgrade fails without changing anything, and the copy taken before the first
    attempt is offered; restoring it gives a file that opens."""
    path = _copy_fixture("0004", tmp_path)
    earlier = path.with_name(f"{path.name}.0004.20261120T080000000000Z.bak")
    shutil.copy(path, earlier)  # what the earlier attempt took
    half = sqlite3.connect(path)
    half.execute("ALTER TABLE meeting ADD COLUMN group_work_start FLOAT")
    half.commit()
    half.close()
    before = _schema(path)

    with pytest.raises(StoreError) as refused:
        open_database(path)

    assert refused.value.problem is StoreProblem.MIGRATION_FAILED
    assert refused.value.backup == earlier
    assert _schema(path) == before and _revision(path) == "0004"
    assert sorted(tmp_path.glob("*.bak")) == [earlier]  # no useless copy of the damage

    kept = migrate.restore_backup(path, earlier)
    assert kept.exists()
    db = open_database(path)
    try:
        assert list_meetings(db)[0].company == "Nordlys Energi AS"
    finally:
        db.close()


# -- refusing and failing -------------------------------------------------------------------


def test_a_file_from_a_newer_version_is_refused_byte_for_byte(tmp_path):
    path = _copy_fixture("0005", tmp_path)  # rollback-journal mode, as shipped
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    with pytest.raises(StoreError) as refused:
        open_database(path)

    assert refused.value.problem is StoreProblem.TOO_NEW
    assert path.read_bytes() == before  # not even switched to WAL mode
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.sqlite_only
def test_a_full_disk_is_reported_as_a_full_disk(db, meeting_id):
    """SQLite's own SQLITE_FULL, reached by capping the file's page count."""
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    db.engine.dispose()  # new connections get the cap
    with pytest.raises(StoreError) as failed:
        update_profile_text(db, meeting_id, "vision", "x" * 200_000)
    assert failed.value.problem is StoreProblem.DISK_FULL

    from facilitator.messages import store_message

    assert "is full" in store_message(failed.value)
    assert "damaged" not in store_message(failed.value)


# -- one transaction per user action ---------------------------------------------------------


def test_a_unit_of_work_commits_together_or_not_at_all(db, meeting_id):
    from facilitator.store.meetings import get_meeting

    with pytest.raises(RuntimeError), db.unit_of_work():
        update_profile_text(db, meeting_id, "vision", "Half of an action")
        update_profile_text(db, meeting_id, "mission", "The other half")
        raise RuntimeError("failure half-way")
    meeting = get_meeting(db, meeting_id)
    assert (meeting.vision, meeting.mission) == ("", "")


def test_starting_a_meeting_is_one_transaction(db, monkeypatch):
    """A failure while planning the blocks leaves no half-made meeting behind."""
    from datetime import date, time

    from facilitator.domain.agenda import BlockKind
    from facilitator.domain.meeting_details import MeetingDetails
    from facilitator.store import agenda
    from facilitator.store.carry_over import start_meeting

    details = MeetingDetails.from_input(
        "Fjordkraft Test AS", "2026 Q4", date(2026, 12, 3), time(9, 0), "Oslo", "Kari Nordmann"
    )
    calls = []
    real = agenda.set_planned_minutes

    def fails_on_the_third(db_, meeting_id, kind, minutes):
        calls.append(kind)
        if len(calls) == 3:
            raise StoreError(StoreProblem.DISK_FULL, db_.path)
        real(db_, meeting_id, kind, minutes)

    monkeypatch.setattr(agenda, "set_planned_minutes", fails_on_the_third)
    with pytest.raises(StoreError):
        start_meeting(db, details, "nb", dict.fromkeys(BlockKind, 20))
    assert list_meetings(db) == []
    monkeypatch.undo()
    meeting_id = start_meeting(db, details, "nb", dict.fromkeys(BlockKind, 20))
    assert [b.timer.planned_seconds for b in agenda.load_blocks(db, meeting_id)] == [1200] * 6


def test_an_okr_import_is_one_transaction(db, meeting_id, monkeypatch):
    from facilitator.domain.okr_csv import parse_okrs
    from facilitator.store import okrs

    parsed = parse_okrs(
        "Avdeling;Mål;Nøkkelresultat;Start;Mål-verdi;Enhet;Eier;Knyttet til\n"
        ";Flere fornøyde kunder;NPS fra 20 til 40;20;40;;;\n"
        ";Lønnsom vekst;Omsetning 12 MNOK;8;12;MNOK;;\n".encode()
    )
    real = okrs.add_key_result
    calls = []

    def fails_on_the_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise StoreError(StoreProblem.DISK_FULL, db.path)
        return real(*args, **kwargs)

    monkeypatch.setattr(okrs, "add_key_result", fails_on_the_second)
    assert len(parsed.rows) == 2
    with pytest.raises(StoreError):
        okr_rows.import_rows(db, meeting_id, parsed.rows)
    assert len(calls) == 2  # the first objective and key result were made, then it failed
    assert okrs.list_objectives(db, meeting_id) == []


KILLED_DURING_BACKUP = """
import os, sys
from pathlib import Path
from facilitator.store import migrate

real_copy = migrate._copy_database

def dies_half_way(source, target, read_only_source):
    with open(target, "wb") as half:
        half.write(Path(source).read_bytes()[:4096])  # a first page, then the power goes
    os._exit(9)

migrate._copy_database = dies_half_way
migrate.backup_before_upgrade(Path(sys.argv[1]), "0004")
"""


def test_a_kill_during_the_backup_never_leaves_a_copy_that_is_offered(tmp_path):
    """The copy is written under a temporary name and renamed when complete; an empty or
    unreadable .bak (left by an older version) is never offered for restore."""
    import subprocess
    import sys

    path = _copy_fixture("0004", tmp_path)
    subprocess.run([sys.executable, "-c", KILLED_DURING_BACKUP, str(path)], timeout=120)
    assert list(tmp_path.glob("*.bak")) == []
    assert len(list(tmp_path.glob("*.bak.partial"))) == 1
    assert migrate.backups_of(path, "0004") == []

    empty = path.with_name(f"{path.name}.0004.20261120T080000000000Z.bak")
    empty.write_bytes(b"")
    torn = path.with_name(f"{path.name}.0004.20261121T080000000000Z.bak")
    torn.write_bytes(path.read_bytes()[:4096])
    good = migrate.backup_before_upgrade(path, "0004")
    assert migrate.backups_of(path, "0004") == [good]
    assert not list(tmp_path.glob("*.bak-shm")) and not list(tmp_path.glob("*.bak-wal"))
