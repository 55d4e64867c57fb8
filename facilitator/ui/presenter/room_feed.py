"""What the room sees, at each second's flip of the run's timers and at once when the
step or what a block shows changes: the step's block puts its step on the room's screen
(through the step driver), the big number and the clock follow, the run page shows the
same countdown, and the phones get what the screen shows. The leader's cue to the speaker
(`domain/cues.py`) is kept here: it is part of what the room sees."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from facilitator.domain.cues import CueBoard, CueKind, CueRefusedError
from facilitator.domain.meeting_run import RunView
from facilitator.ui.presenter.cue_banner import cue_words

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
        self.cues = CueBoard()
        controller.tick.connect(self.show)
        run_page.cue_controls.cueRequested.connect(self.send_cue)
        run_page.cue_controls.clearRequested.connect(self.clear_cue)

    def show(self, view: RunView) -> None:
        from facilitator.ui.numbers import clock_text

        self._run_page.show_view(view)
        self._steps.show_on_room_screen(view)
        room_view = self._steps.room_view(view)
        now = self._controller.now()
        self._presenter.update(room_view, clock_text(now))
        self._show_cue(now)
        if self.room_link_controls is not None:
            self.room_link_controls.publish(room_view, now)

    def _show_cue(self, now: datetime) -> None:
        cue = self.cues.current(now)
        words = cue_words(cue) if cue is not None else None
        self._presenter.window.show_cue(words)
        self._run_page.cue_controls.show_cue(words, cue.seconds_left(now) if cue else 0)

    def send_cue(self, kind: CueKind, text: str = "") -> None:
        """The leader's cue on the room's screen now (the same one again takes it back)."""
        try:
            self.cues.send(kind, self._controller.now(), text)
        except CueRefusedError:
            return  # nothing typed that could be shown: the field keeps what was typed
        self.repaint_cue()

    def toggle_wrap_up(self) -> None:
        """The W key: "Please wrap up" on, or off again."""
        self.send_cue(CueKind.WRAP_UP)

    def clear_cue(self) -> None:
        if self.cues.clear():
            self.repaint_cue()

    def repaint_cue(self) -> None:
        """The cue shows (or goes) at once, on the screen and the phones, not at the next
        second; with no meeting open, the room's screen alone."""
        if self._controller.view() is not None:
            self.repaint()
        else:
            self._show_cue(self._controller.now())

    def repaint(self) -> None:
        """The room's screen (and the phones) now, not at the next second."""
        view = self._controller.view()
        if view is not None:
            self.show(view)
