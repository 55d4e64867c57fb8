"""A file that cannot be used gives a clear reason and is left byte-for-byte untouched."""

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.store.errors import StoreError, StoreProblem


def _expect(path: Path, problem: StoreProblem) -> None:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert caught.value.problem is problem
    if before is not None:
        assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or before is None


def _run_cli(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _assert_cli_refuses(path: Path, words: str) -> None:
    before = path.read_bytes() if path.is_file() else None
    result = _run_cli(path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert words in lines[0]
    if before is not None:
        assert path.read_bytes() == before


def test_text_file_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dette er ikke en database – æøå\n", encoding="utf-8")
    _expect(path, StoreProblem.NOT_SQLITE)
    _assert_cli_refuses(path, "not a Facilitator database")


def test_corrupt_database(db_path):
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xde\xad\xbe\xef" * ((4096 - 100) // 4)  # smash the first page
    for page_start in range(4096, len(data), 4096):
        data[page_start + 8 : page_start + 40] = b"\xff" * 32
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    _expect(db_path, StoreProblem.CORRUPT)
    _assert_cli_refuses(db_path, "damaged")


def test_sqlite_file_of_another_program(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.execute("INSERT INTO invoices (total) VALUES (99.5)")
    connection.commit()
    connection.close()
    _expect(path, StoreProblem.NOT_FACILITATOR)
    _assert_cli_refuses(path, "another program")


def test_read_only_database(db_path):
    open_database(db_path).close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        _expect(db_path, StoreProblem.READ_ONLY)
        _assert_cli_refuses(db_path, "read-only")
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@contextmanager
def _held_exclusively(path: Path):
    """Another program holding an exclusive lock on the file (a separate process, because
    POSIX locks are per process: any close of the file in this process would drop them)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("", timeout=30)


_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


def test_locked_new_database(tmp_path):
    path = tmp_path / "locked.sqlite3"
    path.write_bytes(b"")
    with _held_exclusively(path), pytest.raises(StoreError) as caught:
        open_database(path)
    assert caught.value.problem is StoreProblem.LOCKED
    assert path.read_bytes() == b""


def test_locked_facilitator_database_is_left_untouched(db_path):
    open_database(db_path).close()
    # A pending migration means opening must write, while another program holds the lock.
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with _held_exclusively(db_path):
        with pytest.raises(StoreError) as caught:
            open_database(db_path)
        assert caught.value.problem is StoreProblem.LOCKED
        result = _run_cli(db_path)
        assert result.returncode != 0
        assert "locked" in result.stderr
        assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == before


_EXPORT = [sys.executable, "-m", "facilitator", "export"]


def test_export_of_a_locked_file_is_one_sentence_and_leaves_it_untouched(db_path, tmp_path):
    """`facilitator export` reads a file through sqlite3 alone: its failures are the app's."""
    db = open_database(db_path)
    create_demo_meeting(db)
    db.close()
    # In WAL mode (the app's) a writer never blocks a reader; another program's rollback
    # journal with an exclusive lock does.
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    before = db_path.read_bytes()
    with _held_exclusively(db_path):
        result = subprocess.run(
            [*_EXPORT, "--db", str(db_path), "--pdf", str(tmp_path / "minutes.pdf")],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "locked" in result.stderr
    assert db_path.read_bytes() == before
    assert not (tmp_path / "minutes.pdf").exists()


def test_folder_instead_of_file_and_missing_folder(tmp_path):
    _expect(tmp_path, StoreProblem.IS_DIRECTORY)
    _expect(tmp_path / "missing" / "x.sqlite3", StoreProblem.NO_FOLDER)
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_folder_for_a_new_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        _expect(folder / "new.sqlite3", StoreProblem.READ_ONLY)
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.sqlite_only
def test_invalid_utf8_written_by_another_tool_is_read_with_replacements(db, meeting_id):
    """Text that is not UTF-8 shows U+FFFD where it is broken; reading never fails (and is
    never reported as a failed save)."""
    import sqlite3

    from facilitator.store.participants import add_participant, list_participants

    person = add_participant(db, meeting_id, "Kari Nordmann")
    raw = sqlite3.connect(db.path)
    raw.execute(
        "UPDATE participant SET name = CAST(? AS TEXT) WHERE id = ?",
        (b"Kari \xff\xfe Nordmann", person),
    )
    raw.commit()
    raw.close()
    db.engine.dispose()
    [read] = list_participants(db, meeting_id)
    assert read.name == "Kari \ufffd\ufffd Nordmann"
