"""Icons shipped in resources/icons, found the same way in every install layout."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from facilitator.locations import resources_dir


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "facilitator.svg"))
