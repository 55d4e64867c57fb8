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

from facilitator.report.email_draft import Security, SmtpSettings
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named

KEYS = ("smtp/host", "smtp/port", "smtp/security", "smtp/user", "smtp/sender")


def load_smtp(settings: QSettings) -> SmtpSettings | None:
    host = str(settings.value("smtp/host", "") or "")
    if not host:
        return None
    try:
        port = int(str(settings.value("smtp/port", 587)))
        security = Security(str(settings.value("smtp/security", Security.STARTTLS.value)))
    except ValueError:
        port, security = 587, Security.STARTTLS
    # The leader allowed a login in clear for this very server (not for any other).
    allowed_for = str(settings.value("smtp/plain_login_allowed_for", "") or "")
    return SmtpSettings(
        host,
        port,
        security,
        str(settings.value("smtp/user", "") or ""),
        str(settings.value("smtp/sender", "") or ""),
        allow_plain_login=security is Security.NONE and allowed_for == host,
    )


def save_smtp(settings: QSettings, smtp: SmtpSettings) -> None:
    settings.setValue("smtp/host", smtp.host)
    settings.setValue("smtp/port", smtp.port)
    settings.setValue("smtp/security", smtp.security.value)
    settings.setValue("smtp/user", smtp.user)
    settings.setValue("smtp/sender", smtp.sender)
    settings.setValue("smtp/plain_login_allowed_for", smtp.host if smtp.allow_plain_login else "")


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
