"""A screen reader (Orca, NVDA, VoiceOver) says a control by its accessible name: every
interactive control on every page has one, tied by a label's buddy or set in words, never
left to a placeholder or a glyph."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.test_keys_land_where_they_look import _pages

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible controls under `root` that Tab or a click can reach and a screen reader
    cannot name (a scroll area that takes focus is such a filler)."""
    missing = []
    for widget in root.findChildren(QWidget):
        takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not (isinstance(widget, INTERACTIVE) or takes_focus) or not widget.isVisible():
            continue
        if widget.focusProxy() is not None:
            continue  # focus goes to its proxy, which is checked itself
        if isinstance(widget, QHeaderView):
            continue  # a table's header: its sections are read as the columns' names
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the line edit inside a spin box is read as the box itself
        if isinstance(widget.parentWidget(), QComboBox) and not isinstance(widget, QLineEdit):
            continue  # an editable combo box's field is read on its own (AT-SPI "text")
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        placeholder = getattr(widget, "placeholderText", lambda: "")()
        if not name or (name == placeholder and not widget.accessibleName()):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} under "
                f"{widget.parentWidget().objectName() or type(widget.parentWidget()).__name__}"
            )
    return missing


def test_every_control_on_every_page_has_a_name(demo_window):
    window = demo_window
    missing = {}
    for page_name, page in _pages(window):
        found = unnamed_controls(page) + unnamed_controls(window.findChild(QWidget, "sidebar"))
        if found:
            missing[page_name] = found
    assert not missing, "\n".join(f"{p}: {m}" for p, m in missing.items())


def test_the_countdown_is_spoken_in_minutes_not_every_second(qtbot, meeting_window, clock):
    """Ten minutes of good news and two over: the digits change 720 times, the name a screen
    reader hears only at the minute marks and at the warning and overtime moments."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import press

    window = meeting_window
    window.show_run_page()
    window.toggle_presenter()
    control, room = window.run_page.countdown, window.presenter.window.countdown
    assert control.accessibleName() == "10 minutes left of Good news, not started"
    press(qtbot, window, Qt.Key.Key_Space)
    names, digits = [], set()
    for _second in range(12 * 60):
        clock.advance(1)
        window.controller.refresh()
        digits.add(control.text())
        if not names or names[-1] != control.accessibleName():
            names.append(control.accessibleName())
        assert room.accessibleName() == control.accessibleName()
    assert len(digits) >= 700
    assert len(names) <= 14, names
    assert "2 minutes left of Good news, last minutes" in names
    assert names[-1] == "Good news: 2 minutes over time"
    assert all(":" not in name.split("Good news")[0] for name in names)  # words, not 09:59


def test_questions_messages_and_steps_are_announced(qtbot, meeting_window, db, meeting_id):
    from PySide6.QtCore import Qt

    from facilitator.store.participants import add_participant
    from facilitator.ui.announce import ANNOUNCED

    add_participant(db, meeting_id, "Kari Nordmann")
    window = meeting_window
    window.load_meeting(meeting_id)
    window.show_run_page()
    page = window.run_page
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert page.step_label.property(ANNOUNCED) == page.step_label.text()
    assert "Good news" in page.step_label.property(ANNOUNCED)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the last speaker has spoken: leave block 1?
    question = page.step_hint.property(ANNOUNCED)
    assert question and "❓" not in question and question in page.step_hint.text()
    assert page.step_hint.accessibleName() == question

    panel = window.blocks.okr_reporting.self_evaluations
    panel.message.show_error("Start block 2 first (Space or Start).")
    assert panel.message.property(ANNOUNCED) == "Start block 2 first (Space or Start)."
