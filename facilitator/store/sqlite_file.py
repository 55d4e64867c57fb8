"""An SQLite meeting file as the app finds it, checked with the standard library alone.

Everything here runs read-only, so a file that is not ours, corrupt, read-only or locked
is left byte-for-byte as it was. It uses `sqlite3` and not SQLAlchemy, so that
`facilitator export` can check and read a file without importing SQLAlchemy (about a third
of an export's time; see `plain_reading`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from facilitator.store import migrate
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.plain_reading import Rows

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"meeting", "participant", "agenda_block"}
BUSY_TIMEOUT_SECONDS = 2.0


@contextmanager
def plain_rows(path: Path) -> Iterator[Rows | None]:
    """Plain SQL on the meeting file at `path` through a read-only connection, or None
    when it cannot be read as it is (missing, empty, or needing an upgrade: those are for
    `open_database`). Failures become StoreError.

    The connection never writes, not even a WAL checkpoint, so the file is left exactly as
    the app has it, and reading while the app has it open is safe.
    """
    with leaving_nothing_new(path):
        if not readable_as_it_is(path):
            yield None
            return
        connection = _connect_read_only(path)
        try:
            yield Rows(lambda sql, params: connection.execute(sql, params).fetchall())
        except sqlite3.DatabaseError as error:
            raise reading_failure(error, path) from error
        finally:
            connection.close()


@contextmanager
def leaving_nothing_new(path: Path) -> Iterator[None]:
    """Reading a WAL file makes SQLite put an empty -wal and a -shm beside it. A refused
    file, and a read-only one (whose owner's later writes would then fail "attempt to
    write a readonly database"), get the ones it made removed again."""
    existing = {sidecar for sidecar in _sidecars(path) if sidecar.exists()}
    refused = True
    try:
        yield
        refused = False
    finally:
        if refused or (path.exists() and _is_read_only(path)):
            for sidecar in _sidecars(path):
                if sidecar not in existing and _empty_sidecar(sidecar):
                    sidecar.unlink(missing_ok=True)


def _empty_sidecar(sidecar: Path) -> bool:
    """A -wal with nothing in it, or the -shm index beside it: nothing to lose."""
    try:
        if sidecar.name.endswith("-shm"):
            wal = sidecar.with_name(sidecar.name[: -len("-shm")] + "-wal")
            return not wal.exists() or wal.stat().st_size == 0
        return sidecar.stat().st_size == 0
    except OSError:
        return False


def _connect_read_only(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
        use_app_settings(connection)
    except sqlite3.DatabaseError as error:
        raise reading_failure(error, path) from error
    return connection


def readable_as_it_is(path: Path) -> bool:
    """Whether the file can be read without writing: it exists, is ours and is at the
    newest schema. Raises StoreError for a file that must be refused."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    check_existing(path, writable=False)
    revision = revision_or_refuse(path)
    return revision is not None and revision == migrate.scanned_revisions().head


def use_app_settings(connection: sqlite3.Connection) -> None:
    """What every connection to a meeting file gets, whoever opens it."""
    # Text that is not valid UTF-8 (written by another tool) is shown with U+FFFD
    # instead of failing the read.
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    connection.execute("PRAGMA foreign_keys=ON")


def revision_or_refuse(path: Path) -> str | None:
    try:
        revision = migrate.stored_revision(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.OperationalError as error:
        raise classify_text(str(error), path) from error
    if revision is not None and revision not in migrate.scanned_revisions().known:
        raise StoreError(StoreProblem.TOO_NEW, path, revision)
    return revision


def _is_read_only(path: Path) -> bool:
    # The mode bits are checked too: root ignores them, but a file someone marked
    # read-only should be treated as such whoever runs the app.
    mode = path.stat().st_mode
    no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def check_existing(path: Path, writable: bool = True) -> bool:
    """Refuse a file that is not ours, damaged or (when `writable`) read-only, after
    letting SQLite roll back a change a killed writer left half-done; whether it did."""
    if path.is_dir():
        raise StoreError(StoreProblem.IS_DIRECTORY, path)
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise StoreError(StoreProblem.NOT_SQLITE, path)
    rolled_back = bool(header) and not _is_read_only(path) and roll_back_interrupted_write(path)
    if writable and _is_read_only(path):
        raise StoreError(StoreProblem.READ_ONLY, path)
    if header:  # an empty file is a new database
        _inspect_read_only(path)
    return rolled_back


def roll_back_interrupted_write(path: Path) -> bool:
    """A writer killed mid-transaction leaves a hot -journal beside the file, which a
    read-only connection cannot roll back ("attempt to write a readonly database"). SQLite
    rolls it back when the file is first read for writing: let it, and say so. Whether a
    change was rolled back."""
    journal = Path(f"{path}-journal")
    try:
        if not journal.exists() or journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise classify_text(str(error), path) from error
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise classify_text(str(error), path) from error
    finally:
        connection.close()
    rolled_back = not journal.exists() or journal.stat().st_size == 0
    if rolled_back:
        log.warning(
            "“%s” held a change its program did not finish (it stopped mid-write); SQLite "
            "rolled that change back, and the file is as it was before it.",
            path,
        )
    return rolled_back


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _inspect_read_only(path: Path) -> set[str]:
    """Check integrity and that the tables are ours, through a read-only connection.

    Reading a WAL-mode file makes SQLite create -wal/-shm files beside it; when the file
    is refused, the ones this check created are removed again so nothing is left behind.
    """
    existing = {sidecar for sidecar in _sidecars(path) if sidecar.exists()}
    try:
        tables = _read_tables(path)
        if tables and not (tables >= OUR_TABLES or tables == {"alembic_version"}):
            raise StoreError(StoreProblem.NOT_FACILITATOR, path)
        return tables
    except StoreError:
        for sidecar in _sidecars(path):
            if sidecar not in existing:
                sidecar.unlink(missing_ok=True)
        raise


def _read_tables(path: Path) -> set[str]:
    uri = f"{path.as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise classify_text(str(error), path) from error
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if [row[0] for row in rows] != ["ok"]:
            found = "; ".join(str(r[0]) for r in rows[:5])
            if no_space_left(path):  # the check itself could not work: not the file's fault
                raise StoreError(StoreProblem.DISK_FULL, path, found)
            raise StoreError(StoreProblem.CORRUPT, path, found)
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in names if not row[0].startswith("sqlite_")}
    except sqlite3.DatabaseError as error:
        raise reading_failure(error, path) from error
    finally:
        connection.close()


def reading_failure(error: sqlite3.DatabaseError, path: Path) -> StoreError:
    """What a failed read means: locked, a full disk, or (when SQLite gives no other
    reason) a bad file."""
    problem = classify_text(str(error), path)
    if problem.problem is StoreProblem.WRITE_FAILED:
        return StoreError(StoreProblem.CORRUPT, path, str(error))
    return problem


# Below this much free space SQLite cannot grow a journal, its -shm index or a temporary
# file, and its failures (often a bare "disk I/O error") mean a full disk, not damage.
FULL_BELOW_BYTES = 256 * 1024


def no_space_left(path: Path) -> bool:
    """Whether the file system that holds `path` (or SQLite's temporary folder) is full."""
    folders = {path.parent, Path(os.environ.get("SQLITE_TMPDIR") or tempfile.gettempdir())}
    for folder in folders:
        try:
            status = os.statvfs(folder)
        except (OSError, AttributeError):  # no statvfs on Windows: say nothing
            continue
        if status.f_bavail * status.f_frsize < FULL_BELOW_BYTES:
            return True
    return False


def classify_text(text: str, path: Path) -> StoreError:
    """Tell SQLite's failures apart by its (stable, English) error messages; a disk
    I/O error on a full file system is a full disk."""
    lowered = text.lower()
    if "disk is full" in lowered or "no space left" in lowered:
        return StoreError(StoreProblem.DISK_FULL, path, text)
    if ("disk i/o error" in lowered or "unable to open" in lowered) and no_space_left(path):
        return StoreError(StoreProblem.DISK_FULL, path, text)
    if "locked" in lowered or "busy" in lowered:
        return StoreError(StoreProblem.LOCKED, path, text)
    if "readonly" in lowered or "read-only" in lowered:
        return StoreError(StoreProblem.READ_ONLY, path, text)
    if "malformed" in lowered or "not a database" in lowered:
        return StoreError(StoreProblem.CORRUPT, path, text)
    return StoreError(StoreProblem.WRITE_FAILED, path, text)
