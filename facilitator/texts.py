"""Translated words shared by the UI and the report: block names, descriptions, durations."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.domain.agenda import BlockKind
from facilitator.translation import QT_TRANSLATE_NOOP, translate

BLOCK_TITLES = {
    BlockKind.GOOD_NEWS: QT_TRANSLATE_NOOP("AgendaBlock", "Good news"),
    BlockKind.OKR_REPORTING: QT_TRANSLATE_NOOP("AgendaBlock", "OKR reporting"),
    BlockKind.SUCCESSES_LEARNINGS: QT_TRANSLATE_NOOP("AgendaBlock", "Successes and learnings"),
    BlockKind.CLOSING_QUARTER: QT_TRANSLATE_NOOP("AgendaBlock", "Closing the quarter"),
    BlockKind.NEW_OKRS: QT_TRANSLATE_NOOP("AgendaBlock", "New OKRs"),
    BlockKind.SUMMARY: QT_TRANSLATE_NOOP("AgendaBlock", "Summary"),
}


def block_title(
    kind: BlockKind, translate: Callable[[str, str], str] = translate
) -> str:
    """The block's name; `translate` lets the minutes use the meeting's language."""
    return translate("AgendaBlock", BLOCK_TITLES[kind])


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


def minutes_text(minutes: int) -> str:
    """'45 min' or '1 h 30 min'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("Duration", "{m} min").format(m=rest)
    if not rest:
        return translate("Duration", "{h} h").format(h=hours)
    return translate("Duration", "{h} h {m} min").format(h=hours, m=rest)
