"""The control window on the leader's laptop: agenda sidebar, setup and run pages.

The window is built in two steps so that it is on the screen at once. Its frame (sidebar,
menus, status line) needs only Qt; `attach` adds everything that works on a database (the
store, the run, the pages), which imports SQLAlchemy, ReportLab and the block panels —
most of a second on a slow laptop. `MainWindow(db)` does both; the app shows the frame
first and attaches the database once it is painted (`facilitator.app`). That is why the
heavy modules are imported inside `attach` and the methods, not at the top of this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import APP_NAME, app_version
from facilitator.database_location import short
from facilitator.report.paper import Paper
from facilitator.store.errors import StoreError
from facilitator.ui.minutes.paper_choice import choose_paper
from facilitator.ui.naming import named

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection
    from PySide6.QtGui import QCloseEvent

    from facilitator.domain.agenda import BlockKind
    from facilitator.domain.breaks import BreakKind
    from facilitator.domain.clock import Clock
    from facilitator.store.database import Database
    from facilitator.ui.blocks.block_panels import BlockPanels
    from facilitator.ui.meetings_controller import MeetingsController
    from facilitator.ui.minutes.minutes_actions import MinutesActions
    from facilitator.ui.models.agenda_model import AgendaListModel
    from facilitator.ui.new_meeting_dialog import NewMeetingDialog
    from facilitator.ui.open_meeting_dialog import OpenMeetingDialog
    from facilitator.ui.preferences_dialog import PreferencesDialog
    from facilitator.ui.presenter.placement import PresenterPlacement
    from facilitator.ui.room_link.room_link import RoomLink
    from facilitator.ui.room_link.room_link_dialog import RoomLinkDialog
    from facilitator.ui.run.chime import Chime
    from facilitator.ui.run.controller import RunController
    from facilitator.ui.run.inhibitor import Inhibitor
    from facilitator.ui.run.keys import ClickerKeys
    from facilitator.ui.run.run_page import RunPage
    from facilitator.ui.run.step_driver import StepDriver, StepState
    from facilitator.ui.setup.setup_page import SetupPage
    from facilitator.ui.shortcuts_dialog import ShortcutsDialog
    from facilitator.ui.welcome_page import WelcomePage


class MainWindow(QMainWindow):
    meetingOpened = Signal(int)

    # Set by `attach`, when the window has its database.
    meetings: MeetingsController
    controller: RunController
    chime: Chime
    presenter: PresenterPlacement
    minutes: MinutesActions
    blocks: BlockPanels
    steps: StepDriver
    room_link: RoomLink
    keys: ClickerKeys
    welcome_page: WelcomePage
    run_page: RunPage
    agenda_model: AgendaListModel
    preferences_dialog: PreferencesDialog
    shortcuts_dialog: ShortcutsDialog

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
        self._today = today
        self._clock = clock
        self._inhibitor = inhibitor
        self._attached = False
        self._setup_page: SetupPage | None = None  # built when first needed (`setup_page`)
        self.meeting_id: int | None = None
        self.new_meeting_dialog: NewMeetingDialog | None = None
        self.open_meeting_dialog: OpenMeetingDialog | None = None
        self.settings = settings or QSettings()
        # Starts the app on another database (a process of its own: a system edge).
        self.launch: Callable[[Path | str, str | None], bool] = _launch_on
        self._build_frame()
        if db is not None:
            self.attach(db)

    # -- construction ---------------------------------------------------------------------

    def _build_frame(self) -> None:
        """What is on the screen before the database is open: sidebar, an "Opening…"
        page, the menus (disabled until `attach`) and the status line."""
        self.setup_button = named(QToolButton(), "setupNavButton")
        self.setup_button.setText(self.tr("Meeting setup"))
        self.setup_button.setCheckable(True)
        self.setup_button.setEnabled(False)
        self.setup_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        agenda_heading = QLabel(self.tr("Agenda"))
        agenda_heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.agenda_view = named(QListView(), "agendaList")
        self.agenda_view.setSpacing(4)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.total_label = named(QLabel(), "agendaTotal")
        self.total_label.setWordWrap(True)
        sidebar = named(QWidget(), "sidebar")
        side_layout = QVBoxLayout(sidebar)
        side_layout.addWidget(self.setup_button)
        side_layout.addWidget(agenda_heading)
        side_layout.addWidget(self.agenda_view, 1)
        side_layout.addWidget(self.total_label)
        sidebar.setMinimumWidth(200)

        self.opening_label = named(QLabel(self.tr("Opening…")), "openingLabel")
        self.pages = named(QStackedWidget(), "pages")
        self.pages.addWidget(_centred(self.opening_label))
        self.setMinimumSize(640, 480)

        splitter = QSplitter()
        splitter.addWidget(sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 950])
        self.setCentralWidget(splitter)
        self.resize(1200, 780)

        self.store_error = named(QLabel(), "storeError")
        self.store_error.setWordWrap(True)
        self.store_error.setStyleSheet("color: #d22f36; font-weight: 600; padding: 2px 6px;")
        self.store_error.hide()
        self.statusBar().addWidget(self.store_error, 1)
        self._store_error_timer = QTimer(self, singleShot=True, interval=60_000)
        self._store_error_timer.timeout.connect(self.store_error.hide)
        # The menus' titles are on the screen at once; their commands are added by
        # `attach` (shortcuts bring in the Qt namespace's hundred enums: about 25 ms).
        bar = self.menuBar()
        self._menu_titles = (
            bar.addMenu(self.tr("&File")),
            bar.addMenu(self.tr("&View")),
            bar.addMenu(self.tr("&Help")),
        )
        self.menuBar().setEnabled(False)
        self.setWindowTitle(APP_NAME)

    def _add_menu_commands(self) -> None:
        """The commands in the menus (added by `attach`; see `_build_frame`)."""
        from facilitator.ui.menus import build_menus

        menus = build_menus(self, self, *self._menu_titles)
        self.new_action, self.open_action = menus.new_action, menus.open_action
        self.export_action, self.email_action = menus.export_action, menus.email_action
        self.departments_action = menus.departments_action
        self.paper_actions, self.preferences_action = menus.paper_actions, menus.preferences_action
        self.presenter_action, self.send_back_action = (
            menus.presenter_action,
            menus.send_back_action,
        )
        self.chime_action = menus.chime_action
        self.view_menu, self.screens_menu = menus.view_menu, menus.screens_menu

    @property
    def setup_page(self) -> SetupPage:
        """The setup page, built (and read) when it is first needed: a meeting under way
        opens on the run page, and its five tabs are a tenth of a second at 200 people."""
        if self._setup_page is None:
            from facilitator.ui.setup.setup_page import SetupPage

            page = SetupPage(self._db)
            page.meetingChanged.connect(self._setup_changed)
            page.statementsChanged.connect(self._statements_changed)
            page.storeFailed.connect(self.show_store_error)
            page.runRequested.connect(lambda: self.show_run_page())
            self.pages.addWidget(page)
            self._setup_page = page
            if self.meeting_id is not None:
                page.set_meeting(self.meeting_id)
        return self._setup_page

    def _flush_setup(self) -> None:
        """Save what is being typed on the setup page, if it was ever shown."""
        if self._setup_page is not None:
            self._setup_page.flush()

    def is_attached(self) -> bool:
        """Whether the window has its database (see the module's docstring)."""
        return self._attached

    def show_opening(self, name: str) -> None:
        """Said while the database opens (and is upgraded, the first time)."""
        self.opening_label.setText(self.tr("Opening “{name}”…").format(name=name))

    def attach(self, db: Database) -> None:
        """Everything that works on the database: the run, the pages, the presenter."""
        from PySide6.QtGui import QFont

        from facilitator.domain.clock import SystemClock
        from facilitator.ui.blocks.block_panels import BlockPanels
        from facilitator.ui.fonts import COUNTDOWN_FAMILY, load_bundled_fonts
        from facilitator.ui.meetings_controller import MeetingsController
        from facilitator.ui.minutes.minutes_actions import MinutesActions
        from facilitator.ui.models.agenda_model import AgendaListModel
        from facilitator.ui.presenter.placement import PresenterPlacement
        from facilitator.ui.room_link.room_link import RoomLink
        from facilitator.ui.run import preferences
        from facilitator.ui.run.chime import Chime
        from facilitator.ui.run.controller import RunController
        from facilitator.ui.run.keys import MEETING_SURFACE, ClickerKeys
        from facilitator.ui.run.run_page import RunPage
        from facilitator.ui.run.step_driver import StepDriver
        from facilitator.ui.welcome_page import WelcomePage

        self._add_menu_commands()
        self.meetings = MeetingsController(db, self)
        self.meetings.storeFailed.connect(self.show_store_error)
        self.controller = RunController(
            db,
            self._clock or SystemClock(),
            self._inhibitor,
            preferences.warning_policy(self.settings),
            parent=self,
        )
        self.chime = Chime(preferences.chime_enabled(self.settings))
        self.presenter = PresenterPlacement(self, self.settings, self)
        self.minutes = MinutesActions(db, self.settings, self)
        self.blocks = BlockPanels(db, self.controller, self.controller.now, self)
        self.blocks.attach_presenter(self.presenter.window)
        self.steps = StepDriver(db, self.controller, self)
        self.steps.attach(self.blocks)
        self.room_link = RoomLink(db, self)
        self.room_link_dialog: RoomLinkDialog | None = None
        self.agenda_model = AgendaListModel(self)
        self.agenda_view.setModel(self.agenda_model)
        # ✓ ▶ ⏸ come from the bundled font when the system font lacks them.
        load_bundled_fonts()
        agenda_font = QFont(self.agenda_view.font())
        agenda_font.setFamilies([agenda_font.family(), COUNTDOWN_FAMILY])
        self.agenda_view.setFont(agenda_font)

        self._db = db
        self.welcome_page = WelcomePage()
        self.run_page = RunPage()
        self.run_page.folded_guides = preferences.folded_guides(self.settings)
        for kind, panel in self.blocks.panels().items():
            self.run_page.set_block_panel(kind, panel)
        for page in (self.welcome_page, self.run_page):
            self.pages.addWidget(page)
        self._step_block: BlockKind | None = None  # the block the run's step was last in
        self._connect()
        self.keys = ClickerKeys(
            [self, self.presenter.window],
            self._key_handlers(),
            self,
            single_keys=preferences.single_keys_enabled(self.settings),
        )
        self.agenda_view.setProperty(MEETING_SURFACE, True)  # its rows are the meeting's
        self.menuBar().setEnabled(True)
        self._attached = True
        self.shared_meeting = self._follow_other_laptops(db)
        self._shared_location = short(str(db.path)) if db.shared else None
        self._show_no_meeting()

    def _follow_other_laptops(self, db: Database):
        """On a shared (PostgreSQL) meeting, show what the other laptops change."""
        if not db.shared:
            return None
        from facilitator.ui.shared_meeting import SharedMeeting

        shared = SharedMeeting(db, self)
        shared.changedElsewhere.connect(self.show_changes_from_elsewhere)
        shared.connectionChanged.connect(self._shared_connection_changed)
        shared.start()
        return shared

    def show_changes_from_elsewhere(self, tables: frozenset[str]) -> None:
        """Another laptop changed these tables: read again what shows them. The laptop
        that drives the meeting moves the timers and steps; this one follows them."""
        if self.meeting_id is None:
            return
        try:
            self._read_changes(tables)
        except StoreError as error:  # the connection went again: the next notice reads
            self.show_store_error(error)

    def _read_changes(self, tables: frozenset[str]) -> None:
        assert self.meeting_id is not None
        every = "*" in tables
        if every:  # back after a lost connection: save what was kept, then read
            self.controller.pending.retry()
            self.steps.pending.retry()
            self.blocks.save_kept()
        if self.controller.has_unsaved or len(self.steps.pending) or self.blocks.has_unsaved():
            return  # still offline: this laptop's own state stays until it is saved
        if every or tables & {"agenda_block", "agenda_break", "meeting"}:
            self.steps.follow_saved()
            self._refresh_title()
        if every or tables & {"participant", "department", "company_value"}:
            self.blocks.set_meeting(self.meeting_id)
            if self._setup_page is not None:
                self._setup_page.set_meeting(self.meeting_id)
            return  # set_meeting has read everything the blocks show
        if tables & {"self_evaluation", "dimension_note"}:
            self.blocks.reports.show_changes_from_elsewhere()
        if tables & {"objective", "key_result"}:
            self.blocks.okrs.show_changes_from_elsewhere()
            self.blocks.reports.review_box.reload()
        if tables & {"group_note"}:
            self.blocks.groups.flip_chart.reload()
        if tables & {"breakout_group", "group_member"}:
            self.blocks.groups.set_meeting(self.meeting_id)
            self._sync_room_groups()
        if tables & {"room_score"}:
            self.blocks.reports.refresh_room_scores()

    def _shared_connection_changed(self, connected: bool) -> None:
        if connected:
            self.store_error.hide()
            return
        self.store_error.setText(
            "⚠ "
            + self.tr(
                "The connection to the shared meeting is lost. Your edits stay on this "
                "screen; the app reconnects by itself and reads the others' edits again."
            )
        )
        self.store_error.show()

    def _connect(self) -> None:
        from facilitator.ui.run import preferences

        self.setup_button.clicked.connect(self.show_setup)
        self.agenda_view.selectionModel().selectionChanged.connect(self._agenda_selected)
        self.welcome_page.new_button.clicked.connect(self.new_meeting)
        self.welcome_page.open_button.clicked.connect(self.open_meeting)
        self.welcome_page.demo_button.clicked.connect(self.open_demo)

        page = self.run_page
        page.toggle_button.clicked.connect(self.controller.toggle)
        page.next_button.clicked.connect(self.steps.forward)
        page.previous_button.clicked.connect(self.steps.back)
        page.plus_button.clicked.connect(self.controller.add_minute)
        page.minus_button.clicked.connect(self.controller.remove_minute)
        page.restart_button.clicked.connect(self.controller.restart_block)
        page.rebalance_button.clicked.connect(self.controller.rebalance)
        page.presenter_button.clicked.connect(self.toggle_presenter)
        page.plannedMinutesEdited.connect(self.controller.set_planned_minutes)
        page.breakEdited.connect(self._break_edited)
        page.guideFolded.connect(
            lambda *_: preferences.save_folded_guides(self.settings, page.folded_guides)
        )

        self.controller.changed.connect(self._refresh_agenda)
        self.controller.changed.connect(self._show_step_hint)
        self.controller.tick.connect(self._tick)
        self.controller.gapDetected.connect(self._ask_about_gap)
        self.controller.storeFailed.connect(self.show_store_error)
        self.controller.reachedZero.connect(self.chime.ring)
        self.steps.changed.connect(self._step_changed)
        self.steps.storeFailed.connect(self.show_store_error)
        self.blocks.stepRequested.connect(self.steps.jump)
        self.blocks.runContentChanged.connect(self._reload_steps)
        self.blocks.storeFailed.connect(self.show_store_error)
        self.presenter.screensChanged.connect(self._refresh_screen_actions)
        self.room_link.notesAdded.connect(self._scribe_note_added)
        self.room_link.changed.connect(self._room_link_changed)
        self.room_link.scoresChanged.connect(
            lambda _poll: self.blocks.reports.refresh_room_scores()
        )
        self.room_link.messagesArrived.connect(self.blocks.good_news.refresh_room_messages)
        self.blocks.reports.room_scores.pollToggled.connect(self._room_scoring)
        self.blocks.groups.controller.changed.connect(self._sync_room_groups)
        self.controller.changed.connect(self._end_room_link_when_done)

    def _key_handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "toggle": self.controller.toggle,
            "next": lambda: self._drive(self.steps.forward),
            "previous": lambda: self._drive(self.steps.back),
            "add_minute": self.controller.add_minute,
            "remove_minute": self.controller.remove_minute,
            "fullscreen": self._presenter_fullscreen,
            "toggle_fullscreen": self._presenter_toggle_fullscreen,
            "blank": self.presenter.window.toggle_blank,
            "escape": self._escape,
        }

    def _drive(self, move: Callable[[], None]) -> None:
        """A clicker key moves the run: the control window shows the run, wherever it was."""
        move()
        if self.meeting_id is not None and self.pages.currentWidget() is not self.run_page:
            self.show_run_page()

    def _escape(self) -> None:
        """Esc: take back a question the run asked; otherwise leave full screen."""
        if not self.steps.cancel_question():
            self.presenter.window.leave_fullscreen()

    # -- meetings -------------------------------------------------------------------------

    def new_meeting(self) -> None:
        from facilitator.ui.new_meeting_dialog import NewMeetingDialog

        dialog = NewMeetingDialog(self.meetings.company_names(), self._today(), self)
        dialog.accepted.connect(lambda: self._create_meeting(dialog))
        self.new_meeting_dialog = dialog
        dialog.open()

    def _create_meeting(self, dialog: NewMeetingDialog) -> None:
        from facilitator.i18n import chosen_language
        from facilitator.ui.preferences_dialog import default_minutes

        assert dialog.details is not None
        meeting_id = self.meetings.create(
            dialog.details,
            chosen_language(self.settings),
            default_minutes(self.settings),
            dialog.carry_over_wanted(),
        )
        if meeting_id is None:
            return
        self.load_meeting(meeting_id)
        self.setup_page.tabs.setCurrentWidget(self.setup_page.participants)
        self.setup_page.participants.name_edit.setFocus()  # the first thing to type

    def open_demo(self) -> None:
        """First run: a fully filled example meeting to look around in."""
        meeting_id = self.meetings.create_demo()
        if meeting_id is not None:
            self.load_meeting(meeting_id)

    def open_meeting(self) -> None:
        from facilitator.ui.open_meeting_dialog import OpenMeetingDialog

        dialog = OpenMeetingDialog(self.meetings.listed(), self)
        dialog.accepted.connect(lambda: self._open_selected(dialog))
        self.open_meeting_dialog = dialog
        dialog.open()

    def open_database(self) -> None:
        """Another meeting file, or a shared meeting: it opens in a window of its own."""
        from facilitator.ui.database_launch import recent_shared
        from facilitator.ui.open_database_dialog import OpenDatabaseDialog

        dialog = OpenDatabaseDialog(recent_shared(self.settings), self)
        self.open_database_dialog = dialog
        dialog.accepted.connect(lambda: self._open_database_chosen(dialog))
        dialog.open()

    def _open_database_chosen(self, dialog) -> None:
        from facilitator.database_location import shown
        from facilitator.ui.database_launch import remember_shared

        target = dialog.target()
        if target is None:
            return
        if isinstance(target, str):
            remember_shared(self.settings, target)
        if self.launch(target, dialog.typed_password()):
            self.status_note(
                self.tr("Opening “{where}” in a window of its own…").format(where=shown(target))
            )
        else:
            self.status_note(
                self.tr("Facilitator could not be started again on “{where}”.").format(
                    where=shown(target)
                )
            )

    def status_note(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _open_selected(self, dialog: OpenMeetingDialog) -> None:
        meeting_id = dialog.selected_meeting_id()
        if meeting_id is not None:
            self.load_meeting(meeting_id)

    def open_latest(self) -> None:
        latest = self.meetings.latest()
        if latest is not None:
            self.load_meeting(latest)

    def load_meeting(self, meeting_id: int) -> None:
        self.room_link.set_meeting(meeting_id)  # the old links end: they must not show it
        self._flush_setup()
        self.meeting_id = meeting_id
        if self._setup_page is not None:
            self._setup_page.set_meeting(meeting_id)
        self.blocks.set_meeting(meeting_id)
        self._last_time = self.meetings.minutes_last_time(meeting_id)
        self.controller.load(meeting_id)
        self.steps.load(meeting_id)
        self.export_action.setEnabled(True)
        self.departments_action.setEnabled(True)
        self.email_action.setEnabled(True)
        self._refresh_title()
        run = self.controller.run
        if run and (run.current.timer.started_at or run.active_break is not None):
            self.show_run_page()  # a meeting in progress opens where it is
        else:
            self.show_setup()
        self._sync_room_groups()
        self.meetingOpened.emit(meeting_id)

    def _setup_changed(self) -> None:
        if self.meeting_id is None:
            return
        self.meetings.follow_head_count(self.meeting_id)
        self.controller.reload_plan()
        self.blocks.set_meeting(self.meeting_id)  # people and values for the pickers
        self.steps.load(self.meeting_id)  # statements or departments may have changed
        self._refresh_title()

    def _refresh_title(self) -> None:
        if self.meeting_id is None:
            return
        company, quarter = self.meetings.title_of(self.meeting_id)
        title = self.tr("{app} — {company} {quarter}").format(
            app=APP_NAME, company=company, quarter=quarter
        )
        if self._shared_location is not None:  # shown without any password
            title += self.tr(" — shared: {where}").format(where=self._shared_location)
        self.setWindowTitle(title)

    def _refresh_agenda(self) -> None:
        from facilitator.texts import minutes_text

        run = self.controller.run
        if run is None:
            return
        selected = self.agenda_view.currentIndex().row()
        on_run_page = self.pages.currentWidget() is self.run_page
        on_break = run.active_break
        self.agenda_model.set_items(
            run.meeting_start,
            run.items(),
            self._last_time,
            on_break.slot if on_break is not None else run.current.kind,
        )
        if on_run_page and selected >= 0:
            self.agenda_view.selectionModel().blockSignals(True)
            self.agenda_view.setCurrentIndex(self.agenda_model.index(selected))
            self.agenda_view.selectionModel().blockSignals(False)
        end = self.agenda_model.planned_end()
        self.total_label.setText(
            self.tr("Total {total} · planned end {end}").format(
                total=minutes_text(self.agenda_model.total_minutes()),
                end=f"{end:%H:%M}" if end else "–",
            )
        )

    def _show_no_meeting(self) -> None:
        self.setWindowTitle(self.tr("{app} — no meeting open").format(app=APP_NAME))
        self.agenda_model.clear()
        self.total_label.clear()
        self.setup_button.setEnabled(False)
        self.export_action.setEnabled(False)
        self.departments_action.setEnabled(False)
        self.email_action.setEnabled(False)
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
        row = self.agenda_model.row_of(run.current.kind) if index is None else index
        self.setup_button.setEnabled(True)
        self.agenda_view.setCurrentIndex(self.agenda_model.index(row))
        self._focus_the_run()

    def _focus_the_run(self) -> None:
        """Focus on the run's Start/Pause button (named, and where Space and Return do
        what the clicker's Space does) unless the leader is in the run page or the
        agenda already: never left on a hidden page or on the sidebar's setup button."""
        focus = self.focusWidget()
        if focus is self.agenda_view:
            return
        if (
            focus is None
            or not focus.isVisible()
            or focus is self.setup_button
            or not self.run_page.isAncestorOf(focus)
        ):
            self.run_page.toggle_button.setFocus()

    def _agenda_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        from facilitator.domain.agenda import BlockKind

        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        self.setup_button.setChecked(False)
        run = self.controller.run
        if index.data(self.agenda_model.KindRole) is None:  # a break's row
            after = BlockKind(index.data(self.agenda_model.BreakAfterRole))
            planned = run.break_after(after) if run is not None else None
            if planned is not None:
                self.run_page.show_break_brief(after, planned)
                self.pages.setCurrentWidget(self.run_page)
            return
        kind = BlockKind(index.data(self.agenda_model.KindRole))
        self.blocks.ensure_loaded(kind)
        self.run_page.show_brief(
            kind,
            index.data(self.agenda_model.PlannedMinutesRole),
            index.data(self.agenda_model.LastTimeRole),
            run.break_after(kind) if run is not None else None,
        )
        self.pages.setCurrentWidget(self.run_page)

    # -- running --------------------------------------------------------------------------

    def _tick(self, view) -> None:
        from facilitator.ui.numbers import clock_text

        self.run_page.show_view(view)
        self.blocks.update_presenter(view)
        room_view = self._room_view(view)
        now = self.controller.now()
        self.presenter.update(room_view, clock_text(now))
        if self.room_link.is_on():
            window = self.presenter.window
            self.room_link.publish(room_view, now, window.content_lines(), window.is_blank())
            self.room_link.set_messages_open(self._good_news_running(view))

    def _room_view(self, view):
        """What the room's big number shows: during group work, the group work's time."""
        from facilitator.domain.meeting_run import group_work_view
        from facilitator.domain.run_steps import StepKind
        from facilitator.domain.timer import TimerState

        state = self.steps.state()
        if state is None or state.step.kind is not StepKind.GROUP_WORK:
            return view
        remaining = self.blocks.groups.group_work_remaining()
        if remaining is None or view.state is not TimerState.RUNNING:
            return view
        return group_work_view(
            view, remaining, self.blocks.groups.group_work_seconds(), self.controller.policy
        )

    def _step_changed(self, state: StepState) -> None:
        self.blocks.show_step(state.step)
        self._show_step_hint()
        run = self.controller.run
        moved = state.step.block is not self._step_block
        self._step_block = state.step.block
        if moved and self.pages.currentWidget() is self.run_page and run is not None:
            row = self.agenda_model.row_of(state.step.block)
            if self.agenda_view.currentIndex().row() != row:
                self.show_run_page(row)  # the panel follows the run into its next block
            if self.focusWidget() is not self.agenda_view:
                self.run_page.toggle_button.setFocus()  # the last block's panel is hidden

    def _show_step_hint(self) -> None:
        """Where the run is and what PageDown does next; said again when the timers change
        (Space starts the block: "PageDown or Space starts …" no longer holds)."""
        from facilitator.domain.timer import TimerState

        state, run = self.steps.state(), self.controller.run
        if state is None or run is None:
            return
        started = run.timer(state.step.block).state is not TimerState.IDLE
        self.run_page.show_step(state, started)

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
        if self.meeting_id is None or not self.controller.set_break(after, kind, minutes):
            return
        self.steps.load(self.meeting_id)

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

    def toggle_presenter(self) -> None:
        self.presenter.toggle()
        view = self.controller.view()
        if view is not None:
            self._tick(view)

    def _presenter_fullscreen(self) -> None:
        """F5: the room's screen full screen (shown first if it is not)."""
        if not self.presenter.is_shown():
            self.toggle_presenter()
        if not self.presenter.window.isFullScreen():
            self.presenter.window.toggle_fullscreen()

    def _presenter_toggle_fullscreen(self) -> None:
        if not self.presenter.is_shown():
            self.toggle_presenter()
        self.presenter.window.toggle_fullscreen()

    def _refresh_screen_actions(self) -> None:
        self.presenter_action.setChecked(self.presenter.is_shown())
        self.send_back_action.setEnabled(self.presenter.remembered_screen_is_back())
        self.screens_menu.clear()
        for screen in self.presenter.screens():
            action = self.screens_menu.addAction(
                self.tr("{name} ({width}×{height})").format(
                    name=screen.name(),
                    width=screen.size().width(),
                    height=screen.size().height(),
                )
            )
            action.triggered.connect(lambda _=False, s=screen: self.presenter.show(s))

    def set_chime(self, enabled: bool) -> None:
        from facilitator.ui.run import preferences

        self.chime.enabled = enabled
        preferences.set_chime(self.settings, enabled)

    # -- room link ------------------------------------------------------------------------

    def show_room_link(self) -> None:
        from facilitator.ui.room_link.room_link_dialog import RoomLinkDialog

        if self.room_link_dialog is None:
            self.room_link_dialog = RoomLinkDialog(self.room_link, self.settings, self)
            self.room_link_dialog.showOnRoomScreen.connect(self._room_link_on_screen)
            self.room_link_dialog.showScribeCodes.connect(self._scribe_codes_on_screen)
        self.room_link_dialog.show()
        self.room_link_dialog.raise_()

    def _room_link_on_screen(self, shown: bool) -> None:
        url = self.room_link.participant_url()
        self.presenter.window.show_room_link(url if shown else None)

    def _scribe_codes_on_screen(self, shown: bool) -> None:
        names, urls = self.room_link.group_names(), self.room_link.scribe_urls()
        codes = [(names[gid], url) for gid, url in urls.items()] if shown else None
        self.presenter.window.show_scribe_codes(codes)

    def _room_link_changed(self) -> None:
        on = self.room_link.is_on()
        self.blocks.reports.room_scores.setVisible(on)
        if not on:
            self.blocks.reports.room_scores.close_poll()
            self.presenter.window.show_room_link(None)
            self.presenter.window.show_scribe_codes(None)
        else:
            view = self.controller.view()
            if view is not None:
                self._tick(view)  # the phones get the screen at once, not at the next second

    def _room_scoring(self, opened: bool) -> None:
        """The leader opened (or closed) the phones' scoring of the report shown."""
        poll = self.blocks.reports.current_poll()
        if opened and poll is not None:
            self.room_link.open_poll(*poll)
        else:
            self.room_link.open_poll(None)

    @staticmethod
    def _good_news_running(view) -> bool:
        """The phones may send good news and shout-outs while block 1 runs or pauses."""
        from facilitator.domain.agenda import BlockKind
        from facilitator.domain.timer import TimerState

        return (
            view.kind is BlockKind.GOOD_NEWS
            and view.on_break is None
            and view.state in (TimerState.RUNNING, TimerState.PAUSED)
        )

    def _sync_room_groups(self) -> None:
        groups = self.blocks.groups.controller
        self.room_link.set_groups(dict(zip(groups.group_ids, groups.names, strict=True)))

    def _scribe_note_added(self, group_id: int) -> None:
        flip_chart = self.blocks.groups.flip_chart
        if flip_chart.group_id == group_id:
            flip_chart.reload()

    def _end_room_link_when_done(self) -> None:
        """The meeting is over when its last block is done: its links end with it."""
        from facilitator.domain.timer import TimerState

        run = self.controller.run
        if (
            self.room_link.is_on()
            and run is not None
            and all(block.timer.state is TimerState.DONE for block in run.blocks)
        ):
            self.room_link.turn_off()

    def set_paper(self, paper: Paper) -> None:
        choose_paper(self.settings, paper)

    def send_presenter_back(self) -> None:
        self.presenter.send_back()

    def _ask_about_gap(self, gap_seconds: float) -> None:
        """Asked inline on the run page (shown if the leader was elsewhere)."""
        self.run_page.gap_question.ask(gap_seconds, self.controller.resolve_gap)
        if self.meeting_id is not None and self.pages.currentWidget() is not self.run_page:
            self.show_run_page()

    # -- minutes --------------------------------------------------------------------------

    def export_minutes(self) -> None:
        """Before the meeting has started there are no minutes: the agenda is printed."""
        if self.meeting_id is not None:
            self._flush_setup()
            if self._not_started():
                self.setup_page.preparation.paper = self.minutes.paper
                self.setup_page.preparation.export_agenda()
            else:
                self.minutes.export(self.meeting_id)

    def export_department_results(self) -> None:
        if self.meeting_id is not None:
            self._flush_setup()
            self.blocks.flush()
            self.minutes.export_departments(self.meeting_id)

    def email_minutes(self) -> None:
        """Before the meeting has started, what goes out by e-mail is the invitation."""
        if self.meeting_id is not None:
            self._flush_setup()
            if self._not_started():
                self.show_setup()
                self.setup_page.tabs.setCurrentWidget(self.setup_page.preparation)
                self.setup_page.preparation.write_invitation()
            else:
                self.minutes.email(self.meeting_id)

    def _not_started(self) -> bool:
        from facilitator.domain.agenda import BlockKind
        from facilitator.domain.timer import TimerState

        run = self.controller.run
        return run is None or all(run.timer(kind).state is TimerState.IDLE for kind in BlockKind)

    # -- dialogs, errors and closing ------------------------------------------------------

    def show_preferences(self) -> None:
        from facilitator.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(self._apply_preferences)
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self) -> None:
        """What can change at once does: warning, chime, paper (language at next start)."""
        from facilitator.ui.run import preferences

        self.controller.set_policy(preferences.warning_policy(self.settings))
        self.chime_action.setChecked(preferences.chime_enabled(self.settings))
        self.keys.single_keys = preferences.single_keys_enabled(self.settings)
        for action in self.paper_actions.actions():
            action.setChecked(action.data() == self.minutes.paper.value)

    def show_shortcuts(self) -> None:
        from facilitator.ui.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def show_store_error(self, error: StoreError) -> None:
        """Said in the window's status line, not in a dialog: during the meeting a dialog
        would swallow the clicker's keys, and the timer must keep showing."""
        from facilitator.messages import store_message

        self.store_error.setText("⚠ " + store_message(error))
        self.store_error.show()
        self._store_error_timer.start()  # stays a minute, then the line is clear again

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Facilitator"),
            self.tr("{app} {version}\nRuns a company's quarterly OKR meeting.").format(
                app=APP_NAME, version=app_version()
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:  # closed while the database was opening
            super().closeEvent(event)
            return
        self._flush_setup()
        self.blocks.flush()
        self.room_link.turn_off()
        self.keys.stop()
        if self.shared_meeting is not None:
            self.shared_meeting.stop()
        self.controller.shutdown()
        self.presenter.close()
        super().closeEvent(event)


def _launch_on(target: Path | str, password: str | None) -> bool:
    from facilitator.ui.database_launch import launch_on

    return launch_on(target, password)


def _centred(widget: QWidget) -> QWidget:
    """`widget` in the middle of a page, by stretches rather than an alignment flag: the
    frame is painted before the Qt namespace (and its hundred enums) is first used."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    page = QWidget()
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return page
