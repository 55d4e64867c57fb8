"""The control window's parts connected to each other by their public signals: the run
page's buttons to the run, the blocks' buttons to the steps, the room's screen to the
screens menu. What the window itself does on a signal is connected in `WindowHost`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.ui.run import preferences
from facilitator.ui.window_host import WindowHost


def connect_parts(window: WindowHost) -> None:
    controller, steps, page = window.controller, window.steps, window.run_page
    window.setup_button.clicked.connect(window.show_setup)
    welcome = window.welcome_page
    welcome.new_button.clicked.connect(window.meeting_commands.new_meeting)
    welcome.open_button.clicked.connect(window.meeting_commands.open_meeting)
    welcome.demo_button.clicked.connect(window.meeting_commands.open_demo)

    page.toggle_button.clicked.connect(controller.toggle)
    page.next_button.clicked.connect(steps.forward)
    page.previous_button.clicked.connect(steps.back)
    page.plus_button.clicked.connect(controller.add_minute)
    page.minus_button.clicked.connect(controller.remove_minute)
    page.restart_button.clicked.connect(controller.restart_block)
    page.rebalance_button.clicked.connect(controller.rebalance)
    page.presenter_button.clicked.connect(window.toggle_presenter)
    page.plannedMinutesEdited.connect(controller.set_planned_minutes)
    page.guideFolded.connect(
        lambda *_: preferences.save_folded_guides(window.settings, page.folded_guides)
    )

    controller.reachedZero.connect(window.chime.ring)
    window.blocks.stepRequested.connect(steps.jump)
    # The room's questions moderated or made an action item: block 6 lists them.
    questions = window.room_link_controls.questions
    questions.actionAdded.connect(
        lambda: window.blocks.show_changes_from_elsewhere(frozenset({"action_item"}))
    )
    questions.changed.connect(
        lambda: window.blocks.show_changes_from_elsewhere(frozenset({"room_question"}))
    )
    window.presenter.screensChanged.connect(lambda: _refresh_screen_actions(window))


def _refresh_screen_actions(window: WindowHost) -> None:
    """View → Presenter screen lists the screens there are now."""
    presenter = window.presenter
    window.presenter_action.setChecked(presenter.is_shown())
    window.send_back_action.setEnabled(presenter.remembered_screen_is_back())
    window.screens_menu.clear()
    for screen in presenter.screens():
        action = window.screens_menu.addAction(
            QCoreApplication.translate("WindowHost", "{name} ({width}×{height})").format(
                name=screen.name(), width=screen.size().width(), height=screen.size().height()
            )
        )
        action.triggered.connect(lambda _=False, s=screen: presenter.show(s))
