"""The whole demo meeting driven with a clicker's keys alone, checking what the room's
screen shows at every step, and that a restart resumes at the same step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain.run_steps import StepKind
from facilitator.domain.timer import TimerState
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, not_started


def _shows(presenter) -> str:
    """What the room sees, in a word."""
    if presenter.is_blank():
        return "blank"
    if presenter.closing_card.isVisible():
        return "closing card"
    page = presenter.content.currentWidget()
    return {
        presenter.speaker_view: "turn",
        presenter.statement_view: "statement",
        presenter.report_view: "report",
        presenter.scores_view: "scores",
        presenter.okr_view: "okrs",
        presenter.groups_view: "groups",
        presenter.photo_view: "photo",
    }.get(page, "countdown alone")


EXPECTED = {
    StepKind.SPEAKERS: {"turn"},
    StepKind.STATEMENT: {"statement"},
    StepKind.REPORTS: {"report", "scores"},
    StepKind.BREAKOUT: {"groups"},
    StepKind.GROUPS: {"groups"},
    StepKind.GROUP_WORK: {"groups"},
    StepKind.PRESENTATIONS: {"turn", "photo"},  # each group, then its flip chart's photo
    StepKind.DOT_VOTE: {"statement"},  # what to do on the phones, and the count
    StepKind.VOTE_RESULTS: {"okrs"},  # the ranked lines, as a list
    StepKind.FEEDBACK: {"countdown alone"},
    StepKind.REFLECTIONS: {"countdown alone"},
    StepKind.CLOSED: {"closing card"},
    StepKind.PRIORITIES: {"okrs"},
    StepKind.COMPANY_OKRS: {"okrs"},
    StepKind.CONSENT: {"okrs"},  # the objective, the count, then the room's hands
    StepKind.ALIGNMENT: {"okrs"},
    StepKind.SUMMARY: {"countdown alone"},
    StepKind.ENDED: {"countdown alone"},
    StepKind.BREAK: {"countdown alone"},
}


def test_the_demo_meeting_from_start_to_end_with_the_clicker_alone(
    qtbot, window, db, clock, settings, inhibitor
):
    meeting_id = create_demo_meeting(db)
    not_started(db, meeting_id)
    window.load_meeting(meeting_id)  # opens on the setup page: the keys work there too
    window.toggle_presenter()
    presenter = window.presenter.window
    steps = window.steps
    seen: dict[StepKind, set[str]] = {}
    questions = 0
    breaks: set[str] = set()
    blocks_changed = 0
    previous_block = window.controller.run.current.kind
    for _ in range(120):
        clock.advance(45)
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        state = steps.state()
        window.controller.refresh()
        if state.question is not None:
            questions += 1
            assert "PageDown again" in window.run_page.step_hint.text()
            assert window.controller.run.current.kind is previous_block  # nothing moved yet
        seen.setdefault(state.step.kind, set()).add(_shows(presenter))
        if state.step.kind is StepKind.BREAK and state.question is None:
            # The room sees the break's own countdown and when to be back.
            breaks.add(presenter.block_label.text())
            assert presenter.countdown.text() in ("15:00", "30:00")
            assert presenter.state_label.text().startswith("Back at ")
        if window.controller.run.current.kind is not previous_block:
            blocks_changed += 1
            previous_block = window.controller.run.current.kind
        if state.step.kind is StepKind.ENDED:
            break
    assert window.controller.run.is_finished
    assert presenter.countdown.text() == "Thank you"
    assert set(seen) == set(StepKind)  # every step was shown
    assert breaks == {"Coffee break", "Lunch"}
    for kind, shown in seen.items():
        assert shown <= EXPECTED[kind], (kind, shown)
    assert "photo" in seen[StepKind.PRESENTATIONS]  # the demo's groups photographed theirs
    # Leaving a block, declaring the quarter closed and ending the meeting each asked first.
    assert questions >= blocks_changed + 1

    # PageUp walks back: the meeting reopens, then the summary, then the alignment.
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert steps.state().step.kind is StepKind.SUMMARY
    assert window.controller.run.current.timer.state is TimerState.RUNNING
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert steps.state().step.kind is StepKind.ALIGNMENT
    assert _shows(presenter) == "okrs"

    # B blanks the room's screen from the presenter too; F5 fills it, Esc leaves it.
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.is_blank()
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    qtbot.keyClick(presenter, Qt.Key.Key_F5)
    assert presenter.isFullScreen()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isFullScreen()

    # A restart resumes at the same step.
    window.close()
    again = MainWindow(db, today=lambda: TODAY, clock=clock, inhibitor=inhibitor, settings=settings)
    qtbot.addWidget(again)
    again.load_meeting(meeting_id)
    assert again.steps.state().step.kind is StepKind.ALIGNMENT
    again.close()
