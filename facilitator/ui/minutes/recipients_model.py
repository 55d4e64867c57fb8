"""The people the minutes go to: each participant with an address, tickable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RecipientsModel(QAbstractListModel):
    AddressRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, people: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self._people = list(people)
        self._ticked = [True] * len(self._people)

    def chosen(self) -> list[tuple[str, str]]:
        return [p for p, ticked in zip(self._people, self._ticked, strict=True) if ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, address = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name} <{address}>"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ticked[index.row()] else Qt.CheckState.Unchecked
        if role == self.AddressRole:
            return address
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True
