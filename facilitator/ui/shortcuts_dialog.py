"""Help → Keyboard shortcuts: the meeting keys as a cheat sheet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator.ui.run.keys import BINDINGS, describe


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 360)
        table = QTableWidget(len(BINDINGS), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, binding in enumerate(BINDINGS):
            table.setItem(row, 0, QTableWidgetItem(self.tr(" or ").join(binding.keys)))
            table.setItem(row, 1, QTableWidgetItem(describe(binding.action)))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.setTabKeyNavigation(False)  # Tab goes on to Close; the arrows move in the table
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        note = QLabel(
            self.tr(
                "PageDown, PageUp, F5 and Esc work wherever focus is. Space, B, '.', F, W, + and − "
                "work when focus is on no control that takes them (Space and Return press a "
                "focused button; a list or combo box selects by the letters typed); "
                "Preferences can switch them off."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table = table
