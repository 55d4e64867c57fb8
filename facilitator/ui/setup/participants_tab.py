"""Setup tab: add, edit, remove and import the meeting's participants."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.participant_csv import (
    ParticipantImport,
    RowProblem,
    UnreadableCsvError,
)
from facilitator.domain.sheet_mapping import ImportKind
from facilitator.messages import validation_message
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.background import BackgroundTask
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.models.participants_model import ParticipantTableModel
from facilitator.ui.naming import named, spoken
from facilitator.ui.setup.delegates import DepartmentDelegate
from facilitator.ui.sheet_import.launcher import SheetImporter
from facilitator.ui.tables import table_view

log = logging.getLogger(__name__)


class ParticipantsTab(QWidget):
    participantsChanged = Signal()
    importFinished = Signal(object)  # the ParticipantImport, or None when refused

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._importing = BackgroundTask(self)
        self._importing.succeeded.connect(self._import_succeeded)
        self._importing.failed.connect(self._import_failed)
        self._import_path = Path()
        self._meeting_id: int | None = None

        self.name_edit = spoken(
            named(QLineEdit(), "newNameEdit"), self.tr("New participant's name")
        )
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.email_edit = spoken(
            named(QLineEdit(), "newEmailEdit"), self.tr("New participant's e-mail")
        )
        self.email_edit.setPlaceholderText(self.tr("E-mail (optional)"))
        self.department_combo = spoken(
            named(QComboBox(), "newDepartmentCombo"), self.tr("New participant's department")
        )
        self.department_combo.setEditable(True)
        department_edit = self.department_combo.lineEdit()
        assert department_edit is not None  # the combo box is editable
        department_edit.setPlaceholderText(self.tr("Department"))
        department_edit.setAccessibleName(self.department_combo.accessibleName())  # read alone
        self.department_combo.setMinimumWidth(180)
        self.present_check = named(QCheckBox(self.tr("Present")), "newPresentCheck")
        self.present_check.setChecked(True)
        self.add_button = named(QPushButton(self.tr("&Add")), "addParticipantButton")
        self.add_button.setDefault(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 3)
        add_row.addWidget(self.email_edit, 3)
        add_row.addWidget(self.department_combo, 2)
        add_row.addWidget(self.present_check)
        add_row.addWidget(self.add_button)

        self._build_table(db)

        self.count_label = named(QLabel(), "participantCount")
        self.remove_button = named(QPushButton(self.tr("&Remove")), "removeParticipantButton")
        self.import_button = named(QPushButton(self.tr("&Import…")), "importParticipantsButton")
        self.import_button.setToolTip(self.tr("A list from Excel, LibreOffice or a CSV file"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)

        self.message = MessageBar()
        self.import_problems = named(QPlainTextEdit(), "importProblems")
        self.import_problems.setReadOnly(True)
        self.import_problems.setMaximumHeight(120)
        self.import_problems.setVisible(False)

        self._assemble(add_row, buttons, department_edit)
        self._connect()

    def _build_table(self, db: Database) -> None:
        """The people as a table, the department chosen from the meeting's."""
        self.model = ParticipantTableModel(db, self)
        self.table = spoken(table_view("participantsTable"), self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ParticipantTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantTableModel.EMAIL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ParticipantTableModel.DEPARTMENT, 200)
        header.resizeSection(ParticipantTableModel.PRESENT, 110)
        self.department_delegate = DepartmentDelegate(self.model.department_names, self.table)
        self.table.setItemDelegateForColumn(
            ParticipantTableModel.DEPARTMENT, self.department_delegate
        )

    def _assemble(self, add_row: QHBoxLayout, buttons: QHBoxLayout, department_edit) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.import_problems)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_from_fields)
        for line in (self.name_edit, self.email_edit):
            line.returnPressed.connect(self.add_from_fields)
        department_edit.returnPressed.connect(self.add_from_fields)

    def _connect(self) -> None:
        self.remove_button.clicked.connect(self.remove_selected)
        self.importer = SheetImporter(
            self._db,
            ImportKind.PARTICIPANTS,
            self,
            self.message,
            self._store_sheet_import,
            self.model.existing_name_keys,
            direct_csv=self.import_csv,
        )
        self.import_button.clicked.connect(self.importer.choose)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        self.model.validationFailed.connect(self.message.show_error)
        self.model.participantsChanged.connect(self._after_change)
        self.model.modelReset.connect(self._update_count)

    def set_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self.model.set_meeting(meeting_id)
        self.message.clear_message()
        self.import_problems.setVisible(False)
        self._refresh_departments()

    def _refresh_departments(self) -> None:
        current = self.department_combo.currentText()
        self.department_combo.clear()
        self.department_combo.addItem("")
        self.department_combo.addItems(self.model.department_names())
        self.department_combo.setEditText(current)

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(
            self.tr("%n participant(s), {present} present", "", total).format(
                present=self.model.present_count()
            )
        )

    def _after_change(self) -> None:
        self.message.clear_message()
        self._refresh_departments()
        self._update_count()
        self.participantsChanged.emit()

    def add_from_fields(self) -> None:
        if self._meeting_id is None:
            return
        save = partial(
            self.model.add_participant,
            self.name_edit.text(),
            self.email_edit.text(),
            self.department_combo.currentText(),
            self.present_check.isChecked(),
        )
        if not attempt_edit(save, self.message.show_error, self.messages.store_failed):
            return
        name = " ".join(self.name_edit.text().split())
        self.name_edit.clear()
        self.email_edit.clear()
        self.model.reload()
        self._after_change()
        self.table.scrollToBottom()
        self.message.show_info(self.tr("Added {name}.").format(name=name))
        self.name_edit.setFocus()

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.participant(row).id for row in sorted(rows)]

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.show_error(self.tr("Select the participants to remove first."))
            return
        names = ", ".join(
            self.model.participant(r.row()).name for r in self.table.selectionModel().selectedRows()
        )
        answer = QMessageBox.question(
            self,
            self.tr("Remove participants"),
            self.tr("Remove %n participant(s) from this meeting?\n\n{names}", "", len(ids)).format(
                names=names
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.model.remove_participants(ids)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.model.reload()
        self._after_change()

    def _store_sheet_import(self, result: object, path: Path) -> None:
        """The rows the import's dialog read, added in one transaction."""
        assert isinstance(result, ParticipantImport)
        try:
            self.model.import_parsed(result)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self._import_path = path
        self._import_succeeded(result)  # as a CSV import that ran in the background

    def import_csv(self, path: Path) -> None:
        """Import a CSV file on a worker thread; good rows are added in one transaction, bad
        ones listed by line with the reason (`importFinished` when done)."""
        if self._meeting_id is None or self._importing.is_running():
            return
        self._import_path = path
        self.import_button.setEnabled(False)
        self.message.show_info(self.tr("Importing “{file}”…").format(file=path.name))
        work, arguments = self.model.import_job(path)
        self._importing.start(work, *arguments)

    def _import_succeeded(self, result: ParticipantImport) -> None:
        self.import_button.setEnabled(True)
        self.model.reload()
        self._after_change()
        self._show_import_result(self._import_path, result)
        self.importFinished.emit(result)

    def _import_failed(self, error: object) -> None:
        self.import_button.setEnabled(True)
        path = self._import_path
        if isinstance(error, StoreError):
            self.message.clear_message()
            self.messages.store_failed(error)
        elif isinstance(error, UnreadableCsvError) and RowProblem.NO_NAME_COLUMN in error.args:
            # A text table with headers of its own: its columns are mapped in the dialog.
            self.message.clear_message()
            self.importer.open_file(path)
        elif isinstance(error, UnreadableCsvError):
            self.message.show_error(
                self.tr(
                    "“{path}” is not a participant list: no rows with a name column were found."
                ).format(path=path.name)
            )
        elif isinstance(error, OSError):
            self.message.show_error(
                self.tr("“{path}” could not be read: {reason}").format(
                    path=path.name, reason=error.strerror or error
                )
            )
        else:  # a bug: the import still ends with a sentence, and the error is logged
            log.error(
                "Importing %s failed",
                path,
                exc_info=error if isinstance(error, Exception) else None,
            )
            self.message.show_error(
                self.tr("“{path}” could not be imported ({reason}); nothing was added.").format(
                    path=path.name, reason=error
                )
            )
        self.importFinished.emit(None)

    def _show_import_result(self, path: Path, result: ParticipantImport) -> None:
        imported = self.tr(
            "Imported %n participant(s) from “{file}”.", "", len(result.participants)
        ).format(file=path.name)
        if not result.errors:
            self.message.show_info(imported)
            self.import_problems.setVisible(False)
            return
        skipped = self.tr("%n row(s) skipped; see below.", "", len(result.errors))
        self.message.show_error(f"{imported} {skipped}")
        lines = [
            self.tr("Line {line}: {reason}").format(
                line=row.line, reason=validation_message(row.error)
            )
            for row in result.errors
        ]
        self.import_problems.setPlainText("\n".join(lines))
        self.import_problems.setVisible(True)
