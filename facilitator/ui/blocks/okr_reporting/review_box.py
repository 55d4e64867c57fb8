"""Block 2's review of last quarter's OKRs for the entity reporting: the table, and the
buttons that enter last quarter by hand or from the OKR CSV (a company's first meeting
in the app has no earlier OKRs to review otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from facilitator.domain.csv_text import UnreadableCsvError
from facilitator.domain.grades import GradeBands
from facilitator.domain.okr import ObjectiveItem
from facilitator.domain.okr_csv import OkrImport
from facilitator.domain.sheet_mapping import ImportKind
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.store import okrs
from facilitator.store.database import Database
from facilitator.texts import review_status_title
from facilitator.ui.blocks.okr_reporting.review_model import ReviewModel
from facilitator.ui.choice_delegate import ChoiceDelegate
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named
from facilitator.ui.sheet_import.launcher import SheetImporter
from facilitator.ui.tables import table_view


class ReviewBox(QGroupBox):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(self.tr("Last quarter's OKRs"), parent)
        self.model = ReviewModel(db, self)
        self.message = MessageBar()
        self.importer = self._importer(db)
        self.table = table_view("reviewTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(160)  # five rows at least; the page scrolls instead
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(ReviewModel.STATUS, status_delegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReviewModel.ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (
            ReviewModel.PLAN,
            ReviewModel.ACHIEVED,
            ReviewModel.PROGRESS,
            ReviewModel.GRADE,
            ReviewModel.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(ReviewModel.GRADE, True)  # until the company's choice is read
        self.empty_hint = named(
            QLabel(
                self.tr(
                    "No OKRs from last quarter here yet. On a company's first meeting, add them "
                    "by hand or import the OKR file (with its “achieved” column)."
                )
            ),
            "reviewEmptyHint",
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("font-style: italic;")
        self.add_objective_button = named(QPushButton(self.tr("+ Objective")), "reviewAddObjective")
        self.add_kr_button = named(QPushButton(self.tr("+ Key result")), "reviewAddKr")
        self.remove_button = named(QPushButton(self.tr("Remove")), "reviewRemove")
        self.import_button = named(QPushButton(self.tr("Import last quarter…")), "reviewImport")
        tip = self.tr("From Excel, LibreOffice or a CSV file, with what each key result achieved.")
        self.import_button.setToolTip(tip)
        buttons = QHBoxLayout()
        for button in (self.add_objective_button, self.add_kr_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self._row_before_reset: int | None = None
        self._connect()
        self._update()

    def _connect(self) -> None:
        self.model.validationFailed.connect(self.message.show_error)
        self.model.modelAboutToBeReset.connect(self._remember_row)
        self.model.modelReset.connect(self._restore_row)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.add_objective_button.clicked.connect(self.add_objective)
        self.add_kr_button.clicked.connect(self.add_key_result)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.importer.choose)

    def show_entity(self, meeting_id: int, department: str | None) -> None:
        self.message.clear_message()
        self.model.show_entity(meeting_id, department)

    def set_grade_bands(self, bands: GradeBands | None) -> None:
        """The company's grades (Preferences): a "Grade" column beside the percent, or none
        when the company shows percent only."""
        self.model.set_grade_bands(bands)
        self.table.setColumnHidden(ReviewModel.GRADE, bands is None)

    def reload(self) -> None:
        """Read the entity's objectives again (another laptop changed them)."""
        if self.model.meeting_id is not None:
            self._remember_row()
            self.model.show_entity(self.model.meeting_id, self.model.department)
            self._restore_row()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _remember_row(self) -> None:
        self._row_before_reset = self._selected_row()

    def _restore_row(self) -> None:
        """An edit reloads the rows: the row edited stays the one selected."""
        row = self._row_before_reset
        if row is not None and row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, ReviewModel.ITEM))
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty_hint.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        ready = self.model.meeting_id is not None
        for button in (self.add_objective_button, self.import_button):
            button.setEnabled(ready)
        selected = self._selected_row() is not None
        self.add_kr_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _edit(self, row: int | None) -> None:
        """Select the new row and open its text for typing over the placeholder."""
        if row is None:
            return
        index = self.model.index(row, ReviewModel.ITEM)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def add_objective(self) -> None:
        self.message.clear_message()
        self._edit(self.model.add_objective())

    def add_key_result(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.message.clear_message()
            self._edit(self.model.add_key_result(row))

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        item = self.model.item_at(row)
        if isinstance(item, ObjectiveItem) and item.key_results:
            answer = QMessageBox.question(
                self,
                self.tr("Remove objective"),
                self.tr("Remove “{objective}” and its key results from last quarter?").format(
                    objective=item.statement
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.model.remove(row)

    def _importer(self, db: Database) -> SheetImporter:
        """A CSV with our columns is imported at once; any other file is mapped first."""
        return SheetImporter(
            db,
            ImportKind.LAST_QUARTER,
            self,
            self.message,
            self._store_sheet_import,
            direct_csv=self._import_csv,
        )

    def _import_csv(self, path: Path) -> None:
        try:
            self._show_problems(self.model.import_file(path))
        except UnreadableCsvError as error:
            if "no objective column" in error.args:
                self.message.clear_message()
                self.importer.open_file(path)  # its own headers: mapped in the dialog
            else:
                self._not_an_okr_list(path)
        except OSError:
            self._not_an_okr_list(path)

    def _not_an_okr_list(self, path: Path) -> None:
        self.message.show_error(
            self.tr("“{name}” is not an OKR list this app can read.").format(name=path.name)
        )

    def import_file(self, path: Path) -> list[str]:
        """Last quarter's OKRs from the file; returns (and shows) the rows left out."""
        try:
            problems = self.model.import_file(path)
        except (UnreadableCsvError, OSError):
            self._not_an_okr_list(path)
            return []
        return self._show_problems(problems)

    def _store_sheet_import(self, parsed: object, _path: Path) -> None:
        assert isinstance(parsed, OkrImport)
        self._show_problems(self.model.import_parsed(parsed))

    def _show_problems(self, problems: list[tuple[int, ValidationError]] | None) -> list[str]:
        if problems is None:
            return []
        lines = [
            self.tr("Line {line}: {reason}").format(line=line, reason=validation_message(error))
            for line, error in problems
        ]
        if lines:
            self.message.show_error("\n".join(lines))
        else:
            self.message.clear_message()
        return lines


def status_delegate(parent=None) -> ChoiceDelegate:
    """The review's status cell: achieved, continued, dropped, or not decided."""
    statuses = (None, *okrs.REVIEW_STATUSES)
    return ChoiceDelegate([(review_status_title(status), status) for status in statuses], parent)
