"""Running the meeting from the control window and the presenter view, on a fake clock."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import Phase, TimerState
from facilitator.store import agenda
from facilitator.store.database import open_database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.run_page import COUNTDOWN_COLOURS
from tests.ui.conftest import TODAY, page_down_until, press


@pytest.fixture
def running_window(meeting_window):
    meeting_window.show_run_page()
    return meeting_window


def _state(db, meeting_id, kind):
    return next(b.timer for b in agenda.load_blocks(db, meeting_id) if b.kind is kind)


def test_keys_drive_the_blocks(qtbot, running_window, clock, db, meeting_id, inhibitor):
    window = running_window
    page = window.run_page
    assert page.countdown.text() == "10:00"  # good news, planned for a small group
    press(qtbot, window, Qt.Key.Key_Space)
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.RUNNING
    assert inhibitor.held
    clock.advance(65)
    window.controller.refresh()
    assert page.countdown.text() == "08:55"
    assert page.toggle_button.text() == "Pause"

    press(qtbot, window, Qt.Key.Key_Plus)
    window.controller.refresh()
    assert page.countdown.text() == "09:55"
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    window.controller.refresh()
    assert page.countdown.text() == "07:55"

    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # what a clicker sends: asked inline first
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.RUNNING
    assert "PageDown again" in page.step_hint.text()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # confirmed
    good_news = _state(db, meeting_id, BlockKind.GOOD_NEWS)
    assert good_news.state is TimerState.DONE and good_news.ended_at == clock.now()
    assert _state(db, meeting_id, BlockKind.OKR_REPORTING).state is TimerState.RUNNING
    assert page.current_label.text() == "Now: 2/6 · OKR reporting"

    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert _state(db, meeting_id, BlockKind.OKR_REPORTING).state is TimerState.IDLE
    assert page.current_label.text() == "Now: 1/6 · Good news"

    press(qtbot, window, Qt.Key.Key_Space)
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.PAUSED
    assert page.toggle_button.text() == "Resume"
    assert not inhibitor.held  # the screen may sleep while paused


def test_keys_type_text_on_the_setup_page(qtbot, meeting_window, db, meeting_id):
    """In a text field the printable keys type; the clicker's keys still drive the run."""
    meeting_window.show_setup()
    field = meeting_window.setup_page.company.vision
    field.setFocus()
    qtbot.keyClicks(field, "Bra . B f")
    qtbot.keyClick(field, Qt.Key.Key_Space)
    assert field.toPlainText() == "Bra . B f "
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.IDLE
    assert not meeting_window.presenter.window.is_blank()
    qtbot.keyClick(field, Qt.Key.Key_PageDown)  # the clicker works from the setup page
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.RUNNING


def test_clicker_keys_work_on_every_page(qtbot, meeting_window, db, meeting_id):
    meeting_window.show_setup()
    meeting_window.setup_page.run_button.setFocus()
    qtbot.keyClick(meeting_window, Qt.Key.Key_PageDown)  # the clicker's key, from any page
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.RUNNING
    meeting_window.show_setup()
    meeting_window.setup_page.run_button.setFocus()
    press(qtbot, meeting_window, Qt.Key.Key_B)  # a button takes no letters: the room blanks
    assert meeting_window.presenter.window.is_blank()


def test_buttons_overtime_and_schedule(qtbot, running_window, clock):
    page = running_window.run_page
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    clock.advance(10 * 60 + 192)
    running_window.controller.refresh()
    assert page.countdown.text() == "+03:12"
    assert COUNTDOWN_COLOURS[Phase.OVERTIME] in page.countdown.styleSheet()  # red
    # Started 08:00 for a 09:00 meeting, so it runs ahead of plan.
    assert page.schedule_label.text() == "57 min ahead — projected end 11:03"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # asks inline
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # and moves on
    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    running_window.controller.refresh()
    assert page.current_label.text() == "Now: 2/6 · OKR reporting"
    assert page.state_label.text() == "Not started — press Space or Start"


def test_rebalance_shortens_what_is_left(qtbot, running_window, clock, db, meeting_id):
    clock.set(clock.now() + timedelta(hours=1))  # on time: 09:00
    controller = running_window.controller
    for kind, minutes in (
        (BlockKind.SUCCESSES_LEARNINGS, 25),
        (BlockKind.CLOSING_QUARTER, 25),
        (BlockKind.NEW_OKRS, 75),
    ):
        controller.set_planned_minutes(kind, minutes)
    page = running_window.run_page
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    clock.advance(30 * 60)  # good news took 30 of its 10 minutes
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.schedule_label.text().startswith("20 min behind")
    qtbot.mouseClick(page.rebalance_button, Qt.MouseButton.LeftButton)
    assert page.schedule_label.text().startswith("On time")
    assert "→" in running_window.agenda_model.index(2).data()


def test_planned_minutes_are_edited_in_place(qtbot, meeting_window, db, meeting_id):
    meeting_window.show_run_page(1)
    spin = meeting_window.run_page.planned_spin
    assert spin.value() == 60
    spin.setValue(70)
    assert _state(db, meeting_id, BlockKind.OKR_REPORTING).planned_seconds == 70 * 60
    assert "1 h 10 min" in meeting_window.agenda_model.index(1).data()
    assert meeting_window.total_label.text() == "Total 3 h 10 min · planned end 12:10"


def test_reopening_mid_block_resumes_at_the_true_time(
    qtbot, db_path, db, meeting_id, clock, settings, inhibitor
):
    first = MainWindow(db, today=lambda: TODAY, clock=clock, inhibitor=inhibitor, settings=settings)
    qtbot.addWidget(first)
    first.load_meeting(meeting_id)
    first.controller.toggle()
    clock.advance(100)
    first.close()
    db.close()

    clock.advance(5 * 60)  # the laptop crashed and came back five minutes later
    reopened = open_database(db_path)
    second = MainWindow(
        reopened, today=lambda: TODAY, clock=clock, inhibitor=inhibitor, settings=settings
    )
    qtbot.addWidget(second)
    second.open_latest()
    assert second.pages.currentWidget() is second.run_page  # straight back into the block
    assert second.run_page.countdown.text() == "03:20"  # 10 min - 100 s - 5 min
    second.close()
    reopened.close()


def test_a_long_gap_asks_whether_the_block_kept_running(qtbot, running_window, clock):
    controller = running_window.controller
    controller.toggle()
    clock.advance(5 * 60 + 30)  # the lid was closed
    question = running_window.run_page.gap_question
    qtbot.waitUntil(question.isVisible, timeout=3000)  # asked inline, not in a dialog
    assert "about 5 min" in question.text.text()
    press(qtbot, running_window, Qt.Key.Key_B)  # the clicker still works meanwhile
    assert running_window.presenter.window.is_blank()
    qtbot.mouseClick(question.pause_button, Qt.MouseButton.LeftButton)
    assert not question.isVisible()
    controller.refresh()
    remaining = controller.view().remaining
    assert 10 * 60 - 2 <= remaining <= 10 * 60  # the gap did not count


def test_presenter_view_shows_the_block_and_its_keys(qtbot, running_window, clock):
    window = running_window
    qtbot.mouseClick(window.run_page.presenter_button, Qt.MouseButton.LeftButton)
    presenter = window.presenter.window
    qtbot.waitExposed(presenter)
    assert window.presenter_action.isChecked()
    assert presenter.block_label.text() == "1/6 · Good news"
    assert presenter.countdown.text() == "10:00"
    assert presenter.next_label.text() == "Next: OKR reporting"

    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    clock.advance(9 * 60 + 1)
    window.controller.refresh()
    assert presenter.countdown.text() == "00:59"
    assert presenter.countdown.colour() == "#ffb020"  # warning colour in the last minute
    assert presenter.countdown.phase_shown() is Phase.WARNING  # and its frame
    assert presenter.state_label.text() == "Last minute"
    clock.advance(120)
    window.controller.refresh()
    assert presenter.countdown.text() == "+01:01"
    assert presenter.countdown.phase_shown() is Phase.OVERTIME
    assert presenter.state_label.text() == "+01:01 over time"

    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.is_blank()
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert not presenter.is_blank()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # asked on the laptop, inline
    assert presenter.block_label.text() == "1/6 · Good news"
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.block_label.text() == "2/6 · OKR reporting"
    qtbot.keyClick(presenter, Qt.Key.Key_F)
    assert presenter.isFullScreen()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isFullScreen()


def test_presenter_comes_back_when_its_screen_goes(qtbot, running_window):
    window = running_window
    window.toggle_presenter()
    presenter = window.presenter.window
    presenter.show_fullscreen()
    window.presenter._screen_removed(presenter.screen())
    assert presenter.isVisible() and not presenter.isFullScreen()


def test_cheat_sheet_lists_every_key(qtbot, meeting_window):
    meeting_window.commands.show_shortcuts()
    table = meeting_window.commands.shortcuts_dialog.table
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "PgDown or →" in keys and "B or ." in keys and "Space" in keys
    assert "F5 or Shift+F5" in keys and "Esc" in keys


def test_chime_rings_once_at_zero_when_switched_on(qtbot, running_window, clock):
    rung = []
    running_window.chime._player = rung.append
    running_window.chime_action.setChecked(True)
    running_window.controller.toggle()
    clock.advance(10 * 60 - 0.5)
    running_window.controller.refresh()
    clock.advance(1)
    running_window.controller.refresh()
    clock.advance(1)
    running_window.controller.refresh()
    assert len(rung) == 1 and rung[0].name == "chime.wav" and rung[0].exists()


def test_after_the_last_block_the_meeting_is_over(qtbot, running_window, clock):
    page = running_window.run_page
    press(qtbot, running_window, Qt.Key.Key_Space)

    def ended() -> bool:
        clock.advance(60)
        return running_window.controller.run.is_finished

    page_down_until(qtbot, running_window, ended)
    assert page.countdown.text() == "Done"
    assert page.schedule_label.text().startswith("The meeting ended at")
    assert not page.toggle_button.isEnabled() and page.previous_button.isEnabled()
    assert all(running_window.agenda_model.index(r).data().startswith("✓") for r in range(6))


def test_the_clicker_from_the_setup_page_shows_the_run(qtbot, meeting_window, db, meeting_id):
    meeting_window.show_setup()
    qtbot.keyClick(meeting_window, Qt.Key.Key_PageDown)
    assert meeting_window.pages.currentWidget() is meeting_window.run_page
    assert _state(db, meeting_id, BlockKind.GOOD_NEWS).state is TimerState.RUNNING


def test_a_failed_save_is_said_in_the_status_line_not_a_dialog(qtbot, running_window, db):
    from facilitator.store.errors import StoreError, StoreProblem

    running_window.show_store_error(StoreError(StoreProblem.DISK_FULL, db.path))
    assert running_window.store_error.isVisible()
    assert "is full" in running_window.store_error.text()
    press(qtbot, running_window, Qt.Key.Key_Space)  # the keys still work
    assert running_window.controller.run.is_running
