"""Dialog listing every meeting in the database, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
)

from facilitator.store.meetings import MeetingSummary
from facilitator.ui.models.meetings_model import MeetingListModel
from facilitator.ui.tables import table_view


class OpenMeetingDialog(QDialog):
    def __init__(self, meetings: list[MeetingSummary], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("openMeetingDialog")
        self.setWindowTitle(self.tr("Open meeting"))
        self.resize(620, 360)
        self.model = MeetingListModel(meetings, self)
        self.table = table_view("meetingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            MeetingListModel.COMPANY, QHeaderView.ResizeMode.Stretch
        )
        if meetings:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.accept)

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(MeetingListModel.MeetingIdRole)
