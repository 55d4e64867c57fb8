"""What the room said that block 5 keeps beside the new OKRs: the dot-vote's top lines
(a starting point) and the room's consent to each company objective."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.store.database import Database
from facilitator.ui.blocks.new_okrs.consent_box import ConsentBox
from facilitator.ui.blocks.new_okrs.consent_controller import ConsentController
from facilitator.ui.blocks.parts.top_lines_box import TopLinesBox


class RoomVoice(QWidget):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("RoomVoice", "The room's top learnings")
        self.top_lines = TopLinesBox(db, title)
        self.consent = ConsentBox(ConsentController(db, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top_lines)
        layout.addWidget(self.consent)

    def load(self, meeting_id: int) -> None:
        self.top_lines.load(meeting_id)
        self.consent.controller.load(meeting_id)
