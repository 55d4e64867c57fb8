"""Asking which edit to keep when another laptop on a shared meeting changed the same
value: theirs (what is stored now) or mine (what was just typed). Nothing is lost silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.store.errors import EditConflictError


def shown_value(value: object) -> str:
    if value in (None, ""):
        return QCoreApplication.translate("ConflictQuestion", "(empty)")
    return str(value)


def keep_mine(parent: QWidget | None, conflict: EditConflictError, what: str) -> bool:
    """Ask; True when the person keeps their own edit (it is then written over theirs)."""
    translate = QCoreApplication.translate

    box = QMessageBox(parent)
    box.setObjectName("conflictQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ConflictQuestion", "Changed on another laptop"))
    box.setText(
        translate(
            "ConflictQuestion", "{what} was changed on another laptop while you were editing it."
        ).format(what=what)
    )
    box.setInformativeText(
        translate("ConflictQuestion", "On the other laptop: {theirs}\nYours: {yours}").format(
            theirs=shown_value(conflict.theirs), yours=shown_value(conflict.yours)
        )
    )
    theirs_button = box.addButton(
        translate("ConflictQuestion", "Keep theirs"), QMessageBox.ButtonRole.RejectRole
    )
    mine_button = box.addButton(
        translate("ConflictQuestion", "Use mine"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs_button.setObjectName("keepTheirs")
    mine_button.setObjectName("useMine")
    box.setDefaultButton(theirs_button)
    box.exec()
    return box.clickedButton() is mine_button
