"""The control window on the leader's laptop: it builds its parts and connects them.

The window is built in two steps so that it is on the screen at once. Its frame
(`window_frame.py`: sidebar, menus' titles, status line) needs only Qt; `attach` adds
everything that works on a database (the store, the run, the blocks, the room link), which
imports SQLAlchemy, ReportLab and the blocks — most of a second on a slow laptop.
`MainWindow(db)` does both; the app shows the frame first and attaches the database once
it is painted (`facilitator.app`). That is why the heavy modules are imported inside
`attach` and the methods, not at the top of this file.

What each part does lives in its own module: the blocks (`ui/blocks/`), the run
(`ui/run/`), the sidebar (`agenda_sidebar.py`), the room link (`ui/room_link/`), the
minutes (`ui/minutes/`), the meeting dialogs (`meeting_commands.py`) and a shared
meeting's other laptops (`other_laptops.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from facilitator import APP_NAME
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import MessageBridge, use_bridge
from facilitator.ui.window_frame import build_frame

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from facilitator.domain.agenda import BlockKind
    from facilitator.domain.breaks import BreakKind
    from facilitator.domain.clock import Clock
    from facilitator.store.database import Database
    from facilitator.ui.agenda_sidebar import AgendaSidebar
    from facilitator.ui.blocks.block_panels import BlockPanels
    from facilitator.ui.meeting_commands import MeetingCommands
    from facilitator.ui.meetings_controller import MeetingsController
    from facilitator.ui.minutes.minutes_actions import MinutesActions
    from facilitator.ui.models.agenda_model import AgendaListModel
    from facilitator.ui.other_laptops import OtherLaptops
    from facilitator.ui.presenter.placement import PresenterPlacement
    from facilitator.ui.presenter.room_feed import RoomFeed
    from facilitator.ui.room_link.room_link import RoomLink
    from facilitator.ui.room_link.room_link_controls import RoomLinkControls
    from facilitator.ui.run.chime import Chime
    from facilitator.ui.run.controller import RunController
    from facilitator.ui.run.inhibitor import Inhibitor
    from facilitator.ui.run.keys import ClickerKeys
    from facilitator.ui.run.run_navigation import RunNavigation
    from facilitator.ui.run.run_page import RunPage
    from facilitator.ui.run.step_driver import StepDriver
    from facilitator.ui.setup.setup_page import SetupPage
    from facilitator.ui.welcome_page import WelcomePage
    from facilitator.ui.window_commands import WindowCommands


class MainWindow(QMainWindow):
    meetingOpened = Signal(int)

    # Set by `attach`, when the window has its database.
    meetings: MeetingsController
    meeting_commands: MeetingCommands
    controller: RunController
    chime: Chime
    presenter: PresenterPlacement
    minutes: MinutesActions
    blocks: BlockPanels
    steps: StepDriver
    room_link: RoomLink
    room_link_controls: RoomLinkControls
    room_feed: RoomFeed
    sidebar: AgendaSidebar
    agenda_model: AgendaListModel
    keys: ClickerKeys
    welcome_page: WelcomePage
    run_page: RunPage
    shared_meeting: OtherLaptops | None
    shared_location: str | None  # the shared meeting's address, without any password
    commands: WindowCommands
    navigation: RunNavigation

    def __init__(
        self,
        db: Database | None = None,
        today: Callable[[], date] = date.today,
        clock: Clock | None = None,
        inhibitor: Inhibitor | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._today, self._clock, self._inhibitor = today, clock, inhibitor
        self._attached = False
        self._setup_page: SetupPage | None = None  # built when first needed (`setup_page`)
        self.meeting_id: int | None = None
        self.settings = settings or QSettings()
        frame = build_frame(self)
        self.setup_button, self.agenda_view = frame.setup_button, frame.agenda_view
        self.total_label, self.opening_label = frame.total_label, frame.opening_label
        self.pages, self.store_error = frame.pages, frame.store_error
        self._menu_titles = frame.menu_titles
        self._store_error_timer = QTimer(self, singleShot=True, interval=60_000)
        self._store_error_timer.timeout.connect(self.store_error.hide)
        # One bridge for what every part has to say: connected here, once.
        self.messages = MessageBridge(self)
        self.messages.storeFailed.connect(self.show_store_error)
        self.messages.statusNote.connect(self.status_note)
        self.messages.warning.connect(self._show_warning)
        self.setWindowTitle(APP_NAME)
        if db is not None:
            self.attach(db)

    # -- construction ---------------------------------------------------------------------

    def is_attached(self) -> bool:
        """Whether the window has its database (see the module's docstring)."""
        return self._attached

    def show_opening(self, name: str) -> None:
        """Said while the database opens (and is upgraded, the first time)."""
        self.opening_label.setText(self.tr("Opening “{name}”…").format(name=name))

    def attach(self, db: Database) -> None:
        """Everything that works on the database: the run, the blocks, the room link."""
        from facilitator.ui.menus import build_menus
        from facilitator.ui.run.run_navigation import RunNavigation
        from facilitator.ui.sheet_import.launcher import use_settings
        from facilitator.ui.window_commands import WindowCommands
        from facilitator.ui.window_parts import build_keys, build_parts

        self._db = db
        use_bridge(db, self.messages)  # what goes wrong with the store is said here
        use_settings(db, self.settings)  # where the imports remember their columns
        build_parts(self, db, self._clock, self._inhibitor, self._today)
        self.navigation = RunNavigation(self)
        self.keys = build_keys(self, self.navigation)
        self.commands = WindowCommands(self)
        menus = build_menus(self.commands, self, *self._menu_titles)
        self.export_action, self.email_action = menus.export_action, menus.email_action
        self.departments_action, self.workbook_action = (
            menus.departments_action,
            menus.workbook_action,
        )
        # What works only on an open meeting: the minutes, the results, the e-mail.
        self._meeting_actions = (
            self.export_action,
            self.departments_action,
            self.workbook_action,
            self.email_action,
        )
        self.new_action, self.open_action = menus.new_action, menus.open_action
        self.paper_actions, self.chime_action = menus.paper_actions, menus.chime_action
        self.presenter_action, self.send_back_action = (
            menus.presenter_action,
            menus.send_back_action,
        )
        self.screens_menu = menus.screens_menu
        for page in (self.welcome_page, self.run_page):
            self.pages.addWidget(page)
        self._connect()
        self.menuBar().setEnabled(True)
        self._attached = True
        self._show_no_meeting()

    @property
    def setup_page(self) -> SetupPage:
        """The setup page, built (and read) when it is first needed: a meeting under way
        opens on the run page, and its five tabs are a tenth of a second at 200 people."""
        if self._setup_page is None:
            from facilitator.ui.setup.setup_page import SetupPage

            page = SetupPage(self._db)
            page.meetingChanged.connect(self._setup_changed)
            page.statementsChanged.connect(self._statements_changed)
            page.runRequested.connect(lambda: self.show_run_page())
            self.pages.addWidget(page)
            self._setup_page = page
            if self.meeting_id is not None:
                page.set_meeting(self.meeting_id)
        return self._setup_page

    def flush_setup(self) -> None:
        """Save what is being typed on the setup page, if it was ever shown."""
        if self._setup_page is not None:
            self._setup_page.flush()

    def _connect(self) -> None:
        from facilitator.ui.window_wiring import connect_parts

        connect_parts(self)
        self.blocks.runContentChanged.connect(self._reload_steps)
        self.run_page.breakEdited.connect(self._break_edited)
        self.meeting_commands.meetingChosen.connect(self.load_meeting)
        self.meeting_commands.meetingCreated.connect(self._meeting_created)
        if self.shared_meeting is not None:
            self.shared_meeting.runFollowed.connect(self._refresh_title)
            self.shared_meeting.peopleChanged.connect(self._people_changed_elsewhere)

    # -- meetings -------------------------------------------------------------------------

    def _meeting_created(self, meeting_id: int) -> None:
        self.load_meeting(meeting_id)
        self.setup_page.tabs.setCurrentWidget(self.setup_page.participants)
        self.setup_page.participants.name_edit.setFocus()  # the first thing to type

    def open_latest(self) -> None:
        latest = self.meetings.latest()
        if latest is not None:
            self.load_meeting(latest)

    def load_meeting(self, meeting_id: int) -> None:
        self.room_link.set_meeting(meeting_id)  # the old links end: they must not show it
        self.room_link_controls.set_meeting(meeting_id)  # the room's questions
        self.flush_setup()
        self.meeting_id = meeting_id
        if self.shared_meeting is not None:
            self.shared_meeting.meeting_id = meeting_id
        if self._setup_page is not None:
            self._setup_page.set_meeting(meeting_id)
        self.blocks.set_meeting(meeting_id)
        self.sidebar.last_time = self.meetings.minutes_last_time(meeting_id)
        self.controller.load(meeting_id)
        self.steps.load(meeting_id)
        for action in self._meeting_actions:
            action.setEnabled(True)
        self._refresh_title()
        run = self.controller.run
        if run and (run.current.timer.started_at or run.active_break is not None):
            self.show_run_page()  # a meeting in progress opens where it is
        else:
            self.show_setup()
        self.meetingOpened.emit(meeting_id)

    def show_changes_from_elsewhere(self, tables: frozenset[str]) -> None:
        """Another laptop changed these tables (see `other_laptops.py`)."""
        if self.shared_meeting is not None:
            self.shared_meeting.show_changes(tables)

    def _people_changed_elsewhere(self) -> None:
        if self._setup_page is not None and self.meeting_id is not None:
            self._setup_page.set_meeting(self.meeting_id)

    def _setup_changed(self) -> None:
        if self.meeting_id is None:
            return
        self.meetings.follow_head_count(self.meeting_id)
        self.controller.reload_plan()
        self.blocks.set_meeting(self.meeting_id)  # people and values for the pickers
        self.steps.load(self.meeting_id)  # statements or departments may have changed
        self._refresh_title()

    def _statements_changed(self) -> None:
        """Block 2 shows each statement as a step of its own: the steps follow the edit."""
        if self.meeting_id is not None:
            self.blocks.statements_changed()
            self.steps.load(self.meeting_id)

    def _reload_steps(self) -> None:
        if self.meeting_id is not None:
            self.steps.load(self.meeting_id)

    def _break_edited(self, after: BlockKind, kind: BreakKind | None, minutes: int) -> None:
        """A break planned, changed or removed on a block's briefing: the steps and the
        sidebar follow (the run gains or loses its break step)."""
        if self.meeting_id is not None and self.controller.set_break(after, kind, minutes):
            self.steps.load(self.meeting_id)

    def _refresh_title(self) -> None:
        if self.meeting_id is None:
            return
        company, quarter = self.meetings.title_of(self.meeting_id)
        title = self.tr("{app} — {company} {quarter}").format(
            app=APP_NAME, company=company, quarter=quarter
        )
        if self.shared_location is not None:  # shown without any password
            title += self.tr(" — shared: {where}").format(where=self.shared_location)
        self.setWindowTitle(title)

    def _show_no_meeting(self) -> None:
        self.setWindowTitle(self.tr("{app} — no meeting open").format(app=APP_NAME))
        self.sidebar.clear()
        self.setup_button.setEnabled(False)
        for action in self._meeting_actions:
            action.setEnabled(False)
        self.pages.setCurrentWidget(self.welcome_page)

    # -- navigation -----------------------------------------------------------------------

    def show_setup(self) -> None:
        if self.meeting_id is None:
            return
        self.setup_button.setEnabled(True)
        self.setup_button.setChecked(True)
        self.agenda_view.clearSelection()
        self.pages.setCurrentWidget(self.setup_page)

    def show_run_page(self, index: int | None = None) -> None:
        """The run page, with the given sidebar row (default: the current block) briefed."""
        run = self.controller.run
        if run is None:
            return
        row = self.sidebar.row_of(run.current.kind) if index is None else index
        self.setup_button.setEnabled(True)
        self.sidebar.choose(row)
        self.navigation.focus_the_run()

    # -- running --------------------------------------------------------------------------

    def repaint_room(self) -> None:
        """The room's screen (and the phones) now, not at the next second."""
        self.room_feed.repaint()

    # -- the room's screen ----------------------------------------------------------------

    def toggle_presenter(self) -> None:
        self.presenter.toggle()
        self.repaint_room()

    # -- messages and closing -------------------------------------------------------------

    def show_store_error(self, error: StoreError) -> None:
        """Said in the window's status line, not in a dialog: during the meeting a dialog
        would swallow the clicker's keys, and the timer must keep showing."""
        from facilitator.messages import store_message

        self.store_error.setText("⚠ " + store_message(error))
        self.store_error.show()
        self._store_error_timer.start()  # stays a minute, then the line is clear again

    def _show_warning(self, text: str) -> None:
        """Said until taken back: a shared meeting's lost connection."""
        self.store_error.setText(text)
        self.store_error.setVisible(bool(text))

    def status_note(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def show_fitting_screen(self) -> None:
        """Show at the comfortable size, or maximized where that does not fit with its
        title bar (a 1366×768 laptop), so nothing at the bottom is off the screen."""
        available = self.screen().availableGeometry()
        title_bar = 60  # not part of the window's size; generous for every platform
        if self.width() > available.width() or self.height() + title_bar > available.height():
            self.showMaximized()
        else:
            self.show()

    def bring_to_front(self) -> None:
        """Another start on this database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attached:  # not closed while the database was opening
            self.flush_setup()
            self.blocks.flush()
            self.room_link.turn_off()
            self.keys.stop()
            if self.shared_meeting is not None:
                self.shared_meeting.stop()
            self.controller.shutdown()
            self.presenter.close()
        super().closeEvent(event)
