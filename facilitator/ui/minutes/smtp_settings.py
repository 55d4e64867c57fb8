"""SMTP settings in QSettings; the password is never stored, only asked for when sending."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from facilitator.report.email_draft import Security, SmtpSettings
from facilitator.ui.message_bar import MessageBar

KEYS = ("smtp/host", "smtp/port", "smtp/security", "smtp/user", "smtp/sender")


def load_smtp(settings: QSettings) -> SmtpSettings | None:
    host = str(settings.value("smtp/host", "") or "")
    if not host:
        return None
    try:
        port = int(settings.value("smtp/port", 587))
        security = Security(str(settings.value("smtp/security", Security.STARTTLS.value)))
    except ValueError:
        port, security = 587, Security.STARTTLS
    return SmtpSettings(
        host,
        port,
        security,
        str(settings.value("smtp/user", "") or ""),
        str(settings.value("smtp/sender", "") or ""),
    )


def save_smtp(settings: QSettings, smtp: SmtpSettings) -> None:
    settings.setValue("smtp/host", smtp.host)
    settings.setValue("smtp/port", smtp.port)
    settings.setValue("smtp/security", smtp.security.value)
    settings.setValue("smtp/user", smtp.user)
    settings.setValue("smtp/sender", smtp.sender)


class SmtpDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("smtpDialog")
        self.setWindowTitle(self.tr("Sending e-mail"))
        self._settings = settings
        current = load_smtp(settings) or SmtpSettings("")
        self.host = QLineEdit(current.host, objectName="smtpHost")
        self.host.setPlaceholderText(self.tr("e.g. smtp.office365.com"))
        self.port = QSpinBox(objectName="smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox(objectName="smtpSecurity")
        for security, label in (
            (Security.STARTTLS, self.tr("STARTTLS")),
            (Security.SSL, self.tr("SSL/TLS")),
            (Security.NONE, self.tr("None (local servers only)")),
        ):
            self.security.addItem(label, security.value)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security.value)))
        self.user = QLineEdit(current.user, objectName="smtpUser")
        self.sender = QLineEdit(current.sender, objectName="smtpSender")
        self.sender.setPlaceholderText(self.tr("your.name@company.com"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("From address"), self.sender)
        self.message = MessageBar()
        self.message.show_info(
            self.tr("The password is asked for each time you send and is never saved.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from facilitator.domain.validation import ValidationError, optional_email

        if not self.host.text().strip():
            self.message.show_error(self.tr("Server must not be empty."))
            return
        try:
            sender = optional_email(self.sender.text()) or ""
        except ValidationError:
            self.message.show_error(
                self.tr("From address: “{value}” is not an e-mail address.").format(
                    value=self.sender.text()
                )
            )
            return
        save_smtp(
            self._settings,
            SmtpSettings(
                self.host.text().strip(),
                self.port.value(),
                Security(self.security.currentData()),
                self.user.text().strip(),
                sender,
            ),
        )
        super().accept()
