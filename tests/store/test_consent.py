"""Block 5's consent in the store (SQLite and PostgreSQL): asked or not, the hands of each
phone (one per objective, changed when shown again), the count before a reveal and the
hands after it, and what the minutes read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.store import consent
from facilitator.store.agenda import run_content
from facilitator.store.minutes import load_minutes
from facilitator.store.okrs import add_objective
from facilitator.store.participants import add_department

NOW = datetime(2026, 12, 17, 14, 30, tzinfo=UTC)


def test_asked_each_company_objective_is_a_step(db, meeting_id):
    first = add_objective(db, meeting_id, "Vokse i Bergen")
    second = add_objective(db, meeting_id, "Gjøre hvert anlegg smartere")
    department = add_department(db, meeting_id, "Salg")
    add_objective(db, meeting_id, "Selge mer", department)  # a department's: not asked
    assert run_content(db, meeting_id).consent == 0
    consent.set_consent_asked(db, meeting_id, True)
    assert run_content(db, meeting_id).consent == 2
    assert consent.company_objectives(db, meeting_id) == [
        (first, "Vokse i Bergen"),
        (second, "Gjøre hvert anlegg smartere"),
    ]


def test_hands_are_counted_blind_then_revealed_and_kept(db, meeting_id):
    objective = add_objective(db, meeting_id, "Vokse i Bergen")
    for voter, fingers in (("a", 4), ("b", 2), ("c", 5), ("a", 3)):
        consent.show_hand(db, meeting_id, objective, voter * 16, fingers)
    assert consent.hand_counts(db, meeting_id) == {objective: 3}
    assert consent.revealed_consent(db, meeting_id) == {}
    assert load_minutes(db, meeting_id).objectives[0].consent is None
    consent.set_revealed(db, meeting_id, objective, NOW)
    consent.set_revealed(db, meeting_id, objective, datetime(2026, 12, 17, 15, tzinfo=UTC))
    [(_, hands)] = consent.revealed_consent(db, meeting_id).items()
    assert hands.counts == {2: 1, 3: 1, 5: 1} and hands.flagged
    assert load_minutes(db, meeting_id).objectives[0].consent == hands
    consent.set_revealed(db, meeting_id, objective, None)
    assert consent.revealed_consent(db, meeting_id) == {}


def test_a_hand_out_of_range_or_on_another_objective_is_refused(db, meeting_id):
    department = add_department(db, meeting_id, "Salg")
    theirs = add_objective(db, meeting_id, "Selge mer", department)
    ours = add_objective(db, meeting_id, "Vokse i Bergen")
    for objective, fingers in ((ours, 6), (ours, -1), (theirs, 3), (99999, 3)):
        with pytest.raises(ValueError):
            consent.show_hand(db, meeting_id, objective, "a" * 16, fingers)
    assert consent.hand_counts(db, meeting_id) == {}
