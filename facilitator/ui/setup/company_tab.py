"""Setup tab: the company's vision, mission, purpose and values, saved as they are typed."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.meetings import ProfileText
from facilitator.ui.autosave_text import AutosaveTextEdit
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.models.edits import attempt_edit
from facilitator.ui.models.values_model import ValuesListModel
from facilitator.ui.naming import named, spoken


class CompanyTab(QWidget):
    # The statements the run shows in block 2 (vision, mission, purpose, values) changed.
    statementsChanged = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.messages = bridge_for(db)
        self.controller = MeetingController(db, self)
        self._meeting_id: int | None = None

        self.vision = AutosaveTextEdit(object_name="visionEdit")
        self.vision.setPlaceholderText(self.tr("Where the company is going"))
        self.mission = AutosaveTextEdit(object_name="missionEdit")
        self.mission.setPlaceholderText(self.tr("What the company does, and for whom"))
        self.purpose = AutosaveTextEdit(object_name="purposeEdit")
        self.purpose.setPlaceholderText(self.tr("Why the company exists (optional)"))
        for edit in (self.vision, self.mission, self.purpose):
            edit.setMaximumHeight(90)

        self.values_model = ValuesListModel(db, self)
        self.values_view = spoken(named(QListView(), "valuesList"), self.tr("Values"))
        self.values_view.setModel(self.values_model)
        self.values_view.setSpacing(3)
        self.values_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.value_edit = spoken(named(QLineEdit(), "newValueEdit"), self.tr("New value"))
        self.value_edit.setPlaceholderText(self.tr("New value, e.g. “Open”"))
        self.add_value_button = named(QPushButton(self.tr("Add &value")), "addValueButton")
        self.remove_value_button = named(QPushButton(self.tr("Remove")), "removeValueButton")
        self.up_button = named(QPushButton(self.tr("Move up")), "valueUpButton")
        self.down_button = named(QPushButton(self.tr("Move down")), "valueDownButton")

        value_add_row = QHBoxLayout()
        value_add_row.addWidget(self.value_edit, 1)
        value_add_row.addWidget(self.add_value_button)
        value_buttons = QHBoxLayout()
        value_buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_value_button):
            value_buttons.addWidget(button)
        values_box = QVBoxLayout()
        values_box.addLayout(value_add_row)
        values_box.addWidget(self.values_view, 1)
        values_box.addLayout(value_buttons)

        form = QFormLayout()
        form.addRow(self.tr("&Vision"), self.vision)
        form.addRow(self.tr("&Mission"), self.mission)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("Values"), values_box)
        self.message = MessageBar()
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)

        self._connect()

    def _connect(self) -> None:
        self.vision.textToSave.connect(lambda text: self._save_text("vision", text))
        self.mission.textToSave.connect(lambda text: self._save_text("mission", text))
        self.purpose.textToSave.connect(lambda text: self._save_text("purpose", text))
        self.add_value_button.clicked.connect(self.add_value)
        self.value_edit.returnPressed.connect(self.add_value)
        self.remove_value_button.clicked.connect(self.remove_value)
        self.up_button.clicked.connect(lambda: self._move_value(-1))
        self.down_button.clicked.connect(lambda: self._move_value(+1))
        self.values_model.validationFailed.connect(self.message.show_error)
        self.values_model.dataChanged.connect(lambda *_: self.statementsChanged.emit())

    def set_meeting(self, meeting_id: int) -> None:
        self.flush()
        self._meeting_id = meeting_id
        self.controller.load(meeting_id)
        self.vision.set_saved_text(self.controller.texts["vision"])
        self.mission.set_saved_text(self.controller.texts["mission"])
        self.purpose.set_saved_text(self.controller.texts["purpose"])
        self.values_model.set_meeting(meeting_id)
        self.message.clear_message()

    def flush(self) -> None:
        """Save any text still waiting for its typing pause (e.g. before closing)."""
        for edit in (self.vision, self.mission, self.purpose):
            edit.flush_pending()

    def _save_text(self, field: ProfileText, text: str) -> None:
        if self._meeting_id is not None:
            self.controller.save_text(field, text)
            self.statementsChanged.emit()

    def _selected_row(self) -> int | None:
        index = self.values_view.currentIndex()
        return index.row() if index.isValid() else None

    def add_value(self) -> None:
        if self._meeting_id is None:
            return
        save = partial(self.values_model.add_value, self.value_edit.text())
        if not attempt_edit(save, self.message.show_error, self.messages.store_failed):
            return
        self.value_edit.clear()
        self.message.clear_message()
        self.values_model.reload()
        self.statementsChanged.emit()

    def remove_value(self) -> None:
        row = self._selected_row()
        if row is None:
            self.message.show_error(self.tr("Select the value to remove first."))
            return
        try:
            self.values_model.remove_value(row)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.values_model.reload()
        self.statementsChanged.emit()

    def _move_value(self, offset: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        try:
            self.values_model.move_value(row, offset)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.values_model.reload()
        self.statementsChanged.emit()
        new_row = max(0, min(self.values_model.rowCount() - 1, row + offset))
        self.values_view.setCurrentIndex(self.values_model.index(new_row))
