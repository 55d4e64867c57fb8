"""Block 5's consent from the room as a leader runs it: asked in the block, a step per
company objective after the company OKRs; the phones show 0–5 fingers while the laptop
and the room's screen see the count; PageDown reveals the hands and flags an objective
with anyone at 0–2; PageUp hides them; the minutes keep the consent beside the approval."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt

from facilitator.domain.consent import consent_poll
from facilitator.domain.run_steps import StepKind
from facilitator.report.sections_decisions import consent_state
from facilitator.store import consent as consent_store
from facilitator.store.minutes import load_minutes
from tests.ui.conftest import demo_with_the_room_link_on, press


def _hand(url: str, poll: str, voter: str, fingers: object) -> int:
    body = json.dumps({"poll": poll, "voter": voter * 16, "score": fingers}).encode()
    request = urllib.request.Request(url + "/score", body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _step(window):
    return window.steps.state().step


@pytest.fixture
def at_the_company_okrs(qtbot, window, db, clock):
    meeting_id = demo_with_the_room_link_on(qtbot, window, db)
    for _ in range(160):
        if _step(window).kind is StepKind.COMPANY_OKRS:
            break
        clock.advance(40)
        press(qtbot, window, Qt.Key.Key_PageDown)
    assert _step(window).kind is StepKind.COMPANY_OKRS
    yield window, meeting_id
    window.room_link.turn_off()


def test_the_room_shows_its_hand_on_each_objective_blind_then_revealed(
    qtbot, at_the_company_okrs, db
):
    window, meeting_id = at_the_company_okrs
    box = window.blocks.new_okrs.okrs.room_voice.consent
    presenter = window.presenter.window
    phones = window.room_link.participant_url()
    objectives = consent_store.company_objectives(db, meeting_id)
    assert box.asked.isChecked() and len(objectives) == 3  # the demo asks for it
    first, title = objectives[1 - 1]
    assert _hand(phones, consent_poll(first), "a", 4) == 409  # not open yet

    press(qtbot, window, Qt.Key.Key_PageDown)
    assert (_step(window).kind, _step(window).index) == (StepKind.CONSENT, 0)
    window.controller.refresh()
    assert presenter.okr_view.caption.text() == (
        "Fist to five on your phone · objective 1 of 3 · 0 = I cannot back it, 5 = fully behind it"
    )
    assert presenter.okr_view.text.text() == f"{title}\nNobody has shown a hand yet"
    assert window.room_link.poll_key() == consent_poll(first)
    for voter, fingers, status in (
        ("a", 6, 422),  # fist to five: 0–5 only
        ("a", True, 422),
        ("a", 0, 201),  # a fist is a hand too
        ("b", 4, 201),
        ("c", 5, 201),
        ("a", 2, 201),  # a change of mind replaces the phone's hand
    ):
        assert _hand(phones, consent_poll(first), voter, fingers) == status
    assert _hand(phones, consent_poll(objectives[1][0]), "d", 3) == 409  # not that one
    qtbot.waitUntil(
        lambda: "Hands shown so far: 3 (hidden until revealed)" in box.objectives.item(0).text()
    )
    window.controller.refresh()
    assert presenter.okr_view.text.text() == f"{title}\nHands shown so far: 3"
    assert window.run_page.step_hint.text() == (
        "PageDown: reveal the room's hands, then the next step."
    )

    press(qtbot, window, Qt.Key.Key_PageDown)  # the reveal, on the same step
    assert (_step(window).kind, _step(window).index) == (StepKind.CONSENT, 0)
    window.controller.refresh()
    assert presenter.okr_view.text.text().splitlines() == [
        title,
        "0: 0 · 1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1 (n = 3)",
        "To discuss before approval: 1 at 0–2",
    ]
    assert box.objectives.item(0).text().startswith(f"{title}: ⚑ 0: 0 · 1: 0 · 2: 1")
    press(qtbot, window, Qt.Key.Key_PageUp)  # hidden again
    window.controller.refresh()
    assert presenter.okr_view.text.text() == f"{title}\nHands shown so far: 3"
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)  # the next objective
    assert (_step(window).kind, _step(window).index) == (StepKind.CONSENT, 1)
    assert window.room_link.poll_key() == consent_poll(objectives[1][0])
    [row] = [o for o in load_minutes(db, meeting_id).objectives if o.statement == title]
    assert consent_state(row) == (
        "the room's consent (0–5): 0: 0 · 1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1, n = 3; 1 at 0–2"
    )
    for _ in range(4):  # each objective: its reveal, then the next
        press(qtbot, window, Qt.Key.Key_PageDown)
    assert _step(window).kind is StepKind.ALIGNMENT
    assert window.room_link.poll_key() is None  # the phones' hands are closed


def test_not_asked_there_is_no_consent_step(qtbot, at_the_company_okrs, db):
    window, meeting_id = at_the_company_okrs
    box = window.blocks.new_okrs.okrs.room_voice.consent
    qtbot.mouseClick(box.asked, Qt.MouseButton.LeftButton)
    assert not consent_store.consent_asked(db, meeting_id)
    assert StepKind.CONSENT not in {s.kind for s in window.steps.run.steps}
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert _step(window).kind is StepKind.ALIGNMENT
    assert box.asked.accessibleName() or box.asked.text()
    assert box.objectives.accessibleName()
