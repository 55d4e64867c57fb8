"""What `window_parts.py` and `window_wiring.py` need of the control window: the frame's
widgets and settings it has from the start, the parts they set on it, and the commands
they connect. `MainWindow` is one (by its shape: no import of it, so no circle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QListView, QMenu, QStackedWidget, QToolButton, QWidget

from facilitator.ui.message_bridge import MessageBridge

if TYPE_CHECKING:
    from facilitator.ui.agenda_sidebar import AgendaSidebar
    from facilitator.ui.blocks.block_panels import BlockPanels
    from facilitator.ui.meeting_commands import MeetingCommands
    from facilitator.ui.meetings_controller import MeetingsController
    from facilitator.ui.minutes.minutes_actions import MinutesActions
    from facilitator.ui.models.agenda_model import AgendaListModel
    from facilitator.ui.other_laptops import OtherLaptops
    from facilitator.ui.presenter.placement import PresenterPlacement
    from facilitator.ui.presenter.room_feed import RoomFeed
    from facilitator.ui.room_link.room_link import RoomLink
    from facilitator.ui.room_link.room_link_controls import RoomLinkControls
    from facilitator.ui.run.chime import Chime
    from facilitator.ui.run.controller import RunController
    from facilitator.ui.run.keys import ClickerKeys
    from facilitator.ui.run.run_page import RunPage
    from facilitator.ui.run.step_driver import StepDriver
    from facilitator.ui.setup.setup_page import SetupPage
    from facilitator.ui.welcome_page import WelcomePage


class WindowHost(Protocol):
    # The frame's, from the start.
    settings: QSettings
    messages: MessageBridge
    setup_button: QToolButton
    agenda_view: QListView
    total_label: QLabel
    pages: QStackedWidget
    meeting_id: int | None
    # The parts, set by `build_parts`.
    meetings: MeetingsController
    meeting_commands: MeetingCommands
    controller: RunController
    chime: Chime
    presenter: PresenterPlacement
    minutes: MinutesActions
    blocks: BlockPanels
    steps: StepDriver
    room_link: RoomLink
    room_link_controls: RoomLinkControls
    room_feed: RoomFeed
    sidebar: AgendaSidebar
    agenda_model: AgendaListModel
    keys: ClickerKeys
    welcome_page: WelcomePage
    run_page: RunPage
    shared_meeting: OtherLaptops | None
    shared_location: str | None
    # The menus' actions the wiring and the commands keep up to date.
    presenter_action: QAction
    send_back_action: QAction
    chime_action: QAction
    paper_actions: QActionGroup
    screens_menu: QMenu

    def window(self) -> QWidget: ...
    def focusWidget(self) -> QWidget | None: ...  # QWidget.window(): the top-level widget, itself
    def show_setup(self) -> None: ...
    def show_run_page(self, index: int | None = None) -> None: ...
    def flush_setup(self) -> None: ...
    @property
    def setup_page(self) -> SetupPage: ...
    def toggle_presenter(self) -> None: ...
    def repaint_room(self) -> None: ...
