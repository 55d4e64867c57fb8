"""Why a database could not be opened or written. The UI and the CLI put these into words."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class StoreProblem(StrEnum):
    NOT_SQLITE = "not_sqlite"
    NOT_FACILITATOR = "not_facilitator"
    CORRUPT = "corrupt"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    IS_DIRECTORY = "is_directory"
    NO_FOLDER = "no_folder"
    TOO_NEW = "too_new"
    MIGRATION_FAILED = "migration_failed"
    WRITE_FAILED = "write_failed"
    DISK_FULL = "disk_full"


class StoreError(Exception):
    """The database at `path` cannot be used; `problem` says why, `detail` is for the log."""

    def __init__(self, problem: StoreProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem}: {path}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail
        # A copy taken before an upgrade that failed: the app offers to restore it.
        self.backup: Path | None = None
