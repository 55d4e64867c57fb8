"""Where the database lives: --db, then FACILITATOR_DB, then the user data folder.

Either may be a file path or, for a meeting shared between laptops, a PostgreSQL URL
(`postgresql://kari@server/okr`), which is handed on as text.
"""

from __future__ import annotations

import os
from pathlib import Path

from facilitator import APP_NAME, ORGANIZATION
from facilitator.database_location import looks_like_url

DATABASE_FILENAME = "facilitator.sqlite3"
ENV_VARIABLE = "FACILITATOR_DB"


def set_application_identity() -> None:
    """Names used by QStandardPaths and QSettings; safe to call before any QApplication."""
    from PySide6.QtCore import QCoreApplication  # only the app and the default folder need Qt

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)


def default_database_path() -> Path:
    """The platform's user data folder, as Qt names it (the app and the CLI agree)."""
    from PySide6.QtCore import QStandardPaths

    set_application_identity()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_FILENAME


def resolve_database_path(cli_value: str | None) -> Path | str:
    value = cli_value or os.environ.get(ENV_VARIABLE)
    if value:
        return value if looks_like_url(value) else Path(value).expanduser()
    return default_database_path()
