"""Block 4: last meeting's action items, each marked done, not done or moved while the
quarter is closed (a moved one joins this meeting's action items in block 6)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QVBoxLayout,
)

from facilitator.store.database import Database
from facilitator.store.follow_up import FOLLOW_UPS
from facilitator.texts import follow_up_title
from facilitator.ui.blocks.parts.follow_up_model import FollowUpModel
from facilitator.ui.choice_delegate import ChoiceDelegate
from facilitator.ui.tables import table_view


class FollowUpBox(QGroupBox):
    """Hidden when the last meeting agreed no action items (or there was none)."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(self.tr("Last meeting's action items: done, not done or moved?"), parent)
        self.model = FollowUpModel(db, self)
        self.table = table_view("followUpTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(120)  # four items at least; the page scrolls instead
        self.table.setItemDelegateForColumn(
            FollowUpModel.STATUS,
            ChoiceDelegate(
                [(follow_up_title(status), status) for status in (None, *FOLLOW_UPS)],
                self.table,
            ),
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FollowUpModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (FollowUpModel.WHO, FollowUpModel.DUE, FollowUpModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        QVBoxLayout(self).addWidget(self.table)
        self.model.modelReset.connect(lambda: self.setVisible(self.model.rowCount() > 0))

    def load(self, meeting_id: int) -> None:
        self.model.load(meeting_id)
