"""Dialog to create a meeting; it stays open with a clear message until the input is valid."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named
from facilitator.ui.setup.details_fields import MeetingDetailsFields


class NewMeetingDialog(QDialog):
    def __init__(self, companies: list[str], today: date, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(460)
        self.fields = MeetingDetailsFields(companies)
        self.fields.fill_defaults(today)
        if len(companies) == 1:
            self.fields.company.setText(companies[0])
        self.carry = named(
            QCheckBox(
                self.tr(
                    "Carry over participants, departments, vision and values from the "
                    "company's last meeting (its OKRs are reviewed in block 2)"
                )
            ),
            "carryOverCheck",
        )
        self.carry.setChecked(True)
        self._companies = {c.casefold() for c in companies}
        self.fields.company.textChanged.connect(self._company_changed)
        self._company_changed(self.fields.company.text())
        self.message = MessageBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create meeting"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.carry)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.details: MeetingDetails | None = None

    def _company_changed(self, text: str) -> None:
        self.carry.setVisible(text.strip().casefold() in self._companies)

    def carry_over_wanted(self) -> bool:
        # isHidden, not isVisible: the dialog itself is already closed when this is asked.
        return not self.carry.isHidden() and self.carry.isChecked()

    def accept(self) -> None:
        try:
            self.details = self.fields.read()
        except ValidationError as error:
            self.fields.mark_invalid(error.field)
            self.message.show_error(validation_message(error))
            self.fields.widget_for(error.field).setFocus()
            return
        super().accept()
