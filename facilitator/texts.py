"""Translated words shared by the UI and the report: block names, descriptions, durations."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator.domain import formatting
from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.domain.grades import Grade, GradeBand
from facilitator.domain.preparation import Role, Task
from facilitator.domain.timer import Phase, TimerState, format_countdown
from facilitator.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from datetime import datetime

    from facilitator.domain.meeting_run import RunView

BLOCK_TITLES = {
    BlockKind.GOOD_NEWS: QT_TRANSLATE_NOOP("AgendaBlock", "Good news"),
    BlockKind.OKR_REPORTING: QT_TRANSLATE_NOOP("AgendaBlock", "OKR reporting"),
    BlockKind.SUCCESSES_LEARNINGS: QT_TRANSLATE_NOOP("AgendaBlock", "Successes and learnings"),
    BlockKind.CLOSING_QUARTER: QT_TRANSLATE_NOOP("AgendaBlock", "Closing the quarter"),
    BlockKind.NEW_OKRS: QT_TRANSLATE_NOOP("AgendaBlock", "New OKRs"),
    BlockKind.SUMMARY: QT_TRANSLATE_NOOP("AgendaBlock", "Summary"),
}


def block_title(kind: BlockKind, translate: Callable[[str, str], str] = translate) -> str:
    """The block's name; `translate` lets the minutes use the meeting's language."""
    return translate("AgendaBlock", BLOCK_TITLES[kind])


BREAK_TITLES = {
    BreakKind.COFFEE: QT_TRANSLATE_NOOP("AgendaBlock", "Coffee break"),
    BreakKind.LUNCH: QT_TRANSLATE_NOOP("AgendaBlock", "Lunch"),
    BreakKind.BREAK: QT_TRANSLATE_NOOP("AgendaBlock", "Break"),
}


def break_title(kind: BreakKind, translate: Callable[[str, str], str] = translate) -> str:
    return translate("AgendaBlock", BREAK_TITLES[kind])


def agenda_item_title(
    kind: BlockKind,
    break_kind: BreakKind | None = None,
    translate: Callable[[str, str], str] = translate,
) -> str:
    """ "2. OKR reporting" for a block; "Lunch" for the break (`break_kind`) after it."""
    if break_kind is not None:
        return break_title(break_kind, translate)
    return f"{kind.number}. {block_title(kind, translate)}"


REVIEW_STATUSES = {
    "achieved": QT_TRANSLATE_NOOP("Review", "Achieved"),
    "continued": QT_TRANSLATE_NOOP("Review", "Continued"),
    "dropped": QT_TRANSLATE_NOOP("Review", "Dropped"),
}
FOLLOW_UPS = {
    "done": QT_TRANSLATE_NOOP("Review", "Done"),
    "not_done": QT_TRANSLATE_NOOP("Review", "Not done"),
    "moved": QT_TRANSLATE_NOOP("Review", "Moved to this quarter"),
}


def review_status_title(
    status: str | None, translate: Callable[[str, str], str] = translate
) -> str:
    """Last quarter's objective: achieved, continued, dropped; "—" while not decided."""
    return translate("Review", REVIEW_STATUSES[status]) if status in REVIEW_STATUSES else "—"


GRADE_BANDS = {
    GradeBand.MISSED: QT_TRANSLATE_NOOP("Grade", "missed"),
    GradeBand.PROGRESS: QT_TRANSLATE_NOOP("Grade", "progress"),
    GradeBand.DELIVERED: QT_TRANSLATE_NOOP("Grade", "delivered"),
}


def grade_text(
    grade: Grade | None, translate: Callable[[str, str], str] = translate, language: str = "en"
) -> str:
    """ "0.6 · progress" ("0,6 · framgang"): the grade and its band's word (colour is
    never the only cue); "–" without a grade."""
    if grade is None:
        return "–"
    shown = formatting.grade(grade.shown, language)
    return f"{shown} · {translate('Grade', GRADE_BANDS[grade.band])}"


def room_gap_text(
    gap: float | None, translate: Callable[[str, str], str] = translate, language: str = "en"
) -> str:
    """ "The room sees it 2 lower" (or higher, or that the room agrees within half a
    point); "" without both scores."""
    if gap is None:
        return ""
    if abs(gap) < 0.5:
        return translate("RoomScores", "The room agrees")
    amount = formatting.number(abs(gap), language)
    if gap < 0:
        return translate("RoomScores", "The room sees it {n} lower").format(n=amount)
    return translate("RoomScores", "The room sees it {n} higher").format(n=amount)


def follow_up_title(status: str | None, translate: Callable[[str, str], str] = translate) -> str:
    """Last meeting's action item: done, not done, moved; "—" while not followed up."""
    return translate("Review", FOLLOW_UPS[status]) if status in FOLLOW_UPS else "—"


def block_description(kind: BlockKind) -> str:
    return {
        BlockKind.GOOD_NEWS: translate(
            "AgendaBlock",
            "Round-robin: each participant shares prepared good results and news, then "
            "challenges, related to the OKRs since last time. Sharing itself takes at most "
            "10 minutes. When someone outside the meeting gets praise, note it as a "
            "shout-out so the praise can be passed on afterwards.",
        ),
        BlockKind.OKR_REPORTING: translate(
            "AgendaBlock",
            "(a) Repeat the company's vision, mission and values, with examples from the "
            "group of how they live them. (b) The top leader reports the company OKR status "
            "and results, then the OKR owners report theirs. (c) Departments break out, "
            "evaluate themselves the same way, and one person per department summarises "
            "the score and what was good and could be better.",
        ),
        BlockKind.SUCCESSES_LEARNINGS: translate(
            "AgendaBlock",
            "Groups of 3–5 people, each with a flip-chart sheet and a scribe who writes "
            "down what is said. After 10–15 minutes the sheets go up on the wall and one "
            "person per group presents. Celebrate small and large successes; reflect on "
            "what could be better.",
        ),
        BlockKind.CLOSING_QUARTER: translate(
            "AgendaBlock",
            "Praise, recognition and feedback to each other, individually and in plenary. "
            "Ask for shared reflections and experiences. Then the quarter is formally "
            "declared closed, marked with a physical gesture.",
        ),
        BlockKind.NEW_OKRS: translate(
            "AgendaBlock",
            "Leadership presents the strategic priorities and the 3–5 top company OKRs. "
            "Each department sets its OKRs with its manager; they are presented in plenary "
            "and anchored. About 70 % of department OKRs should connect to the company's; "
            "a company key result can become a department objective.",
        ),
        BlockKind.SUMMARY: translate(
            "AgendaBlock",
            "Sum up with feedback to the organisation and to the departments, lift out what "
            "gave the most value, and what we will do differently or more of as a result.",
        ),
    }[kind]


def minutes_text(minutes: int, translate: Callable[[str, str], str] = translate) -> str:
    """'45 min' or '1 h 30 min'; `translate` lets a document use the meeting's language."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("Duration", "{m} min").format(m=rest)
    if not rest:
        return translate("Duration", "{h} h").format(h=hours)
    return translate("Duration", "{h} h {m} min").format(h=hours, m=rest)


TASK_TEXTS = {
    Task.COMPANY_RESULTS: QT_TRANSLATE_NOOP(
        "Preparation", "Last quarter's company results: each key result's achieved value"
    ),
    Task.VISION_VALUES: QT_TRANSLATE_NOOP(
        "Preparation", "The vision, mission and values, to repeat in block 2"
    ),
    Task.STRATEGIC_PRIORITIES: QT_TRANSLATE_NOOP(
        "Preparation", "The strategic priorities for the coming quarter"
    ),
    Task.COMPANY_OKR_DRAFT: QT_TRANSLATE_NOOP(
        "Preparation", "A draft of next quarter's 3–5 company objectives with key results"
    ),
    Task.DEPARTMENT_RESULTS: QT_TRANSLATE_NOOP(
        "Preparation", "The department's results on last quarter's OKRs"
    ),
    Task.SELF_EVALUATION: QT_TRANSLATE_NOOP(
        "Preparation",
        "The self-evaluation: a score from 1 to 10, and what went well and could be better "
        "on execution, leadership and competence",
    ),
    Task.DEPARTMENT_OKR_DRAFT: QT_TRANSLATE_NOOP(
        "Preparation", "A draft of the department's OKRs for next quarter"
    ),
    Task.GOOD_NEWS: QT_TRANSLATE_NOOP(
        "Preparation", "One piece of good news related to our OKRs since last time"
    ),
    Task.CHALLENGE: QT_TRANSLATE_NOOP("Preparation", "One challenge you have met"),
}

ROLE_TITLES = {
    Role.TOP_LEADER: QT_TRANSLATE_NOOP("Preparation", "Top leader"),
    Role.DEPARTMENT_LEADER: QT_TRANSLATE_NOOP("Preparation", "Department leaders"),
    Role.EVERYONE: QT_TRANSLATE_NOOP("Preparation", "Everyone"),
}


def task_text(task: Task, translate: Callable[[str, str], str] = translate) -> str:
    return translate("Preparation", TASK_TEXTS[task])


def role_title(role: Role, translate: Callable[[str, str], str] = translate) -> str:
    return translate("Preparation", ROLE_TITLES[role])


# -- what the room's screen says around the countdown (the presenter view and the room link;
# the context is the presenter window's, where these words first appeared) ------------------


def run_title(view: RunView) -> str:
    """ "2/6 · OKR reporting", or the break's name during a break."""
    if view.on_break is not None:
        return break_title(view.on_break)
    return translate("PresenterWindow", "{number}/{count} · {title}").format(
        number=view.number, count=view.count, title=block_title(view.kind)
    )


def run_state_words(view: RunView, clock: Callable[[datetime], str]) -> str:
    """Warning and overtime in words, not only in colour; a break's "Back at 12:10"
    (`clock` writes a time of day)."""
    if view.on_break is not None and view.back_at is not None:
        return translate("PresenterWindow", "Back at {time}").format(time=clock(view.back_at))
    if view.state is TimerState.RUNNING and view.phase is Phase.OVERTIME:
        return translate("PresenterWindow", "+{time} over time").format(
            time=format_countdown(-view.remaining)
        )
    if view.state is TimerState.RUNNING and view.phase is Phase.WARNING:
        minutes = max(1, math.ceil(view.remaining / 60))
        if minutes == 1:
            return translate("PresenterWindow", "Last minute")
        return translate("PresenterWindow", "Last {n} minutes").format(n=minutes)
    return {
        TimerState.IDLE: translate("PresenterWindow", "Not started"),
        TimerState.PAUSED: translate("PresenterWindow", "Paused"),
        TimerState.RUNNING: "",
        TimerState.DONE: translate("PresenterWindow", "Done"),
    }[view.state]


def run_next(view: RunView) -> str:
    if view.next_kind is None:
        return translate("PresenterWindow", "Last block")
    return translate("PresenterWindow", "Next: {title}").format(title=block_title(view.next_kind))
