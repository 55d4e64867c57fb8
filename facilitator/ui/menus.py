"""The control window's menus: File, View and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from facilitator.report.paper import Paper

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def build_menus(window: MainWindow) -> None:
    """File, View and Help menus of the control window; actions are kept on it."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.new_action = QAction(translate("MainWindow", "&New meeting…"), window)
    window.new_action.setShortcut(QKeySequence.StandardKey.New)
    window.new_action.triggered.connect(window.new_meeting)
    window.open_action = QAction(translate("MainWindow", "&Open meeting…"), window)
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.open_action.triggered.connect(window.open_meeting)
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    window.export_action = QAction(translate("MainWindow", "&Export minutes…"), window)
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_action.triggered.connect(window.export_minutes)
    window.departments_action = QAction(
        translate("MainWindow", "Export &department results…"), window
    )
    window.departments_action.triggered.connect(window.export_department_results)
    window.email_action = QAction(translate("MainWindow", "E-&mail minutes…"), window)
    window.email_action.triggered.connect(window.email_minutes)
    paper_menu = QMenu(translate("MainWindow", "&Paper size"), window)
    window.paper_actions = QActionGroup(window)
    for paper, label in (
        (Paper.A4, translate("MainWindow", "A4")),
        (Paper.LETTER, translate("MainWindow", "US Letter")),
    ):
        action = paper_menu.addAction(label)
        action.setData(paper.value)
        action.setCheckable(True)
        action.setChecked(window.minutes.paper is paper)
        action.triggered.connect(lambda _=False, p=paper: window.minutes.set_paper(p))
        window.paper_actions.addAction(action)
    file_menu.addActions([window.new_action, window.open_action])
    file_menu.addSeparator()
    file_menu.addActions([window.export_action, window.departments_action, window.email_action])
    file_menu.addMenu(paper_menu)
    window.preferences_action = QAction(translate("MainWindow", "&Preferences…"), window)
    window.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
    window.preferences_action.triggered.connect(window.show_preferences)
    file_menu.addAction(window.preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    window.view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    window.presenter_action = QAction(
        translate("MainWindow", "&Presenter view"), window, checkable=True
    )
    window.presenter_action.setShortcut(QKeySequence("Ctrl+P"))
    window.presenter_action.triggered.connect(window.toggle_presenter)
    window.send_back_action = QAction(
        translate("MainWindow", "Send presenter view &back to its screen"), window
    )
    window.send_back_action.triggered.connect(window.presenter.send_back)
    window.screens_menu = window.view_menu.addMenu(translate("MainWindow", "Presenter &screen"))
    window.chime_action = QAction(
        translate("MainWindow", "&Chime when a block reaches zero"), window, checkable=True
    )
    window.chime_action.setChecked(window.chime.enabled)
    window.chime_action.toggled.connect(window.set_chime)
    window.view_menu.addAction(window.presenter_action)
    window.view_menu.addAction(window.send_back_action)
    window.view_menu.addSeparator()
    window.view_menu.addAction(window.chime_action)

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts"), window)
    shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    shortcuts_action.triggered.connect(window.show_shortcuts)
    about_action = QAction(translate("MainWindow", "&About Facilitator"), window)
    about_action.triggered.connect(window.show_about)
    help_menu.addActions([shortcuts_action, about_action])
