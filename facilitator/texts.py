"""Translated words shared by the UI and the report: block names, descriptions, durations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.agenda import BlockKind


def _t(text: str) -> str:
    return QCoreApplication.translate("AgendaBlock", text)


def block_title(kind: BlockKind) -> str:
    return {
        BlockKind.GOOD_NEWS: _t("Good news"),
        BlockKind.OKR_REPORTING: _t("OKR reporting"),
        BlockKind.SUCCESSES_LEARNINGS: _t("Successes and learnings"),
        BlockKind.CLOSING_QUARTER: _t("Closing the quarter"),
        BlockKind.NEW_OKRS: _t("New OKRs"),
        BlockKind.SUMMARY: _t("Summary"),
    }[kind]


def block_description(kind: BlockKind) -> str:
    return {
        BlockKind.GOOD_NEWS: _t(
            "Round-robin: each participant shares prepared good results and news, then "
            "challenges, related to the OKRs since last time. Sharing itself takes at most "
            "10 minutes. When someone outside the meeting gets praise, note it as a "
            "shout-out so the praise can be passed on afterwards."
        ),
        BlockKind.OKR_REPORTING: _t(
            "(a) Repeat the company's vision, mission and values, with examples from the "
            "group of how they live them. (b) The top leader reports the company OKR status "
            "and results, then the OKR owners report theirs. (c) Departments break out, "
            "evaluate themselves the same way, and one person per department summarises "
            "the score and what was good and could be better."
        ),
        BlockKind.SUCCESSES_LEARNINGS: _t(
            "Groups of 3–5 people, each with a flip-chart sheet and a scribe who writes "
            "down what is said. After 10–15 minutes the sheets go up on the wall and one "
            "person per group presents. Celebrate small and large successes; reflect on "
            "what could be better."
        ),
        BlockKind.CLOSING_QUARTER: _t(
            "Praise, recognition and feedback to each other, individually and in plenary. "
            "Ask for shared reflections and experiences. Then the quarter is formally "
            "declared closed, marked with a physical gesture."
        ),
        BlockKind.NEW_OKRS: _t(
            "Leadership presents the strategic priorities and the 3–5 top company OKRs. "
            "Each department sets its OKRs with its manager; they are presented in plenary "
            "and anchored. About 70 % of department OKRs should connect to the company's; "
            "a company key result can become a department objective."
        ),
        BlockKind.SUMMARY: _t(
            "Sum up with feedback to the organisation and to the departments, lift out what "
            "gave the most value, and what we will do differently or more of as a result."
        ),
    }[kind]


def minutes_text(minutes: int) -> str:
    """'45 min' or '1 h 30 min'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("Duration", "{m} min").format(m=rest)
    if not rest:
        return QCoreApplication.translate("Duration", "{h} h").format(h=hours)
    return QCoreApplication.translate("Duration", "{h} h {m} min").format(h=hours, m=rest)
