"""The control window's commands, as its menus offer them (`menus.MenuHost`): meetings,
minutes, the room's screen, preferences and help. Each one asks the part that does it.
The dialogs are imported when first opened: a start does not pay for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from facilitator import APP_NAME, app_version
from facilitator.report.paper import Paper
from facilitator.ui.minutes.paper_choice import choose_paper
from facilitator.ui.run import preferences
from facilitator.ui.window_host import WindowHost

if TYPE_CHECKING:
    from facilitator.ui.preferences_dialog import PreferencesDialog
    from facilitator.ui.shortcuts_dialog import ShortcutsDialog

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class WindowCommands(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self._window = window
        self.settings: QSettings = window.settings
        self.preferences_dialog: PreferencesDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

    # -- meetings -------------------------------------------------------------------------

    def new_meeting(self) -> None:
        self._window.meeting_commands.new_meeting()

    def open_meeting(self) -> None:
        self._window.meeting_commands.open_meeting()

    def open_database(self) -> None:
        self._window.meeting_commands.open_database()

    def close(self) -> bool:
        return self._window.window().close()

    # -- minutes --------------------------------------------------------------------------

    def export_minutes(self) -> None:
        """Before the meeting has started there are no minutes: the agenda is printed."""
        window = self._window
        if window.meeting_id is not None:
            window.flush_setup()
            if window.controller.not_started():
                window.setup_page.preparation.paper = window.minutes.paper
                window.setup_page.preparation.export_agenda()
            else:
                window.minutes.export(window.meeting_id)

    def _saved_meeting(self) -> int | None:
        """The open meeting, with what is being typed saved first (None: no meeting)."""
        window = self._window
        if window.meeting_id is not None:
            window.flush_setup()
            window.blocks.flush()
        return window.meeting_id

    def export_department_results(self) -> None:
        meeting_id = self._saved_meeting()
        if meeting_id is not None:
            self._window.minutes.export_departments(meeting_id)

    def export_workbook(self) -> None:
        """The results as a spreadsheet: what was said and scored so far, at any time."""
        meeting_id = self._saved_meeting()
        if meeting_id is not None:
            self._window.minutes.export_workbook(meeting_id)

    def email_minutes(self) -> None:
        """Before the meeting has started, what goes out by e-mail is the invitation."""
        window = self._window
        if window.meeting_id is not None:
            window.flush_setup()
            if window.controller.not_started():
                window.show_setup()
                window.setup_page.tabs.setCurrentWidget(window.setup_page.preparation)
                window.setup_page.preparation.write_invitation()
            else:
                window.minutes.email(window.meeting_id)

    def set_paper(self, paper: Paper) -> None:
        choose_paper(self.settings, paper)

    # -- the room's screen ----------------------------------------------------------------

    def toggle_presenter(self) -> None:
        self._window.toggle_presenter()

    def send_presenter_back(self) -> None:
        self._window.presenter.send_back()

    def show_room_link(self) -> None:
        self._window.room_link_controls.show_dialog()

    def show_questions(self) -> None:
        self._window.room_link_controls.show_questions()

    def set_chime(self, enabled: bool) -> None:
        self._window.chime.enabled = enabled
        preferences.set_chime(self.settings, enabled)

    # -- preferences and help -------------------------------------------------------------

    def show_preferences(self) -> None:
        from facilitator.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self._window.window())
        dialog.accepted.connect(self.apply_preferences)
        self.preferences_dialog = dialog
        dialog.open()

    def apply_preferences(self) -> None:
        """What can change at once does: warning, chime, paper (language at next start)."""
        window = self._window
        window.controller.set_policy(preferences.warning_policy(self.settings))
        window.chime_action.setChecked(preferences.chime_enabled(self.settings))
        window.keys.single_keys = preferences.single_keys_enabled(self.settings)
        window.blocks.preferences_changed()  # the company's grades
        for action in window.paper_actions.actions():
            action.setChecked(action.data() == window.minutes.paper.value)

    def show_shortcuts(self) -> None:
        from facilitator.ui.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self._window.window())
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self._window.window(),
            translate("MainWindow", "About Facilitator"),
            translate(
                "MainWindow", "{app} {version}\nRuns a company's quarterly OKR meeting."
            ).format(app=APP_NAME, version=app_version()),
        )
