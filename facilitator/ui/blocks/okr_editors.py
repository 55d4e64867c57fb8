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


class ObjectiveEditor(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.statement = QLineEdit(objectName="objectiveStatement")
        self.owner = QComboBox(objectName="objectiveOwner")
        self.serves = QComboBox(objectName="objectiveServes")
        # Approval by the top leader: "Draft" or "Approved by … at …", and the button that
        # approves or takes the approval back.
        self.approval = QLabel(objectName="objectiveApproval")
        self.approval.setWordWrap(True)
        self.approve = QPushButton(objectName="objectiveApprove")
        self.add_kr = QPushButton(self.tr("+ Key result"), objectName="addKeyResult")
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
        self.statement = QLineEdit(objectName="krStatement")
        self.start = QLineEdit(objectName="krStart")
        self.target = QLineEdit(objectName="krTarget")
        self.unit = QLineEdit(objectName="krUnit")
        self.owner = QComboBox(objectName="krOwner")
        self.serves = QComboBox(objectName="krServes")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(
            "color: #d08a00; font-weight: 600;"
        )  # amber reads on light and dark
        self.to_department = QPushButton(
            self.tr("Make it a department objective…"), objectName="krToDepartment"
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
