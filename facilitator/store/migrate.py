"""Bringing a database up to the newest schema with Alembic, from any install layout.

Alembic is imported only when a database actually needs upgrading: the usual start, on a
database already at the newest revision, reads the revision ids from the migration files
(a fast scan that a test keeps equal to Alembic's own answer).
"""

from __future__ import annotations

import logging
import re
import shutil
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.locations import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)?\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


@cache
def scanned_revisions() -> tuple[str | None, frozenset[str]]:
    """(head, all revisions) read from the migration files without importing Alembic."""
    revisions, parents = set(), set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(text), _DOWN.search(text)
        if found:
            revisions.add(found.group(1))
            if down and down.group(1):
                parents.add(down.group(1))
    heads = revisions - parents
    return (heads.pop() if len(heads) == 1 else None), frozenset(revisions)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the file aside before changing its schema; returns the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    shutil.copy2(path, backup)
    log.info("Backed up %s to %s before upgrading", path, backup)
    return backup


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
