"""Opening another database: a file, or a shared meeting's PostgreSQL URL.

The app has one database per window and one window per database (see single_instance),
so another database opens in a new app process. Its password, when one is typed, goes to
that process in the PGPASSWORD environment variable, which libpq reads: it is never put
on a command line (other users could read it there) nor in the settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, QSettings

from facilitator import settings_schema as keys

RECENT_COUNT = 8


def app_command() -> tuple[str, list[str]]:
    """How to start this app again: the bundle's own program, or this Python."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "facilitator"]


def launch_on(target: Path | str, password: str | None = None) -> bool:
    """Start the app on `target` in a process of its own; False when it cannot start."""
    program, arguments = app_command()
    process = QProcess()
    process.setProgram(program)
    process.setArguments([*arguments, "--db", str(target)])
    environment = QProcessEnvironment.systemEnvironment()
    if password:
        environment.insert("PGPASSWORD", password)
    process.setProcessEnvironment(environment)
    started = process.startDetached()  # (ok, pid) in some PySide6 releases, ok in others
    return bool(started[0] if isinstance(started, tuple) else started)


def recent_shared(settings: QSettings) -> list[str]:
    return list(keys.RECENT_SHARED.read(settings))


def remember_shared(settings: QSettings, url: str) -> None:
    """Keep a shared meeting's URL for next time, always without its password."""
    from facilitator.database_location import shown

    bare = shown(url)
    recent = [bare, *(u for u in recent_shared(settings) if u != bare)][:RECENT_COUNT]
    keys.RECENT_SHARED.write(settings, tuple(recent))
