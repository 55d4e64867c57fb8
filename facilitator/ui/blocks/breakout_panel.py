"""Block 2 (c): departments break out to evaluate themselves, one group per department.
A department of fewer than three is fine on its own; joining another is only suggested."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from facilitator.domain.groups import Person, by_department, department_flags
from facilitator.store.database import Database
from facilitator.store.participants import list_participants
from facilitator.ui.naming import named


class BreakoutPanel(QWidget):
    storeFailed = Signal(object)
    shownOnPresenter = Signal(object)  # list of group cards, or None

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.cards: list[tuple[str, list[str], str | None, str | None]] = []
        intro = QLabel(
            self.tr(
                "Each department goes to its own corner or room, evaluates "
                "itself the same way, and chooses one person to summarise."
            )
        )
        intro.setWordWrap(True)
        self.model = QStringListModel(self)
        self.list = named(QListView(), "breakoutList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.flags = named(QLabel(), "breakoutFlags")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("font-style: italic;")  # a suggestion, not a warning
        self.show_button = named(
            QPushButton(self.tr("Show the departments on the presenter view")), "showBreakout"
        )
        self.show_button.setCheckable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.flags)
        layout.addWidget(self.show_button)
        self.show_button.toggled.connect(self._publish)

    def set_meeting(self, meeting_id: int, meeting_day=None) -> None:
        people = [p for p in list_participants(self._db, meeting_id) if p.present]
        names = {p.id: p.name for p in people}
        persons = [Person(p.id, p.department.name if p.department else None) for p in people]
        departments = {p.id: p.department for p in persons}
        managers = {p.department.name: p.department.manager_id for p in people if p.department}
        self.cards = []
        for group in by_department(persons):
            department = departments[group[0]]
            manager = managers.get(department) if department is not None else None
            title = department or self.tr("No department")
            self.cards.append(
                (
                    title,
                    [names[p] for p in group],
                    None,
                    names.get(manager) if manager in group else None,
                )
            )
        self.model.setStringList(
            [
                f"{title} ({len(members)}): " + ", ".join(members)
                for title, members, _s, _p in self.cards
            ]
        )
        # A department of any size breaks out on its own (3–5 is block 3's rule): a small
        # one only gets the suggestion of company, never a warning.
        lines = []
        for flag in department_flags(persons):
            if flag.suggestion != "merge" or flag.merge_with is None:
                continue
            lines.append(
                self.tr("{name} ({n}) can break out on its own, or join {other}.").format(
                    name=flag.department or self.tr("No department"),
                    n=flag.size,
                    other=flag.merge_with,
                )
            )
        self.flags.setText("\n".join(lines))
        self.show_button.setChecked(False)

    def _publish(self, shown: bool) -> None:
        self.shownOnPresenter.emit(self.cards if shown else None)
