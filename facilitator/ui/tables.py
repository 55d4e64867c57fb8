"""Tables that a keyboard user can leave."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def table_view(object_name: str) -> QTableView:
    """A table whose Tab goes on to the next control: Qt's tables move from cell to cell on
    Tab, which traps a keyboard user in a table with rows. The arrows move between cells."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setTabKeyNavigation(False)
    return table
