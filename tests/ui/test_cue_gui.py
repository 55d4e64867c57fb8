"""The leader's cue to the speaker, as the leader sends it: W (or *Wrap up*) puts "Please
wrap up" on the room's screen between the countdown and the step's content and on the
phones, W again takes it back; a typed line shows as typed (plain text) and clears by
itself; W typed into a field is a letter, not a cue."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from facilitator.domain.cues import CUE_SECONDS
from facilitator.ui.announce import ANNOUNCED
from tests.ui.conftest import press
from tests.ui.test_room_link_gui import _first_event, linked  # noqa: F401 (a fixture)


def _started(qtbot, window):
    window.show_run_page()
    window.run_page.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)  # block 1 starts
    window.toggle_presenter()
    return window.presenter.window


def test_w_puts_wrap_up_on_the_room_screen_and_takes_it_back(qtbot, meeting_window, clock):
    window = meeting_window
    presenter = _started(qtbot, window)
    press(qtbot, window, Qt.Key.Key_W)
    banner = presenter.cue_banner
    assert not banner.isHidden() and banner.text() == "Please wrap up"
    assert banner.property(ANNOUNCED) == "Please wrap up"  # said to a screen reader
    assert presenter.cue_text() == "Please wrap up"
    cue_row = window.run_page.cue_controls
    assert cue_row.shown.text() == f"On the screen: “Please wrap up” ({CUE_SECONDS} s)"
    # The banner sits under the digits: the countdown keeps its place and a big share.
    presenter.resize(1920, 1080)
    qtbot.wait(10)
    assert banner.geometry().top() >= presenter.countdown.geometry().bottom()
    assert presenter.countdown.height() >= 0.2 * presenter.height()
    press(qtbot, window, Qt.Key.Key_W)  # the same key takes it back
    assert banner.isHidden() and presenter.cue_text() == ""
    assert cue_row.shown.text() == "" and not cue_row.clear_button.isEnabled()


def test_a_typed_line_shows_as_typed_and_clears_by_itself(qtbot, meeting_window, clock):
    window = meeting_window
    presenter = _started(qtbot, window)
    cue_row = window.run_page.cue_controls
    cue_row.line.setFocus()
    qtbot.keyClicks(cue_row.line, "<b>Wow</b> questions after the Break")
    cue_row.line.insert(" 🎉")  # as an emoji picker puts it in (QTest types no emoji)
    assert presenter.cue_banner.isHidden()  # W, B and Space typed in the field are letters
    assert not presenter.is_blank()
    assert cue_row.line.text() == "<b>Wow</b> questions after the Break 🎉"
    qtbot.keyClick(cue_row.line, Qt.Key.Key_Return)
    assert presenter.cue_banner.text() == "<b>Wow</b> questions after the Break 🎉"
    assert presenter.cue_banner.textFormat() is Qt.TextFormat.PlainText
    assert cue_row.line.text() == ""
    clock.advance(CUE_SECONDS - 1)
    window.controller.refresh()
    assert cue_row.shown.text().endswith("(1 s)")
    clock.advance(1)
    window.controller.refresh()
    assert presenter.cue_banner.isHidden()

    qtbot.mouseClick(cue_row.minute_button, Qt.MouseButton.LeftButton)
    assert presenter.cue_text() == "1 minute left"
    qtbot.mouseClick(cue_row.clear_button, Qt.MouseButton.LeftButton)
    assert presenter.cue_text() == ""


def test_every_cue_control_has_a_name(qtbot, meeting_window):
    row = meeting_window.run_page.cue_controls
    for widget in (row.wrap_up_button, row.minute_button, row.line, row.send_button):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget.objectName()
    assert not row.send_button.isEnabled()  # nothing typed yet
    row.line.setText("   ")
    assert not row.send_button.isEnabled()


def test_the_phones_and_view_only_screens_get_the_cue(qtbot, linked, clock):  # noqa: F811
    window = linked
    presenter = _started(qtbot, window)
    url = window.room_link.room_url()
    assert _first_event(url)["screen"]["cue"] == ""
    press(qtbot, window, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: _first_event(url)["screen"]["cue"] == "Please wrap up")
    clock.advance(timedelta(seconds=CUE_SECONDS).total_seconds())
    window.controller.refresh()
    assert presenter.cue_text() == ""
    qtbot.waitUntil(lambda: _first_event(url)["screen"]["cue"] == "")
