"""The forms for one objective and one key result in block 5."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from facilitator.ui.naming import named


class ObjectiveEditor(QWidget):
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


class KeyResultEditor(QWidget):
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
