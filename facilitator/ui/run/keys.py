"""The meeting keys, shared by the control window and the presenter view.

A presentation clicker sends PageDown/PageUp, B or '.', F5/Shift+F5 and Esc. They must
work from every page of the control window and in the presenter view, whatever has focus:
one application-wide filter sees each key press in those windows before any widget does.
While someone types in a text field, spin box or table editor, printable keys (Space, B,
'.', F, + and -) and the arrows go to the field; the clicker's own keys still drive the
meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = Qt.Key


@dataclass(frozen=True)
class KeyBinding:
    action: str
    keys: tuple[str, ...]  # as shown in the keyboard help
    codes: tuple[Key, ...]  # Shift does not matter (Shift+F5 is a clicker's F5 too)
    printable: bool = False  # typed into a focused text field instead


BINDINGS = (
    KeyBinding("next", ("PgDown", "→"), (Key.Key_PageDown, Key.Key_Right)),
    KeyBinding("previous", ("PgUp", "←"), (Key.Key_PageUp, Key.Key_Left)),
    KeyBinding("toggle", ("Space",), (Key.Key_Space,), printable=True),
    KeyBinding("blank", ("B", "."), (Key.Key_B, Key.Key_Period), printable=True),
    KeyBinding("fullscreen", ("F5", "Shift+F5"), (Key.Key_F5,)),
    KeyBinding("toggle_fullscreen", ("F", "F11"), (Key.Key_F, Key.Key_F11), printable=True),
    KeyBinding("escape", ("Esc",), (Key.Key_Escape,)),
    KeyBinding("add_minute", ("+",), (Key.Key_Plus, Key.Key_Equal), printable=True),
    KeyBinding("remove_minute", ("−",), (Key.Key_Minus,), printable=True),
)

# The arrows move the cursor in a text field, so they count as typing keys there.
_TYPING_KEYS = {Key.Key_Left, Key.Key_Right}


def describe(action: str) -> str:
    translate = QCoreApplication.translate
    return {
        "next": translate(
            "Keys",
            "Next step: the next speaker, statement, report or presenter; then the next "
            "block. Leaving a block, declaring the quarter closed and ending the meeting "
            "ask first: press again to confirm.",
        ),
        "previous": translate(
            "Keys", "Back one step (or one speaker); takes back a question that was asked"
        ),
        "toggle": translate("Keys", "Start, pause or resume the block"),
        "blank": translate("Keys", "Blank the room's screen, or show it again"),
        "fullscreen": translate("Keys", "Room's screen full screen"),
        "toggle_fullscreen": translate("Keys", "Room's screen full screen on or off"),
        "escape": translate("Keys", "Take back a question; otherwise leave full screen"),
        "add_minute": translate("Keys", "One minute more"),
        "remove_minute": translate("Keys", "One minute less"),
    }[action]


def is_typing_in(widget: QWidget | None) -> bool:
    """True when `widget` takes typed text (a field, a spin box, an open table editor)."""
    while widget is not None:
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            return not (
                isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and widget.isReadOnly()
            )
        if isinstance(widget, QComboBox):
            return widget.isEditable()
        if isinstance(widget, QAbstractItemView):
            # An editable table takes Space (a check box) and the arrows; a read-only list
            # (the agenda in the sidebar) leaves every key to the meeting.
            editable = widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            return editable or widget.state() is QAbstractItemView.State.EditingState
        widget = widget.parentWidget() if not widget.isWindow() else None
    return False


def binding_for(event: QKeyEvent) -> KeyBinding | None:
    key = Key(event.key())
    return next((b for b in BINDINGS if key in b.codes), None)


class ClickerKeys(QObject):
    """The application-wide key filter for the meeting windows."""

    def __init__(
        self, windows: list[QWidget], handlers: dict[str, Callable[[], None]], parent=None
    ) -> None:
        super().__init__(parent)
        self._windows = windows
        self._handlers = handlers
        app = QApplication.instance()
        assert app is not None  # made before any window
        app.installEventFilter(self)

    def stop(self) -> None:
        """Stop filtering: every event of the app passes through an installed filter, so a
        closed window's must not stay behind."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is not QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() not in self._windows:
            return False  # a dialog, or another window: its keys are its own
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if modifiers:
            return False  # Ctrl/Alt combinations are menu shortcuts
        binding = binding_for(event)
        if binding is None:
            return False
        focus = QApplication.focusWidget()
        typing = is_typing_in(watched) or is_typing_in(focus)
        if typing and (binding.printable or Key(event.key()) in _TYPING_KEYS):
            return False
        if typing and binding.action == "escape" and _item_editor_open(watched, focus):
            return False  # Esc cancels the table edit first
        handler = self._handlers.get(binding.action)
        if handler is None:
            return False
        handler()
        return True


def _item_editor_open(*widgets: QWidget | None) -> bool:
    for widget in widgets:
        while widget is not None:
            if isinstance(widget, QAbstractItemView):
                return widget.state() is QAbstractItemView.State.EditingState
            widget = widget.parentWidget()
    return False
