"""The fields that identify a meeting, shared by the New meeting dialog and the setup page."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QCompleter, QDateEdit, QFormLayout, QLineEdit, QTimeEdit, QWidget

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.quarter import Quarter
from facilitator.domain.validation import Field


class MeetingDetailsFields(QWidget):
    """Company, quarter, date, start time, place and leader, read back as MeetingDetails."""

    edited = Signal()

    def __init__(self, companies: list[str], parent=None) -> None:
        super().__init__(parent)
        self.company = QLineEdit()
        self.company.setObjectName("companyEdit")
        self.company.setPlaceholderText(self.tr("e.g. Nordlys Energi AS"))
        self.company.setCompleter(QCompleter(companies, self))
        self.quarter = QLineEdit()
        self.quarter.setObjectName("quarterEdit")
        self.quarter.setPlaceholderText(self.tr("e.g. 2026 Q4"))
        self.quarter.setToolTip(self.tr("The quarter this meeting closes, like “2026 Q4”."))
        self.meeting_date = QDateEdit()
        self.meeting_date.setObjectName("dateEdit")
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("d MMMM yyyy")
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("startTimeEdit")
        self.start_time.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("placeEdit")
        self.leader = QLineEdit()
        self.leader.setObjectName("leaderEdit")

        self.setMaximumWidth(640)
        form = self.form = QFormLayout(self)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Quarter"), self.quarter)
        form.addRow(self.tr("&Date"), self.meeting_date)
        form.addRow(self.tr("&Start time"), self.start_time)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Meeting &leader"), self.leader)

        for line in (self.company, self.quarter, self.place, self.leader):
            line.editingFinished.connect(self.edited)
        self.meeting_date.dateChanged.connect(self.edited)
        self.start_time.timeChanged.connect(self.edited)

    def fill_defaults(self, today: date) -> None:
        self.quarter.setText(str(Quarter.containing(today)))
        self.meeting_date.setDate(QDate(today.year, today.month, today.day))
        self.start_time.setTime(QTime(9, 0))

    def fill(self, details: MeetingDetails) -> None:
        widgets = (
            self.company,
            self.quarter,
            self.meeting_date,
            self.start_time,
            self.place,
            self.leader,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.company.setText(details.company)
        self.quarter.setText(str(details.quarter))
        day = details.meeting_date
        self.meeting_date.setDate(QDate(day.year, day.month, day.day))
        self.start_time.setTime(QTime(details.start_time.hour, details.start_time.minute))
        self.place.setText(details.place)
        self.leader.setText(details.leader)
        for widget in widgets:
            widget.blockSignals(False)

    def read(self) -> MeetingDetails:
        """The typed details; raises ValidationError naming the first bad field."""
        qdate = self.meeting_date.date()
        qtime = self.start_time.time()
        return MeetingDetails.from_input(
            company=self.company.text(),
            quarter=self.quarter.text(),
            meeting_date=date(qdate.year(), qdate.month(), qdate.day()),
            start_time=time(qtime.hour(), qtime.minute()),
            place=self.place.text(),
            leader=self.leader.text(),
        )

    def widget_for(self, field: Field) -> QWidget:
        return {
            Field.COMPANY: self.company,
            Field.QUARTER: self.quarter,
            Field.MEETING_DATE: self.meeting_date,
            Field.START_TIME: self.start_time,
            Field.PLACE: self.place,
            Field.LEADER: self.leader,
        }.get(field, self.company)

    def mark_invalid(self, field: Field | None) -> None:
        """Outline the offending field in red; None clears every mark."""
        for line in (self.company, self.quarter, self.place, self.leader):
            line.setStyleSheet("")
        if field is not None:
            self.widget_for(field).setStyleSheet("border: 2px solid #c0392b;")
