"""The control window's parts, built when it has its database (`WindowHost.attach`).

Each part is a window attribute of the same name (the tests and the next engineer find
them there); `window_wiring.py` connects their public signals to each other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from facilitator.database_location import short
from facilitator.domain.clock import Clock, SystemClock
from facilitator.store.database import Database
from facilitator.ui.agenda_sidebar import AgendaSidebar
from facilitator.ui.blocks.block_panels import BlockPanels
from facilitator.ui.blocks.breaks.step import BreakStep
from facilitator.ui.meeting_commands import MeetingCommands
from facilitator.ui.meetings_controller import MeetingsController
from facilitator.ui.minutes.grade_choice import chosen_grade_bands
from facilitator.ui.minutes.minutes_actions import MinutesActions
from facilitator.ui.presenter.placement import PresenterPlacement
from facilitator.ui.presenter.room_feed import RoomFeed
from facilitator.ui.room_link.room_link import RoomLink
from facilitator.ui.room_link.room_link_controls import RoomLinkControls
from facilitator.ui.run import preferences
from facilitator.ui.run.chime import Chime
from facilitator.ui.run.controller import RunController
from facilitator.ui.run.inhibitor import Inhibitor
from facilitator.ui.run.keys import ClickerKeys, meeting_actions
from facilitator.ui.run.run_navigation import RunNavigation
from facilitator.ui.run.run_page import RunPage
from facilitator.ui.run.step_driver import StepDriver
from facilitator.ui.welcome_page import WelcomePage
from facilitator.ui.window_host import WindowHost


def build_parts(
    window: WindowHost,
    db: Database,
    clock: Clock | None,
    inhibitor: Inhibitor | None,
    today: Callable[[], date],
) -> None:
    settings, messages = window.settings, window.messages
    parent = window.window()  # the window as the parts' parent widget
    window.meetings = MeetingsController(db, parent)
    window.meeting_commands = MeetingCommands(window.meetings, settings, today, messages, parent)
    controller = RunController(
        db,
        clock or SystemClock(),
        inhibitor,
        preferences.warning_policy(settings),
        parent=parent,
    )
    window.controller = controller
    window.chime = Chime(preferences.chime_enabled(settings))
    window.presenter = PresenterPlacement(parent, settings, parent)
    window.minutes = MinutesActions(db, settings, parent)
    window.blocks = BlockPanels(
        db, controller, controller.now, messages, parent, lambda: chosen_grade_bands(settings)
    )
    window.steps = StepDriver(db, controller, parent)
    window.steps.attach(window.blocks.blocks, BreakStep(parent), window.presenter.window)
    window.run_page = RunPage()
    window.room_feed = RoomFeed(controller, window.steps, window.presenter, window.run_page, parent)
    window.room_link = RoomLink(db, parent)
    window.blocks.attach(window.presenter.window, window.room_link)  # before the controls
    window.room_link_controls = RoomLinkControls(
        window.room_link, window.presenter.window, controller, settings, parent, window.repaint_room
    )
    window.room_feed.room_link_controls = window.room_link_controls
    window.sidebar = AgendaSidebar(window.agenda_view, window.total_label, parent)
    window.agenda_model = window.sidebar.model
    window.welcome_page = WelcomePage()
    window.run_page.folded_guides = preferences.folded_guides(settings)
    window.run_page.set_panels(window.blocks.panel)
    window.run_page.block_titles = window.steps.step_title
    window.blocks.house(window.run_page.add_block_panel, window.run_page.content)
    window.shared_meeting = _other_laptops(window, db)
    window.shared_location = short(str(db.path)) if db.shared else None


def build_keys(window: WindowHost, navigation: RunNavigation) -> ClickerKeys:
    """The meeting keys, in the control window and on the room's screen."""
    actions = meeting_actions(
        window.steps,
        window.controller,
        window.presenter,
        navigation.show_run_after_move,
        window.toggle_presenter,
    )
    actions["wrap_up"] = window.room_feed.toggle_wrap_up
    return ClickerKeys(
        [window.window(), window.presenter.window],
        actions,
        window.window(),
        single_keys=preferences.single_keys_enabled(window.settings),
    )


def _other_laptops(window: WindowHost, db: Database):
    """On a shared (PostgreSQL) meeting, what the other laptops change is read in."""
    if not db.shared:
        return None
    from facilitator.ui.other_laptops import OtherLaptops

    return OtherLaptops(
        db, window.controller, window.steps, window.blocks, window.messages, window.window()
    )
