"""The "Before the meeting" tab as a leader uses it: ticking off, the invitation, the agenda;
and the File menu before the meeting has started."""

from __future__ import annotations

import email
from email import policy

from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog

from facilitator.store.participants import add_participant
from facilitator.store.preparation import checked


def _leaves(tree):
    found = []

    def walk(item):
        for i in range(item.childCount()):
            child = item.child(i)
            if child.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                found.append(child)
            walk(child)

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return found


def _open_tab(window):
    window.show_setup()
    tab = window.setup_page.preparation
    window.setup_page.tabs.setCurrentWidget(tab)
    return tab


def test_ticking_off_is_saved_at_once(qtbot, meeting_window, db, meeting_id):
    kari = add_participant(db, meeting_id, "Kari Nordmann", "kari@fjordkraft.no")
    add_participant(db, meeting_id, "Per Hansen", "per@fjordkraft.no")
    meeting_window.setup_page.participants.participantsChanged.emit()
    tab = _open_tab(meeting_window)
    leaves = _leaves(tab.tree)
    # The leader's four items, then good news and a challenge for each of the two.
    assert len(leaves) == 4 + 2 + 2
    assert tab.progress_label.text() == "0 of 8 items prepared"
    leaves[0].setCheckState(0, Qt.CheckState.Checked)
    assert checked(db, meeting_id) == {("company_results", kari)}
    assert tab.progress_label.text() == "1 of 8 items prepared"
    assert leaves[0].parent().text(0) == "Kari Nordmann  1/4"
    leaves[0].setCheckState(0, Qt.CheckState.Unchecked)
    assert checked(db, meeting_id) == set()


def test_invitation_draft_opens_in_the_mail_program(
    qtbot, meeting_window, db, meeting_id, monkeypatch
):
    add_participant(db, meeting_id, "Per Hansen", "per@fjordkraft.no")
    add_participant(db, meeting_id, "Kari Nordmann", None)  # the leader has no address
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("kari@fjordkraft.no", True))
    tab = _open_tab(meeting_window)
    with qtbot.waitSignal(tab.draftWritten) as written:
        tab.invite_button.click()
    path = written.args[0]
    assert opened[0].toLocalFile() == str(path)
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["From"].addresses[0].addr_spec == "kari@fjordkraft.no"
    # The leader (typed in, not a participant with an address) gets the event too.
    assert [a.addr_spec for a in message["To"].addresses] == [
        "kari@fjordkraft.no",
        "per@fjordkraft.no",
    ]
    ics = next(p for p in message.walk() if p.get_filename() == "invite.ics")
    event = Calendar.from_ical(ics.get_content()).walk("VEVENT")[0]
    assert int(event["sequence"]) == 0
    assert tab.invitation_label.text() == "Invitation sent (version 1)."
    assert tab.cancel_button.isEnabled()
    assert "open in your mail program" in tab.message.text()


def test_file_menu_before_the_start_prints_the_agenda(qtbot, meeting_window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "agenda"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    tab = meeting_window.setup_page.preparation
    with qtbot.waitSignal(tab.agendaWritten):
        meeting_window.export_action.trigger()
    reader = PdfReader(tmp_path / "agenda.pdf")
    assert reader.metadata.title == "Fjordkraft Test AS 2026 Q4 — OKR meeting agenda"
    assert "minutes" not in reader.pages[0].extract_text().lower()


def test_cancelling_and_the_calendar_file(
    qtbot, meeting_window, db, meeting_id, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    add_participant(db, meeting_id, "Kari Nordmann", "kari@fjordkraft.no")  # the leader
    add_participant(db, meeting_id, "Per Hansen", "per@fjordkraft.no")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    tab = _open_tab(meeting_window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "invite"), ""))
    assert tab.save_calendar_file() == tmp_path / "invite.ics"  # the suffix is added
    event = Calendar.from_ical((tmp_path / "invite.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["summary"]).startswith("Fjordkraft Test AS")
    assert tab.message.text() == f"Saved as {tmp_path / 'invite.ics'}."
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert tab.cancel_meeting() is None  # asked, and not cancelled
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.draftWritten) as written:
        tab.cancel_button.click()
    message = email.message_from_bytes(written.args[0].read_bytes(), policy=policy.default)
    ics = next(p for p in message.walk() if p.get_filename() == "cancel.ics")
    calendar = Calendar.from_ical(ics.get_content())
    assert str(calendar["method"]) == "CANCEL"
    assert tab.invitation_label.text() == "The meeting was cancelled in the calendars."


def test_what_cannot_be_written_is_said(
    qtbot, meeting_window, db, meeting_id, monkeypatch, tmp_path
):
    add_participant(db, meeting_id, "Kari Nordmann", "kari@fjordkraft.no")  # only the leader
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    tab = _open_tab(meeting_window)
    assert tab.write_invitation() is None
    assert tab.message.text() == (
        "Nobody to invite: no participant has an e-mail address. "
        "Add addresses on the Participants tab."
    )
    missing = tmp_path / "no such folder" / "agenda"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    assert tab.export_agenda() is None
    assert tab.message.text().startswith("Could not write “")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert tab.export_agenda() is None  # the leader cancelled the file dialog
