"""File → Open database…: a meeting file on this computer, or a shared meeting's
PostgreSQL URL (with its password typed here, never kept)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.database_location import looks_like_url, postgres_url
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named


class OpenDatabaseDialog(QDialog):
    def __init__(self, recent_urls: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openDatabaseDialog")
        self.setWindowTitle(self.tr("Open database"))
        self.file_choice = named(
            QRadioButton(self.tr("A meeting file on this computer")), "fileChoice"
        )
        self.shared_choice = named(
            QRadioButton(self.tr("A shared meeting (PostgreSQL), for several laptops")),
            "sharedChoice",
        )
        choices = QButtonGroup(self)
        choices.addButton(self.file_choice)
        choices.addButton(self.shared_choice)

        self.file_path = named(QLineEdit(), "filePath")
        self.file_path.setPlaceholderText(self.tr("meetings.sqlite3"))
        browse = named(QPushButton(self.tr("Choose…")), "browseButton")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(browse)

        self.url = named(QComboBox(), "sharedUrl")
        self.url.setEditable(True)
        self.url.addItems(recent_urls)
        self.url.setCurrentText(recent_urls[0] if recent_urls else "")
        url_edit = self.url.lineEdit()
        if url_edit is not None:
            url_edit.setPlaceholderText("postgresql://name@server/okr")
        self.password = named(QLineEdit(), "sharedPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("used to connect, never saved"))
        shared_form = QFormLayout()
        shared_form.addRow(self.tr("Address"), self.url)
        shared_form.addRow(self.tr("Password"), self.password)

        self.message = MessageBar()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addWidget(self.shared_choice)
        layout.addLayout(shared_form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.shared_choice if recent_urls else self.file_choice).setChecked(True)
        self.file_path.textEdited.connect(lambda _text: self.file_choice.setChecked(True))
        self.url.editTextChanged.connect(lambda _text: self.shared_choice.setChecked(True))
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr("Facilitator databases (*.sqlite3 *.db)")
        )
        if path:
            self.file_path.setText(path)
            self.file_choice.setChecked(True)

    def target(self) -> Path | str | None:
        """What to open, or None (with the reason said in the dialog)."""
        if self.file_choice.isChecked():
            text = self.file_path.text().strip()
            if not text:
                self.message.show_error(self.tr("Choose a meeting file."))
                return None
            return Path(text).expanduser()
        url = self.url.currentText().strip()
        if not looks_like_url(url) or postgres_url(url) is None:
            self.message.show_error(
                self.tr("Write the address as postgresql://name@server/database.")
            )
            return None
        return url

    def typed_password(self) -> str | None:
        return self.password.text() if self.shared_choice.isChecked() else None

    def _accept_if_valid(self) -> None:
        if self.target() is not None:
            self.accept()
