"""The control window's frame: what is on the screen before the database is open.

The sidebar (setup button, agenda, total), the pages with "Opening…", the status line and
the menus' titles. It needs only Qt widgets and must not touch PySide's `Qt` namespace
(no alignment flags, no key sequences): its first use creates about a hundred Python
enums, 25 ms, which the app pays after the first paint instead."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.naming import named

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


@dataclass(frozen=True)
class Frame:
    setup_button: QToolButton
    agenda_view: QListView
    total_label: QLabel
    opening_label: QLabel
    pages: QStackedWidget
    store_error: QLabel
    menu_titles: tuple[QMenu, QMenu, QMenu]


def build_frame(window: QMainWindow) -> Frame:
    """Build the frame into `window`; the menus stay disabled until it has a database."""
    setup_button = named(QToolButton(), "setupNavButton")
    setup_button.setText(translate("MainWindow", "Meeting setup"))
    setup_button.setCheckable(True)
    setup_button.setEnabled(False)
    setup_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    agenda_view = named(QListView(), "agendaList")
    agenda_view.setSpacing(4)
    agenda_view.setWordWrap(True)
    agenda_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    agenda_view.setAccessibleName(translate("MainWindow", "Agenda"))
    total_label = named(QLabel(), "agendaTotal")
    total_label.setWordWrap(True)
    opening_label = named(QLabel(translate("MainWindow", "Opening…")), "openingLabel")
    pages = named(QStackedWidget(), "pages")
    pages.addWidget(centred(opening_label))

    splitter = QSplitter()
    splitter.addWidget(_sidebar(setup_button, agenda_view, total_label))
    splitter.addWidget(pages)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([250, 950])
    window.setCentralWidget(splitter)
    window.setMinimumSize(640, 480)
    window.resize(1200, 780)

    store_error = named(QLabel(), "storeError")
    store_error.setWordWrap(True)
    store_error.setStyleSheet("color: #d22f36; font-weight: 600; padding: 2px 6px;")
    store_error.hide()
    window.statusBar().addWidget(store_error, 1)
    bar = window.menuBar()
    titles = (
        bar.addMenu(translate("MainWindow", "&File")),
        bar.addMenu(translate("MainWindow", "&View")),
        bar.addMenu(translate("MainWindow", "&Help")),
    )
    bar.setEnabled(False)
    return Frame(setup_button, agenda_view, total_label, opening_label, pages, store_error, titles)


def _sidebar(setup_button: QToolButton, agenda_view: QListView, total: QLabel) -> QWidget:
    heading = QLabel(translate("MainWindow", "Agenda"))
    heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
    sidebar = named(QWidget(), "sidebar")
    layout = QVBoxLayout(sidebar)
    layout.addWidget(setup_button)
    layout.addWidget(heading)
    layout.addWidget(agenda_view, 1)
    layout.addWidget(total)
    sidebar.setMinimumWidth(200)
    return sidebar


def centred(widget: QWidget) -> QWidget:
    """`widget` in the middle of a page, by stretches rather than an alignment flag."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    page = QWidget()
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return page
