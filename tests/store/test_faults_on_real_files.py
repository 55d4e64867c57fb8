"""Faults met on real files: a full disk, a writer killed mid-transaction. What the app
says must be what happened, and following its advice must lose nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.store.errors import StoreError, StoreProblem


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def small_disk(tmp_path):
    """A real 8 MiB file system (tmpfs), mounted for the test: root can, CI runs as root.
    (The demo meeting with its flip-chart photos and its WAL takes about 2 MiB.)"""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8M", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"no tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:  # no space left: full
        pass
    finally:
        os.close(descriptor)
    return filler


def test_a_full_disk_is_said_as_a_full_disk_never_as_damage(small_disk, tmp_path):
    path = small_disk / "meeting.sqlite3"
    db = open_database(path)
    create_demo_meeting(db)
    db.close()
    before = path.read_bytes()
    filler = _fill(small_disk)

    result = _cli("export", "--db", str(path), "--pdf", str(tmp_path / "minutes.pdf"))
    assert result.returncode == 1
    assert "full" in result.stderr and "damaged" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(StoreError) as caught:
        open_database(path)  # the window's way in
    assert caught.value.problem is StoreProblem.DISK_FULL
    assert path.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "meeting.sqlite3"]

    filler.unlink()  # space freed: the same file exports and passes the integrity check
    result = _cli("export", "--db", str(path), "--pdf", str(tmp_path / "minutes.pdf"))
    assert result.returncode == 0, result.stderr
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    check.close()


KILLED_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=1")  # pages spill to the file: the journal is hot
connection.execute("BEGIN")
for _ in range(2000):
    connection.execute("UPDATE participant SET name = name || 'x'")
os._exit(9)  # killed mid-transaction
"""


def test_a_hot_journal_left_by_a_killed_writer_is_rolled_back_not_called_read_only(tmp_path):
    path = tmp_path / "meeting.sqlite3"
    db = open_database(path)
    create_demo_meeting(db)
    db.close()
    plain = sqlite3.connect(path)
    plain.execute("PRAGMA journal_mode=DELETE")
    names = plain.execute("SELECT name FROM participant ORDER BY id").fetchall()
    plain.close()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], timeout=120)
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.stat().st_size > 0  # a real hot journal

    result = _cli("export", "--db", str(path), "--pdf", str(tmp_path / "minutes.pdf"))
    assert result.returncode == 0, result.stderr
    assert "read-only" not in result.stderr and "rolled that change back" in result.stderr
    assert not journal.exists()
    plain = sqlite3.connect(path)
    assert plain.execute("SELECT name FROM participant ORDER BY id").fetchall() == names
    assert plain.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    plain.close()
    opened = open_database(path)  # and the window opens it
    assert not opened.rolled_back_interrupted_write
    opened.close()

    # The window's way in rolls back a hot journal too, and says so (a status note).
    plain = sqlite3.connect(path)
    plain.execute("PRAGMA journal_mode=DELETE")
    plain.close()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path)], timeout=120)
    assert journal.exists()
    opened = open_database(path)
    try:
        assert opened.rolled_back_interrupted_write
        check = sqlite3.connect(path)
        assert check.execute("SELECT name FROM participant ORDER BY id").fetchall() == names
        check.close()
    finally:
        opened.close()


def test_export_of_a_half_upgraded_file_is_one_sentence_and_changes_nothing(tmp_path):
    """An older release crashed mid-upgrade (a later column exists, the file says 0004):
    one sentence, no traceback, and the file keeps its journal mode (it was switched to
    WAL while the message said it was left as it was)."""
    import shutil

    from tests.conftest import DATA_DIR

    path = tmp_path / "meeting.sqlite3"
    shutil.copy(DATA_DIR / "schema_0004.sqlite3", path)
    half = sqlite3.connect(path)
    half.execute("ALTER TABLE meeting ADD COLUMN group_work_start FLOAT")
    half.commit()
    mode = half.execute("PRAGMA journal_mode").fetchone()[0]
    half.close()
    assert mode == "delete"

    result = _cli("export", "--db", str(path), "--pdf", str(tmp_path / "minutes.pdf"))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "left as it was" in lines[0], result.stderr
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meeting.sqlite3"]


@pytest.mark.parametrize("kind", ["read-only", "newer version"])
def test_reading_a_wal_file_that_is_read_only_or_refused_leaves_nothing_beside_it(tmp_path, kind):
    path = tmp_path / "meeting.sqlite3"
    db = open_database(path)
    create_demo_meeting(db)
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meeting.sqlite3"]
    if kind == "read-only":
        path.chmod(0o444)
    else:
        newer = sqlite3.connect(path)
        newer.execute("UPDATE alembic_version SET version_num = '9999'")
        newer.commit()
        newer.close()
    (tmp_path / "out").mkdir()
    for _ in range(2):
        result = _cli("export", "--db", str(path), "--pdf", str(tmp_path / "out" / "m.pdf"))
        assert "Traceback" not in result.stderr
        assert (result.returncode == 0) is (kind == "read-only"), result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("meeting")] == [
        "meeting.sqlite3"
    ]
    path.chmod(0o644)
