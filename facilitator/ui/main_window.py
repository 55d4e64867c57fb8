"""The control window on the leader's laptop: agenda sidebar and the pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import APP_NAME, __version__
from facilitator.domain.agenda import BlockKind
from facilitator.messages import store_message
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.block_page import BlockPage
from facilitator.ui.models.agenda_model import AgendaListModel
from facilitator.ui.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.open_meeting_dialog import OpenMeetingDialog
from facilitator.ui.setup.setup_page import SetupPage
from facilitator.ui.texts import minutes_text
from facilitator.ui.welcome_page import WelcomePage


class MainWindow(QMainWindow):
    meetingOpened = Signal(int)

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._db = db
        self._today = today
        self.meeting_id: int | None = None
        self.new_meeting_dialog: NewMeetingDialog | None = None
        self.open_meeting_dialog: OpenMeetingDialog | None = None

        self.setup_button = QToolButton(objectName="setupNavButton")
        self.setup_button.setText(self.tr("Meeting setup"))
        self.setup_button.setCheckable(True)
        self.setup_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setup_button.setSizePolicy(
            self.setup_button.sizePolicy().horizontalPolicy().Expanding,
            self.setup_button.sizePolicy().verticalPolicy(),
        )
        agenda_heading = QLabel(self.tr("Agenda"))
        agenda_heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.agenda_model = AgendaListModel(self)
        self.agenda_view = QListView(objectName="agendaList")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSpacing(4)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.total_label = QLabel(objectName="agendaTotal")
        self.total_label.setWordWrap(True)
        sidebar = QWidget(objectName="sidebar")
        side_layout = QVBoxLayout(sidebar)
        side_layout.addWidget(self.setup_button)
        side_layout.addWidget(agenda_heading)
        side_layout.addWidget(self.agenda_view, 1)
        side_layout.addWidget(self.total_label)
        sidebar.setMinimumWidth(280)

        self.welcome_page = WelcomePage()
        self.setup_page = SetupPage(db)
        self.block_page = BlockPage()
        self.pages = QStackedWidget(objectName="pages")
        for page in (self.welcome_page, self.setup_page, self.block_page):
            self.pages.addWidget(page)

        splitter = QSplitter()
        splitter.addWidget(sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.setCentralWidget(splitter)
        self.resize(1200, 760)

        self._build_menus()
        self.setup_button.clicked.connect(self.show_setup)
        self.agenda_view.selectionModel().selectionChanged.connect(self._agenda_selected)
        self.welcome_page.new_button.clicked.connect(self.new_meeting)
        self.welcome_page.open_button.clicked.connect(self.open_meeting)
        self.setup_page.meetingChanged.connect(self._refresh_meeting)
        self.setup_page.storeFailed.connect(self.show_store_error)
        self._show_no_meeting()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New meeting…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_meeting)
        self.open_action = QAction(self.tr("&Open meeting…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_meeting)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.new_action, self.open_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Facilitator"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    # -- meetings -----------------------------------------------------------------------

    def new_meeting(self) -> None:
        dialog = NewMeetingDialog(meetings.company_names(self._db), self._today(), self)
        dialog.accepted.connect(lambda: self._create_meeting(dialog))
        self.new_meeting_dialog = dialog
        dialog.open()

    def _create_meeting(self, dialog: NewMeetingDialog) -> None:
        assert dialog.details is not None
        try:
            meeting_id = meetings.create_meeting(self._db, dialog.details)
        except StoreError as error:
            self.show_store_error(error)
            return
        self.load_meeting(meeting_id)
        self.setup_page.tabs.setCurrentWidget(self.setup_page.participants)

    def open_meeting(self) -> None:
        dialog = OpenMeetingDialog(meetings.list_meetings(self._db), self)
        dialog.accepted.connect(lambda: self._open_selected(dialog))
        self.open_meeting_dialog = dialog
        dialog.open()

    def _open_selected(self, dialog: OpenMeetingDialog) -> None:
        meeting_id = dialog.selected_meeting_id()
        if meeting_id is not None:
            self.load_meeting(meeting_id)

    def open_latest(self) -> None:
        latest = meetings.latest_meeting_id(self._db)
        if latest is not None:
            self.load_meeting(latest)

    def load_meeting(self, meeting_id: int) -> None:
        self.setup_page.flush()
        self.meeting_id = meeting_id
        self.setup_page.set_meeting(meeting_id)
        self._refresh_meeting()
        self.show_setup()
        self.meetingOpened.emit(meeting_id)

    def _refresh_meeting(self) -> None:
        if self.meeting_id is None:
            return
        meeting = meetings.get_meeting(self._db, self.meeting_id)
        self.setWindowTitle(
            self.tr("{app} — {company} {quarter}").format(
                app=APP_NAME, company=meeting.company.name, quarter=meeting.quarter
            )
        )
        selected = self.agenda_view.currentIndex().row()
        self.agenda_model.set_meeting(meeting)
        if selected >= 0 and self.pages.currentWidget() is self.block_page:
            self.agenda_view.setCurrentIndex(self.agenda_model.index(selected))
        end = self.agenda_model.planned_end()
        self.total_label.setText(
            self.tr("Total {total} · planned end {end}").format(
                total=minutes_text(self.agenda_model.total_minutes()),
                end=f"{end:%H:%M}" if end else "–",
            )
        )

    def _show_no_meeting(self) -> None:
        self.setWindowTitle(self.tr("{app} — no meeting open").format(app=APP_NAME))
        self.agenda_model.set_meeting(None)
        self.total_label.clear()
        self.setup_button.setEnabled(False)
        self.pages.setCurrentWidget(self.welcome_page)

    # -- navigation ---------------------------------------------------------------------

    def show_setup(self) -> None:
        if self.meeting_id is None:
            return
        self.setup_button.setEnabled(True)
        self.setup_button.setChecked(True)
        self.agenda_view.clearSelection()
        self.pages.setCurrentWidget(self.setup_page)

    def _agenda_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        self.setup_button.setChecked(False)
        self.block_page.show_block(
            BlockKind(index.data(AgendaListModel.KindRole)),
            index.data(AgendaListModel.PlannedMinutesRole),
        )
        self.pages.setCurrentWidget(self.block_page)

    # -- errors and closing -------------------------------------------------------------

    def show_store_error(self, error: StoreError) -> None:
        QMessageBox.critical(self, self.tr("Could not save"), store_message(error))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Facilitator"),
            self.tr("{app} {version}\nRuns a company's quarterly OKR meeting.").format(
                app=APP_NAME, version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.setup_page.flush()
        super().closeEvent(event)
