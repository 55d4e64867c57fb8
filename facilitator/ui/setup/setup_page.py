"""The meeting setup page: details, participants, departments, company profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.ui.naming import named
from facilitator.ui.setup.company_tab import CompanyTab
from facilitator.ui.setup.departments_tab import DepartmentsTab
from facilitator.ui.setup.details_tab import DetailsTab
from facilitator.ui.setup.participants_tab import ParticipantsTab
from facilitator.ui.setup.preparation_tab import PreparationTab


class SetupPage(QWidget):
    meetingChanged = Signal()  # details or head count changed: title and agenda refresh
    runRequested = Signal()  # "Go to the run": the leader is ready
    statementsChanged = Signal()  # vision, mission, purpose or values: block 2's steps

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.details = DetailsTab(db)
        self.participants = ParticipantsTab(db)
        self.departments = DepartmentsTab(db)
        self.company = CompanyTab(db)
        self.preparation = PreparationTab(db)
        self.tabs = named(QTabWidget(), "setupTabs")
        self.tabs.addTab(self.details, self.tr("Meeting"))
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.departments, self.tr("Departments"))
        self.tabs.addTab(self.company, self.tr("Vision and values"))
        self.tabs.addTab(self.preparation, self.tr("Before the meeting"))
        # What to do next, for a leader who has not run a meeting with the app before.
        self.next_hint = named(
            QLabel(
                self.tr(
                    "Next: add the participants (type them or import a CSV file), then their "
                    "departments and the vision and values. When the room is ready, go to the run "
                    "and press PageDown (or a clicker's forward button) to start block 1."
                )
            ),
            "setupNextHint",
        )
        self.next_hint.setWordWrap(True)
        self.run_button = named(QPushButton(self.tr("Go to the run ▶")), "goToRunButton")
        self.run_button.clicked.connect(self.runRequested)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.next_hint, 1)
        hint_row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(hint_row)

        self.details.detailsSaved.connect(self.meetingChanged)
        self.participants.participantsChanged.connect(self.departments.reload)
        self.participants.participantsChanged.connect(self.meetingChanged)
        self.departments.departmentsChanged.connect(self.participants.model.reload)
        self.details.detailsSaved.connect(self._plan_changed)
        self.participants.participantsChanged.connect(self._plan_changed)
        self.departments.departmentsChanged.connect(self._plan_changed)
        self.company.statementsChanged.connect(self.statementsChanged)

    def set_meeting(self, meeting_id: int) -> None:
        self.details.set_meeting(meeting_id)
        self.participants.set_meeting(meeting_id)
        self.departments.set_meeting(meeting_id)
        self.company.set_meeting(meeting_id)
        self.preparation.set_meeting(meeting_id)

    def _plan_changed(self) -> None:
        """Who prepares what follows the participants, departments and leader."""
        self.preparation.refresh()

    def flush(self) -> None:
        self.company.flush()
