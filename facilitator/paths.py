"""Where the database lives: --db, then FACILITATOR_DB, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator import APP_NAME, ORGANIZATION

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


def resolve_database_path(cli_value: str | None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(ENV_VARIABLE)
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()
