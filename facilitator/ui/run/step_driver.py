"""Carries out the run's steps (domain/run_steps.py) on the timers, the turn rounds and the
store: PageDown, PageUp and Esc from any page end up here, and so do the block panels'
buttons that jump to a step ("Start the reports", "Start group work", ...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from facilitator.domain.agenda import BlockKind
from facilitator.domain.run_steps import (
    Effect,
    Move,
    Question,
    RunFacts,
    Step,
    StepKind,
    StepRun,
    sequence,
)
from facilitator.domain.timer import TimerState
from facilitator.store import agenda
from facilitator.store.database import Database
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.pending_edits import PendingEdits
from facilitator.ui.run.controller import RunController


class Round(Protocol):
    """A turn round (speakers, reports, presenters) as the steps use it."""

    def started(self) -> bool: ...

    def begin(self, block_time: float) -> None: ...

    def next_turn(self, block_time: float) -> None: ...

    def finish_turns(self, block_time: float) -> None: ...

    def previous_turn(self) -> bool: ...

    @property
    def queue(self): ...


class StepEffects(Protocol):
    """What the blocks do for a step: their turn rounds, and effects of their own (group
    work, the quarter's closing), carried out by the step's block."""

    def round_for(self, kind: StepKind) -> Round | None: ...

    def carry_out(self, step: Step, effect: Effect) -> None: ...


@dataclass(frozen=True)
class StepState:
    step: Step
    question: Question | None
    following: Step | None


class StepDriver(QObject):
    changed = Signal(object)  # StepState

    def __init__(self, db: Database, controller: RunController, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._controller = controller
        self._effects: StepEffects | None = None
        self._carrying_out = False
        self.meeting_id: int | None = None
        self.run: StepRun | None = None
        # The step a shared meeting's lost connection kept from being saved.
        self.pending = PendingEdits(self)
        controller.changed.connect(self._follow_timers)

    def attach(self, effects: StepEffects) -> None:
        self._effects = effects

    def load(self, meeting_id: int) -> None:
        """Rebuild the steps from the meeting (its statements and departments) and resume."""
        self.meeting_id = meeting_id
        steps = sequence(agenda.run_content(self._db, meeting_id))
        saved = Step.parse(agenda.load_run_step(self._db, meeting_id))
        run = self._controller.run
        current = run.current.kind if run else BlockKind.GOOD_NEWS
        on_break = run is not None and run.active_break is not None
        if saved is not None and saved.block is not current and saved.kind is not StepKind.ENDED:
            saved = None  # the timers moved on without the steps (an older version)
        self.run = StepRun.resume(steps, saved, current, on_break)
        if self._controller.run is not None and self._controller.run.is_finished:
            self.run.jump_to(steps[-1])
        self._publish()

    def follow_saved(self) -> None:
        """Another laptop drives this shared meeting: read its timers and its step as saved,
        without saving anything back (which would echo to the other laptop). The window
        does not call it while this laptop still has moves of its own to save."""
        if self.meeting_id is None:
            return
        self._carrying_out = True
        try:
            self._controller.load(self.meeting_id)
        finally:
            self._carrying_out = False
        self.load(self.meeting_id)

    def _follow_timers(self) -> None:
        """The timers moved to another block by other means (the run page's buttons, a
        restart): the steps follow, to the first step of that block."""
        run, steps = self._controller.run, self.run
        if run is None or steps is None or self._carrying_out:
            return
        if run.is_finished:
            if steps.step.kind is not StepKind.ENDED:
                steps.jump_to(steps.steps[-1])
                self._save()
                self._publish()
            return
        on_break = run.active_break is not None
        if (
            steps.step.block is not run.current.kind
            or steps.step.kind is StepKind.ENDED
            or (steps.step.kind is StepKind.BREAK) != on_break
        ):
            steps.jump_to(steps.steps[steps.first_of_block(run.current.kind, on_break)])
            self._save()
            self._publish()

    def state(self) -> StepState | None:
        if self.run is None:
            return None
        return StepState(self.run.step, self.run.asking, self.run.following)

    # -- keys -----------------------------------------------------------------------------

    def forward(self) -> None:
        if self.run is None:
            return
        pressed_on = self.run.step
        self._carry_out(self.run.forward(self._facts()), pressed_on)

    def back(self) -> None:
        if self.run is None:
            return
        pressed_on = self.run.step
        self._carry_out(self.run.back(self._facts()), pressed_on)

    def cancel_question(self) -> bool:
        if self.run is None or not self.run.cancel_question():
            return False
        self._publish()
        return True

    def jump(self, kind: StepKind, index: int = 0) -> None:
        """A block's button: that step of the block under way (the domain says which
        effects it carries, as for PageDown)."""
        move = self.run.jump(kind, index) if self.run is not None else None
        if move is not None:
            self._carry_out(move)

    # -- carrying out ---------------------------------------------------------------------

    def _round(self) -> Round | None:
        if self.run is None or self._effects is None:
            return None
        return self._effects.round_for(self.run.step.kind)

    def _facts(self) -> RunFacts:
        assert self.run is not None
        step = self.run.step
        run = self._controller.run
        started = run is not None and run.timer(step.block).state is not TimerState.IDLE
        turn_round = self._round() if step.has_turns else None
        if turn_round is None:
            on_break = run is not None and run.active_break is not None
            return RunFacts(block_started=started, on_break=on_break)
        queue = turn_round.queue
        active = [t for t in queue.turns if not t.skipped]
        return RunFacts(
            block_started=started,
            turns=len(active),
            turns_begun=turn_round.started(),
            on_last_turn=not queue.finished and queue.is_last(),
            turns_taken=sum(1 for t in active if t.end is not None),
            round_finished=queue.finished,
        )

    def _carry_out(self, move: Move, pressed_on: Step | None = None) -> None:
        """Apply the move's effects: turn effects to the round of the step the key was
        pressed on, BEGIN_TURNS to the round of the step moved to."""
        controller = self._controller
        pressed_on = pressed_on or move.step
        self._carrying_out = True
        try:
            self._apply(move, pressed_on)
        finally:
            self._carrying_out = False
        self._save()
        self._publish()
        controller.refresh()

    def _apply(self, move: Move, pressed_on: Step) -> None:
        controller = self._controller
        effects = self._effects
        for effect in move.effects:
            if effect is Effect.START_BLOCK:
                controller.toggle()
            elif effect in (Effect.NEXT_TURN, Effect.FINISH_TURNS, Effect.PREVIOUS_TURN):
                turn_round = effects.round_for(pressed_on.kind) if effects else None
                if turn_round is None:
                    continue
                block_time = controller.block_time(pressed_on.block)
                if effect is Effect.NEXT_TURN:
                    turn_round.next_turn(block_time)
                elif effect is Effect.FINISH_TURNS:
                    turn_round.finish_turns(block_time)
                else:
                    turn_round.previous_turn()
            elif effect is Effect.BEGIN_TURNS:
                turn_round = effects.round_for(move.step.kind) if effects else None
                if turn_round is not None:
                    turn_round.begin(controller.block_time(move.step.block))
            elif effect in (Effect.NEXT_BLOCK, Effect.END_MEETING):
                controller.advance_block()
            elif effect in (Effect.PREVIOUS_BLOCK, Effect.REOPEN_MEETING):
                controller.back_block()
            elif effects is not None:  # group work, the closing: the block's own
                effects.carry_out(
                    pressed_on if effect is Effect.TAKE_BACK_CLOSED else move.step, effect
                )

    def _save(self) -> None:
        if self.run is None or self.meeting_id is None:
            return
        try:
            agenda.save_run_step(self._db, self.meeting_id, self.run.step.key())
        except StoreError as error:
            self.messages.store_failed(error)
            if error.problem is StoreProblem.OFFLINE:  # the meeting goes on; saved later
                self.pending.keep("step", self._save)

    def _publish(self) -> None:
        state = self.state()
        if state is not None:
            self.changed.emit(state)
