"""What the room sees, at each second's flip of the run's timers and at once when the
step or what a block shows changes: the step's block puts its step on the room's screen
(through the step driver), the big number and the clock follow, the run page shows the
same countdown, and the phones get what the screen shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.domain.meeting_run import RunView

if TYPE_CHECKING:
    from facilitator.ui.presenter.placement import PresenterPlacement
    from facilitator.ui.room_link.room_link_controls import RoomLinkControls
    from facilitator.ui.run.controller import RunController
    from facilitator.ui.run.run_page import RunPage
    from facilitator.ui.run.step_driver import StepDriver


class RoomFeed(QObject):
    def __init__(
        self,
        controller: RunController,
        steps: StepDriver,
        presenter: PresenterPlacement,
        run_page: RunPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller, self._steps = controller, steps
        self._presenter, self._run_page = presenter, run_page
        self.room_link_controls: RoomLinkControls | None = None  # the phones, once built
        controller.tick.connect(self.show)

    def show(self, view: RunView) -> None:
        from facilitator.ui.numbers import clock_text

        self._run_page.show_view(view)
        self._steps.show_on_room_screen(view)
        room_view = self._steps.room_view(view)
        now = self._controller.now()
        self._presenter.update(room_view, clock_text(now))
        if self.room_link_controls is not None:
            self.room_link_controls.publish(room_view, now)

    def repaint(self) -> None:
        """The room's screen (and the phones) now, not at the next second."""
        view = self._controller.view()
        if view is not None:
            self.show(view)
