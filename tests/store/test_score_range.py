"""The self-evaluation score's range is written once, in the domain; the store's
constraints (made by the migrations), the room link's page and its checks agree."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator.domain.evaluation import HIGHEST_SCORE, LOWEST_SCORE, SCORES, is_score, score_check
from facilitator.locations import resources_dir
from facilitator.store.database import open_database


def test_the_range_is_the_guides_one_to_ten():
    assert (LOWEST_SCORE, HIGHEST_SCORE) == (1, 10) and list(SCORES) == list(range(1, 11))
    assert [is_score(v) for v in (0, 1, 10, 11, True, 5.0, "5")] == [
        False,
        True,
        True,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize("table", ["self_evaluation", "room_score"])
def test_the_migrated_database_keeps_scores_in_the_domains_range(tmp_path, table):
    """The migrations write the constraint as it stood; it must be the domain's range."""
    path = tmp_path / "meeting.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    try:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    assert score_check("score") in sql


def test_the_phones_buttons_are_the_domains_ranges():
    """The phones build their buttons from the open poll's range, which the laptop sends."""
    from facilitator.domain.consent import FEWEST_FINGERS, MOST_FINGERS, consent_poll
    from facilitator.web.phone_inputs import poll_json

    report = poll_json("evaluation:3", "Drift")
    assert (report["lowest"], report["highest"], report["kind"]) == (
        LOWEST_SCORE,
        HIGHEST_SCORE,
        "score",
    )
    hand = poll_json(consent_poll(12), "Vokse i Bergen")
    assert (hand["lowest"], hand["highest"], hand["kind"]) == (
        FEWEST_FINGERS,
        MOST_FINGERS,
        "consent",
    )
    page = (resources_dir() / "web" / "participant.js").read_text(encoding="utf-8")
    assert "poll.lowest, poll.highest" in page


def test_the_migrated_database_keeps_hands_in_fist_to_five(tmp_path):
    from facilitator.domain.consent import fingers_check

    path = tmp_path / "meeting.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    try:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'room_consent'"
        ).fetchone()
    finally:
        connection.close()
    assert fingers_check("fingers") in sql
