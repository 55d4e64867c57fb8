"""Words for the run's steps: what PageDown does next, the question asked inline before
leaving a block, closing the quarter or ending the meeting, and the name of the end (each
block names its own steps, `Block.step_title`, and the break its own: `ui/blocks/breaks/`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from facilitator.domain.run_steps import Question, Step, StepKind
from facilitator.texts import block_title
from facilitator.ui.blocks.breaks.step import break_hint

translate = QCoreApplication.translate


# What each block calls its own steps (`Block.step_title`); set by the window.
BlockTitles = Callable[[Step], "str | None"]


def step_title(step: Step, block_titles: BlockTitles) -> str:
    """The step in words: a block's own step (or the break's) as it names it; the end
    here."""
    if step.kind is StepKind.ENDED:
        return translate("Steps", "The meeting has ended")
    return block_titles(step) or ""


def question_text(question: Question, following: Step | None) -> str:
    block = block_title(following.block) if following is not None else ""
    texts = {
        Question.END_ROUND: translate(
            "Steps",
            "That was the last turn. PageDown again moves on to “{block}”; PageUp or Esc stays.",
        ),
        Question.NEXT_BLOCK: translate(
            "Steps",
            "PageDown again closes this block and moves on to “{block}”; PageUp or Esc stays.",
        ),
        Question.DECLARE_CLOSED: translate(
            "Steps",
            "PageDown again declares the quarter closed and shows the closing card; "
            "PageUp or Esc waits.",
        ),
        Question.END_MEETING: translate(
            "Steps", "PageDown again ends the meeting; PageUp or Esc goes on with the summary."
        ),
        Question.END_BREAK: translate(
            "Steps",
            "PageDown again ends the break and starts “{block}”; PageUp or Esc waits.",
        ),
    }
    into_break = following is not None and following.kind is StepKind.BREAK
    if question in (Question.NEXT_BLOCK, Question.END_ROUND) and into_break:
        return translate(
            "Steps",
            "PageDown again closes this block and starts the break; PageUp or Esc stays.",
        )
    return texts[question].format(block=block)


def next_hint(
    step: Step,
    following: Step | None,
    block_started: bool,
    block_titles: BlockTitles,
    views: tuple[int, int] = (0, 0),
) -> str:
    if step.kind is StepKind.ENDED:
        return translate("Steps", "PageUp reopens the summary.")
    if step.kind is StepKind.BREAK:
        return break_hint(step)
    if not block_started:
        return translate("Steps", "PageDown or Space starts “{block}”.").format(
            block=block_title(step.block)
        )
    count, shown = views
    if step.kind is StepKind.REPORTS and shown < count:
        return translate(
            "Steps",
            "PageDown: reveal the room's scores beside the reporter's, then the next report.",
        )
    if step.kind is StepKind.CONSENT and shown < count:
        return translate("Steps", "PageDown: reveal the room's hands, then the next step.")
    if step.has_turns and shown < count:
        return translate(
            "Steps", "PageDown: photo {n} of {count} of the flip chart, then the next turn."
        ).format(n=shown + 1, count=count)
    if step.has_turns:
        return translate("Steps", "PageDown: the next turn; after the last one, the next step.")
    if following is None:
        return ""
    return translate("Steps", "PageDown: {step}.").format(step=step_title(following, block_titles))
