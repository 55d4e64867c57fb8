"""Carries out the run's steps (domain/run_steps.py) on the timers, the turn rounds and the
store: PageDown, PageUp and Esc from any page end up here, and so do the block panels'
buttons that jump to a step ("Start the reports", "Start group work", ...).

The driver talks to the step's block itself (`ui/blocks/contract.Block`, as the registry
lists them): its turn rounds and its own effects, what its panel follows, and what it puts
on the room's screen. PageDown is the key table, the domain's step run, this driver and
the step's block: nothing between them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
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

if TYPE_CHECKING:
    from facilitator.ui.presenter.presenter_window import PresenterWindow


class Round(Protocol):
    """A turn round (speakers, reports, presenters) as the steps use it."""

    def started(self) -> bool: ...

    def begin(self, block_time: float) -> None: ...

    def next_turn(self, block_time: float) -> None: ...

    def finish_turns(self, block_time: float) -> None: ...

    def previous_turn(self) -> bool: ...

    @property
    def queue(self): ...


class RunBlock(Protocol):
    """An agenda block as the steps use it (`ui/blocks/contract.Block`)."""

    @property
    def view(self) -> object: ...

    def rounds(self) -> Mapping[StepKind, Round]: ...

    def carry_out(self, effect: Effect) -> None: ...

    def follow_step(self, step: Step) -> None: ...

    def step_title(self, step: Step) -> str | None: ...

    def turn_views(self, step: Step) -> tuple[int, int]: ...

    def room_view(self, step: Step, view: RunView) -> RunView: ...

    def show_on_room_screen(
        self, step: Step, view: RunView, presenter: PresenterWindow
    ) -> bool: ...


@dataclass(frozen=True)
class StepState:
    step: Step
    question: Question | None
    following: Step | None
    views: tuple[int, int] = (0, 0)  # the turn's views after its own, and which is shown


class StepDriver(QObject):
    changed = Signal(object)  # StepState

    def __init__(self, db: Database, controller: RunController, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._controller = controller
        self._blocks: Mapping[BlockKind, RunBlock] = {}
        self._break: RunBlock | None = None
        self._presenter: PresenterWindow | None = None
        self._followed: Step | None = None  # the step the blocks last followed
        self._carrying_out = False
        self.meeting_id: int | None = None
        self.run: StepRun | None = None
        # The step a shared meeting's lost connection kept from being saved.
        self.pending = PendingEdits(self)
        controller.changed.connect(self._follow_timers)

    def attach(
        self,
        blocks: Mapping[BlockKind, RunBlock],
        break_step: RunBlock,
        presenter: PresenterWindow,
    ) -> None:
        """The agenda's blocks (in order), the breaks' step (`ui/blocks/breaks/`), and the
        room's screen they show their steps on."""
        self._blocks, self._break, self._presenter = blocks, break_step, presenter
        for block in blocks.values():
            block.roomScreenChanged.connect(self._repaint_room)  # type: ignore[attr-defined]
            block.turnViewsChanged.connect(self._views_changed)  # type: ignore[attr-defined]

    def _part_of(self, step: Step) -> RunBlock | None:
        """Whose step it is: the break's, or its block's."""
        if step.kind is StepKind.BREAK:
            return self._break
        return self._blocks.get(step.block)

    def load(self, meeting_id: int) -> None:
        """Rebuild the steps from the meeting (its statements and departments) and resume."""
        self.meeting_id = meeting_id
        self._followed = None  # every block follows the step it resumes at
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
        return StepState(
            self.run.step, self.run.asking, self.run.following, self._views(self.run.step)
        )

    def _views(self, step: Step) -> tuple[int, int]:
        """The current turn's views after its own (a group's photos), and which is shown."""
        block = self._part_of(step) if step.kind is not StepKind.BREAK else None
        return block.turn_views(step) if block is not None else (0, 0)

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

    def _round_for(self, step: Step) -> Round | None:
        """The turn round of `step` (speakers, reports, presenters), kept by its block."""
        block = self._part_of(step)
        return block.rounds().get(step.kind) if block is not None else None

    def _round(self) -> Round | None:
        return self._round_for(self.run.step) if self.run is not None else None

    def _facts(self) -> RunFacts:
        assert self.run is not None
        step = self.run.step
        run = self._controller.run
        started = run is not None and run.timer(step.block).state is not TimerState.IDLE
        turn_round = self._round() if step.has_turns else None
        if turn_round is None:
            on_break = run is not None and run.active_break is not None
            views, shown = self._views(step) if not step.has_turns else (0, 0)
            return RunFacts(
                block_started=started, on_break=on_break, turn_views=views, view_shown=shown
            )
        queue = turn_round.queue
        active = [t for t in queue.turns if not t.skipped]
        views, shown = self._views(step)
        return RunFacts(
            block_started=started,
            turn_views=views,
            view_shown=shown,
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
        for effect in move.effects:
            if effect is Effect.START_BLOCK:
                controller.toggle()
            elif effect in (Effect.NEXT_TURN, Effect.FINISH_TURNS, Effect.PREVIOUS_TURN):
                turn_round = self._round_for(pressed_on)
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
                turn_round = self._round_for(move.step)
                if turn_round is not None:
                    turn_round.begin(controller.block_time(move.step.block))
            elif effect in (Effect.NEXT_BLOCK, Effect.END_MEETING):
                controller.advance_block()
            elif effect in (Effect.PREVIOUS_BLOCK, Effect.REOPEN_MEETING):
                controller.back_block()
            else:  # group work, the closing, a turn's views: the block's own
                step = pressed_on if effect is Effect.TAKE_BACK_CLOSED else move.step
                block = self._part_of(step)
                if block is not None:
                    block.carry_out(effect)

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
        if state is None:
            return
        step = state.step
        if step.kind is not StepKind.BREAK and step.block in self._blocks:
            _ = self._blocks[step.block].view  # the run's block is the one on the run page
        # The step's block follows it, and so does the block it left (its controls stop
        # showing a step of theirs); on a meeting just read, every block.
        left = self._followed
        for kind, block in self._blocks.items():
            if left is None or kind in (step.block, left.block):
                block.follow_step(step)
        self._followed = step
        self._repaint_room()
        self.changed.emit(state)

    # -- the room's screen ----------------------------------------------------------------

    def step_title(self, step: Step) -> str | None:
        """The step in words, as its block names it (None: a break, the end)."""
        block = self._part_of(step)
        return block.step_title(step) if block is not None else None

    def room_view(self, view: RunView) -> RunView:
        """What the room's big number shows (group work shows its own time)."""
        block = self._part_of(self.run.step) if self.run is not None else None
        if self.run is None or block is None:
            return view
        return block.room_view(self.run.step, view)

    def show_on_room_screen(self, view: RunView) -> None:
        """The step's block puts the step on the room's screen (at each tick, and when the
        step or what its block shows changes); a break or nothing to show clears it."""
        presenter, run = self._presenter, self.run
        block = self._part_of(run.step) if run is not None else None
        if presenter is None or run is None or block is None:
            return
        step = run.step
        _ = block.view  # read, if the meeting was read again since
        if step.kind is not StepKind.CLOSED:
            presenter.hide_closing_card()  # the room has moved on
        if not block.show_on_room_screen(step, view, presenter):
            presenter.clear_content()

    def _views_changed(self) -> None:
        """What the next PageDown does within the turn changed: the run page says so."""
        state = self.state()
        if state is not None:
            self.changed.emit(state)

    def _repaint_room(self) -> None:
        view = self._controller.view()
        if view is not None:
            self.show_on_room_screen(view)
