"""Keys typed into every kind of control go to that control, as in every other program;
the clicker's keys drive the meeting from anywhere; Tab never gets stuck."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import TimerState
from facilitator.store import agenda
from facilitator.store.participants import add_participant
from facilitator.ui.run import preferences
from tests.ui.conftest import press, run_to_block


@pytest.fixture
def window(meeting_window, db, meeting_id):
    for name, department in (
        ("Åse Ødegård", "Drift"),
        ("Bjørn Kråkenes", "Drift"),
        ("Kari Nordmann", "Salg"),
        ("Per Berg", "Salg"),
        ("Siri Dahl", "Salg"),
        ("Ola Nordmann", "Drift"),
    ):
        add_participant(db, meeting_id, name, department=department)
    meeting_window.load_meeting(meeting_id)
    return meeting_window


def _state(db, meeting_id, kind=BlockKind.GOOD_NEWS):
    return next(b.timer for b in agenda.load_blocks(db, meeting_id) if b.kind is kind).state


def test_space_and_return_press_the_focused_button(qtbot, window, db, meeting_id):
    window.show_setup()
    go = window.setup_page.run_button
    go.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.run_page)
    assert _state(db, meeting_id) is TimerState.IDLE  # the button, not the meeting

    window.setup_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.setup_page)
    assert _state(db, meeting_id) is TimerState.IDLE

    # On the run page focus is on Start, where Space does what the clicker's Space does.
    window.show_run_page()
    assert window.focusWidget() is window.run_page.toggle_button
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _state(db, meeting_id) is TimerState.RUNNING)

    run_to_block(qtbot, window, BlockKind.SUCCESSES_LEARNINGS)
    groups = window.blocks.successes_learnings.groups
    groups.assign_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(groups.controller.plans) == 2)
    assert _state(db, meeting_id, BlockKind.SUCCESSES_LEARNINGS) is TimerState.RUNNING


def test_letters_typed_into_a_combo_box_select_and_never_drive_the_meeting(
    qtbot, window, db, meeting_id
):
    run_to_block(qtbot, window, BlockKind.CLOSING_QUARTER)
    to = window.blocks.closing.closing.feedback.inputs["to_id"]
    assert isinstance(to, QComboBox) and not to.isEditable()
    to.setFocus()
    presenter = window.presenter.window
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_F, Qt.Key.Key_Plus):
        press(qtbot, window, key)
    assert not presenter.is_blank()
    assert not window.presenter.is_shown()
    assert window.focusWidget() is to
    assert _state(db, meeting_id, BlockKind.CLOSING_QUARTER) is TimerState.RUNNING
    assert to.currentText() == "Bjørn Kråkenes"  # 'b' chose him, as in every program

    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search
    qtbot.keyClicks(to, "Si")
    assert to.currentText() == "Siri Dahl"
    # Space in a table (the reflections so far) is the table's: it starts an edit.
    reflections = window.blocks.closing.closing.reflections
    reflections.inputs["text"].setFocus()
    qtbot.keyClicks(reflections.inputs["text"], "Vi lærte mye")
    qtbot.keyClick(reflections.inputs["text"], Qt.Key.Key_Return)
    reflections.table.setFocus()
    reflections.select_row(0)
    press(qtbot, window, Qt.Key.Key_Space)
    assert reflections.table.state() is QAbstractItemView.State.EditingState
    assert _state(db, meeting_id, BlockKind.CLOSING_QUARTER) is TimerState.RUNNING
    press(qtbot, window, Qt.Key.Key_Escape)  # Esc ends the edit first
    to.setFocus()
    qtbot.keyClick(to, Qt.Key.Key_PageDown)  # the clicker's key still drives the meeting
    assert window.steps.state().step.kind.value == "reflections"


def test_single_character_keys_can_be_switched_off(qtbot, window, db, meeting_id, settings):
    window.show_run_page()
    preferences.set_single_keys(settings, False)
    window.commands.apply_preferences()  # what the Preferences dialog's Save does
    window.run_page.current_label.setFocus()  # focus on no control: still switched off
    for key in (Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Plus):
        qtbot.keyClick(window, key)
    assert _state(db, meeting_id) is TimerState.IDLE
    assert not window.presenter.window.is_blank()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the clicker's keys still work
    assert _state(db, meeting_id) is TimerState.RUNNING
    preferences.set_single_keys(settings, True)
    window.commands.apply_preferences()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.presenter.window.is_blank()


def test_the_preference_is_in_the_dialog(qtbot, settings):
    from facilitator.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.single_keys.isChecked()
    dialog.single_keys.setChecked(False)
    dialog.accept()
    assert not preferences.single_keys_enabled(settings)


def test_the_hint_follows_the_block_started_with_space(qtbot, window):
    window.show_run_page()
    hint = window.run_page.step_hint
    assert "starts" in hint.text()
    press(qtbot, window, Qt.Key.Key_Space)
    assert "starts" not in hint.text()


def test_a_break_in_the_sidebar_opens_the_break(qtbot, window):
    window.show_run_page()
    page = window.run_page
    page.break_kind.setCurrentIndex(page.break_kind.findData("coffee"))
    page.break_kind.activated.emit(page.break_kind.currentIndex())
    row = next(
        r
        for r in range(window.agenda_model.rowCount())
        if window.agenda_model.index(r).data(window.agenda_model.BreakAfterRole)
    )
    window.agenda_view.setCurrentIndex(window.agenda_model.index(row))
    assert "Coffee break after block 1" in page.brief_title.text()
    assert page.content.currentWidget() is page.description
    assert not page.plan_row.isVisible() and page.break_row.isVisible()


def _views_with_rows(root):
    return [
        view
        for view in root.findChildren(QAbstractItemView)
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 0
    ]


def _pages(window):
    """Every page of the control window as the leader opens them: setup's tabs, then each
    block's panel (and block 2's tabs)."""
    window.show_setup()
    tabs = window.setup_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"setup:{tabs.tabText(index)}", tabs.currentWidget()
    for kind in BlockKind:
        window.show_run_page(window.agenda_model.row_of(kind))
        if kind is BlockKind.OKR_REPORTING:
            block2 = window.blocks.okr_reporting.tabs
            for index in range(block2.count()):
                block2.setCurrentIndex(index)
                yield f"block2:{block2.tabText(index)}", window.run_page
        else:
            yield f"block:{kind.value}", window.run_page


def test_tab_leaves_every_table_and_reaches_every_control(qtbot, demo_window):
    window = demo_window
    window.activateWindow()
    for name, page in _pages(window):
        for view in _views_with_rows(page):
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            focus = window.focusWidget()
            assert focus is not view and not view.isAncestorOf(focus), (name, view.objectName())
        controls = [
            w
            for w in page.findChildren(QWidget)
            if w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        ]
        if not controls:
            continue
        controls[0].setFocus()
        seen = set()
        for _ in range(len(controls) * 3):
            seen.add(window.focusWidget())
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        missed = [
            w.objectName() or type(w).__name__
            for w in controls
            if not any(f is w or w.isAncestorOf(f) for f in seen if f is not None)
        ]
        assert not missed, (name, missed)


def test_tab_leaves_the_due_date_field_at_once(qtbot, demo_window):
    """Block 6's "Due" field: one Tab goes on to "Add action" (Qt's date fields take Tab
    to step through their day, month and year)."""
    window = demo_window
    window.show_run_page(window.agenda_model.row_of(BlockKind.SUMMARY))
    panel = window.blocks.summary.summary.action_items
    due = panel.inputs["due_date"]
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert window.focusWidget() is panel.add_button
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Backtab)
    assert window.focusWidget() is due


def test_the_room_screen_never_takes_the_keyboard(qtbot, window):
    """Shown full screen on the projector (F5), the room's view must not become the window
    the leader's typing goes to: a window manager gives focus to a new full-screen window
    unless it is told the window takes none."""
    window.show_run_page()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter.window
    assert presenter.isVisible()
    assert presenter.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert presenter.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
