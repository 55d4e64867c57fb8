"""The meeting keys, shared by the control window and the presenter view.

Presentation clickers send PageDown/PageUp (and sometimes . or B to blank the screen), so
those work as well as the arrows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class KeyBinding:
    action: str
    keys: tuple[str, ...]


BINDINGS = (
    KeyBinding("toggle", ("Space",)),
    KeyBinding("next", ("Right", "PgDown")),
    KeyBinding("previous", ("Left", "PgUp")),
    KeyBinding("add_minute", ("+", "=")),
    KeyBinding("remove_minute", ("-",)),
    KeyBinding("fullscreen", ("F", "F11")),
    KeyBinding("blank", ("B", ".")),
    KeyBinding("leave_fullscreen", ("Esc",)),
)


def describe(action: str) -> str:
    translate = QCoreApplication.translate
    return {
        "toggle": translate("Keys", "Start, pause or resume the block"),
        "next": translate("Keys", "Next block (closes the current one)"),
        "previous": translate("Keys", "Previous block (undoes Next)"),
        "add_minute": translate("Keys", "One minute more"),
        "remove_minute": translate("Keys", "One minute less"),
        "fullscreen": translate("Keys", "Presenter view full screen on or off"),
        "blank": translate("Keys", "Blank the presenter view, or show it again"),
        "leave_fullscreen": translate("Keys", "Leave full screen"),
    }[action]


def bind_keys(
    widget: QWidget,
    handlers: dict[str, Callable[[], None]],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> list[QShortcut]:
    """Create the shortcuts for every action that has a handler; returns them."""
    shortcuts = []
    for binding in BINDINGS:
        handler = handlers.get(binding.action)
        if handler is None:
            continue
        for key in binding.keys:
            shortcut = QShortcut(QKeySequence(key), widget)
            shortcut.setContext(context)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(handler)
            shortcuts.append(shortcut)
    return shortcuts
