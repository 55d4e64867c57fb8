"""File → Export minutes… and E-mail minutes… driven from the main window."""

import email
from email import policy
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.report.document import Paper


def test_export_suggests_the_name_writes_and_offers_to_open(
    qtbot, demo_window, tmp_path, monkeypatch
):
    suggested = []

    def save_dialog(parent, caption, directory, filter_):
        suggested.append(directory)
        return str(tmp_path / "minutes"), filter_

    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(demo_window.minutes.exported, timeout=30_000):
        demo_window.export_action.trigger()
    assert suggested[0].endswith(
        "Nordlys Energi AS 2026 Q4 OKR-referat.pdf"
    )  # the meeting is in Norwegian
    written = tmp_path / "minutes.pdf"
    assert len(PdfReader(written).pages) >= 3
    assert opened[0].toLocalFile() == str(written)


def test_paper_size_choice_is_used(qtbot, demo_window, tmp_path, monkeypatch, settings):
    letter = next(a for a in demo_window.paper_actions.actions() if a.text() == "US Letter")
    letter.trigger()
    assert demo_window.minutes.paper is Paper.LETTER
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "letter.pdf"), "")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    with qtbot.waitSignal(demo_window.minutes.exported, timeout=30_000):
        demo_window.commands.export_minutes()
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert round(float(box.width)) == 612


def test_email_dialog_untick_preview_and_draft(qtbot, demo_window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    demo_window.email_action.trigger()
    dialog = demo_window.minutes.email_dialog
    assert dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 13  # Line Ødven has no address
    # Before any button: how large the e-mail is (the demo's photos fit as they are).
    qtbot.waitUntil(lambda: bool(dialog.size_note.text()))
    assert dialog.size_note.text().startswith("The minutes attached: ")
    assert dialog.size_note.text().endswith(" MB.")
    assert "Line Ødven" in dialog.missing.text()
    bjorn = next(r for r in range(model.rowCount()) if "Bjørn" in model.index(r).data())
    model.setData(model.index(bjorn), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert opened[-1].toLocalFile().endswith(".pdf")
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    draft = opened[-1].toLocalFile()
    message = email.message_from_bytes(Path(draft).read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "Bjørn" not in message["To"] and "Åse Ødegård" in message["To"]
    assert len(list(message.iter_attachments())) == 1
    folder = dialog._folder
    assert any(folder.iterdir())  # the preview PDF while the dialog is open
    dialog.close()
    assert not folder.exists()  # no copy of the minutes left in the temporary folder
    assert Path(draft).exists()  # the draft stays for the mail program


def test_email_needs_at_least_one_recipient(qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dialog = demo_window.minutes.email(demo_window.meeting_id)
    model = dialog.model
    for row in range(model.rowCount()):
        model.setData(model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert dialog.message.is_error()
    assert "Tick at least one person" in dialog.message.text()
    dialog.extra.setText("styret@nordlys.no, not-an-address")
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert "not-an-address" in dialog.message.text()


def test_recipients_model(qtmodeltester):
    from facilitator.ui.minutes.recipients_model import RecipientsModel

    model = RecipientsModel([("Åse", "ase@x.no"), ("Per", "per@x.no")])
    qtmodeltester.check(model, force_py=True)
    model.setData(model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen() == [("Per", "per@x.no")]


def test_smtp_settings_are_checked_saved_and_never_keep_a_password(qtbot, settings):
    from facilitator.report.email_draft import Security
    from facilitator.ui.minutes.smtp_settings import SmtpDialog, load_smtp

    assert load_smtp(settings) is None  # nothing set up yet
    dialog = SmtpDialog(settings)
    qtbot.addWidget(dialog)
    assert "never saved" in dialog.message.text()
    dialog.accept()
    assert dialog.message.text() == "Server must not be empty."
    dialog.host.setText("  smtp.nordlys.no ")
    dialog.sender_edit.setText("ingrid@")
    dialog.accept()
    assert dialog.message.text() == "From address: “ingrid@” is not an e-mail address."
    dialog.sender_edit.setText("ingrid.solheim@nordlys.no")
    dialog.user.setText("ingrid")
    dialog.port.setValue(465)
    dialog.security.setCurrentIndex(dialog.security.findData(Security.SSL.value))
    dialog.allow_plain.setChecked(True)  # ignored: the connection is encrypted
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    smtp = load_smtp(settings)
    assert smtp is not None
    assert (smtp.host, smtp.port, smtp.security, smtp.user, smtp.sender) == (
        "smtp.nordlys.no",
        465,
        Security.SSL,
        "ingrid",
        "ingrid.solheim@nordlys.no",
    )
    assert not smtp.allow_plain_login
    assert not any("password" in key.lower() for key in settings.allKeys())

    # A login in clear is allowed for that one local server only.
    again = SmtpDialog(settings)
    qtbot.addWidget(again)
    assert again.host.text() == "smtp.nordlys.no" and again.port.value() == 465
    again.security.setCurrentIndex(again.security.findData(Security.NONE.value))
    again.allow_plain.setChecked(True)
    again.accept()
    assert load_smtp(settings).allow_plain_login
    settings.setValue("smtp/host", "other.example")
    assert not load_smtp(settings).allow_plain_login
    settings.setValue("smtp/port", "not a port")
    assert load_smtp(settings).port == 587


def test_export_workbook_writes_the_results_where_the_leader_chose(
    qtbot, demo_window, tmp_path, monkeypatch
):
    from python_calamine import CalamineWorkbook

    suggested, told = [], []

    def save_dialog(parent, caption, directory, filter_):
        suggested.append((directory, filter_))
        return str(tmp_path / "resultater"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert demo_window.workbook_action.isEnabled()
    demo_window.workbook_action.trigger()
    assert suggested[0][0].endswith("Nordlys Energi AS 2026 Q4 OKR-referat.xlsx")
    assert "*.xlsx" in suggested[0][1]
    written = tmp_path / "resultater.xlsx"
    book = CalamineWorkbook.from_path(str(written))
    assert "Egenevalueringer" in book.sheet_names and "Nye OKR-er" in book.sheet_names
    assert written.name in told[0]


def test_a_workbook_that_cannot_be_written_is_said_and_nothing_is_left(
    qtbot, demo_window, tmp_path, monkeypatch
):
    target = tmp_path / "no such folder" / "r.xlsx"
    said = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    demo_window.workbook_action.trigger()
    assert said and str(target) in said[0] and not target.exists()
