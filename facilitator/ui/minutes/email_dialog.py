"""E-mail minutes…: choose who it goes to, preview the PDF, then make a draft or send."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
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
from facilitator.report.document import write_minutes_pdf
from facilitator.report.email_draft import (
    build_draft,
    pdf_filename,
    recipients,
    send,
    subject,
    write_eml,
)
from facilitator.report.paper import Paper
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.minutes.recipients_model import RecipientsModel
from facilitator.ui.minutes.smtp_settings import SmtpDialog, load_smtp


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
        self.list = QListView(objectName="recipientsList")
        self.list.setModel(self.model)
        missing = [p.name for p in data.participants if not p.email]
        self.missing = QLabel(
            self.tr("No address for: {names}").format(names=", ".join(missing)) if missing else "",
            objectName="missingAddresses",
        )
        self.missing.setWordWrap(True)
        self.extra = QLineEdit(objectName="extraRecipients")
        self.extra.setPlaceholderText(self.tr("More addresses, separated by commas"))
        self.preview_button = QPushButton(self.tr("Preview PDF"), objectName="previewButton")
        self.draft_button = QPushButton(
            self.tr("Open as draft in mail program"), objectName="draftButton"
        )
        self.draft_button.setDefault(True)
        self.send_button = QPushButton(self.tr("Send now…"), objectName="sendButton")
        self.smtp_button = QPushButton(self.tr("Mail server…"), objectName="smtpButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.message = MessageBar()

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.smtp_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Send to:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.extra)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.close_button)

        self.preview_button.clicked.connect(self.preview)
        self.draft_button.clicked.connect(self.create_draft)
        self.send_button.clicked.connect(self.send_now)
        self.smtp_button.clicked.connect(self._edit_smtp)
        self.close_button.clicked.connect(self.reject)

    def _minutes_pdf(self) -> Path:
        if self._pdf is None:
            self._pdf = write_minutes_pdf(
                self._data, self._folder / pdf_filename(self._data), self._paper
            )
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
        path = write_eml(message, self._folder / (Path(pdf_filename(self._data)).stem + ".eml"))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.show_error(
                self.tr("No mail program opened the draft; it is saved as {path}.").format(
                    path=path
                )
            )
        else:
            self.message.show_info(self.tr("The draft is open in your mail program."))
        self.draftCreated.emit(path)
        return path

    def _edit_smtp(self) -> bool:
        return SmtpDialog(self._settings, self).exec() == QDialog.DialogCode.Accepted

    def send_now(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        smtp = load_smtp(self._settings)
        if smtp is None:
            if not self._edit_smtp():
                return
            smtp = load_smtp(self._settings)
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
        try:
            send(message, smtp, password)
        except (OSError, Exception) as error:  # smtplib raises many kinds; all end here
            self.message.show_error(self.tr("Sending failed: {reason}").format(reason=error))
            return
        self.message.show_info(self.tr("Sent to %n people.", "", len(chosen)))
        self.sent.emit()
