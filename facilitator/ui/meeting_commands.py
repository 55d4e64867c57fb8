"""File → New, Open, Open database and the welcome page's demo: the dialogs that choose a
meeting, and what is done with the choice (the window opens it, or starts the app again on
another database)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from facilitator.database_location import shown
from facilitator.i18n import chosen_language
from facilitator.ui.database_launch import launch_on, recent_shared, remember_shared
from facilitator.ui.meetings_controller import MeetingsController
from facilitator.ui.message_bridge import MessageBridge
from facilitator.ui.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.open_database_dialog import OpenDatabaseDialog
from facilitator.ui.open_meeting_dialog import OpenMeetingDialog
from facilitator.ui.run import preferences

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class MeetingCommands(QObject):
    meetingChosen = Signal(int)  # open this meeting
    meetingCreated = Signal(int)  # a new meeting: opened, on its participants' tab

    def __init__(
        self,
        meetings: MeetingsController,
        settings: QSettings,
        today: Callable[[], date],
        messages: MessageBridge,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._meetings, self._settings, self._today = meetings, settings, today
        self._messages, self._window = messages, window
        self.new_meeting_dialog: NewMeetingDialog | None = None
        self.open_meeting_dialog: OpenMeetingDialog | None = None
        self.open_database_dialog: OpenDatabaseDialog | None = None
        # Starts the app on another database (a process of its own: a system edge).
        self.launch: Callable[[Path | str, str | None], bool] = launch_on

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(self._meetings.company_names(), self._today(), self._window)
        dialog.accepted.connect(lambda: self._create(dialog))
        self.new_meeting_dialog = dialog
        dialog.open()

    def _create(self, dialog: NewMeetingDialog) -> None:
        assert dialog.details is not None
        meeting_id = self._meetings.create(
            dialog.details,
            chosen_language(self._settings),
            preferences.default_minutes(self._settings),
            dialog.carry_over_wanted(),
        )
        if meeting_id is not None:
            self.meetingCreated.emit(meeting_id)

    def open_demo(self) -> None:
        """First run: a fully filled example meeting to look around in."""
        meeting_id = self._meetings.create_demo()
        if meeting_id is not None:
            self.meetingChosen.emit(meeting_id)

    def open_meeting(self) -> None:
        dialog = OpenMeetingDialog(self._meetings.listed(), self._window)
        dialog.accepted.connect(lambda: self._open_selected(dialog))
        self.open_meeting_dialog = dialog
        dialog.open()

    def _open_selected(self, dialog: OpenMeetingDialog) -> None:
        meeting_id = dialog.selected_meeting_id()
        if meeting_id is not None:
            self.meetingChosen.emit(meeting_id)

    def open_database(self) -> None:
        """Another meeting file, or a shared meeting: it opens in a window of its own."""
        dialog = OpenDatabaseDialog(recent_shared(self._settings), self._window)
        self.open_database_dialog = dialog
        dialog.accepted.connect(lambda: self._database_chosen(dialog))
        dialog.open()

    def _database_chosen(self, dialog: OpenDatabaseDialog) -> None:
        target = dialog.target()
        if target is None:
            return
        if isinstance(target, str):
            remember_shared(self._settings, target)
        if self.launch(target, dialog.typed_password()):
            text = translate("MainWindow", "Opening “{where}” in a window of its own…")
        else:
            text = translate("MainWindow", "Facilitator could not be started again on “{where}”.")
        self._messages.note(text.format(where=shown(target)))
