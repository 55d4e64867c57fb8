"""Fist to five: the hands a phone may show, the distribution, and the flag that asks the
leader to hear anyone at 0–2 before approving; the consent poll's key."""

from __future__ import annotations

import pytest

from facilitator.domain.consent import (
    Consent,
    consent_objective,
    consent_poll,
    fingers_check,
    is_fingers,
)
from facilitator.domain.run_steps import (
    Effect,
    MeetingContent,
    RunFacts,
    Step,
    StepKind,
    StepRun,
    sequence,
)


@pytest.mark.parametrize("value", [0, 1, 5])
def test_a_hand_is_zero_to_five_fingers(value):
    assert is_fingers(value)


@pytest.mark.parametrize("value", [-1, 6, 2.0, "3", True, None])
def test_anything_else_is_no_hand(value):
    assert not is_fingers(value)


def test_anyone_at_two_or_fewer_flags_the_objective():
    backed = Consent({3: 4, 4: 7, 5: 3})
    assert (backed.count, backed.doubts, backed.flagged) == (14, 0, False)
    assert backed.distribution() == [0, 0, 0, 4, 7, 3]
    doubted = Consent({0: 1, 2: 2, 5: 9})
    assert (doubted.doubts, doubted.flagged) == (3, True)
    assert not Consent({}).flagged and Consent({}).count == 0


def test_the_poll_key_names_its_objective_and_nothing_else():
    assert consent_objective(consent_poll(12)) == 12
    for other in ("evaluation:3", "consent:", "consent:x", "consent:-1", "consent:" + "9" * 13):
        assert consent_objective(other) is None
    assert fingers_check("f") == "f >= 0 AND f <= 5"


def test_each_company_objective_is_a_step_whose_reveal_is_a_pagedown():
    steps = sequence(MeetingContent(consent=2))
    assert [(s.kind, s.index) for s in steps if s.block.number == 5] == [
        (StepKind.COMPANY_OKRS, 0),
        (StepKind.CONSENT, 0),
        (StepKind.CONSENT, 1),
        (StepKind.ALIGNMENT, 0),
    ]
    run = StepRun(steps)
    first = Step(steps[-4].block, StepKind.CONSENT, 0)
    run.position = steps.index(first)
    hidden = RunFacts(block_started=True, turn_views=1, view_shown=0)
    shown = RunFacts(block_started=True, turn_views=1, view_shown=1)
    assert run.forward(hidden).effects == (Effect.NEXT_VIEW,)  # the reveal, same step
    assert run.step == first
    assert run.back(shown).effects == (Effect.PREVIOUS_VIEW,)  # hidden again
    assert run.forward(shown).step == Step(first.block, StepKind.CONSENT, 1)
