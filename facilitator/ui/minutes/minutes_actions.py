"""File → Export minutes…, Export department results… and E-mail minutes…, and the
paper size choice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from facilitator.messages import store_message
from facilitator.report.paper import Paper
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.minutes import load_minutes
from facilitator.ui.background import BackgroundTask
from facilitator.ui.minutes.grade_choice import chosen_grade_bands
from facilitator.ui.minutes.paper_choice import choose_paper, chosen_paper

if TYPE_CHECKING:
    from facilitator.ui.minutes.email_dialog import EmailDialog


class MinutesActions(QObject):
    exported = Signal(object)  # the written PDF's path, or None if it failed or was cancelled
    departmentsExported = Signal(object)  # the list of PDFs written, or None if it failed

    def __init__(self, db: Database, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._settings = settings
        self._window = window
        self.email_dialog: EmailDialog | None = None  # while one is open
        self.export_progress: QProgressDialog | None = None
        self._export_target = Path()
        self._exporting = BackgroundTask(self)
        self._exporting.succeeded.connect(self._export_succeeded)
        self._exporting.failed.connect(self._export_failed)
        self._departments = BackgroundTask(self)
        self._departments.succeeded.connect(self._departments_written)
        self._departments.failed.connect(self._export_failed)

    @property
    def paper(self) -> Paper:
        return chosen_paper(self._settings)

    def set_paper(self, paper: Paper) -> None:
        choose_paper(self._settings, paper)

    def _load(self, meeting_id: int):
        try:
            data = load_minutes(self._db, meeting_id)
            return replace(data, grade_bands=chosen_grade_bands(self._settings))
        except StoreError as error:
            QMessageBox.critical(
                self._window, self.tr("Could not read the meeting"), store_message(error)
            )
            return None

    def export(self, meeting_id: int) -> Path | None:
        data = self._load(meeting_id)
        if data is None:
            return None
        # The e-mail module (and Python's email package) is loaded when it is first used.
        from facilitator.report.email_draft import pdf_filename

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / pdf_filename(data))
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export minutes"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        self._start_export(data, target)
        return target

    def export_workbook(self, meeting_id: int) -> Path | None:
        """The results as an Excel workbook, written at once (a meeting's results are a
        few hundred rows: a tenth of a second)."""
        data = self._load(meeting_id)
        if data is None:
            return None
        from facilitator.report.email_draft import pdf_filename
        from facilitator.report.workbook import write_workbook

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / Path(pdf_filename(data)).with_suffix(".xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export workbook"),
            suggested,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        try:
            write_workbook(data, target)
        except OSError as error:
            QMessageBox.critical(
                self._window,
                self.tr("Export failed"),
                self.tr("Could not write “{path}”: {reason}").format(
                    path=target, reason=error.strerror or error
                ),
            )
            return None
        QMessageBox.information(
            self._window,
            self.tr("Workbook exported"),
            self.tr("The results are saved as “{name}”.").format(name=target.name),
        )
        return target

    def _start_export(self, data, target: Path) -> None:
        """Lay out the PDF on a worker thread; a non-modal progress box offers Cancel."""
        if self._exporting.is_running():
            return
        self._export_target = target
        progress = QProgressDialog(
            self.tr("Writing “{name}”…").format(name=target.name),
            self.tr("Cancel"),
            0,
            0,
            self._window,
        )
        progress.setWindowTitle(self.tr("Export minutes"))
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(300)  # only shown when it takes a noticeable while
        progress.canceled.connect(self._cancel_export)
        self.export_progress = progress
        self._exporting.start(_write_pdf, data, target, self.paper)

    def _cancel_export(self) -> None:
        self._exporting.cancel()
        self._close_progress()
        self.exported.emit(None)

    def _close_progress(self) -> None:
        if self.export_progress is not None:
            self.export_progress.canceled.disconnect(self._cancel_export)
            self.export_progress.close()
            self.export_progress.deleteLater()
            self.export_progress = None

    def _export_failed(self, error: object) -> None:
        self._close_progress()
        target = self._export_target
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        QMessageBox.critical(
            self._window,
            self.tr("Export failed"),
            self.tr("Could not write “{path}”: {reason}").format(path=target, reason=reason),
        )
        self.exported.emit(None)

    def _export_succeeded(self, target: object) -> None:
        self._close_progress()
        assert isinstance(target, Path)
        self.exported.emit(target)
        answer = QMessageBox.question(
            self._window,
            self.tr("Minutes exported"),
            self.tr("The minutes are saved as “{name}”. Open them now?").format(name=target.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def export_departments(self, meeting_id: int, folder: Path | None = None) -> None:
        """One short PDF per department (its evaluation, review and new OKRs) into a
        folder the leader chooses, for each department leader to pass on."""
        data = self._load(meeting_id)
        if data is None or self._departments.is_running():
            return
        if folder is None:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen = QFileDialog.getExistingDirectory(
                self._window, self.tr("Export department results to"), documents
            )
            if not chosen:
                return
            folder = Path(chosen)
        self._export_target = folder
        self._departments.start(_write_departments, data, folder, self.paper)

    def _departments_written(self, paths: object) -> None:
        assert isinstance(paths, list)
        self.departmentsExported.emit(paths)
        if not paths:
            QMessageBox.information(
                self._window,
                self.tr("Department results"),
                self.tr("The meeting has no departments."),
            )
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Department results exported"),
            self.tr("{n} PDFs, one per department, are saved in “{folder}”. Open it now?").format(
                n=len(paths), folder=paths[0].parent
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))

    def email(self, meeting_id: int) -> EmailDialog | None:
        data = self._load(meeting_id)
        if data is None:
            return None
        from facilitator.ui.minutes.email_dialog import EmailDialog

        self.email_dialog = EmailDialog(data, self.paper, self._settings, self._window)
        self.email_dialog.open()
        return self.email_dialog


def _write_pdf(data, target: Path, paper: Paper, report) -> Path:
    from facilitator.report.document import write_minutes_pdf  # ReportLab loads on use

    write_minutes_pdf(data, target, paper)
    return target


def _write_departments(data, folder: Path, paper: Paper, report) -> list[Path]:
    from facilitator.report.department_document import write_department_pdfs

    return write_department_pdfs(data, folder, paper)
