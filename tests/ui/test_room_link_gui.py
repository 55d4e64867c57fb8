"""The room link from the control window, as a leader turns it on: the address and QR
code, the phones' live view of the room's screen, a scribe's line in the flip chart, and
every link ended when it is turned off."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt

from facilitator.store import groups as store
from facilitator.store.participants import add_participant


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
    window.show_room_link()
    dialog = window.room_link_dialog
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(_free_port())
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    yield window
    window.room_link.turn_off()


def test_the_phones_see_the_room_screen_and_a_scribe_writes_the_flip_chart(
    qtbot, linked, db, meeting_id
):
    window, dialog = linked, linked.room_link_dialog
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
    assert presenter.room_link_address.text() == phones.removeprefix("http://")

    # Block 3's groups get scribe pages; a scribe's line shows in the group's flip chart.
    window.show_run_page(2)
    panel = window.blocks.groups
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    panel.tree.setCurrentIndex(panel.model.indexFromItem(panel.model.item(0)))
    first = store.list_groups(db, meeting_id)[0]
    scribes = window.room_link.scribe_urls()
    assert set(scribes) == set(panel.controller.group_ids)
    assert dialog.group.count() == len(scribes) and dialog.scribe_url.text() in scribes.values()
    assert _post(scribes[first.id], {"kind": "success", "text": "Ny kunde <i>nord</i>"}) == 201
    chart = panel.flip_chart
    qtbot.waitUntil(lambda: chart.models["success"].stringList() == ["Ny kunde <i>nord</i>"])


def test_turning_the_link_off_ends_every_link(qtbot, linked):
    window, dialog = linked, linked.room_link_dialog
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
        meeting_window.show_room_link()
        dialog = meeting_window.room_link_dialog
        dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
        dialog.port.setValue(port)
        qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert not meeting_window.room_link.is_on()
    assert f"cannot use 127.0.0.1:{port}" in dialog.message.text()
    assert dialog.address.isEnabled() and settings.value("room_link/port") is None
