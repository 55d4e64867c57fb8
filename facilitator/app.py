"""Composition root: builds the QApplication, opens the store, shows the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.messages import store_message
from facilitator.paths import resolve_database_path, set_application_identity
from facilitator.store.database import open_database
from facilitator.store.errors import StoreError


def run_gui(db_arg: str | None) -> int:
    set_application_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    from PySide6.QtCore import QSettings

    from facilitator import i18n

    i18n.install_ui_language(i18n.chosen_language(QSettings()))
    from facilitator.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    path = resolve_database_path(db_arg)
    try:
        db = open_database(path)
    except StoreError as error:
        message = store_message(error)
        print(message, file=sys.stderr)
        QMessageBox.critical(
            None, QApplication.translate("App", "Cannot open the database"), message
        )
        return 1
    from facilitator.ui.main_window import MainWindow

    window = MainWindow(db)
    window.open_latest()
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
