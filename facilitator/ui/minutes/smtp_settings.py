"""SMTP settings in QSettings; the password is never stored, only asked for when sending."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from facilitator import settings_schema as keys
from facilitator.report.email_draft import Security, SmtpSettings
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named


def load_smtp(settings: QSettings) -> SmtpSettings | None:
    host = keys.SMTP_HOST.read(settings)
    if not host:
        return None
    port = keys.SMTP_PORT.read(settings)
    try:
        security = Security(keys.SMTP_SECURITY.read(settings))
    except ValueError:
        port, security = keys.SMTP_PORT.default, Security.STARTTLS
    # The leader allowed a login in clear for this very server (not for any other).
    allowed_for = keys.SMTP_PLAIN_LOGIN_FOR.read(settings)
    return SmtpSettings(
        host,
        port,
        security,
        keys.SMTP_USER.read(settings),
        keys.SMTP_SENDER.read(settings),
        allow_plain_login=security is Security.NONE and allowed_for == host,
    )


def save_smtp(settings: QSettings, smtp: SmtpSettings) -> None:
    keys.SMTP_HOST.write(settings, smtp.host)
    keys.SMTP_PORT.write(settings, smtp.port)
    keys.SMTP_SECURITY.write(settings, smtp.security.value)
    keys.SMTP_USER.write(settings, smtp.user)
    keys.SMTP_SENDER.write(settings, smtp.sender)
    keys.SMTP_PLAIN_LOGIN_FOR.write(settings, smtp.host if smtp.allow_plain_login else "")


class SmtpDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("smtpDialog")
        self.setWindowTitle(self.tr("Sending e-mail"))
        self._settings = settings
        current = load_smtp(settings) or SmtpSettings("")
        self.host = named(QLineEdit(current.host), "smtpHost")
        self.host.setPlaceholderText(self.tr("e.g. smtp.office365.com"))
        self.port = named(QSpinBox(), "smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = named(QComboBox(), "smtpSecurity")
        for security, label in (
            (Security.STARTTLS, self.tr("STARTTLS")),
            (Security.SSL, self.tr("SSL/TLS")),
            (Security.NONE, self.tr("None (local servers only)")),
        ):
            self.security.addItem(label, security.value)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security.value)))
        self.user = named(QLineEdit(current.user), "smtpUser")
        self.sender_edit = named(QLineEdit(current.sender), "smtpSender")
        self.sender_edit.setPlaceholderText(self.tr("your.name@company.com"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("From address"), self.sender_edit)
        self.allow_plain = named(
            QCheckBox(self.tr("Send my user name and password to this server unencrypted")),
            "smtpAllowPlain",
        )
        self.allow_plain.setToolTip(
            self.tr(
                "Only for a server inside your own network. Anyone on the network can read "
                "an unencrypted password."
            )
        )
        self.allow_plain.setChecked(current.allow_plain_login)
        form.addRow("", self.allow_plain)
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
            sender = optional_email(self.sender_edit.text()) or ""
        except ValidationError:
            self.message.show_error(
                self.tr("From address: “{value}” is not an e-mail address.").format(
                    value=self.sender_edit.text()
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
                allow_plain_login=self.allow_plain.isChecked()
                and Security(self.security.currentData()) is Security.NONE,
            ),
        )
        super().accept()
