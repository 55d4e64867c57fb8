"""The control window's menus: File, View and Help.

`build_menus` takes any window that offers the commands (`MenuHost`) and returns the
actions the window enables and checks later (`MenuActions`); it never imports the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from facilitator.report.paper import Paper
from facilitator.ui.minutes.paper_choice import chosen_paper
from facilitator.ui.run.preferences import chime_enabled

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class MenuHost(Protocol):
    """What the menus need of the window they are built on. Only its settings and its
    commands: the menus exist before the window has opened its database."""

    settings: QSettings

    def new_meeting(self) -> None: ...
    def open_meeting(self) -> None: ...
    def open_database(self) -> None: ...
    def close(self) -> bool: ...
    def export_minutes(self) -> None: ...
    def export_department_results(self) -> None: ...
    def export_workbook(self) -> None: ...
    def email_minutes(self) -> None: ...
    def show_preferences(self) -> None: ...
    def toggle_presenter(self) -> None: ...
    def set_chime(self, enabled: bool) -> None: ...
    def set_paper(self, paper: Paper) -> None: ...
    def send_presenter_back(self) -> None: ...
    def show_room_link(self) -> None: ...
    def show_questions(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...


@dataclass(frozen=True)
class MenuActions:
    new_action: QAction
    open_action: QAction
    export_action: QAction
    departments_action: QAction
    workbook_action: QAction
    email_action: QAction
    paper_actions: QActionGroup
    preferences_action: QAction
    presenter_action: QAction
    send_back_action: QAction
    chime_action: QAction
    view_menu: QMenu
    screens_menu: QMenu


def build_menus(
    window: MenuHost, parent: QWidget, file_menu: QMenu, view_menu: QMenu, help_menu: QMenu
) -> MenuActions:
    """The commands of the control window's File, View and Help menus, whose titles the
    window shows before it has a database (`parent` owns the actions)."""
    new_action = QAction(translate("MainWindow", "&New meeting…"), parent)
    new_action.setShortcut(QKeySequence.StandardKey.New)
    new_action.triggered.connect(window.new_meeting)
    open_action = QAction(translate("MainWindow", "&Open meeting…"), parent)
    open_action.setShortcut(QKeySequence.StandardKey.Open)
    open_action.triggered.connect(window.open_meeting)
    open_database_action = QAction(translate("MainWindow", "Open &database…"), parent)
    open_database_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
    open_database_action.triggered.connect(window.open_database)
    quit_action = QAction(translate("MainWindow", "&Quit"), parent)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    export_action = QAction(translate("MainWindow", "&Export minutes…"), parent)
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(window.export_minutes)
    departments_action = QAction(translate("MainWindow", "Export &department results…"), parent)
    departments_action.triggered.connect(window.export_department_results)
    workbook_action = QAction(translate("MainWindow", "Export &workbook…"), parent)
    workbook_action.triggered.connect(window.export_workbook)
    email_action = QAction(translate("MainWindow", "E-&mail minutes…"), parent)
    email_action.triggered.connect(window.email_minutes)
    paper_menu, paper_actions = _paper_choice(parent, window)
    file_menu.addActions([new_action, open_action, open_database_action])
    file_menu.addSeparator()
    file_menu.addActions([export_action, departments_action, workbook_action, email_action])
    file_menu.addMenu(paper_menu)
    preferences_action = QAction(translate("MainWindow", "&Preferences…"), parent)
    preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
    preferences_action.triggered.connect(window.show_preferences)
    file_menu.addAction(preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    presenter_action, send_back_action, screens_menu, chime_action = _view_commands(
        parent, window, view_menu
    )

    _help_commands(parent, window, help_menu)
    return MenuActions(
        new_action=new_action,
        open_action=open_action,
        export_action=export_action,
        departments_action=departments_action,
        workbook_action=workbook_action,
        email_action=email_action,
        paper_actions=paper_actions,
        preferences_action=preferences_action,
        presenter_action=presenter_action,
        send_back_action=send_back_action,
        chime_action=chime_action,
        view_menu=view_menu,
        screens_menu=screens_menu,
    )


def _help_commands(parent: QWidget, window: MenuHost, help_menu: QMenu) -> None:
    shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts"), parent)
    shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    shortcuts_action.triggered.connect(window.show_shortcuts)
    about_action = QAction(translate("MainWindow", "&About Facilitator"), parent)
    about_action.triggered.connect(window.show_about)
    help_menu.addActions([shortcuts_action, about_action])


def _paper_choice(parent: QWidget, window: MenuHost) -> tuple[QMenu, QActionGroup]:
    """File → Paper size: A4 or US Letter, the one chosen ticked."""
    paper_menu = QMenu(translate("MainWindow", "&Paper size"), parent)
    paper_actions = QActionGroup(parent)
    for paper, label in (
        (Paper.A4, translate("MainWindow", "A4")),
        (Paper.LETTER, translate("MainWindow", "US Letter")),
    ):
        action = paper_menu.addAction(label)
        action.setData(paper.value)
        action.setCheckable(True)
        action.setChecked(chosen_paper(window.settings) is paper)
        action.triggered.connect(lambda _=False, p=paper: window.set_paper(p))
        paper_actions.addAction(action)
    return paper_menu, paper_actions


def _view_commands(
    parent: QWidget, window: MenuHost, view_menu: QMenu
) -> tuple[QAction, QAction, QMenu, QAction]:
    """View: the room's screen, where it goes, the room link and the chime."""
    presenter_action = QAction(translate("MainWindow", "&Presenter view"), parent, checkable=True)
    presenter_action.setShortcut(QKeySequence("Ctrl+P"))
    presenter_action.triggered.connect(window.toggle_presenter)
    send_back_action = QAction(
        translate("MainWindow", "Send presenter view &back to its screen"), parent
    )
    send_back_action.triggered.connect(window.send_presenter_back)
    screens_menu = view_menu.addMenu(translate("MainWindow", "Presenter &screen"))
    chime_action = QAction(
        translate("MainWindow", "&Chime when a block reaches zero"), parent, checkable=True
    )
    chime_action.setChecked(chime_enabled(window.settings))
    chime_action.toggled.connect(window.set_chime)
    room_link_action = QAction(translate("MainWindow", "&Room link…"), parent)
    room_link_action.setShortcut(QKeySequence("Ctrl+L"))
    room_link_action.triggered.connect(window.show_room_link)
    questions_action = QAction(translate("MainWindow", "&Questions from the room…"), parent)
    questions_action.triggered.connect(window.show_questions)
    view_menu.addAction(presenter_action)
    view_menu.addAction(send_back_action)
    view_menu.addAction(room_link_action)
    view_menu.addAction(questions_action)
    view_menu.addSeparator()
    view_menu.addAction(chime_action)
    return presenter_action, send_back_action, screens_menu, chime_action
