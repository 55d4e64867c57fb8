"""Last quarter's OKRs of one entity, for the review in block 2: achieved values, progress
against the target, and whether each objective was achieved, continued or dropped.

The statements and plans can be typed here too, and objectives and key results added or
removed: on a company's first meeting in the app this is where last quarter is entered
(into a record of that quarter, see store/last_quarter.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from facilitator.domain.evaluation import progress
from facilitator.domain.grades import (
    GRADE_TINTS,
    Grade,
    GradeBands,
    ReviewGrades,
    graded,
    key_result_grade,
    review_grades,
)
from facilitator.domain.okr import (
    KeyResultItem,
    ObjectiveItem,
    Plan,
    parse_number,
    parse_plan,
    regrouped,
)
from facilitator.domain.okr_csv import OkrImport, parse_okrs
from facilitator.domain.validation import Field, Problem, ValidationError, require_text
from facilitator.messages import validation_message
from facilitator.store import last_quarter, okr_review, okrs
from facilitator.store.database import Database
from facilitator.store.errors import EditConflictError, StoreError
from facilitator.texts import review_status_title
from facilitator.ui.conflict_question import shown_value
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.numbers import grade_text, read_number
from facilitator.ui.numbers import number_text as number
from facilitator.ui.open_meeting import loaded
from facilitator.ui.pending_edits import PendingEdits, save_or_keep

Index = QModelIndex | QPersistentModelIndex
_T = TypeVar("_T")


def _parsed(parse: Callable[[str], _T], text: str) -> _T:
    """A typed number or plan, or the sentence the leader is told."""
    try:
        return parse(text)
    except ValueError:
        raise ValidationError(Field.NUMBER, Problem.INVALID, text) from None


class ReviewModel(QAbstractTableModel):
    ITEM, PLAN, ACHIEVED, PROGRESS, GRADE, STATUS = range(6)

    validationFailed = Signal(str)
    changed = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.department: str | None = None
        self._rows: list[ObjectiveItem | KeyResultItem] = []
        self.grade_bands: GradeBands | None = None  # None: the company shows percent only
        # Edits made while a shared meeting's connection is lost, tried again until saved.
        self.pending = PendingEdits(self)

    def show_entity(self, meeting_id: int, department: str | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self.department = department
        self._rows = []
        for objective in okr_review.review_items(self._db, meeting_id):
            if objective.department_name == department:
                self._rows.append(objective)
                self._rows.extend(objective.key_results)
        self.endResetModel()

    def average_progress(self) -> float | None:
        shares = [
            progress(r.start_value, r.target_value, r.achieved_value)
            for r in self._rows
            if isinstance(r, KeyResultItem)
        ]
        values = [share for share in shares if share is not None]
        return sum(values) / len(values) if values else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Last quarter's objective / key result"),
            self.tr("Start → target"),
            self.tr("Achieved"),
            self.tr("Progress"),
            self.tr("Grade"),
            self.tr("Status"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and isinstance(row, ObjectiveItem):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, index.column())
        if index.column() == self.GRADE and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            grade = self._grade(index.row())
            if grade is None:
                return None
            tint = GRADE_TINTS[grade.band] if role == Qt.ItemDataRole.BackgroundRole else "#000"
            return QColor(tint)  # dark text on the light tint, in a dark theme too
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._shown(index.row(), index.column())

    def _edit_value(self, row: ObjectiveItem | KeyResultItem, column: int) -> Any:
        if column == self.ITEM:
            return row.statement
        if isinstance(row, ObjectiveItem):
            return row.review_status if column == self.STATUS else None
        if column == self.PLAN:
            return self._plan_text(row)
        if column == self.ACHIEVED:
            return number(row.achieved_value) if row.achieved_value is not None else ""
        return None

    def _shown(self, position: int, column: int) -> str:
        row = self._rows[position]
        if column == self.GRADE:
            return grade_text(self._grade(position)) if self.grade_bands is not None else ""
        if isinstance(row, ObjectiveItem):
            if column == self.ITEM:
                return row.statement
            return review_status_title(row.review_status) if column == self.STATUS else ""
        if column == self.ITEM:
            return f"    {row.statement}"
        if column == self.PLAN:
            return self._plan_text(row)
        if column == self.ACHIEVED:
            return number(row.achieved_value) if row.achieved_value is not None else ""
        if column == self.PROGRESS:
            share = progress(row.start_value, row.target_value, row.achieved_value)
            return f"{share:.0%}" if share is not None else ""
        return ""

    # -- grades -------------------------------------------------------------------------------

    def set_grade_bands(self, bands: GradeBands | None) -> None:
        """The company's grade bands (Preferences); None shows percent only."""
        if bands != self.grade_bands:
            self.grade_bands = bands
            if self._rows:
                last = len(self._rows) - 1
                self.dataChanged.emit(self.index(0, self.GRADE), self.index(last, self.GRADE))

    def grades(self) -> ReviewGrades | None:
        """The entity's last quarter graded (None: grades are not shown)."""
        if self.grade_bands is None:
            return None
        return review_grades(regrouped(self._rows), self.grade_bands)

    def _grade(self, position: int) -> Grade | None:
        """An objective's from the key-result rows under it, as edited since read."""
        if self.grade_bands is None:
            return None
        row, under = self._rows[position], self._rows[position + 1 :]
        if isinstance(row, KeyResultItem):
            value = key_result_grade(row.start_value, row.target_value, row.achieved_value)
            return graded(value, self.grade_bands)
        (objective,) = regrouped([row, *under[: len(row.key_results)]])
        return review_grades([objective], self.grade_bands).overall

    def _refresh_objective(self, row: int) -> None:
        objective = self.objective_at(row)
        if objective is not None:
            at = self.index(self._rows.index(objective), self.GRADE)
            self.dataChanged.emit(at, at)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        is_kr = isinstance(self._rows[index.row()], KeyResultItem)
        column = index.column()
        if (
            column == self.ITEM
            or (column in (self.PLAN, self.ACHIEVED) and is_kr)
            or (column == self.STATUS and not is_kr)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @staticmethod
    def _plan_text(row: KeyResultItem) -> str:
        return f"{number(row.start_value)} → {number(row.target_value)} {row.unit}".strip()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Save the edit, then show it in place: no reset while an editor commits."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            edit = self._edit(self._rows[index.row()], index.column(), value)
        except ValidationError as error:
            self.validationFailed.emit(validation_message(error))
            return False
        if edit is None:
            return False
        shown, write = edit
        if not self._write(write):
            return False
        self._rows[index.row()] = shown
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.STATUS))
        if isinstance(shown, KeyResultItem):  # its objective's grade is the mean of its own
            self._refresh_objective(index.row())
        self.changed.emit()
        return True

    def _edit(
        self, row: ObjectiveItem | KeyResultItem, column: int, value: Any
    ) -> tuple[ObjectiveItem | KeyResultItem, Callable[[], None]] | None:
        """What the row shows after the edit, and the write that saves it (each store
        call with the value the row showed before, so another laptop's edit is caught)."""
        if column == self.ITEM:
            field = Field.OBJECTIVE if isinstance(row, ObjectiveItem) else Field.KEY_RESULT
            statement = require_text(field, value)
            if isinstance(row, ObjectiveItem):
                return replace(row, statement=statement), lambda: okrs.update_objective(
                    self._db, row.id, "statement", statement, seen=row.statement
                )
            return replace(row, statement=statement), lambda: okrs.update_key_result(
                self._db, row.id, "statement", statement, seen=row.statement
            )
        if column == self.PLAN and isinstance(row, KeyResultItem):
            plan = _parsed(parse_plan, str(value))
            shown = replace(row, start_value=plan.start, target_value=plan.target, unit=plan.unit)
            return shown, lambda: self._save_plan(row, plan)
        if column == self.ACHIEVED and isinstance(row, KeyResultItem):
            achieved = _parsed(parse_number, read_number(str(value)))
            return replace(row, achieved_value=achieved), lambda: okrs.update_key_result(
                self._db, row.id, "achieved_value", achieved, seen=row.achieved_value
            )
        if column == self.STATUS and isinstance(row, ObjectiveItem):
            meeting_id, status = loaded(self.meeting_id), value or None
            return replace(row, review_status=status), lambda: okr_review.mark_review(
                self._db, meeting_id, row.id, status
            )
        return None

    def _write(self, write: Callable[[], None]) -> bool:
        """Run a write; True when it is saved, or kept to be saved when the connection to
        a shared meeting is back (`pending`)."""
        try:
            saved = save_or_keep(
                write, self.pending, write, lambda: self._write(write), self.messages.store_failed
            )
        except EditConflictError as conflict:
            # Told here rather than asked in a dialog: a dialog inside an editor's commit
            # is fragile. Theirs is shown; typing it again writes over theirs.
            self.validationFailed.emit(
                QCoreApplication.translate(
                    "ReviewModel",
                    "Changed on another laptop to “{theirs}” while you edited it; yours "
                    "(“{yours}”) was not saved. Type it again to replace theirs.",
                ).format(theirs=shown_value(conflict.theirs), yours=shown_value(conflict.yours))
            )
            QTimer.singleShot(0, self._reload)
            return False
        return saved is not False  # saved, or kept until the connection is back

    def _save_plan(self, row: KeyResultItem, plan: Plan) -> None:
        with self._db.unit_of_work():
            okrs.update_key_result(
                self._db, row.id, "start_value", plan.start, seen=row.start_value
            )
            okrs.update_key_result(
                self._db, row.id, "target_value", plan.target, seen=row.target_value
            )
            okrs.update_key_result(self._db, row.id, "unit", plan.unit, seen=row.unit)

    def _reload(self) -> None:
        if self.meeting_id is not None:
            self.show_entity(self.meeting_id, self.department)
        self.changed.emit()

    # -- adding and removing (the first meeting's last quarter, or one that was missed) ----

    def objective_at(self, row: int) -> ObjectiveItem | None:
        """The objective a row belongs to (itself, or its key result's)."""
        for position in range(min(row, len(self._rows) - 1), -1, -1):
            item = self._rows[position]
            if isinstance(item, ObjectiveItem):
                return item
        return None

    def _guarded(self, action) -> bool:
        try:
            action()
        except ValidationError as error:
            self.validationFailed.emit(validation_message(error))
            return False
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self._reload()
        return True

    def import_file(self, path: Path) -> list[tuple[int, ValidationError]] | None:
        """Last quarter's OKRs from the OKR file into the entity's review: the rows left
        out, with why; None when the store failed (said on its store's message bridge). Raises
        UnreadableCsvError or OSError for a file that holds no OKR list or cannot be read."""
        return self.import_parsed(parse_okrs(path.read_bytes()))

    def import_parsed(self, parsed: OkrImport) -> list[tuple[int, ValidationError]] | None:
        """A spreadsheet's rows into the entity's review, in one transaction: the rows left
        out, with why; None when the store failed (said on its store's message bridge)."""
        if self.meeting_id is None:
            return []
        try:
            problems = last_quarter.import_parsed(self._db, self.meeting_id, parsed)
        except StoreError as error:
            self.messages.store_failed(error)
            return None
        self.show_entity(self.meeting_id, self.department)
        self.changed.emit()
        return problems

    def add_objective(self) -> int | None:
        """A new objective of last quarter for the entity shown; returns its row."""
        if self.meeting_id is None:
            return None
        meeting_id, text = self.meeting_id, self.tr("New objective")
        added: list[int] = []
        if not self._guarded(
            lambda: added.append(
                last_quarter.add_objective(self._db, meeting_id, text, self.department)
            )
        ):
            return None
        return self._row_of(ObjectiveItem, added[0])

    def add_key_result(self, row: int) -> int | None:
        """A new key result under the objective of `row`; returns its row."""
        objective = self.objective_at(row)
        if objective is None:
            return None
        text = self.tr("New key result")
        added: list[int] = []
        if not self._guarded(
            lambda: added.append(okrs.add_key_result(self._db, objective.id, text))
        ):
            return None
        return self._row_of(KeyResultItem, added[0])

    def remove(self, row: int) -> bool:
        item = self._rows[row]
        if isinstance(item, ObjectiveItem):
            return self._guarded(lambda: okrs.delete_objective(self._db, item.id))
        return self._guarded(lambda: okrs.delete_key_result(self._db, item.id))

    def item_at(self, row: int) -> ObjectiveItem | KeyResultItem:
        return self._rows[row]

    def _row_of(self, kind: type, item_id: int) -> int | None:
        return next(
            (i for i, r in enumerate(self._rows) if isinstance(r, kind) and r.id == item_id),
            None,
        )
