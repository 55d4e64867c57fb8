"""Bringing a database up to the newest schema with Alembic, from any install layout.

Alembic is imported only when a database actually needs upgrading: the usual start, on a
database already at the newest revision, reads the revision graph from the migration files
(`scan_revisions`, which parses each file's `revision` and `down_revision` assignments; a
test keeps it equal to Alembic's own answer on linear, branched and merged histories).
"""

from __future__ import annotations

import ast
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.locations import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RevisionGraph:
    heads: frozenset[str]
    known: frozenset[str]

    @property
    def head(self) -> str | None:
        """The single head, or None while the history has unmerged branches."""
        return next(iter(self.heads)) if len(self.heads) == 1 else None


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        value: ast.expr | None
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets, value = [node.target.id], node.value
        else:
            continue
        if name in targets and value is not None:
            return ast.literal_eval(value)
    return None


def scan_revisions(versions: Path) -> RevisionGraph:
    """The revision graph of a versions folder, read without importing Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned(tree, "revision")
        if not isinstance(revision, str):
            continue
        revisions.add(revision)
        down = _assigned(tree, "down_revision")
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(p) for p in down)
    return RevisionGraph(frozenset(revisions - parents), frozenset(revisions))


@cache
def scanned_revisions() -> RevisionGraph:
    return scan_revisions(migrations_dir() / "versions")


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    return config


def alembic_graph(script_location: Path | None = None) -> RevisionGraph:
    """The same graph as Alembic's own script directory sees it."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return RevisionGraph(
        frozenset(script.get_heads()), frozenset(r.revision for r in script.walk_revisions())
    )


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def stored_revision(path: Path, timeout: float) -> str | None:
    """The revision stamped in the file, read through a read-only connection."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:
        return None  # no alembic_version table: a new, empty database
    finally:
        connection.close()


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the database aside before changing its schema; returns the copy's path.

    SQLite's online backup reads through SQLite, so edits still in the `-wal` file are in
    the copy (a file copy of the main file alone would miss them).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    backup = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    # Written under a name no one takes for a copy, and named a copy once it is complete:
    # a kill half-way leaves a ".partial", never an empty ".bak" offered for restore.
    partial = backup.with_name(backup.name + ".partial")
    _copy_database(path, partial, read_only_source=True)
    os.replace(partial, backup)
    log.info("Backed up %s to %s before upgrading", path, backup)
    return backup


def backups_of(path: Path, revision: str) -> list[Path]:
    """The complete, readable copies taken before upgrading from `revision`, oldest first
    (an empty or unreadable one is never offered for restore)."""
    return [
        copy
        for copy in sorted(path.parent.glob(f"{path.name}.{revision}.*.bak"))
        if _complete_copy(copy)
    ]


def _complete_copy(copy: Path) -> bool:
    try:
        with copy.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        # immutable: nothing is written beside a copy just to look at it
        connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return bool(connection.execute("PRAGMA quick_check").fetchone() == ("ok",))
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False


def restore_backup(path: Path, backup: Path) -> Path:
    """Put `backup` back in place of `path`; the file it replaces is kept as `.damaged`."""
    kept = path.with_name(f"{path.name}.{datetime.now(UTC):%Y%m%dT%H%M%SZ}.damaged")
    path.rename(kept)
    for suffix in ("-wal", "-shm"):
        sidecar = Path(f"{path}{suffix}")
        if sidecar.exists():
            sidecar.rename(Path(f"{kept}{suffix}"))
    _copy_database(backup, path, read_only_source=True)
    log.info("Restored %s from %s (the replaced file is %s)", path, backup, kept)
    return kept


def _copy_database(source: Path, target: Path, read_only_source: bool) -> None:
    uri = f"{source.as_uri()}?mode=ro" if read_only_source else source.as_uri()
    source_connection = sqlite3.connect(uri, uri=True)
    try:
        target_connection = sqlite3.connect(target)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        source_connection.close()


def upgrade_to_head(connection: Connection) -> None:
    """Run every pending revision, each in its own transaction (see migrations/env.py)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
