"""Drives the meeting's timers: commands from keys and buttons, persistence, repaints.

Remaining time is computed from persisted instants at every repaint; the repaint timer
only decides *when* to look, aligned to the moment the displayed second flips.
"""

from __future__ import annotations

import contextlib
import math
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, PlannedBreak
from facilitator.domain.clock import Clock
from facilitator.domain.meeting_run import Changes, MeetingRun, RunView
from facilitator.domain.timer import (
    DEFAULT_WARNING,
    TimerState,
    WarningPolicy,
    seconds_to_next_flip,
)
from facilitator.store import agenda
from facilitator.store.database import Database
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.pending_edits import PendingEdits
from facilitator.ui.run.inhibitor import Inhibitor, NoInhibitor

# A repaint this much later than scheduled means the laptop slept (or the app hung).
GAP_SECONDS = 30.0


class TurnHandler(Protocol):
    """A block's turn round, told when its block starts (good news begins its first
    speaker then); walking the turns is the step driver's job."""

    def block_started(self, block_time: float) -> None: ...


class RunController(QObject):
    changed = Signal()  # timers or plan changed: sidebar and schedule refresh
    tick = Signal(object)  # RunView, at every displayed-second flip
    gapDetected = Signal(float)  # seconds the app was away while a block ran
    reachedZero = Signal()

    def __init__(
        self,
        db: Database,
        clock: Clock,
        inhibitor: Inhibitor | None = None,
        policy: WarningPolicy = DEFAULT_WARNING,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._clock = clock
        self._inhibitor = inhibitor or NoInhibitor()
        self._policy = policy
        self.meeting_id: int | None = None
        self.run: MeetingRun | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._expected_at: datetime | None = None
        self._last_remaining: float | None = None
        self._turns: dict[BlockKind, TurnHandler] = {}
        # Timers a shared meeting's lost connection kept from being saved: the meeting
        # goes on, and they are saved when the connection is back (`pending`).
        self._unsaved: Changes = {}
        self.pending = PendingEdits(self)

    @property
    def policy(self) -> WarningPolicy:
        return self._policy

    def set_policy(self, policy: WarningPolicy) -> None:
        """A new warning threshold, shown from the next repaint."""
        self._policy = policy
        if self.run is not None:
            self.run.policy = policy
        self._repaint()

    def set_turn_handler(self, kind: BlockKind, handler: TurnHandler) -> None:
        self._turns[kind] = handler

    def block_time(self, kind: BlockKind) -> float:
        """Seconds the block has run (its own time, pauses excluded)."""
        return self.run.timer(kind).elapsed(self._clock.now()) if self.run else 0.0

    # -- loading --------------------------------------------------------------------------

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.run = agenda.load_run(self._db, meeting_id, self._policy)
        self._last_remaining = None
        self._after_change()

    def reload_plan(self) -> None:
        """The plan or start time changed elsewhere (setup page): read it again."""
        if self.meeting_id is not None:
            self.load(self.meeting_id)

    def view(self) -> RunView | None:
        return self.run.view(self._clock.now()) if self.run else None

    def not_started(self) -> bool:
        """No block has started yet (the minutes are still the agenda)."""
        run = self.run
        return run is None or all(run.timer(kind).state is TimerState.IDLE for kind in BlockKind)

    def now(self) -> datetime:
        return self._clock.now()

    # -- commands -------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.run is None:
            return
        if self.run.active_break is not None:  # pause or resume the break
            self._apply(lambda run: run.toggle(self._clock.now()))
            return
        current = self.run.current
        starting = current.timer.state is TimerState.IDLE
        self._apply(lambda run: run.toggle(self._clock.now()))
        handler = self._turns.get(current.kind)
        if starting and handler is not None:
            handler.block_started(self.block_time(current.kind))
            self._repaint()

    def advance_block(self) -> None:
        """Close the current block (recording its end) and start the next one."""
        self._apply(lambda run: run.next(self._clock.now()))

    def back_block(self) -> None:
        """Undo `advance_block`: the current block goes back to not started."""
        self._apply(lambda run: run.previous(self._clock.now()))

    def add_minute(self) -> None:
        self._apply(lambda run: run.adjust(60))

    def remove_minute(self) -> None:
        self._apply(lambda run: run.adjust(-60))

    def restart_block(self) -> None:
        self._apply(lambda run: run.restart_current())

    def rebalance(self) -> None:
        self._apply(lambda run: run.rebalance(self._clock.now()))

    def resolve_gap(self, gap_seconds: float, kept_running: bool) -> None:
        """After a sleep: either the block ran on (nothing to do) or the gap is a pause."""
        if not kept_running:
            self._apply(lambda run: run.pause_for_gap(gap_seconds))

    def set_planned_minutes(self, kind: BlockKind, minutes: int) -> None:
        if self.run is None or self.meeting_id is None:
            return
        try:
            agenda.set_planned_minutes(self._db, self.meeting_id, kind, minutes)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.run.set_planned_minutes(kind, minutes)
        self._after_change()

    def set_break(self, after: BlockKind, kind: BreakKind | None, minutes: int) -> bool:
        """Plan, change or (kind None) remove the break after a block; False if the
        store refused (the error is reported)."""
        if self.run is None or self.meeting_id is None:
            return False
        planned: PlannedBreak | None = None
        try:
            if kind is None:
                agenda.remove_break(self._db, self.meeting_id, after)
            else:
                planned = agenda.set_break(self._db, self.meeting_id, after, kind, minutes)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.run.set_break(planned, after)
        self._after_change()
        return True

    def shutdown(self) -> None:
        self._timer.stop()
        self._inhibitor.release()

    def _apply(self, command) -> None:
        if self.run is None or self.meeting_id is None:
            return
        changes: Changes = command(self.run)
        if not changes:
            return
        if self._save(changes):
            self._after_change()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._unsaved)

    def _save(self, changes: Changes) -> bool:
        """Save the timers; False when refused (what is saved is shown again). Without
        the connection to a shared meeting the meeting goes on: the timers are kept and
        saved when it is back."""
        if self.meeting_id is None:
            return False
        try:
            agenda.save_timers(self._db, self.meeting_id, {**self._unsaved, **changes})
        except StoreError as error:
            self.messages.store_failed(error)
            if error.problem is StoreProblem.OFFLINE:
                self._unsaved.update(changes)
                self.pending.keep("timers", lambda: self._save({}))
                return True
            with contextlib.suppress(StoreError):  # said once; the run shown stays as it was
                self.load(self.meeting_id)  # show what is really saved
            return False
        self._unsaved = {}
        return True

    def _after_change(self) -> None:
        if self.run is not None and self.run.is_running:
            self._inhibitor.hold()
        else:
            self._inhibitor.release()
        self.changed.emit()
        self._repaint()

    # -- repainting -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Repaint now (the scheduled repaint does the same at the next second flip)."""
        self._repaint()

    def _repaint(self) -> None:
        view = self.view()
        if view is None:
            return
        if (
            view.state is TimerState.RUNNING
            and self._last_remaining is not None
            and self._last_remaining > 0 >= view.remaining
        ):
            self.reachedZero.emit()
        self._last_remaining = view.remaining if view.state is TimerState.RUNNING else None
        self.tick.emit(view)
        self._schedule(view)

    def _schedule(self, view: RunView) -> None:
        now = self._clock.now()
        if view.state is TimerState.RUNNING:
            wait = seconds_to_next_flip(view.remaining)
        else:
            # Idle or paused: only the wall clock and projected end move; follow the second.
            wait = 1.0 - (now.microsecond / 1_000_000)
        self._expected_at = now + timedelta(seconds=wait)
        # A couple of milliseconds late rather than early, so the new second is there.
        self._timer.start(max(1, math.ceil(wait * 1000) + 2))

    def _on_timeout(self) -> None:
        now = self._clock.now()
        if self._expected_at is not None and self.run is not None and self.run.is_running:
            late = (now - self._expected_at).total_seconds()
            if late > GAP_SECONDS:
                self._expected_at = None
                self.gapDetected.emit(late)
        self._repaint()
