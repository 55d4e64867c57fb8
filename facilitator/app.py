"""Composition root: builds the QApplication, opens the store, shows the main window."""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.messages import store_message
from facilitator.paths import resolve_database_path, set_application_identity
from facilitator.store.database import Database, open_database
from facilitator.store.errors import StoreError
from facilitator.store.migrate import restore_backup


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
    from facilitator.ui.single_instance import SingleInstance

    instance = SingleInstance(path)
    if not instance.acquire():
        shown = instance.ask_owner_to_show()
        print(
            QApplication.translate(
                "App",
                "“{path}” is already open in Facilitator; that window was brought to the front.",
            ).format(path=path)
            if shown
            else QApplication.translate(
                "App", "“{path}” is already open in another Facilitator window."
            ).format(path=path),
            file=sys.stderr,
        )
        return 0
    db = _open_or_explain(path)
    if db is None:
        instance.release()
        return 1
    from facilitator.ui.main_window import MainWindow

    window = MainWindow(db)
    instance.activated.connect(window.bring_to_front)
    window.open_latest()
    window.show_fitting_screen()
    try:
        return app.exec()
    finally:
        db.close()
        instance.release()


def _open_or_explain(path) -> Database | None:
    """Open the database; say why not, and offer the pre-upgrade copy when there is one."""
    try:
        return open_database(path)
    except StoreError as error:
        message = store_message(error)
        print(message, file=sys.stderr)
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
            restore_backup(error.path, error.backup)
        except (OSError, sqlite3.Error) as failure:
            QMessageBox.critical(None, title, str(failure))
            return None
        return _open_or_explain(path)
