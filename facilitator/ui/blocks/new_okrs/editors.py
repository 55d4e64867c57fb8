"""The forms for one objective and one key result in block 5."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from facilitator.domain.okr import KeyResultItem, ObjectiveItem
from facilitator.ui.naming import named
from facilitator.ui.numbers import clock_text, edit_text


def fill_people(combo: QComboBox, people: dict[int, str], current: int | None) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("OkrPanel", "(no owner)"), None)
    for person_id, name in people.items():
        combo.addItem(name, person_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def _company(objectives: Iterable[ObjectiveItem]) -> list[ObjectiveItem]:
    return [o for o in objectives if o.department_id is None]


def _said(signal, field: str, value) -> Callable[..., None]:
    """A field's edit, said as (field, its value now) when it is finished or chosen."""
    return lambda *_: signal.emit(field, value())


class ObjectiveEditor(QWidget):
    edited = Signal(str, object)  # ObjectiveField, value

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.statement = named(QLineEdit(), "objectiveStatement")
        self.owner = named(QComboBox(), "objectiveOwner")
        self.serves = named(QComboBox(), "objectiveServes")
        # Approval by the top leader: "Draft" or "Approved by … at …", and the button that
        # approves or takes the approval back.
        self.approval = named(QLabel(), "objectiveApproval")
        self.approval.setWordWrap(True)
        self.approve = named(QPushButton(), "objectiveApprove")
        self.add_kr = named(QPushButton(self.tr("+ Key result")), "addKeyResult")
        self.delete = QPushButton(self.tr("Delete objective…"))
        form = QFormLayout(self)
        form.addRow(self.tr("Objective"), self.statement)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Became from company key result"), self.serves)
        form.addRow(self.tr("Approval"), self.approval)
        form.addRow("", self.approve)
        row = QHBoxLayout()
        row.addWidget(self.add_kr)
        row.addStretch(1)
        row.addWidget(self.delete)
        form.addRow(row)
        self.statement.editingFinished.connect(_said(self.edited, "statement", self.statement.text))
        self.owner.activated.connect(_said(self.edited, "owner_id", self.owner.currentData))
        self.serves.activated.connect(
            _said(self.edited, "aligned_key_result_id", self.serves.currentData)
        )

    def show_objective(
        self, objective: ObjectiveItem, objectives: list[ObjectiveItem], people: dict[int, str]
    ) -> None:
        """Fill the form for `objective`; a department's may serve a company key result."""
        self.statement.setText(objective.statement)
        fill_people(self.owner, people, objective.owner_id)
        self.serves.clear()
        self.serves.addItem(self.tr("(its own objective)"), None)
        for company in _company(objectives):
            for kr in company.key_results:
                self.serves.addItem(kr.statement, kr.id)
        self.serves.setCurrentIndex(max(0, self.serves.findData(objective.aligned_key_result_id)))
        self.serves.setEnabled(objective.department_id is not None)
        self.show_approval(objective)

    def show_approval(self, objective: ObjectiveItem) -> None:
        if objective.approved_by_name is None:
            self.approval.setText(self.tr("Draft: not approved yet"))
            self.approve.setText(self.tr("Approve"))
            return
        moment = objective.approved_at.astimezone() if objective.approved_at else None
        self.approval.setText(
            self.tr("Approved by {name} at {time}").format(
                name=objective.approved_by_name,
                time=clock_text(moment) if moment else "–",
            )
        )
        self.approve.setText(self.tr("Take back approval"))


class KeyResultEditor(QWidget):
    edited = Signal(str, object)  # KeyResultField, value

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.statement = named(QLineEdit(), "krStatement")
        self.start = named(QLineEdit(), "krStart")
        self.target = named(QLineEdit(), "krTarget")
        self.unit = named(QLineEdit(), "krUnit")
        self.owner = named(QComboBox(), "krOwner")
        self.serves = named(QComboBox(), "krServes")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "color: #d08a00; font-weight: 600;"
        )  # amber reads on light and dark
        self.to_department = named(
            QPushButton(self.tr("Make it a department objective…")), "krToDepartment"
        )
        self.delete = QPushButton(self.tr("Delete key result"))
        form = QFormLayout(self)
        form.addRow(self.tr("Key result"), self.statement)
        numbers = QHBoxLayout()
        for label, edit in (
            (self.tr("Start"), self.start),
            (self.tr("Target"), self.target),
            (self.tr("Unit"), self.unit),
        ):
            numbers.addWidget(QLabel(label))
            numbers.addWidget(edit)
        form.addRow(numbers)
        form.addRow(self.hint)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Serves company objective"), self.serves)
        row = QHBoxLayout()
        row.addWidget(self.to_department)
        row.addStretch(1)
        row.addWidget(self.delete)
        form.addRow(row)
        for field, edit in (
            ("statement", self.statement),
            ("start_value", self.start),
            ("target_value", self.target),
            ("unit", self.unit),
        ):
            edit.editingFinished.connect(_said(self.edited, field, edit.text))
        self.owner.activated.connect(_said(self.edited, "owner_id", self.owner.currentData))
        self.serves.activated.connect(
            _said(self.edited, "aligned_objective_id", self.serves.currentData)
        )

    def show_key_result(
        self,
        objective: ObjectiveItem,
        kr: KeyResultItem,
        objectives: list[ObjectiveItem],
        people: dict[int, str],
        has_departments: bool,
    ) -> None:
        """Fill the form for `kr` of `objective`: a company key result can become a
        department objective; a department's may serve a company objective."""
        self.statement.setText(kr.statement)
        self.start.setText(edit_text(kr.start_value))
        self.target.setText(edit_text(kr.target_value))
        self.unit.setText(kr.unit)
        fill_people(self.owner, people, kr.owner_id)
        measurable = kr.start_value is not None and kr.target_value is not None
        self.hint.setText(
            ""
            if measurable
            else self.tr(
                "Make it measurable: where do we start, where do we want to be, and in what unit?"
            )
        )
        self.serves.clear()
        self.serves.addItem(self.tr("(none)"), None)
        for company in _company(objectives):
            self.serves.addItem(company.statement, company.id)
        self.serves.setCurrentIndex(max(0, self.serves.findData(kr.aligned_objective_id)))
        department_kr = objective.department_id is not None
        self.serves.setEnabled(department_kr)
        self.to_department.setEnabled(not department_kr and has_departments)
