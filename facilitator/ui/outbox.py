"""Where e-mails wait in the user data folder, and handing a draft to the mail program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from facilitator.ui.message_bar import MessageBar


def outbox_folder() -> Path:
    """Messages waiting to be sent or opened, kept in the user data folder until they are."""
    folder = (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        / "outbox"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_draft(path: Path, message: MessageBar, opened_text: str) -> bool:
    """Open the .eml in the system's mail program and say so in `message`; when no
    program takes it, say where the draft is kept."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        message.show_info(opened_text)
        return True
    message.show_error(
        QCoreApplication.translate(
            "Outbox", "No mail program opened the draft; it is saved as {path}."
        ).format(path=path)
    )
    return False
