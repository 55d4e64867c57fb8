"""The run as a sequence of steps that PageDown walks forward and PageUp back.

Each block is a few steps (a speaker round, a statement, the reports, group work, the
closing card, ...). The projector shows the current step; the control window shows it and
what the next PageDown will do. A step with turns (speakers, reports, presenters) takes one
PageDown per turn, and a turn may have views of its own after it (the presenting group's
flip-chart photos), one PageDown each; so may a step without turns (the reveal of the
room's consent to an objective). Leaving a block, declaring the quarter closed and ending the meeting each
need a second PageDown (the laptop asks inline, never in a dialog); PageUp or Esc takes the
question back.

Plain Python: the controller gathers the facts (`RunFacts`), asks for a `Move`, carries out
its effects on the timers, turns and store, and persists the new step's key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.domain.agenda import BlockKind


class StepKind(StrEnum):
    SPEAKERS = "speakers"  # block 1: the good-news round, speaker by speaker
    STATEMENT = "statement"  # block 2 (a): vision, mission, purpose, each value
    REPORTS = "reports"  # block 2 (b): the self-evaluation reports, one by one
    BREAKOUT = "breakout"  # block 2 (c): the departments break out
    GROUPS = "groups"  # block 3: the groups are shown
    GROUP_WORK = "group_work"  # block 3: the group-work countdown is the big number
    PRESENTATIONS = "presentations"  # block 3: each group presents
    DOT_VOTE = "dot_vote"  # block 3: the room spends its dots on the lines (when turned on)
    VOTE_RESULTS = "vote_results"  # block 3: the dot-vote revealed, the lines ranked
    FEEDBACK = "feedback"  # block 4: praise, recognition and feedback
    REFLECTIONS = "reflections"  # block 4: shared reflections
    CLOSED = "closed"  # block 4: the quarter declared closed (the closing card)
    PRIORITIES = "priorities"  # block 5: the strategic priorities (when written down)
    COMPANY_OKRS = "company_okrs"  # block 5: the new company OKRs
    CONSENT = "consent"  # block 5: the room's fist to five on one company objective
    ALIGNMENT = "alignment"  # block 5: how the departments' OKRs support them
    SUMMARY = "summary"  # block 6
    ENDED = "ended"  # the meeting is over
    BREAK = "break"  # a planned break; its step belongs to the block after it


TURN_STEPS = frozenset({StepKind.SPEAKERS, StepKind.REPORTS, StepKind.PRESENTATIONS})


@dataclass(frozen=True)
class Step:
    block: BlockKind
    kind: StepKind
    index: int = 0  # which statement, for STATEMENT steps

    def key(self) -> str:
        """The form persisted with the meeting, so a restart resumes at this step."""
        return f"{self.block.value}:{self.kind.value}:{self.index}"

    @classmethod
    def parse(cls, key: str | None) -> Step | None:
        if not key:
            return None
        try:
            block, kind, index = key.split(":")
            return cls(BlockKind(block), StepKind(kind), int(index))
        except ValueError:
            return None  # written by another version: start from the timers instead

    @property
    def has_turns(self) -> bool:
        return self.kind in TURN_STEPS


@dataclass(frozen=True)
class MeetingContent:
    """What the meeting holds that decides its steps."""

    statements: int = 0  # vision, mission, purpose and values that have text
    departments: int = 0
    breaks_after: frozenset[BlockKind] = frozenset()  # blocks a planned break follows
    priorities: bool = False  # strategic priorities are written down for block 5
    dot_vote: bool = False  # the leader turned on the room's dot-vote on the learnings
    consent: int = 0  # company objectives the room shows its consent to (when turned on)


def sequence(content: MeetingContent) -> list[Step]:
    """Every step of the meeting, in order."""
    steps = [Step(BlockKind.GOOD_NEWS, StepKind.SPEAKERS)]
    steps += [
        Step(BlockKind.OKR_REPORTING, StepKind.STATEMENT, i) for i in range(content.statements)
    ]
    steps.append(Step(BlockKind.OKR_REPORTING, StepKind.REPORTS))
    if content.departments:
        steps.append(Step(BlockKind.OKR_REPORTING, StepKind.BREAKOUT))
    steps += [
        Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.GROUPS),
        Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.GROUP_WORK),
        Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.PRESENTATIONS),
    ]
    if content.dot_vote:
        steps += [
            Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.DOT_VOTE),
            Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.VOTE_RESULTS),
        ]
    steps += [
        Step(BlockKind.CLOSING_QUARTER, StepKind.FEEDBACK),
        Step(BlockKind.CLOSING_QUARTER, StepKind.REFLECTIONS),
        Step(BlockKind.CLOSING_QUARTER, StepKind.CLOSED),
    ]
    if content.priorities:
        steps.append(Step(BlockKind.NEW_OKRS, StepKind.PRIORITIES))
    steps.append(Step(BlockKind.NEW_OKRS, StepKind.COMPANY_OKRS))
    steps += [Step(BlockKind.NEW_OKRS, StepKind.CONSENT, i) for i in range(content.consent)]
    steps += [
        Step(BlockKind.NEW_OKRS, StepKind.ALIGNMENT),
        Step(BlockKind.SUMMARY, StepKind.SUMMARY),
        Step(BlockKind.SUMMARY, StepKind.ENDED),
    ]
    return _with_breaks(steps, content.breaks_after)


def _with_breaks(steps: list[Step], breaks_after: frozenset[BlockKind]) -> list[Step]:
    """A break step before the first step of each block that follows a planned break."""
    result: list[Step] = []
    for step in steps:
        previous = result[-1] if result else None
        if previous and previous.block is not step.block and previous.block in breaks_after:
            result.append(Step(step.block, StepKind.BREAK))
        result.append(step)
    return result


class Effect(StrEnum):
    """What the controller must do to carry out a move."""

    START_BLOCK = "start_block"  # the current block's timer starts (it was not started)
    NEXT_TURN = "next_turn"  # the current turn ends, the next begins
    FINISH_TURNS = "finish_turns"  # the last turn ends
    PREVIOUS_TURN = "previous_turn"  # undo the last NEXT_TURN/FINISH_TURNS
    BEGIN_TURNS = "begin_turns"  # the step's round begins (reports, presentations)
    NEXT_BLOCK = "next_block"  # the block closes and the next one starts
    PREVIOUS_BLOCK = "previous_block"  # undo NEXT_BLOCK
    START_GROUP_WORK = "start_group_work"
    DECLARE_CLOSED = "declare_closed"
    TAKE_BACK_CLOSED = "take_back_closed"
    END_MEETING = "end_meeting"  # the last block closes
    REOPEN_MEETING = "reopen_meeting"  # undo END_MEETING
    NEXT_VIEW = "next_view"  # the turn's next view (the presenting group's next photo)
    PREVIOUS_VIEW = "previous_view"  # undo NEXT_VIEW


class Question(StrEnum):
    """A yes the laptop asks for inline; a second PageDown answers it."""

    END_ROUND = "end_round"  # the round is over: move on to the next block?
    NEXT_BLOCK = "next_block"  # move on to the next block?
    DECLARE_CLOSED = "declare_closed"
    END_MEETING = "end_meeting"
    END_BREAK = "end_break"  # the break is over: start the next block?


@dataclass(frozen=True)
class RunFacts:
    """What the controller knows at the moment of a key press."""

    block_started: bool  # the current step's block timer has started
    turns: int = 0  # turns in the current step's round that will be taken
    turns_begun: bool = False  # the round has begun
    on_last_turn: bool = False  # the current turn is the last one
    turns_taken: int = 0  # turns already ended (PageUp can undo them)
    round_finished: bool = False  # every turn has ended
    on_break: bool = False  # a break's countdown is under way (its step is current)
    turn_views: int = 0  # views the current turn has after its own (a group's photos)
    view_shown: int = 0  # which of them the room sees (0: the turn itself)


@dataclass(frozen=True)
class Move:
    step: Step
    effects: tuple[Effect, ...] = ()
    question: Question | None = None  # asked (not carried out) when set


@dataclass
class StepRun:
    """Where the run is, and what PageDown and PageUp do from there."""

    steps: list[Step]
    position: int = 0
    asking: Question | None = field(default=None)

    @classmethod
    def resume(
        cls,
        steps: list[Step],
        saved: Step | None,
        current_block: BlockKind,
        on_break: bool = False,
    ) -> StepRun:
        """At the saved step if it still exists, else at the first step of the block the
        timers say is current (a changed meeting, or a file from before steps). A break
        step is where the run is exactly when a break is under way."""
        if saved is not None and (saved.kind is StepKind.BREAK) != on_break:
            saved = None
        if saved is not None:
            for position, step in enumerate(steps):
                if step == saved:
                    return cls(steps, position)
            for position, step in enumerate(steps):  # same step, fewer statements now
                if (step.block, step.kind) == (saved.block, saved.kind):
                    return cls(steps, position)
        run = cls(steps, 0)
        if any(step.block is current_block for step in steps):
            run.position = run.first_of_block(current_block, on_break)
        return run

    @property
    def step(self) -> Step:
        return self.steps[self.position]

    @property
    def following(self) -> Step | None:
        return self.steps[self.position + 1] if self.position + 1 < len(self.steps) else None

    @property
    def preceding(self) -> Step | None:
        return self.steps[self.position - 1] if self.position > 0 else None

    def first_of_block(self, block: BlockKind, on_break: bool = False) -> int:
        """The block's first step: its break step during the break before it, else the
        first step of its own."""
        for position, step in enumerate(self.steps):
            if step.block is block and (step.kind is StepKind.BREAK) == on_break:
                return position
        return next(i for i, s in enumerate(self.steps) if s.block is block)

    # -- PageDown -------------------------------------------------------------------------

    def forward(self, facts: RunFacts) -> Move:
        """What PageDown does now. A move with a question changes nothing yet."""
        step = self.step
        if step.kind is StepKind.ENDED:
            return Move(step)
        if step.kind is StepKind.BREAK:
            following = self.following
            assert following is not None  # a break step always precedes its block
            if facts.block_started and not facts.on_break:
                return self._go(following, ())  # the block already runs (break ended)
            effects: tuple[Effect, ...] = (Effect.NEXT_BLOCK,)
            if following.has_turns and following.kind is not StepKind.SPEAKERS:
                effects = (*effects, Effect.BEGIN_TURNS)
            return self._ask(Question.END_BREAK, following, effects)
        if not facts.block_started:
            starting = [Effect.START_BLOCK]
            if step.has_turns and step.kind is not StepKind.SPEAKERS and facts.turns:
                starting.append(Effect.BEGIN_TURNS)
            return self._go(step, tuple(starting))
        if step.has_turns and facts.turns and not facts.turns_begun:
            return self._go(step, (Effect.BEGIN_TURNS,))
        if step.has_turns and facts.turns_begun and not facts.round_finished:
            if facts.view_shown < facts.turn_views:
                return self._go(step, (Effect.NEXT_VIEW,))
            if not facts.on_last_turn:
                return self._go(step, (Effect.NEXT_TURN,))
            if step.kind is StepKind.REPORTS:
                # The round ends on the scores side by side before the block moves on.
                return self._go(step, (Effect.FINISH_TURNS,))
            return self._leave(facts, finish_turns=True)
        if not step.has_turns and facts.view_shown < facts.turn_views:
            return self._go(step, (Effect.NEXT_VIEW,))  # a step's own view (a reveal)
        return self._leave(facts, finish_turns=False)

    def _leave(self, facts: RunFacts, finish_turns: bool) -> Move:
        following = self.following
        before = (Effect.FINISH_TURNS,) if finish_turns else ()
        assert following is not None  # ENDED is last and handled by forward()
        if following.kind is StepKind.ENDED:
            return self._ask(Question.END_MEETING, following, (*before, Effect.END_MEETING))
        if following.kind is StepKind.CLOSED:
            return self._ask(Question.DECLARE_CLOSED, following, (*before, Effect.DECLARE_CLOSED))
        if following.block is not self.step.block:
            question = Question.END_ROUND if finish_turns else Question.NEXT_BLOCK
            effects = (*before, Effect.NEXT_BLOCK)
            if following.has_turns and following.kind is not StepKind.SPEAKERS:
                effects = (*effects, Effect.BEGIN_TURNS)
            return self._ask(question, following, effects)
        effects = before
        if following.kind is StepKind.GROUP_WORK:
            effects = (*effects, Effect.START_GROUP_WORK)
        elif following.has_turns:
            effects = (*effects, Effect.BEGIN_TURNS)
        return self._go(following, effects)

    def _ask(self, question: Question, target: Step, effects: tuple[Effect, ...]) -> Move:
        if self.asking is question:
            self.asking = None
            return self._go(target, effects)
        self.asking = question
        return Move(self.step, question=question)

    def _go(self, target: Step, effects: tuple[Effect, ...]) -> Move:
        self.asking = None
        self.position = self.steps.index(target)
        return Move(target, effects)

    # -- PageUp ---------------------------------------------------------------------------

    def back(self, facts: RunFacts) -> Move:
        """What PageUp does now: take back a question, a turn, or a step."""
        if self.asking is not None:
            self.asking = None
            return Move(self.step)
        step = self.step
        if step.kind is StepKind.ENDED:
            return self._go(self.steps[self.position - 1], (Effect.REOPEN_MEETING,))
        if facts.view_shown:
            return Move(step, (Effect.PREVIOUS_VIEW,))
        if step.has_turns and facts.turns_taken:
            return Move(step, (Effect.PREVIOUS_TURN,))
        preceding = self.preceding
        if preceding is None:
            return Move(step)
        if step.kind is StepKind.CLOSED:
            return self._go(preceding, (Effect.TAKE_BACK_CLOSED,))
        if preceding.block is not step.block or preceding.kind is StepKind.BREAK:
            return self._go(preceding, (Effect.PREVIOUS_BLOCK,))
        return self._go(preceding, ())

    def cancel_question(self) -> bool:
        """Esc: take back a question; True if there was one."""
        asked = self.asking is not None
        self.asking = None
        return asked

    def jump(self, kind: StepKind, index: int = 0) -> Move | None:
        """A block's own button ("Start the reports", "Start group work", a statement
        shown): that step of the block under way, with the effects it carries. None when
        there is no such step, or it is in another block (moving blocks is PageDown's)."""
        target = next((s for s in self.steps if s.kind is kind and s.index == index), None)
        if target is None or target.block is not self.step.block:
            return None
        if self.step.kind is StepKind.BREAK:
            return None
        return self._go(target, _JUMP_EFFECTS.get(kind, ()))

    def jump_to(self, target: Step) -> None:
        """The run follows the timers to `target` (another block started by other means)."""
        self.asking = None
        self.position = self.steps.index(target)


# What a block's button sets going when it jumps to its step.
_JUMP_EFFECTS: dict[StepKind, tuple[Effect, ...]] = {
    StepKind.GROUP_WORK: (Effect.START_GROUP_WORK,),
    StepKind.REPORTS: (Effect.BEGIN_TURNS,),
    StepKind.PRESENTATIONS: (Effect.BEGIN_TURNS,),
    StepKind.CLOSED: (Effect.DECLARE_CLOSED,),
}
