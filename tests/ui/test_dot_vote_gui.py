"""Block 3's dot-vote as a leader runs it: turned on in the block, opened by the PageDown
after the last presentation, the phones spending their dots through the room link while
the laptop and the room's screen see only the count, then revealed by the next PageDown
as the ranked lines; PageUp takes the reveal back, and the minutes keep the ranking."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt

from facilitator.domain.run_steps import StepKind
from facilitator.store import dot_votes
from facilitator.store.minutes import load_minutes
from tests.ui.conftest import demo_with_the_room_link_on, press


def _call(url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def _step(window) -> StepKind:
    return window.steps.state().step.kind


@pytest.fixture
def voting(qtbot, window, db, clock):
    """The demo meeting before it began, its room link on, run to its presentations."""
    meeting_id = demo_with_the_room_link_on(qtbot, window, db)
    for _ in range(120):
        if _step(window) is StepKind.PRESENTATIONS:
            break
        clock.advance(30)
        press(qtbot, window, Qt.Key.Key_PageDown)
    yield window, meeting_id
    window.room_link.turn_off()


def _through_the_presentations(qtbot, window, clock) -> None:
    for _ in range(40):
        if _step(window) is StepKind.DOT_VOTE:
            return
        clock.advance(60)
        press(qtbot, window, Qt.Key.Key_PageDown)
    raise AssertionError("the dot-vote was not reached")


def test_the_room_votes_with_dots_blind_then_the_lines_are_ranked(qtbot, voting, db, clock):
    window, meeting_id = voting
    box = window.blocks.successes_learnings.groups.dot_vote
    presenter = window.presenter.window
    phones = window.room_link.participant_url()
    assert box.enabled.isChecked()  # the demo turned it on: 3 dots, one per line
    assert box.state.text() == "PageDown after the last presentation opens the vote."
    assert _call(phones + "/vote?voter=" + "a" * 16)[0] == 409  # not open yet

    _through_the_presentations(qtbot, window, clock)
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.statement_view
    assert presenter.statement_view.caption.text() == (
        "On your phone: give your 3 dots to the lines that gave the most value"
    )
    assert presenter.statement_view.text.text() == "Nobody has voted yet"
    status, vote = _call(phones + "/vote?voter=" + "a" * 16)
    assert status == 200 and vote["dots"] == 3 and vote["perLine"] == 1 and vote["mine"] == {}
    lines = {line["text"]: str(line["id"]) for line in vote["lines"]}
    assert len(lines) == 15 and lines.keys() >= {"Stormhåndteringen", "Mer tid til opplæring"}
    key = vote["key"]

    def spend(voter: str, *texts: str, per: int = 1) -> tuple[int, dict]:
        dots = {lines[text]: per for text in texts}
        return _call(phones + "/dots", {"voter": voter * 16, "key": key, "dots": dots})

    # The laptop enforces the rules, whatever a phone sends.
    four = ("Stormhåndteringen", "Appen lansert", "212 anlegg", "Mer tid til opplæring")
    assert spend("x", *four) == (422, {"error": "budget"})
    assert spend("x", "Stormhåndteringen", per=2) == (422, {"error": "per_line"})
    assert _call(phones + "/dots", {"voter": "x" * 16, "key": key, "dots": {"999999": 1}}) == (
        422,
        {"error": "line"},
    )
    assert _call(phones + "/dots", {"voter": "x" * 16, "key": "old", "dots": {}})[0] == 409
    assert _call(phones + "/dots", {"voter": "x", "key": key, "dots": {}})[0] == 422

    assert spend("a", "Mer tid til opplæring", "Stormhåndteringen")[0] == 201
    assert spend("b", "Mer tid til opplæring", "Appen lansert", "212 anlegg")[0] == 201
    assert spend("c", "Mer tid til opplæring")[0] == 201
    assert spend("c", "Appen lansert", "Stormhåndteringen")[0] == 201  # changed its mind
    # A reload: the phone reads its own dots back, and only its own.
    assert _call(phones + "/vote?voter=" + "c" * 16)[1]["mine"] == {
        lines["Appen lansert"]: 1,
        lines["Stormhåndteringen"]: 1,
    }
    # Blind: the laptop and the room's screen (so the phones) see the count only.
    qtbot.waitUntil(lambda: box.state.text() == "Voted so far: 3 (hidden until revealed)")
    assert box.results.isHidden()
    window.controller.refresh()
    assert presenter.statement_view.text.text() == "Voted so far: 3"
    assert not any("Mer tid" in line for line in presenter.content_lines())
    assert window.run_page.step_hint.text().startswith(
        "PageDown: The room's top lines (the vote revealed)"
    )

    press(qtbot, window, Qt.Key.Key_PageDown)  # the reveal
    assert _step(window) is StepKind.VOTE_RESULTS
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.okr_view
    assert presenter.okr_view.caption.text() == "The room's top lines · 3 voted"
    assert presenter.okr_view.text.text().splitlines() == [
        # Tied lines share their rank; among them the flip charts' order.
        "1. Appen lansert (Gruppe 1, success · dots: 2)",
        "1. Stormhåndteringen (Gruppe 1, success · dots: 2)",
        "1. Mer tid til opplæring (Gruppe 3, learning · dots: 2)",
        "4. 212 anlegg (Gruppe 1, success · dots: 1)",
    ]
    assert box.state.text() == "Revealed: 3 voted" and not box.results.isHidden()
    assert box.results.item(0).text() == "1. Appen lansert (Gruppe 1, success · dots: 2)"
    assert spend("d", "Appen lansert") == (409, {"error": "voteClosed"})  # closed
    assert dot_votes.revealed_at(db, meeting_id) is not None

    press(qtbot, window, Qt.Key.Key_PageUp)  # taken back: the vote is open again
    assert _step(window) is StepKind.DOT_VOTE
    window.controller.refresh()
    assert presenter.statement_view.text.text() == "Voted so far: 3"
    assert dot_votes.revealed_at(db, meeting_id) is None
    assert spend("d", "Mer tid til opplæring")[0] == 201
    press(qtbot, window, Qt.Key.Key_PageDown)

    minutes = load_minutes(db, meeting_id)
    assert minutes.dot_voters == 4
    assert [(r.rank, r.line.text, r.dots) for r in minutes.top_lines] == [
        (1, "Mer tid til opplæring", 3),  # the fourth phone's dot, given after PageUp
        (2, "Appen lansert", 2),
        (2, "Stormhåndteringen", 2),
        (4, "212 anlegg", 1),
    ]
    press(qtbot, window, Qt.Key.Key_PageDown)  # asks: on to block 4?
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert _step(window) is StepKind.FEEDBACK
    assert not window.room_link.vote_open()


def test_turned_off_the_vote_is_no_step_and_the_phones_are_never_asked(qtbot, voting, db, clock):
    window, meeting_id = voting
    box = window.blocks.successes_learnings.groups.dot_vote
    qtbot.mouseClick(box.enabled, Qt.MouseButton.LeftButton)
    assert dot_votes.vote_rules(db, meeting_id) is None
    assert StepKind.DOT_VOTE not in {s.kind for s in window.steps.run.steps}
    qtbot.mouseClick(box.enabled, Qt.MouseButton.LeftButton)  # on again, with 5 dots
    box.dots.setValue(5)
    box.per_line.setValue(2)
    assert dot_votes.vote_rules(db, meeting_id).dots == 5
    assert StepKind.DOT_VOTE in {s.kind for s in window.steps.run.steps}
    qtbot.mouseClick(box.enabled, Qt.MouseButton.LeftButton)
    for _ in range(40):
        if _step(window) is not StepKind.PRESENTATIONS:
            break
        clock.advance(60)
        press(qtbot, window, Qt.Key.Key_PageDown)
    assert _step(window) is StepKind.FEEDBACK
    assert not window.room_link.vote_open()


def test_every_dot_vote_control_has_a_name(qtbot, voting):
    window, _ = voting
    box = window.blocks.successes_learnings.groups.dot_vote
    for widget in (box.enabled, box.dots, box.per_line, box.results):
        assert widget.accessibleName() or widget.text(), widget.objectName()


def test_the_revealed_top_lines_are_offered_in_blocks_5_and_6(qtbot, demo_window, db):
    from facilitator.store.minutes import load_minutes

    window = demo_window  # the finished demo: its dot-vote was revealed
    meeting_id = window.steps.meeting_id
    okrs = window.blocks.new_okrs.okrs.room_voice.top_lines
    summary = window.blocks.summary.summary
    assert not okrs.isHidden() and not summary.top_lines.isHidden()
    assert okrs.lines.item(0).text() == (
        "1. Sikre leveranser tidligere (Gruppe 1, learning · dots: 10)"
    )
    assert okrs.lines.count() == 5 and okrs.take_button is None  # a starting point only
    summary.texts["most_value"].setPlainText("Gruppearbeidet\nFærre parallelle prosjekter")
    qtbot.mouseClick(summary.top_lines.take_button, Qt.MouseButton.LeftButton)
    expected = (
        "Gruppearbeidet\nFærre parallelle prosjekter\nSikre leveranser tidligere\n"
        "Første kunde i Sogn & Fjordane"
    )  # the room's top three, none twice
    assert summary.texts["most_value"].toPlainText() == expected
    assert load_minutes(db, meeting_id).most_value == expected  # saved as it is made


def test_a_vote_revealed_during_the_run_reaches_blocks_5_and_6(qtbot, voting, clock):
    window, _ = voting
    summary = window.blocks.summary.summary
    _through_the_presentations(qtbot, window, clock)
    assert summary.top_lines.isHidden()  # nothing revealed yet
    phones = window.room_link.participant_url()
    _, vote = _call(phones + "/vote?voter=" + "a" * 16)
    line = vote["lines"][0]
    assert (
        _call(
            phones + "/dots", {"voter": "a" * 16, "key": vote["key"], "dots": {str(line["id"]): 1}}
        )[0]
        == 201
    )
    press(qtbot, window, Qt.Key.Key_PageDown)  # the reveal
    assert not summary.top_lines.isHidden()
    assert summary.top_lines.lines.item(0).text().startswith(f"1. {line['text']} (")
