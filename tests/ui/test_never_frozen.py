"""Slow work never freezes the meeting: mail, big CSV files and exports run off the GUI
thread, and the countdown keeps moving meanwhile."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from facilitator.ui.minutes import email_dialog as email_dialog_module
from tests.ui.conftest import press


class HungSmtpServer:
    """Accepts connections on the loopback address and never says a word."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(5)
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def close(self) -> None:
        for connection in self.accepted:
            connection.close()
        self.listener.close()


@pytest.fixture
def hung_server():
    server = HungSmtpServer()
    yield server
    server.close()


def _running_block_with_email_dialog(qtbot, window, settings, port, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    settings.setValue("smtp/host", "127.0.0.1")
    settings.setValue("smtp/port", port)
    settings.setValue("smtp/security", "none")
    settings.setValue("smtp/sender", "ingrid.solheim@nordlys.no")
    window.show_run_page()
    press(qtbot, window, Qt.Key.Key_Space)  # a block is running
    dialog = window.minutes.email(window.meeting_id)
    dialog.extra.setText("kari.nordmann@fjordkraft.no")
    return dialog


def test_a_hung_mail_server_does_not_stop_the_countdown(
    qtbot, meeting_window, settings, clock, hung_server, monkeypatch
):
    window = meeting_window
    dialog = _running_block_with_email_dialog(
        qtbot, window, settings, hung_server.port, monkeypatch
    )
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_send_button.isVisible()
    outbox_copy = dialog._outbox_copy
    assert outbox_copy is not None and outbox_copy.exists()  # written before sending

    countdown = window.run_page.countdown
    for _ in range(3):  # three seconds of meeting while the server says nothing
        before = countdown.text()
        clock.advance(1)
        qtbot.waitUntil(lambda b=before: countdown.text() != b, timeout=2500)

    qtbot.mouseClick(dialog.cancel_send_button, Qt.MouseButton.LeftButton)
    assert dialog.send_button.isEnabled()
    assert "cancelled" in dialog.message.text() and str(outbox_copy) in dialog.message.text()
    assert outbox_copy.exists()  # nothing lost


def test_a_mail_server_that_never_answers_times_out_with_a_clear_message(
    qtbot, meeting_window, settings, hung_server, monkeypatch
):
    monkeypatch.setattr(email_dialog_module, "SEND_TIMEOUT_SECONDS", 1)
    dialog = _running_block_with_email_dialog(
        qtbot, meeting_window, settings, hung_server.port, monkeypatch
    )
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    assert dialog.message.is_error()
    assert "did not answer within 1 seconds" in dialog.message.text()
    assert "kept as" in dialog.message.text()


def test_a_big_participant_file_imports_while_the_countdown_moves(
    qtbot, meeting_window, db, meeting_id, clock, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from facilitator.store.participants import list_participants

    rows = "".join(f"Person {i};person{i}@firma.no;Avdeling {i % 25}\r\n" for i in range(10_000))
    big = tmp_path / "alle.csv"
    big.write_bytes(("Navn;E-post;Avdeling\r\n" + rows).encode("utf-8-sig"))
    window = meeting_window
    window.show_run_page()
    press(qtbot, window, Qt.Key.Key_Space)
    window.show_setup()
    tab = window.setup_page.participants
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    with qtbot.waitSignal(tab.importFinished, timeout=60_000) as finished:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
        assert not tab.import_button.isEnabled()  # the click returned; the import runs on
        with qtbot.waitSignal(window.controller.tick, timeout=3000):
            clock.advance(1)  # and the countdown still repaints
    assert len(finished.args[0].participants) == 10_000
    assert len(list_participants(db, meeting_id)) == 10_000
    assert tab.import_button.isEnabled()


def test_export_runs_off_the_gui_thread_and_can_be_cancelled(
    qtbot, meeting_window, clock, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    import facilitator.report.document as document

    release = threading.Event()
    threads: list[bool] = []

    def slow_pdf(data, target, paper):  # stands in for a very long layout
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(30)

    monkeypatch.setattr(document, "write_minutes_pdf", slow_pdf)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "m.pdf"), ""))
    window = meeting_window
    window.show_run_page()
    press(qtbot, window, Qt.Key.Key_Space)
    window.commands.export_minutes()  # returns at once
    progress = window.minutes.export_progress
    assert progress is not None
    with qtbot.waitSignal(window.controller.tick, timeout=3000):
        clock.advance(1)  # the countdown moves while the PDF is laid out
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(window.minutes.exported, timeout=3000) as exported:
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert exported.args == [None]
    release.set()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads == [False]  # laid out on a worker thread
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.wait(100)  # the abandoned worker's late result is ignored: no question is asked
