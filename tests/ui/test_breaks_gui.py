"""A break planned on a block's briefing, shown in the sidebar, run on the room's screen
with its own countdown, and resumed after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, BreakSlot
from facilitator.domain.run_steps import StepKind
from facilitator.store import agenda
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, page_down_until


def _brief(window, kind: BlockKind) -> None:
    window.agenda_view.setCurrentIndex(window.agenda_model.index(window.agenda_model.row_of(kind)))


def _choose(combo, kind: BreakKind | None, qtbot) -> None:
    """Pick an entry with the keyboard, as a leader would (arrow keys emit `activated`)."""
    target = combo.findData(kind.value if kind else None)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_plan_change_and_remove_a_break_on_the_briefing(qtbot, meeting_window, db, meeting_id):
    window = meeting_window
    page = window.run_page
    end_before = window.agenda_model.planned_end()
    _brief(window, BlockKind.OKR_REPORTING)
    assert page.break_row.isVisibleTo(page)
    assert page.break_kind.currentIndex() == 0 and not page.break_minutes.isEnabled()

    _choose(page.break_kind, BreakKind.LUNCH, qtbot)
    assert page.break_minutes.value() == 30 and page.break_minutes.isEnabled()
    [lunch] = agenda.load_breaks(db, meeting_id)
    assert (lunch.after, lunch.kind, lunch.timer.planned_seconds) == (
        BlockKind.OKR_REPORTING,
        BreakKind.LUNCH,
        30 * 60,
    )
    row = window.agenda_model.row_of(BreakSlot(BlockKind.OKR_REPORTING))
    assert row == 2
    assert window.agenda_model.index(row).data().startswith("☕ Lunch\n")
    assert (window.agenda_model.planned_end() - end_before).total_seconds() == 30 * 60
    assert "planned end" in window.total_label.text()
    kinds = [s.kind for s in window.steps.run.steps]
    assert kinds.count(StepKind.BREAK) == 1

    page.break_minutes.setValue(45)
    assert agenda.load_breaks(db, meeting_id)[0].timer.planned_seconds == 45 * 60

    _choose(page.break_kind, None, qtbot)
    assert agenda.load_breaks(db, meeting_id) == []
    assert window.agenda_model.rowCount() == 6
    assert StepKind.BREAK not in [s.kind for s in window.steps.run.steps]

    _brief(window, BlockKind.SUMMARY)  # nothing follows the summary
    assert not page.break_row.isVisibleTo(page)


def test_a_break_runs_on_the_room_screen_and_survives_a_restart(
    qtbot, meeting_window, db, meeting_id, clock, settings, inhibitor
):
    window = meeting_window
    agenda.set_break(db, meeting_id, BlockKind.GOOD_NEWS, BreakKind.COFFEE, 10)
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    presenter = window.presenter.window
    page_down_until(qtbot, window, lambda: window.steps.state().step.kind is StepKind.BREAK)
    assert window.controller.run.active_break is not None
    clock.advance(4 * 60)
    window.controller.refresh()
    assert presenter.block_label.text() == "Coffee break"
    assert presenter.countdown.text() == "06:00"
    assert presenter.next_label.text() == "Next: OKR reporting"
    assert presenter.state_label.text().startswith("Back at ")
    assert window.run_page.current_label.text().startswith("Now: Coffee break · then 2/6")
    row = window.agenda_model.row_of(BreakSlot(BlockKind.GOOD_NEWS))
    assert window.agenda_model.index(row).data().startswith("▶ ☕ Coffee break")

    # The app is closed over the break and opened again: the break is still on.
    window.close()
    clock.advance(60)
    again = MainWindow(db, today=lambda: TODAY, clock=clock, inhibitor=inhibitor, settings=settings)
    qtbot.addWidget(again)
    again.load_meeting(meeting_id)
    assert again.pages.currentWidget() is again.run_page
    assert again.steps.state().step.kind is StepKind.BREAK
    assert again.run_page.countdown.text() == "05:00"
    qtbot.keyClick(again, Qt.Key.Key_PageDown)
    assert "ends the break" in again.run_page.step_hint.text()
    qtbot.keyClick(again, Qt.Key.Key_PageDown)
    assert again.controller.run.active_break is None
    assert again.controller.run.current.kind is BlockKind.OKR_REPORTING
    [coffee] = agenda.load_breaks(db, meeting_id)
    assert coffee.timer.state.value == "done"
    assert coffee.timer.elapsed(clock.now()) == 5 * 60
    again.close()
