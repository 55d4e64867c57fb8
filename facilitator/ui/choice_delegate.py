"""A table cell edited by picking one of a few named choices (a status, a follow-up)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    """`choices`: (label, value) pairs; the model's EditRole holds the value."""

    def __init__(self, choices: list[tuple[str, str | None]], parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for label, value in self._choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
