"""Setup tab: departments (derived from participants, editable), each with a manager."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.departments_model import DepartmentTableModel
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.naming import named, spoken
from facilitator.ui.setup.delegates import ManagerDelegate
from facilitator.ui.tables import table_view


class DepartmentsTab(QWidget):
    departmentsChanged = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.messages = bridge_for(db)
        self._meeting_id: int | None = None

        intro = QLabel(
            self.tr(
                "Departments come from the participants' department column. Rename them, "
                "add ones nobody is in yet, and choose each department's manager."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = spoken(named(QLineEdit(), "newDepartmentEdit"), self.tr("New department"))
        self.name_edit.setPlaceholderText(self.tr("New department"))
        self.add_button = named(QPushButton(self.tr("&Add department")), "addDepartmentButton")
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)

        self.model = DepartmentTableModel(db, self)
        self.table = spoken(table_view("departmentsTable"), self.tr("Departments"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DepartmentTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DepartmentTableModel.MANAGER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            DepartmentTableModel.MEMBERS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setItemDelegateForColumn(
            DepartmentTableModel.MANAGER,
            ManagerDelegate(self.model.people, DepartmentTableModel.ManagerIdRole, self.table),
        )
        self.remove_button = named(QPushButton(self.tr("&Remove")), "removeDepartmentButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.message = MessageBar()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_from_field)
        self.name_edit.returnPressed.connect(self.add_from_field)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.validationFailed.connect(self.message.show_error)
        self.model.departmentsChanged.connect(self._changed)

    def set_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        self.model.set_meeting(self._meeting_id)
        self.message.clear_message()

    def _changed(self) -> None:
        self.message.clear_message()
        self.departmentsChanged.emit()

    def add_from_field(self) -> None:
        if self._meeting_id is None:
            return
        save = partial(self.model.add_department, self.name_edit.text())
        if not attempt_edit(save, self.message.show_error, self.messages.store_failed):
            return
        self.name_edit.clear()
        self.model.reload()
        self._changed()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.show_error(self.tr("Select the department to remove first."))
            return
        row = rows[0].row()
        name = self.model.index(row, DepartmentTableModel.NAME).data()
        answer = QMessageBox.question(
            self,
            self.tr("Remove department"),
            self.tr(
                "Remove the department “{name}”? Its participants stay in the meeting "
                "without a department."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.model.remove_department(row)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.model.reload()
        self._changed()
