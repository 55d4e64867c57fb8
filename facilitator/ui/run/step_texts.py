"""Words for the run's steps: what the current step is, what PageDown does next, and the
question asked inline before leaving a block, closing the quarter or ending the meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.run_steps import Question, Step, StepKind
from facilitator.texts import block_title

translate = QCoreApplication.translate


def step_title(step: Step) -> str:
    titles = {
        StepKind.SPEAKERS: translate("Steps", "Good news, speaker by speaker"),
        StepKind.STATEMENT: translate("Steps", "Vision, mission and values: statement {n}"),
        StepKind.REPORTS: translate("Steps", "Self-evaluation reports, one by one"),
        StepKind.BREAKOUT: translate("Steps", "Department breakout"),
        StepKind.GROUPS: translate("Steps", "The groups on the screen"),
        StepKind.GROUP_WORK: translate("Steps", "Group work (its countdown is on the screen)"),
        StepKind.PRESENTATIONS: translate("Steps", "Presentations, group by group"),
        StepKind.FEEDBACK: translate("Steps", "Praise, recognition and feedback"),
        StepKind.REFLECTIONS: translate("Steps", "Shared reflections"),
        StepKind.CLOSED: translate("Steps", "The quarter is declared closed"),
        StepKind.PRIORITIES: translate("Steps", "The strategic priorities"),
        StepKind.COMPANY_OKRS: translate("Steps", "The new company OKRs"),
        StepKind.ALIGNMENT: translate("Steps", "How the departments' OKRs support the company's"),
        StepKind.SUMMARY: translate("Steps", "Summary and closing"),
        StepKind.ENDED: translate("Steps", "The meeting has ended"),
        StepKind.BREAK: translate("Steps", "Break before “{block}”"),
    }
    return titles[step.kind].format(n=step.index + 1, block=block_title(step.block))


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


def next_hint(step: Step, following: Step | None, block_started: bool) -> str:
    if step.kind is StepKind.ENDED:
        return translate("Steps", "PageUp reopens the summary.")
    if step.kind is StepKind.BREAK:
        return translate(
            "Steps", "Space pauses the break. PageDown when everyone is back starts “{block}”."
        ).format(block=block_title(step.block))
    if not block_started:
        return translate("Steps", "PageDown or Space starts “{block}”.").format(
            block=block_title(step.block)
        )
    if step.has_turns:
        return translate("Steps", "PageDown: the next turn; after the last one, the next step.")
    if following is None:
        return ""
    return translate("Steps", "PageDown: {step}.").format(step=step_title(following))
