from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from facilitator.domain.clock import FakeClock
from facilitator.store.demo import create_demo_meeting
from facilitator.ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True, scope="session")
def main_thread_gc(qapp):
    """Garbage collected on the app's thread only, as the app does (see main_thread_gc)."""
    from facilitator.ui.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    """The windows in English as the app starts them: with the English catalogue, which
    holds the plural forms ("1 participant", "2 participants")."""
    from facilitator import i18n

    i18n.install_ui_language("en")


@pytest.fixture(autouse=True)
def no_unexpected_modal_boxes(monkeypatch):
    """A modal box nobody answers would hang the suite: fail the test instead.
    Tests that expect one patch it again (see `confirm`)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected modal message box: {args[1:3]}")

    for name in ("question", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def clock():
    """The wall clock is a system edge: GUI timer tests drive a fake one."""
    return FakeClock(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class RecordingInhibitor:
    def __init__(self) -> None:
        self.held = False
        self.calls: list[str] = []

    def hold(self) -> None:
        self.held = True
        self.calls.append("hold")

    def release(self) -> None:
        self.held = False
        self.calls.append("release")


@pytest.fixture
def inhibitor():
    return RecordingInhibitor()


@pytest.fixture
def window(qtbot, db, clock, settings, inhibitor):
    main = MainWindow(db, today=lambda: TODAY, clock=clock, inhibitor=inhibitor, settings=settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    # Really gone, with everything it installed (the app's key filter among them):
    # windows left behind would slow every later test's events.
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def meeting_window(window, meeting_id):
    window.load_meeting(meeting_id)
    return window


@pytest.fixture
def demo_window(window, db):
    window.load_meeting(create_demo_meeting(db))
    return window


@pytest.fixture
def confirm(monkeypatch):
    """Answer Yes to confirmation questions (the modal box is the system edge here)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def yes(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def press(qtbot, window, key) -> None:
    """A key typed as the leader types it: to the control that has focus in `window` (to
    the window itself when none has), as the keyboard delivers it."""
    qtbot.keyClick(window.focusWidget() or window, key)


def page_down_until(qtbot, window, condition, limit: int = 80) -> int:
    """Press PageDown (as a clicker does) until `condition()` holds; returns the presses."""
    from PySide6.QtCore import Qt

    for presses in range(limit):
        if condition():
            return presses
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert condition(), f"not reached after {limit} presses"
    return limit


def run_to_block(qtbot, window, kind) -> None:
    """Walk the run with PageDown until `kind` is the running block."""
    page_down_until(
        qtbot,
        window,
        lambda: (
            window.controller.run.current.kind is kind
            and window.controller.run.current.timer.state.value == "running"
        ),
    )


def not_started(db, meeting_id: int) -> None:
    """The finished demo meeting, wound back to before it began."""
    from sqlalchemy import delete, update

    from facilitator.store.models import (
        AgendaBlock,
        AgendaBreak,
        BreakoutGroup,
        ConsentReveal,
        DotVote,
        GoodNewsItem,
        Meeting,
        RoomConsent,
        RoomDot,
        SelfEvaluation,
    )

    with db.session() as session:
        session.execute(
            update(AgendaBreak)
            .where(AgendaBreak.meeting_id == meeting_id)
            .values(timer_state="idle", actual_start=None, actual_end=None)
        )
        session.execute(
            update(AgendaBlock)
            .where(AgendaBlock.meeting_id == meeting_id)
            .values(
                timer_state="idle",
                actual_start=None,
                actual_end=None,
                paused_at=None,
                paused_seconds=0,
                adjust_seconds=0,
            )
        )
        session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(quarter_closed_at=None, group_work_start=None, run_step=None)
        )
        # The dot-vote not yet held: no dots, nothing revealed.
        session.execute(delete(RoomDot).where(RoomDot.meeting_id == meeting_id))
        session.execute(delete(RoomConsent).where(RoomConsent.meeting_id == meeting_id))
        session.execute(delete(ConsentReveal).where(ConsentReveal.meeting_id == meeting_id))
        session.execute(
            update(DotVote).where(DotVote.meeting_id == meeting_id).values(revealed_at=None)
        )
        for turns in (GoodNewsItem, SelfEvaluation, BreakoutGroup):
            session.execute(
                update(turns)
                .where(turns.meeting_id == meeting_id)
                .values(turn_start=None, turn_end=None)
            )


def demo_with_the_room_link_on(qtbot, window, db) -> int:
    """The demo meeting before it began, the room's screen shown and the room link on
    (this computer only, a free port), as the leader turns it on; the meeting's id."""
    import socket

    from PySide6.QtCore import Qt

    from facilitator.store.demo import create_demo_meeting

    meeting_id = create_demo_meeting(db)
    not_started(db, meeting_id)
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    window.commands.show_room_link()
    dialog = window.room_link_controls.dialog
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dialog.port.setValue(probe.getsockname()[1])
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    dialog.close()
    return meeting_id
