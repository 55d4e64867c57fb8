"""A note list as a user meets it: a row to add, a table to edit, Remove, and Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.records import Kind, RecordSpec
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.records.record_model import Column, RecordTableModel
from facilitator.ui.tables import table_view


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box of people or values for a cell (with the "nobody" entry first)."""

    def __init__(
        self, column: Column, choices: Callable[[Kind], dict[int, str]], parent=None
    ) -> None:
        super().__init__(parent)
        self._column = column
        self._choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        if self._column.kind is Kind.PERSON:
            combo.addItem(self._column.none_text or "—", None)
        for key, text in self._choices(self._column.kind).items():
            combo.addItem(text, key)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _DateField(QDateEdit):
    """A date field that Tab leaves: Qt's date fields take Tab to step between day, month
    and year, and with "No due date" shown it never reaches the next control. The arrows
    and '.' still move between the parts."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class _DeleteCommand(QUndoCommand):
    def __init__(self, panel: RecordPanel, record_id: int, text: str) -> None:
        super().__init__(text)
        self._panel = panel
        self._record_id = record_id
        self._snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self._snapshot = self._panel.model.delete_record(self._record_id)
        self._panel.model.reload()

    def undo(self) -> None:
        if self._snapshot is not None:
            self._panel.model.restore_record(self._snapshot)
            self._panel.model.reload()


class RecordPanel(QWidget):
    """Add, edit, remove and undo for one RecordSpec."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        spec: RecordSpec,
        columns: list[Column],
        choices: Callable[[Kind], dict[int, str]],
        add_text: str,
        parent=None,
        name: str = "",  # what a screen reader calls the table (else its column titles)
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.messages = bridge_for(db)
        self.spec = spec
        self._columns = columns
        self._choices = choices
        self.model = RecordTableModel(db, spec, columns, choices, self)
        self.undo_stack = QUndoStack(self)

        self.inputs: dict[str, QWidget] = {}
        form = QHBoxLayout()
        for column in columns:
            widget = self._input_for(column)
            self.inputs[column.name] = widget
            form.addWidget(widget, 3 if column.kind in (Kind.REQUIRED, Kind.TEXT) else 2)
        self.add_button = QPushButton(add_text)
        form.addWidget(self.add_button)

        self.table = table_view(f"{spec.model.__tablename__}Table")
        self.table.setAccessibleName(name or ", ".join(column.title for column in columns))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for number, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.kind in (Kind.REQUIRED, Kind.TEXT)
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(number, mode)
            if column.kind in (Kind.PERSON, Kind.VALUE):
                self.table.setItemDelegateForColumn(
                    number, _ChoiceDelegate(column, choices, self.table)
                )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.remove_button)
        self.message = MessageBar()

        self._assemble(form, buttons)
        self._connect()

    def _assemble(self, form: QHBoxLayout, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_from_inputs)
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.add_from_inputs)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect(self) -> None:
        self.model.validationFailed.connect(self.message.show_error)
        self.model.changed.connect(self._after_change)

    # -- building -------------------------------------------------------------------------

    def _input_for(self, column: Column) -> QWidget:
        widget = self._make_input(column)
        widget.setAccessibleName(column.title)
        return widget

    def _make_input(self, column: Column) -> QWidget:
        if column.kind in (Kind.PERSON, Kind.VALUE):
            combo = QComboBox()
            combo.setToolTip(column.title)
            return combo
        if column.kind is Kind.DATE:
            edit = _DateField()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setSpecialValueText(column.none_text)
            edit.setToolTip(column.title)
            return edit
        line = QLineEdit()
        line.setPlaceholderText(column.title)
        return line

    def refresh_choices(self, meeting_day: date | None = None) -> None:
        """Fill the pickers with the meeting's people and values."""
        for column in self._columns:
            widget = self.inputs[column.name]
            if isinstance(widget, QComboBox):
                current = widget.currentData()
                widget.clear()
                if column.kind is Kind.PERSON:
                    widget.addItem(column.none_text or column.title, None)
                for key, text in self._choices(column.kind).items():
                    widget.addItem(text, key)
                widget.setCurrentIndex(max(0, widget.findData(current)))
            elif isinstance(widget, QDateEdit) and meeting_day is not None:
                # The day before the meeting stands for "no date".
                none_day = meeting_day - timedelta(days=1)
                widget.setMinimumDate(QDate(none_day.year, none_day.month, none_day.day))
                widget.setDate(widget.minimumDate())

    def set_meeting(self, meeting_id: int, meeting_day: date | None = None) -> None:
        self.undo_stack.clear()
        self.message.clear_message()
        self.refresh_choices(meeting_day)
        self.model.set_meeting(meeting_id)

    # -- actions --------------------------------------------------------------------------

    def _read_inputs(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for column in self._columns:
            widget = self.inputs[column.name]
            if isinstance(widget, QComboBox):
                values[column.name] = widget.currentData()
            elif isinstance(widget, QDateEdit):
                qdate = widget.date()
                values[column.name] = (
                    None
                    if qdate == widget.minimumDate()
                    else date(qdate.year(), qdate.month(), qdate.day())
                )
            elif isinstance(widget, QLineEdit):
                values[column.name] = widget.text()
        return values

    def add_from_inputs(self) -> bool:
        if self.model.meeting_id is None:
            return False
        save = partial(self.model.add_record, self._read_inputs())
        if not attempt_edit(save, self.message.show_error, self.messages.store_failed):
            return False
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
        first = next(iter(self.inputs.values()))
        first.setFocus()
        self.message.clear_message()
        self.model.reload()
        self.table.scrollToBottom()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows:
            index = self.table.currentIndex()
            rows = [index.row()] if index.isValid() else []
        if not rows:
            self.message.show_error(self.tr("Select what to remove first."))
            return
        try:
            self.undo_stack.beginMacro(self.tr("Remove"))
            for row in rows:
                record = self.model.record(row)
                self.undo_stack.push(_DeleteCommand(self, record.id, self.tr("Remove")))
            self.undo_stack.endMacro()
        except StoreError as error:
            self.messages.store_failed(error)
            self.model.reload()
        self.message.show_info(self.tr("Removed. Press Ctrl+Z to bring it back."))

    def _after_change(self) -> None:
        self.table.resizeRowsToContents()
        self.changed.emit()

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
