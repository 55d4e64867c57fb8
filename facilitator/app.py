"""Composition root: builds the QApplication, shows the window, opens the store.

The window's frame is shown and painted first; the database is opened (and migrated) and
attached once the frame is on the screen, so the leader sees the app at once rather than
after SQLAlchemy and the block panels have loaded (`MainWindow` explains the two steps).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.database_location import shown, with_password
from facilitator.paths import resolve_database_path, set_application_identity
from facilitator.store.errors import StoreError, StoreProblem

if TYPE_CHECKING:
    from facilitator.store.database import Database
    from facilitator.ui.main_thread_gc import MainThreadCollector
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.single_instance import SingleInstance

# If no paint arrives (a minimized start, a platform without expose events), the
# database is opened after this long anyway.
PAINT_WAIT_MS = 300


def run_gui(db_arg: str | None) -> int:
    set_application_identity()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    from PySide6.QtCore import QSettings

    from facilitator import i18n

    i18n.install_ui_language(i18n.chosen_language(QSettings()))
    from facilitator.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    path = resolve_database_path(db_arg)
    from facilitator.ui.single_instance import SingleInstance, instance_file

    instance = SingleInstance(instance_file(path))
    if not instance.acquire():
        brought = instance.ask_owner_to_show()
        print(
            QApplication.translate(
                "App",
                "“{path}” is already open in Facilitator; that window was brought to the front.",
            ).format(path=shown(path))
            if brought
            else QApplication.translate(
                "App", "“{path}” is already open in another Facilitator window."
            ).format(path=shown(path)),
            file=sys.stderr,
        )
        return 0
    from facilitator.ui.main_thread_gc import MainThreadCollector
    from facilitator.ui.main_window import MainWindow

    collector = MainThreadCollector(app)  # collections never run on a worker's thread
    window = MainWindow()
    window.show_opening(path.name if isinstance(path, Path) else shown(path))
    opening = _Opening(app, window, path, instance, collector)
    window.show_fitting_screen()
    try:
        return app.exec()
    finally:
        collector.stop()
        opening.close_database()
        instance.release()
        window.hide()
        window.deleteLater()


class _Opening(QObject):
    """Opens the database once the window's frame has been painted, then attaches it."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        path: Path | str,
        instance: SingleInstance,
        collector: MainThreadCollector,
    ) -> None:
        super().__init__(window)
        self._collector = collector
        self._app = app
        self._window = window
        self._path = path
        self._instance = instance
        self.db: Database | None = None
        self._started = False
        window.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._start)  # after this paint has reached the screen
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self._instance.listen()
        self.db = _open_or_explain(self._path)
        if self.db is None:
            self._app.exit(1)  # the window goes when `run_gui` returns
            return
        self._window.attach(self.db)
        self._instance.activated.connect(self._window.bring_to_front)
        self._window.open_latest()
        if self.db.rolled_back_interrupted_write:
            self._window.status_note(
                QApplication.translate(
                    "App",
                    "The last change before Facilitator stopped was not finished; SQLite "
                    "rolled it back, and everything saved before it is here.",
                )
            )
        self._collector.settle()

    def close_database(self) -> None:
        if self.db is not None:
            self.db.close()


def _open_or_explain(path: Path | str) -> Database | None:
    """Open the database; say why not, and offer the pre-upgrade copy when there is one.
    A shared meeting's server that wants a password gets it asked for (never saved)."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from facilitator.messages import store_message
    from facilitator.store.database import open_database
    from facilitator.store.migrate import restore_backup

    try:
        return open_database(path)
    except StoreError as error:
        message = store_message(error)
        print(message, file=sys.stderr)
        if error.problem is StoreProblem.NEEDS_PASSWORD and isinstance(path, str):
            password = _ask_password(shown(path))
            return _open_or_explain(with_password(path, password)) if password else None
        title = QApplication.translate("App", "Cannot open the database")
        if error.backup is None:
            QMessageBox.critical(None, title, message)
            return None
        question = QApplication.translate(
            "App",
            "{message}\n\nA copy was taken before an earlier upgrade: “{backup}”. Restore "
            "that copy? The current file is kept beside it, renamed to end in .damaged.",
        ).format(message=message, backup=error.backup.name)
        answer = QMessageBox.question(None, title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_backup(Path(error.path), error.backup)
        except (OSError, sqlite3.Error) as failure:
            QMessageBox.critical(None, title, str(failure))
            return None
        return _open_or_explain(path)


def _ask_password(where: str) -> str | None:
    """The password for a shared meeting's database, for this start only."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    password, given = QInputDialog.getText(
        None,
        QApplication.translate("App", "Password for the shared meeting"),
        QApplication.translate(
            "App", "Password for “{where}” (used for this start only, never saved):"
        ).format(where=where),
        QLineEdit.EchoMode.Password,
    )
    return password if given and password else None
