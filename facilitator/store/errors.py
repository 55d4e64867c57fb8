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
    # A shared (PostgreSQL) database:
    UNSUPPORTED_URL = "unsupported_url"  # a URL of another kind of database
    NEEDS_PASSWORD = "needs_password"  # the server asked for a password (or refused it)
    UNREACHABLE = "unreachable"  # no server answered at that address
    NO_SUCH_DATABASE = "no_such_database"  # the server has no database of that name
    OFFLINE = "offline"  # the connection was lost while working


class StoreError(Exception):
    """The database at `path` cannot be used; `problem` says why, `detail` is for the log.

    `path` is the file, or for a shared database its URL without the password.
    """

    def __init__(self, problem: StoreProblem, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{problem}: {path}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail
        # A copy taken before an upgrade that failed: the app offers to restore it.
        self.backup: Path | None = None


class EditConflictError(Exception):
    """Someone else changed the value since this laptop showed it.

    `theirs` is what is stored now, `yours` what this laptop tried to write; nothing was
    written. Writing again with `seen=theirs` keeps yours; doing nothing keeps theirs.
    """

    def __init__(self, what: str, theirs: object, yours: object) -> None:
        super().__init__(f"{what}: stored {theirs!r}, not written {yours!r}")
        self.what = what
        self.theirs = theirs
        self.yours = yours
