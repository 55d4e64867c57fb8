"""File → Export minutes… and E-mail minutes…, and the paper size choice."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.messages import store_message
from facilitator.report.email_draft import pdf_filename
from facilitator.report.paper import Paper
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.minutes import load_minutes

if TYPE_CHECKING:
    from facilitator.ui.minutes.email_dialog import EmailDialog

PAPER_KEY = "report/paper"


class MinutesActions(QObject):
    def __init__(self, db: Database, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._settings = settings
        self._window = window
        self.email_dialog = None  # an EmailDialog while one is open

    @property
    def paper(self) -> Paper:
        try:
            return Paper(str(self._settings.value(PAPER_KEY, Paper.A4.value)))
        except ValueError:
            return Paper.A4

    def set_paper(self, paper: Paper) -> None:
        self._settings.setValue(PAPER_KEY, paper.value)

    def _load(self, meeting_id: int):
        try:
            return load_minutes(self._db, meeting_id)
        except StoreError as error:
            QMessageBox.critical(
                self._window, self.tr("Could not read the meeting"), store_message(error)
            )
            return None

    def export(self, meeting_id: int) -> Path | None:
        data = self._load(meeting_id)
        if data is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / pdf_filename(data))
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export minutes"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        from facilitator.report.document import write_minutes_pdf  # ReportLab loads on use

        try:
            write_minutes_pdf(data, target, self.paper)
        except OSError as error:
            QMessageBox.critical(
                self._window,
                self.tr("Export failed"),
                self.tr("Could not write “{path}”: {reason}").format(
                    path=target, reason=error.strerror or error
                ),
            )
            return None
        answer = QMessageBox.question(
            self._window,
            self.tr("Minutes exported"),
            self.tr("The minutes are saved as “{name}”. Open them now?").format(name=target.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def email(self, meeting_id: int) -> EmailDialog | None:
        data = self._load(meeting_id)
        if data is None:
            return None
        from facilitator.ui.minutes.email_dialog import EmailDialog

        self.email_dialog = EmailDialog(data, self.paper, self._settings, self._window)
        self.email_dialog.open()
        return self.email_dialog
