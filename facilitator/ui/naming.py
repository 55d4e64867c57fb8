"""Object names for widgets, set where the widget is made.

`named(QPushButton(text), "startButton")` instead of `QPushButton(text, objectName=...)`:
the same at run time, and what PySide6's type stubs (which do not list Qt properties as
constructor keywords) can check.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

T = TypeVar("T", bound=QObject)
W = TypeVar("W", bound=QWidget)


def named(widget: T, name: str) -> T:
    widget.setObjectName(name)
    return widget


def spoken(widget: W, name: str) -> W:
    """`widget` with the name a screen reader says for it, where no label is its buddy
    (a placeholder is not a name: it is gone once something is typed)."""
    widget.setAccessibleName(name)
    return widget
