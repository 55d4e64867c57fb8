"""Questions from the room as a leader takes them: open by themselves in block 2, asked
from a phone, approved in *Questions from the room*, upvoted by the phones, put on the
room's screen, answered; an open one made an action item of block 6; the minutes keep
the answered and the open."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from PySide6.QtCore import Qt

from facilitator.domain.agenda import BlockKind
from facilitator.store.minutes import load_minutes
from tests.ui.conftest import demo_with_the_room_link_on, run_to_block


def _post(url: str, body: dict) -> int:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_question_from_a_phone_is_approved_upvoted_shown_and_answered(qtbot, window, db):
    meeting_id = demo_with_the_room_link_on(qtbot, window, db)
    phones = window.room_link.participant_url()
    ask = {"voter": "a" * 16, "text": "Hvem eier NPS-målet?"}
    assert _post(phones + "/questions", ask) == 409  # block 1: not open
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)
    window.controller.refresh()  # the second's tick tells the link
    assert window.room_link.questions_open()
    assert _post(phones + "/questions", ask) == 201
    assert _post(phones + "/questions", {"voter": "b" * 16, "text": "Og <i>kake</i>?"}) == 201
    window.commands.show_questions()
    questions = window.room_link_controls.questions_window
    qtbot.waitUntil(lambda: questions.queue.count() == 2 + 3)  # and the demo's three
    assert questions.state.text() == "Waiting for you: 2"
    texts = [questions.queue.item(i).text() for i in range(questions.queue.count())]
    assert "0 ▲  Og <i>kake</i>?  (waiting for you)" in texts  # plain text, as sent
    row = texts.index("0 ▲  Hvem eier NPS-målet?  (waiting for you)")
    questions.queue.setCurrentRow(row)
    qtbot.mouseClick(questions.approve, Qt.MouseButton.LeftButton)
    [new] = [q for q in window.room_link_controls.questions.items if q.text == ask["text"]]
    for voter in ("c", "d"):
        assert (
            _post(phones + "/upvote", {"voter": voter * 16, "question": new.id, "up": True}) == 201
        )
    qtbot.waitUntil(lambda: questions.selected() is not None and questions.selected().votes == 2)
    assert questions.queue.currentItem().text() == "2 ▲  Hvem eier NPS-målet?  (on the phones)"
    qtbot.mouseClick(questions.on_screen_button, Qt.MouseButton.LeftButton)
    presenter = window.presenter.window
    assert presenter.question_text() == "Hvem eier NPS-målet?"
    assert not presenter.question_banner.isHidden()
    qtbot.mouseClick(questions.action, Qt.MouseButton.LeftButton)  # for block 6, too
    actions = window.blocks.summary.summary.action_items
    assert "Hvem eier NPS-målet?" in [
        actions.model.index(r, 0).data() for r in range(actions.model.rowCount())
    ]
    qtbot.mouseClick(questions.answered, Qt.MouseButton.LeftButton)
    assert presenter.question_text() == "" and presenter.question_banner.isHidden()
    minutes = load_minutes(db, meeting_id)
    answered = [q.text for q in minutes.questions if q.status == "answered"]
    assert "Hvem eier NPS-målet?" in answered
    still_open = [q.text for q in minutes.questions if q.status == "approved"]
    assert still_open == ["Får montørene opplæring i batterier før sommeren?"]  # the demo's


def test_every_questions_control_has_a_name(qtbot, window, db):
    demo_with_the_room_link_on(qtbot, window, db)
    window.commands.show_questions()
    questions = window.room_link_controls.questions_window
    for widget in (questions.open_now, questions.queue, questions.approve, questions.dismiss):
        assert widget.accessibleName() or widget.text(), widget.objectName()


def test_block_6_offers_the_open_questions_as_action_items(qtbot, demo_window, db):
    window = demo_window  # the finished demo: one question approved, never answered
    panel = window.blocks.summary.summary
    box = panel.open_questions
    assert not box.isHidden() and box.list.count() == 1
    assert box.list.item(0).text() == "11 ▲  Får montørene opplæring i batterier før sommeren?"
    qtbot.mouseClick(box.make, Qt.MouseButton.LeftButton)
    actions = panel.action_items.model
    assert "Får montørene opplæring i batterier før sommeren?" in [
        actions.index(r, 0).data() for r in range(actions.rowCount())
    ]
    assert box.list.accessibleName() and box.make.text()
