"""The run's step sequence: what PageDown and PageUp do, without Qt."""

from facilitator.domain.agenda import BlockKind
from facilitator.domain.run_steps import (
    Effect,
    MeetingContent,
    Question,
    RunFacts,
    Step,
    StepKind,
    StepRun,
    sequence,
)

STARTED = RunFacts(block_started=True)


def _run(statements=2, departments=3) -> StepRun:
    return StepRun(sequence(MeetingContent(statements=statements, departments=departments)))


def test_the_sequence_follows_the_guide():
    steps = sequence(MeetingContent(statements=3, departments=2))
    assert [(s.block.number, s.kind.value) for s in steps] == [
        (1, "speakers"),
        (2, "statement"),
        (2, "statement"),
        (2, "statement"),
        (2, "reports"),
        (2, "breakout"),
        (3, "groups"),
        (3, "group_work"),
        (3, "presentations"),
        (4, "feedback"),
        (4, "reflections"),
        (4, "closed"),
        (5, "company_okrs"),
        (5, "alignment"),
        (6, "summary"),
        (6, "ended"),
    ]
    assert Step.parse(steps[2].key()) == steps[2]
    assert Step.parse("nonsense") is None and Step.parse(None) is None


def test_without_departments_or_statements_those_steps_are_left_out():
    kinds = [s.kind for s in sequence(MeetingContent())]
    assert StepKind.BREAKOUT not in kinds and StepKind.STATEMENT not in kinds


def test_pagedown_starts_the_meeting_then_walks_the_speakers():
    run = _run()
    assert run.forward(RunFacts(block_started=False, turns=3)).effects == (Effect.START_BLOCK,)
    facts = RunFacts(block_started=True, turns=3, turns_begun=True)
    assert run.forward(facts).effects == (Effect.NEXT_TURN,)
    last = RunFacts(block_started=True, turns=3, turns_begun=True, on_last_turn=True)
    asked = run.forward(last)
    assert asked.question is Question.END_ROUND and asked.effects == ()
    assert run.step.kind is StepKind.SPEAKERS  # nothing happened yet
    moved = run.forward(last)  # the second PageDown confirms
    assert moved.effects == (Effect.FINISH_TURNS, Effect.NEXT_BLOCK)
    assert moved.step == Step(BlockKind.OKR_REPORTING, StepKind.STATEMENT, 0)


def test_pageup_or_esc_takes_a_question_back():
    run = _run()
    last = RunFacts(block_started=True, turns=1, turns_begun=True, on_last_turn=True)
    assert run.forward(last).question is Question.END_ROUND
    assert run.back(last).effects == () and run.asking is None
    assert run.step.kind is StepKind.SPEAKERS
    run.forward(last)
    assert run.cancel_question() and run.asking is None


def test_block_two_statements_then_reports_then_breakout_then_block_three():
    run = _run(statements=2)
    run.jump_to(Step(BlockKind.OKR_REPORTING, StepKind.STATEMENT, 0))
    assert run.forward(STARTED).step.index == 1
    to_reports = run.forward(STARTED)
    assert to_reports.step.kind is StepKind.REPORTS
    assert to_reports.effects == (Effect.BEGIN_TURNS,)
    on_last = RunFacts(block_started=True, turns=2, turns_begun=True, on_last_turn=True)
    scores = run.forward(on_last)  # the last report ends on the scores, side by side
    assert scores.step.kind is StepKind.REPORTS and scores.effects == (Effect.FINISH_TURNS,)
    finished = RunFacts(block_started=True, turns=2, turns_begun=True, round_finished=True)
    to_breakout = run.forward(finished)  # same block: no question
    assert to_breakout.step.kind is StepKind.BREAKOUT and to_breakout.effects == ()
    assert run.forward(STARTED).question is Question.NEXT_BLOCK
    assert run.forward(STARTED).effects == (Effect.NEXT_BLOCK,)
    assert run.step.kind is StepKind.GROUPS


def test_a_round_with_nobody_queued_is_not_skipped_silently():
    run = _run()
    run.jump_to(Step(BlockKind.OKR_REPORTING, StepKind.REPORTS))
    move = run.forward(RunFacts(block_started=True, turns=0))
    assert move.question is None and move.step.kind is StepKind.BREAKOUT


def test_group_work_presentations_and_the_closing_card():
    run = _run()
    run.jump_to(Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.GROUPS))
    assert run.forward(STARTED).effects == (Effect.START_GROUP_WORK,)
    assert run.forward(STARTED).effects == (Effect.BEGIN_TURNS,)
    assert run.step.kind is StepKind.PRESENTATIONS
    run.jump_to(Step(BlockKind.CLOSING_QUARTER, StepKind.REFLECTIONS))
    assert run.forward(STARTED).question is Question.DECLARE_CLOSED
    assert run.forward(STARTED).effects == (Effect.DECLARE_CLOSED,)
    assert run.back(STARTED).effects == (Effect.TAKE_BACK_CLOSED,)
    assert run.step.kind is StepKind.REFLECTIONS


def test_a_presenting_groups_photos_take_a_pagedown_each_before_the_next_group():
    run = _run()
    run.jump_to(Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.PRESENTATIONS))
    presenting = {"block_started": True, "turns": 3, "turns_begun": True}
    with_photos = RunFacts(**presenting, turn_views=2, view_shown=0)
    assert run.forward(with_photos).effects == (Effect.NEXT_VIEW,)
    second = RunFacts(**presenting, turn_views=2, view_shown=1)
    assert run.forward(second).effects == (Effect.NEXT_VIEW,)
    seen = RunFacts(**presenting, turn_views=2, view_shown=2)
    assert run.forward(seen).effects == (Effect.NEXT_TURN,)
    assert run.step.kind is StepKind.PRESENTATIONS
    # PageUp takes the photo back before the turn.
    taken = RunFacts(**presenting, turns_taken=1, turn_views=2, view_shown=1)
    assert run.back(taken).effects == (Effect.PREVIOUS_VIEW,)
    assert run.back(RunFacts(**presenting, turns_taken=1)).effects == (Effect.PREVIOUS_TURN,)
    # The last group's photo is shown before the round's end is asked.
    last = {**presenting, "on_last_turn": True}
    assert run.forward(RunFacts(**last, turn_views=1)).effects == (Effect.NEXT_VIEW,)
    move = run.forward(RunFacts(**last, turn_views=1, view_shown=1))
    assert move.question is Question.END_ROUND


def test_the_meeting_ends_on_a_second_pagedown_and_pageup_reopens_it():
    run = _run()
    run.jump_to(Step(BlockKind.SUMMARY, StepKind.SUMMARY))
    assert run.forward(STARTED).question is Question.END_MEETING
    assert run.forward(STARTED).effects == (Effect.END_MEETING,)
    assert run.step.kind is StepKind.ENDED
    assert run.forward(STARTED).effects == ()  # nothing after the end
    assert run.back(STARTED).effects == (Effect.REOPEN_MEETING,)


def test_pageup_undoes_a_turn_then_steps_back_across_a_block():
    run = _run()
    run.jump_to(Step(BlockKind.OKR_REPORTING, StepKind.STATEMENT, 0))
    taken = RunFacts(block_started=True, turns=3, turns_begun=True, turns_taken=1)
    assert run.back(STARTED).effects == (Effect.PREVIOUS_BLOCK,)
    assert run.step.kind is StepKind.SPEAKERS
    assert run.back(taken).effects == (Effect.PREVIOUS_TURN,)


def test_resume_at_the_saved_step_or_at_the_current_block():
    steps = sequence(MeetingContent(statements=3, departments=1))
    saved = Step(BlockKind.OKR_REPORTING, StepKind.STATEMENT, 2)
    assert StepRun.resume(steps, saved, BlockKind.OKR_REPORTING).step == saved
    fewer = sequence(MeetingContent(statements=1, departments=1))
    assert StepRun.resume(fewer, saved, BlockKind.OKR_REPORTING).step.kind is StepKind.STATEMENT
    fresh = StepRun.resume(steps, None, BlockKind.SUCCESSES_LEARNINGS)
    assert fresh.step.kind is StepKind.GROUPS


def test_with_the_dot_vote_on_the_presentations_end_on_the_vote_then_its_ranking():
    steps = sequence(MeetingContent(dot_vote=True))
    kinds = [s.kind for s in steps if s.block is BlockKind.SUCCESSES_LEARNINGS]
    assert kinds == [
        StepKind.GROUPS,
        StepKind.GROUP_WORK,
        StepKind.PRESENTATIONS,
        StepKind.DOT_VOTE,
        StepKind.VOTE_RESULTS,
    ]
    run = StepRun(steps)
    run.position = steps.index(Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.PRESENTATIONS))
    last = RunFacts(block_started=True, turns=3, turns_begun=True, on_last_turn=True)
    moved = run.forward(last)  # no question: the block goes on, to the vote
    assert moved.step.kind is StepKind.DOT_VOTE and moved.effects == (Effect.FINISH_TURNS,)
    done = RunFacts(block_started=True, turns=3, turns_begun=True, round_finished=True)
    assert run.forward(STARTED).step.kind is StepKind.VOTE_RESULTS  # the reveal
    assert run.back(STARTED).step.kind is StepKind.DOT_VOTE  # taken back
    run.forward(STARTED)
    asked = run.forward(STARTED)
    assert asked.question is Question.NEXT_BLOCK  # leaving block 3 asks, as ever
    assert run.forward(STARTED).step.kind is StepKind.FEEDBACK
    run.position = steps.index(Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.DOT_VOTE))
    back = run.back(STARTED)  # before the vote: the presentations, their round ended
    assert back.step.kind is StepKind.PRESENTATIONS and back.effects == ()
    assert run.forward(done).step.kind is StepKind.DOT_VOTE  # and on to the vote again
