"""The room link from the control window, as a leader turns it on: the address and QR
code, the phones' live view of the room's screen, a scribe's line in the flip chart, and
every link ended when it is turned off."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import QModelIndex, Qt

from facilitator.store import groups as store
from facilitator.store.participants import add_participant
from tests.ui.conftest import press


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _first_event(url: str) -> dict:
    with urllib.request.urlopen(url + "/events", timeout=5) as stream:
        for raw in stream:
            line = raw.decode()
            if line.startswith("data: "):
                return json.loads(line.removeprefix("data: "))
    raise AssertionError("no event")


def _post(url: str, body: dict) -> int:
    request = urllib.request.Request(
        url + "/notes", json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status


@pytest.fixture
def linked(qtbot, meeting_window, db, meeting_id):
    for n in range(6):
        add_participant(db, meeting_id, f"Person {n}", department=("Salg", "Drift")[n % 2])
    window = meeting_window
    window.load_meeting(meeting_id)
    window.commands.show_room_link()
    dialog = window.room_link_controls.dialog
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(_free_port())
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    yield window
    window.room_link.turn_off()


def test_the_phones_see_the_room_screen_and_a_scribe_writes_the_flip_chart(
    qtbot, linked, db, meeting_id
):
    window, dialog = linked, linked.room_link_controls.dialog
    url = window.room_link.room_url()
    phones = window.room_link.participant_url()
    assert url is not None and phones is not None and dialog.url.text() == phones
    assert url.startswith(f"http://127.0.0.1:{dialog.port.value()}/r/")
    assert phones.startswith(f"http://127.0.0.1:{dialog.port.value()}/p/")
    assert dialog.view_url.text() == f"A screen that only shows the timer: {url}"
    assert not dialog.qr.pixmap().isNull()
    assert not dialog.address.isEnabled()

    window.toggle_presenter()  # the room's screen, as on the projector
    qtbot.waitExposed(window.presenter.window)
    screen = _first_event(url)["screen"]
    presenter = window.presenter.window
    assert screen["title"] == presenter.block_label.text() == "1/6 · Good news"
    assert screen["next"] == presenter.next_label.text()

    qtbot.mouseClick(dialog.on_screen, Qt.MouseButton.LeftButton)
    assert not presenter.room_link_card.isHidden()
    host, _, path = phones.removeprefix("http://").partition("/")
    assert presenter.room_link_address.text() == f"{host}\n/{path}"

    # Block 3's groups get scribe pages; a scribe's line shows in the group's flip chart.
    window.show_run_page(2)
    panel = window.blocks.successes_learnings.groups
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    panel.tree.setCurrentIndex(panel.model.indexFromItem(panel.model.item(0)))
    first = store.list_groups(db, meeting_id)[0]
    scribes = window.room_link.scribe_urls()
    assert set(scribes) == set(panel.controller.group_ids)
    assert dialog.group.count() == len(scribes) and dialog.scribe_url.text() in scribes.values()
    assert _post(scribes[first.id], {"kind": "success", "text": "Ny kunde <i>nord</i>"}) == 201
    chart = panel.flip_chart
    qtbot.waitUntil(lambda: chart.models["success"].stringList() == ["Ny kunde <i>nord</i>"])
    # The leader corrects the scribe's line in place; an emptied line is refused and kept.
    model = chart.models["success"]
    model.setData(model.index(0), "Ny kunde i nord")
    qtbot.waitUntil(
        lambda: [t for _, t in store.group_notes(db, first.id)["success"]] == ["Ny kunde i nord"]
    )
    model.setData(model.index(0), "   ")
    qtbot.waitUntil(lambda: model.stringList() == ["Ny kunde i nord"])
    assert panel.message.text() == "Note must not be empty."


def test_turning_the_link_off_ends_every_link(qtbot, linked):
    window, dialog = linked, linked.room_link_controls.dialog
    url = window.room_link.room_url()
    qtbot.mouseClick(dialog.on_screen, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert not window.room_link.is_on() and dialog.url.text() == "Off"
    assert window.presenter.window.room_link_card.isHidden()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)  # on again: a new address
    assert window.room_link.room_url() not in (None, url)


def test_a_port_in_use_is_said_and_nothing_is_lost(qtbot, meeting_window, settings):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        meeting_window.commands.show_room_link()
        dialog = meeting_window.room_link_controls.dialog
        dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
        dialog.port.setValue(port)
        qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert not meeting_window.room_link.is_on()
    assert f"cannot use 127.0.0.1:{port}" in dialog.message.text()
    assert dialog.address.isEnabled() and settings.value("room_link/port") is None


def _post_as_phone(url: str, path: str, body: dict) -> int:
    request = urllib.request.Request(
        url + path, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_room_scores_a_report_beside_the_reporter(qtbot, linked, db, meeting_id):
    from facilitator.domain.agenda import BlockKind
    from tests.ui.conftest import run_to_block

    window = linked
    window.toggle_presenter()
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)  # no statements: reports begin
    window.blocks.okr_reporting.tabs.setCurrentWidget(window.blocks.okr_reporting.self_evaluations)
    panel = window.blocks.okr_reporting.self_evaluations
    row = panel.room_scores
    assert row.isVisibleTo(panel) and row.summary.text() == "The room: no scores yet"
    panel.queue_box.select_row(0)
    phones = window.room_link.participant_url()
    closed = _post_as_phone(phones, "/score", {"poll": "x", "voter": "v" * 16, "score": 7})
    assert closed == 409  # the leader has not opened the scoring
    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    poll = window.room_link.poll_key()
    assert poll is not None and row.open_button.text() == "Stop the room's scoring"
    for voter, score in (("a" * 16, 7), ("b" * 16, 8), ("c" * 16, 6)):
        assert (
            _post_as_phone(phones, "/score", {"poll": poll, "voter": voter, "score": score}) == 201
        )
    # Blind: until revealed, the laptop, the room's screen and the phones see the count.
    qtbot.waitUntil(lambda: row.summary.text() == "The room: n = 3 (hidden until revealed)")
    assert row.bars.text() == ""
    window.controller.refresh()
    room = window.presenter.window.report_view.room
    assert room.text() == "The room: n = 3 (hidden until revealed)" and not room.isHidden()
    assert window.run_page.step_hint.text() == (
        "PageDown: reveal the room's scores beside the reporter's, then the next report."
    )
    press(qtbot, window, Qt.Key.Key_PageDown)  # the reveal: a step of its own
    window.controller.refresh()
    assert row.summary.text() == "The room: median 7 (6–8), n = 3"
    assert row.bars.text() == "▁▁▁▁▁███▁▁" and row.reveal_button.isChecked()
    assert room.text() == "The room: median 7 (6–8), n = 3   ▁▁▁▁▁███▁▁"
    assert window.blocks.okr_reporting.round.queue.current_index == 0  # the same report
    press(qtbot, window, Qt.Key.Key_PageUp)  # taken back: the count again
    window.controller.refresh()
    assert room.text() == "The room: n = 3 (hidden until revealed)"
    qtbot.mouseClick(row.reveal_button, Qt.MouseButton.LeftButton)  # or revealed by hand
    window.controller.refresh()
    assert room.text().startswith("The room: median 7")
    panel.queue_box.select_row(1)  # another report: its scoring starts closed
    assert window.room_link.poll_key() is None and not row.open_button.isChecked()
    assert row.summary.text() == "The room: no scores yet"


def test_revealed_the_rooms_scores_stand_beside_the_reporters_with_the_gap(
    qtbot, linked, db, meeting_id, tmp_path
):
    from facilitator.domain.agenda import BlockKind
    from tests.ui.conftest import run_to_block

    window = linked
    window.toggle_presenter()
    run_to_block(qtbot, window, BlockKind.OKR_REPORTING)
    panel = window.blocks.okr_reporting.self_evaluations
    panel.score.setFocus()
    qtbot.keyClicks(panel.score, "9")  # the reporter's own score, typed as it is said
    qtbot.keyClick(panel.score, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.room_scores.open_button, Qt.MouseButton.LeftButton)
    poll, phones = window.room_link.poll_key(), window.room_link.participant_url()
    for voter, score in (("a" * 16, 6), ("b" * 16, 7), ("c" * 16, 8), ("d" * 16, 6)):
        assert (
            _post_as_phone(phones, "/score", {"poll": poll, "voter": voter, "score": score}) == 201
        )
    row = panel.room_scores
    qtbot.waitUntil(lambda: row.summary.text() == "The room: n = 4 (hidden until revealed)")
    window.controller.refresh()
    lines = window.presenter.window.content_lines()
    assert "9" in lines  # the reporter's own score
    assert "The room: n = 4 (hidden until revealed)" in lines  # the phones: the count only
    assert not any("median" in line for line in lines)
    window.run_page.setFocus()
    press(qtbot, window, Qt.Key.Key_PageDown)
    window.controller.refresh()
    room = window.presenter.window.report_view.room
    assert room.text() == (
        "The room: median 6.5 (6–8), n = 4   ▁▁▁▁▁█▅▅▁▁\nThe room sees it 2.5 lower"
    )
    assert room.text() in "\n".join(window.presenter.window.content_lines())
    # Side by side, in the same large type: the reporter's own 9, the room's median 6.5.
    report = window.presenter.window.report_view
    assert (report.own_caption.text(), report.score.text()) == ("Their own score", "9")
    assert (report.room_caption.text(), report.room_median.text()) == ("The room's median", "6.5")
    assert report.room_median.font().pixelSize() == report.score.font().pixelSize()
    window.presenter.window.resize(1920, 1080)
    window.controller.refresh()
    window.presenter.window.grab().save(str(tmp_path / "side_by_side.png"))
    press(qtbot, window, Qt.Key.Key_PageUp)  # hidden: the own score alone again
    window.controller.refresh()
    assert report.room_median.isHidden() and report.own_caption.isHidden()
    press(qtbot, window, Qt.Key.Key_PageDown)
    from facilitator.store import room as room_store
    from facilitator.store.minutes import load_minutes

    key = window.blocks.okr_reporting.round.queue.turns[0].key
    assert room_store.revealed_reports(db, meeting_id) == {key}  # kept: restart, minutes
    panel.score.clear()
    qtbot.keyClicks(panel.score, "7")  # the reporter changes their mind, having seen it
    qtbot.keyClick(panel.score, Qt.Key.Key_Return)
    [company] = [e for e in load_minutes(db, meeting_id).evaluations if e.entity is None]
    assert company.score == 7 and company.score_after_reveal


def test_good_news_and_shout_outs_from_the_phones_are_taken_in(qtbot, linked, db, meeting_id):
    from facilitator.store import good_news, records

    window = linked
    window.show_run_page()
    press(qtbot, window, Qt.Key.Key_Space)  # block 1 runs: the phones may send
    window.controller.refresh()
    phones = window.room_link.participant_url()
    good = {"kind": "good_news", "text": "Vi vant anbudet 🎉", "sender": "Per"}
    shout = {"kind": "shout_out", "praised": "Drift", "text": "for natta <3"}
    assert _post_as_phone(phones, "/message", good) == 201
    assert _post_as_phone(phones, "/message", shout) == 201
    panel = window.blocks.good_news.good_news
    box = panel.room_messages
    qtbot.waitUntil(lambda: box.list.count() == 2)
    assert box.title() == "From the phones, waiting: 2"
    assert box.list.item(0).text() == "Good news: Vi vant anbudet 🎉 — Per"
    assert box.list.item(1).text() == "Shout-out to Drift: for natta <3"
    box.list.setCurrentRow(0)
    panel.list.setCurrentIndex(QModelIndex())  # no speaker chosen: it keeps waiting
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    assert "Select the speaker" in panel.message.text() and box.list.count() == 2
    panel.list.setCurrentIndex(panel.speakers.index(0, 0))
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    assert panel.good_news.toPlainText() == "Vi vant anbudet 🎉 (Per)"
    item = good_news.list_items(db, meeting_id)[0]
    assert item.good_news == "Vi vant anbudet 🎉 (Per)"
    box.list.setCurrentRow(0)
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    shouts = records.list_records(db, records.SHOUT_OUTS, meeting_id)
    assert [(s.values["praised"], s.values["reason"]) for s in shouts] == [
        ("Drift", "for natta <3")
    ]
    assert box.isHidden()
