"""E-mail minutes…: choose who it goes to, preview the PDF, then make a draft or send."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from facilitator.domain.minutes import MinutesData
from facilitator.report.email_draft import (
    InsecureLoginError,
    build_draft,
    one_line,
    pdf_filename,
    recipients,
    refused_recipients,
    send,
    subject,
    write_eml,
)
from facilitator.report.email_minutes import write_email_minutes
from facilitator.report.paper import Paper
from facilitator.ui.background import BackgroundTask
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.minutes.recipients_model import RecipientsModel
from facilitator.ui.minutes.smtp_settings import SmtpDialog, load_smtp
from facilitator.ui.naming import named
from facilitator.ui.outbox import open_draft, outbox_folder


class EmailDialog(QDialog):
    draftCreated = Signal(Path)
    sent = Signal()

    def __init__(self, data: MinutesData, paper: Paper, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("emailDialog")
        self.setWindowTitle(self.tr("E-mail minutes"))
        self.resize(560, 520)
        self._data = data
        self._paper = paper
        self._settings = settings
        self._folder = Path(tempfile.mkdtemp(prefix="facilitator-mail-"))
        self._pdf: Path | None = None

        intro = QLabel(self.tr("Subject: {subject}").format(subject=subject(data)))
        intro.setWordWrap(True)
        self.model = RecipientsModel(recipients(data), self)
        self.list = named(QListView(), "recipientsList")
        self.list.setModel(self.model)
        self.missing = named(QLabel(self._missing_text(data)), "missingAddresses")
        self.missing.setWordWrap(True)
        self.size_note = named(QLabel(), "emailSize")  # said before anything is sent
        self.size_note.setWordWrap(True)
        self.extra = named(QLineEdit(), "extraRecipients")
        self.extra.setPlaceholderText(self.tr("More addresses, separated by commas"))
        self.preview_button = named(QPushButton(self.tr("Preview PDF")), "previewButton")
        self.draft_button = named(
            QPushButton(self.tr("Open as draft in mail program")), "draftButton"
        )
        self.draft_button.setDefault(True)
        self.send_button = named(QPushButton(self.tr("Send now…")), "sendButton")
        self.smtp_button = named(QPushButton(self.tr("Mail server…")), "smtpButton")
        self.cancel_send_button = named(QPushButton(self.tr("Cancel sending")), "cancelSend")
        self.cancel_send_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.message = MessageBar()
        self._sending = BackgroundTask(self)
        self._outbox_copy: Path | None = None
        self._sent_count = 0

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.smtp_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_send_button)
        buttons.addWidget(self.draft_button)
        self._assemble(intro, buttons)

        self._connect()

    def _missing_text(self, data: MinutesData) -> str:
        missing = [p.name for p in data.participants if not p.email]
        # A stored address that is not one (a pasted line break, say) is named, not sent to.
        missing += [
            self.tr("{name} (“{address}” is not an address)").format(
                name=name, address=one_line(stored)
            )
            for name, stored in refused_recipients(data)
        ]
        if not missing:
            return ""
        return self.tr("No address for: {names}").format(names=", ".join(missing))

    def _assemble(self, intro: QLabel, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Send to:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.extra)
        layout.addWidget(self.size_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.close_button)

    def _connect(self) -> None:
        self.preview_button.clicked.connect(self.preview)
        self.draft_button.clicked.connect(self.create_draft)
        self.send_button.clicked.connect(self.send_now)
        self.cancel_send_button.clicked.connect(self.cancel_sending)
        self._sending.succeeded.connect(self._send_succeeded)
        self._sending.failed.connect(self._send_failed)
        self.smtp_button.clicked.connect(self._edit_smtp)
        self.close_button.clicked.connect(self.reject)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._minutes_pdf)  # its size is said before a button is pressed

    def _minutes_pdf(self) -> Path:
        if self._pdf is None:
            self._pdf, shrunk = write_email_minutes(
                self._data, self._folder / pdf_filename(self._data), self._paper
            )
            megabytes = self._pdf.stat().st_size / 1_000_000
            note = self.tr("The minutes attached: {size} MB.").format(
                size=QLocale().toString(max(megabytes, 0.1), "f", 1)
            )
            if shrunk:
                note += " " + self.tr(
                    "The flip-chart photos are smaller in the e-mail so that it can be sent; "
                    "the meeting keeps them as they were taken."
                )
            self.size_note.setText(note)
        return self._pdf

    def _chosen(self) -> list[tuple[str, str]] | None:
        from facilitator.domain.validation import ValidationError
        from facilitator.messages import validation_message
        from facilitator.report.email_draft import parse_addresses

        try:
            extra = parse_addresses([self.extra.text()])
        except ValidationError as error:
            self.message.show_error(validation_message(error))
            return None
        chosen = self.model.chosen() + extra
        if not chosen:
            self.message.show_error(self.tr("Tick at least one person to send the minutes to."))
            return None
        return chosen

    def preview(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._minutes_pdf())))

    def create_draft(self) -> Path | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        message = build_draft(self._data, self._minutes_pdf(), chosen)
        path = write_eml(message, outbox_folder() / (Path(pdf_filename(self._data)).stem + ".eml"))
        open_draft(path, self.message, self.tr("The draft is open in your mail program."))
        self.draftCreated.emit(path)
        return path

    def _edit_smtp(self) -> bool:
        return SmtpDialog(self._settings, self).exec() == QDialog.DialogCode.Accepted

    def send_now(self) -> None:
        """Write the message to the outbox first, then send it on a worker thread."""
        if self._sending.is_running():
            return
        chosen = self._chosen()
        if chosen is None:
            return
        smtp = load_smtp(self._settings)
        if smtp is None:
            if not self._edit_smtp():
                return
            smtp = load_smtp(self._settings)
            if smtp is None:
                return
        password = ""
        if smtp.user:
            password, ok = QInputDialog.getText(
                self,
                self.tr("Password"),
                self.tr("Password for {user} on {host}:").format(user=smtp.user, host=smtp.host),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        message = build_draft(self._data, self._minutes_pdf(), chosen, smtp.sender or None)
        self._outbox_copy = write_eml(
            message, outbox_folder() / (Path(self._minutes_pdf()).stem + ".eml")
        )
        self._sent_count = len(chosen)
        self.send_button.setEnabled(False)
        self.cancel_send_button.setVisible(True)
        self.message.show_info(
            self.tr("Sending to {host}… The countdown keeps running; Cancel stops waiting.").format(
                host=smtp.host
            )
        )
        self._sending.start(_send_in_background, message, smtp, password)

    def cancel_sending(self) -> None:
        self._sending.cancel()
        self._sending_ended()
        self.message.show_error(
            self.tr("Sending cancelled. The message is kept as {path}.").format(
                path=self._outbox_copy
            )
        )

    def _sending_ended(self) -> None:
        self.send_button.setEnabled(True)
        self.cancel_send_button.setVisible(False)

    def _send_succeeded(self, _result: object) -> None:
        self._sending_ended()
        if self._outbox_copy is not None:
            self._outbox_copy.unlink(missing_ok=True)  # sent: no copy waiting any more
        self.message.show_info(self.tr("Sent to %n people.", "", self._sent_count))
        self.sent.emit()

    def _send_failed(self, error: object) -> None:
        self._sending_ended()
        if isinstance(error, TimeoutError):
            reason = self.tr("the mail server did not answer within {seconds} seconds").format(
                seconds=SEND_TIMEOUT_SECONDS
            )
        elif isinstance(error, InsecureLoginError):
            reason = self.tr(
                "the connection to {host} is not encrypted, so your password was not sent "
                "(choose STARTTLS or SSL/TLS under Mail server…, or allow it there for a "
                "server in your own network)"
            ).format(host=error)
        else:
            reason = str(error)
        self.message.show_error(
            self.tr(
                "Sending failed: {reason}. The message is kept as {path}; "
                "open it in your mail program to send it."
            ).format(reason=reason, path=self._outbox_copy)
        )

    def done(self, result: int) -> None:
        if self._sending.is_running():
            self._sending.cancel()  # the message stays in the outbox
        # The preview PDF lived in a temporary folder: leave no copy of the minutes there.
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


# A server that accepts and never answers must not keep the leader waiting for long.
SEND_TIMEOUT_SECONDS = 20


def _send_in_background(message, smtp, password: str, report) -> None:
    import smtplib

    report("connecting")
    try:
        send(message, smtp, password, timeout=SEND_TIMEOUT_SECONDS)
    except smtplib.SMTPServerDisconnected as error:
        # smtplib reports a server that never answered as a closed connection.
        if isinstance(error.__context__, TimeoutError):
            raise TimeoutError(str(error)) from error
        raise
