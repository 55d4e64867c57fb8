"""The meeting keys, shared by the control window and the presenter view.

A presentation clicker sends PageDown/PageUp, B or '.', F5/Shift+F5 and Esc. They must
work from every page of the control window and in the presenter view, whatever has focus:
one application-wide filter sees each key press in those windows before any widget does.

The clicker's own keys (PageDown, PageUp, F5, F11, Esc) drive the meeting everywhere. The
single-character keys (Space, B, '.', F, W, + and −) and the arrows drive it only where focus
is on no control that takes them: Space and Return press a focused button, a combo box or
list selects by the letters typed, a text field takes everything. The single-character
keys can be switched off in Preferences (WCAG 2.1.4): a leader who types a lot may want
the clicker's keys only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from facilitator.ui.presenter.placement import PresenterPlacement
    from facilitator.ui.run.controller import RunController
    from facilitator.ui.run.step_driver import StepDriver

# A widget with this property set to True leaves every meeting key to the meeting: the
# agenda in the sidebar, whose rows are the meeting's own blocks.
MEETING_SURFACE = "facilitatorMeetingSurface"

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
    KeyBinding("wrap_up", ("W",), (Key.Key_W,), printable=True),
)


def meeting_actions(
    steps: StepDriver,
    controller: RunController,
    presenter: PresenterPlacement,
    show_run: Callable[[], None],
    toggle_presenter: Callable[[], None],
) -> dict[str, Callable[[], None]]:
    """What each binding's action does: PageDown and PageUp are the step driver's moves,
    after which the control window shows the run (`show_run`), wherever it was."""

    def drive(move: Callable[[], None]) -> Callable[[], None]:
        def driven() -> None:
            move()
            show_run()

        return driven

    def fullscreen() -> None:  # F5: the room's screen full screen (shown first if it is not)
        if not presenter.is_shown():
            toggle_presenter()
        if not presenter.window.isFullScreen():
            presenter.window.toggle_fullscreen()

    def toggle_fullscreen() -> None:
        if not presenter.is_shown():
            toggle_presenter()
        presenter.window.toggle_fullscreen()

    def escape() -> None:  # take back a question the run asked; otherwise leave full screen
        if not steps.cancel_question():
            presenter.window.leave_fullscreen()

    return {
        "toggle": controller.toggle,
        "next": drive(steps.forward),
        "previous": drive(steps.back),
        "add_minute": controller.add_minute,
        "remove_minute": controller.remove_minute,
        "fullscreen": fullscreen,
        "toggle_fullscreen": toggle_fullscreen,
        "blank": presenter.window.toggle_blank,
        "escape": escape,
    }


_ARROWS = {Key.Key_Left, Key.Key_Right}
_RETURN = {Key.Key_Return, Key.Key_Enter}


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
        "wrap_up": translate(
            "Keys", "“Please wrap up” to the speaker on the room's screen, or take it back"
        ),
    }[action]


def is_typing_in(widget: QWidget | None) -> bool:
    """True when `widget` takes typed text (a field, a spin box, an open table editor)."""
    while widget is not None:
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            return not widget.isReadOnly()
        if isinstance(widget, QComboBox):
            return widget.isEditable()
        if isinstance(widget, QAbstractItemView):
            return widget.state() is QAbstractItemView.State.EditingState
        widget = widget.parentWidget() if not widget.isWindow() else None
    return False


def takes_key(widget: QWidget | None, key: Key) -> bool:
    """Whether the focused `widget` does something of its own with `key` (so the meeting
    must leave it alone): Qt's rules, as users know them from every other program."""
    if widget is None or widget.property(MEETING_SURFACE):
        return False
    if is_typing_in(widget):
        return True
    if isinstance(widget, QComboBox | QAbstractItemView):
        return True  # Space opens or selects; letters select by name; arrows move
    if isinstance(widget, QAbstractButton) or (
        isinstance(widget, QGroupBox) and widget.isCheckable()
    ):
        return key is Key.Key_Space
    if isinstance(widget, QTabBar | QAbstractSlider):
        return key in _ARROWS
    return False


def binding_for(event: QKeyEvent) -> KeyBinding | None:
    key = Key(event.key())
    return next((b for b in BINDINGS if key in b.codes), None)


class ClickerKeys(QObject):
    """The application-wide key filter for the meeting windows."""

    def __init__(
        self,
        windows: list[QWidget],
        handlers: dict[str, Callable[[], None]],
        parent=None,
        single_keys: bool = True,
    ) -> None:
        super().__init__(parent)
        self._windows = windows
        self._handlers = handlers
        # Space, B, '.', F, W, + and − drive the meeting (Preferences can switch them off).
        self.single_keys = single_keys
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
        key = Key(event.key())
        # The control that has focus in the window the key was typed in (the key is seen
        # again on its parents when a control lets it through: still that control's).
        focus = watched.window().focusWidget()
        if focus is None or not (focus is watched or watched.isAncestorOf(focus)):
            focus = watched  # sent to a control directly (a test's key, say)
        if key in _RETURN:
            return _press_focused_button(focus)
        binding = binding_for(event)
        if binding is None:
            return False
        if binding.printable and not self.single_keys:
            return False
        if (binding.printable or key in _ARROWS) and takes_key(focus, key):
            return False
        if binding.action == "escape" and _item_editor_open(watched, focus):
            return False  # Esc cancels the table edit first
        handler = self._handlers.get(binding.action)
        if handler is None:
            return False
        handler()
        return True


def _press_focused_button(focus: QWidget) -> bool:
    """Return and Enter press the focused button, as Space does (Qt presses a push button on
    Return only in dialogs)."""
    if isinstance(focus, QPushButton | QToolButton) and focus.isEnabled():
        focus.animateClick()
        return True
    return False


def _item_editor_open(*widgets: QWidget | None) -> bool:
    for widget in widgets:
        while widget is not None:
            if isinstance(widget, QAbstractItemView):
                return widget.state() is QAbstractItemView.State.EditingState
            widget = widget.parentWidget()
    return False
