"""Object names for widgets, set where the widget is made.

`named(QPushButton(text), "startButton")` instead of `QPushButton(text, objectName=...)`:
the same at run time, and what PySide6's type stubs (which do not list Qt properties as
constructor keywords) can check.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T", bound=QObject)


def named(widget: T, name: str) -> T:
    widget.setObjectName(name)
    return widget
