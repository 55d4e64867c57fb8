"""Every setting the app keeps between runs (QSettings): its key, its kind and its default,
in one place, and the one way each kind is read back.

QSettings gives values back as it stored them on this platform: a bool as "true", a number
as text, a one-element list as a plain string. `Setting.read` turns what it finds into the
setting's kind, and falls back to the default on anything it cannot read (a hand-edited or
older settings file), so no reader parses a setting of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T", bool, int, float, str, tuple[str, ...])


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    low: float | None = None  # numbers: kept within [low, high]
    high: float | None = None

    def read(self, settings: QSettings) -> T:
        stored = settings.value(self.key, None)
        if stored is None or stored == "":
            return self.default
        try:
            return self._parsed(stored)
        except (TypeError, ValueError):
            return self.default

    def _parsed(self, stored: object) -> T:
        default = self.default
        if isinstance(default, bool):
            return str(stored).lower() in ("true", "1")
        if isinstance(default, tuple):
            values = stored if isinstance(stored, list | tuple) else str(stored).split(",")
            return tuple(str(v) for v in values if str(v))
        if isinstance(default, int):
            return int(self._bounded(int(str(stored))))
        if isinstance(default, float):
            return float(self._bounded(float(str(stored))))
        return str(stored)

    def _bounded(self, value: float) -> float:
        if self.low is not None:
            value = max(self.low, value)
        if self.high is not None:
            value = min(self.high, value)
        return value

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, list(value) if isinstance(value, tuple) else value)


# The interface and the keys
LANGUAGE = Setting("ui/language", "")  # "" follows the system
FOLDED_GUIDES = Setting("ui/folded_guides", tuple[str, ...]())  # BlockKind values
SINGLE_KEYS = Setting("keys/single_character", True)
# The run
WARNING_MINUTES = Setting("timer/warning_minutes", 2.0, 0.0, 60.0)
WARNING_PERCENT = Setting("timer/warning_percent", 20.0, 0.0, 100.0)
CHIME = Setting("timer/chime", False)
PRESENTER_SCREEN = Setting("presenter/screen", "")  # a screen's name; "" any but the laptop's
# The minutes and the mail
PAPER = Setting("report/paper", "A4")
# Last quarter's OKR grades (0.0–1.0): shown or not, and where yellow and green start.
GRADES_SHOWN = Setting("report/grades_shown", True)
GRADE_PROGRESS_FROM = Setting("report/grade_progress_from", 0.4, 0.1, 0.9)
GRADE_DELIVERED_FROM = Setting("report/grade_delivered_from", 0.7, 0.2, 1.0)
SMTP_HOST = Setting("smtp/host", "")
SMTP_PORT = Setting("smtp/port", 587, 1, 65535)
SMTP_SECURITY = Setting("smtp/security", "starttls")
SMTP_USER = Setting("smtp/user", "")
SMTP_SENDER = Setting("smtp/sender", "")
SMTP_PLAIN_LOGIN_FOR = Setting("smtp/plain_login_allowed_for", "")  # the host it was allowed for
# The room link and other databases
ROOM_LINK_HOST = Setting("room_link/host", "")
ROOM_LINK_PORT = Setting("room_link/port", 8765, 1024, 65535)
RECENT_SHARED = Setting("database/recent_shared", tuple[str, ...]())


def planned_minutes(kind_value: str) -> Setting[int]:
    """A block's default minutes for new meetings; absent: follow the head count."""
    return Setting(f"plan/{kind_value}", 0, 0, 600)


def import_mapping(layout: str) -> Setting[str]:
    """A spreadsheet import's columns as the leader mapped them, for a file layout
    (`domain/sheet_mapping.layout_key`); absent: guessed from the headers."""
    return Setting(f"import/mapping_{layout}", "")
