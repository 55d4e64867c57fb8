"""The briefing for one agenda block: what happens in it and how long it is planned to take."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.domain.agenda import BLOCK_RANGES, BlockKind
from facilitator.ui.texts import block_description, block_title, minutes_text


class BlockPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(objectName="blockTitle")
        self.title.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.plan = QLabel(objectName="blockPlan")
        self.plan.setStyleSheet("font-size: 15px; color: #555;")
        self.description = QLabel(objectName="blockDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("font-size: 15px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.plan)
        layout.addSpacing(12)
        layout.addWidget(self.description)
        layout.addStretch(1)

    def show_block(self, kind: BlockKind, planned_minutes: int) -> None:
        self.title.setText(
            self.tr("{number}. {title}").format(number=kind.number, title=block_title(kind))
        )
        guide = BLOCK_RANGES[kind]
        self.plan.setText(
            self.tr("Planned: {planned} · the guide suggests {low}–{high} min").format(
                planned=minutes_text(planned_minutes), low=guide.low, high=guide.high
            )
        )
        self.description.setText(block_description(kind))
