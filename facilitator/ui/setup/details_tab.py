"""Setup tab: the meeting's details, saved as each field is left."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from facilitator.domain.validation import ValidationError
from facilitator.i18n import LANGUAGES
from facilitator.messages import validation_message
from facilitator.store.database import Database
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.meetings_controller import MeetingsController
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named
from facilitator.ui.setup.details_fields import MeetingDetailsFields


class DetailsTab(QWidget):
    detailsSaved = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.controller = MeetingController(db, self)
        self._meeting_id: int | None = None
        self.fields = MeetingDetailsFields(MeetingsController(db, self).company_names())
        self.language = named(QComboBox(), "minutesLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.fields.form.addRow(self.tr("Language of the minutes"), self.language)
        self.language.activated.connect(self._save_language)
        self.message = MessageBar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.fields.edited.connect(self.save)

    def set_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self.controller.load(meeting_id)
        assert self.controller.details is not None
        self.fields.fill(self.controller.details)
        self.language.setCurrentIndex(max(0, self.language.findData(self.controller.language)))
        self.fields.mark_invalid(None)
        self.message.clear_message()

    def _save_language(self) -> None:
        if self._meeting_id is not None:
            self.controller.set_language(self.language.currentData())

    def save(self) -> bool:
        """Save what is typed; an invalid field is outlined and explained, nothing is lost."""
        if self._meeting_id is None:
            return False
        try:
            if not self.controller.save_details(self.fields.read()):
                return False
        except ValidationError as error:
            self.fields.mark_invalid(error.field)
            self.message.show_error(validation_message(error))
            return False
        self.fields.mark_invalid(None)
        self.message.clear_message()
        self.detailsSaved.emit()
        return True
