"""The room link's part of the control window: its dialog, the link and the scribes' codes
on the room's screen, what the phones are sent at each second, and the links' end when
the meeting is over. The blocks connect what their own panels show of it
(`Block.attach_room_link`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from facilitator.domain.meeting_run import RunView, room_messages_open, room_questions_open
from facilitator.domain.timer import TimerState
from facilitator.ui.presenter.presenter_window import PresenterWindow
from facilitator.ui.room_link.questions_controller import QuestionsController
from facilitator.ui.room_link.questions_window import QuestionsWindow
from facilitator.ui.room_link.room_link import RoomLink
from facilitator.ui.room_link.room_link_dialog import RoomLinkDialog
from facilitator.ui.run.controller import RunController


class RoomLinkControls(QObject):
    def __init__(
        self,
        room_link: RoomLink,
        presenter: PresenterWindow,
        controller: RunController,
        settings: QSettings,
        window: QWidget,
        repaint: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.room_link = room_link
        self._presenter = presenter
        self._controller = controller
        self._settings = settings
        self._window = window
        self._repaint = repaint  # the room's screen and the phones, at once
        self.dialog: RoomLinkDialog | None = None
        room_link.changed.connect(self._changed)
        controller.changed.connect(self._end_when_done)
        self.questions = QuestionsController(
            room_link.db, controller.now, room_link.questions_changed, self
        )
        self.questions.screenChanged.connect(self._question_on_screen)
        room_link.questionsChanged.connect(self.questions.arrived)
        self.questions_window: QuestionsWindow | None = None

    def show_questions(self) -> None:
        if self.questions_window is None:
            self.questions_window = QuestionsWindow(self.questions, self._window)
        self.questions_window.show()
        self.questions_window.raise_()

    def set_meeting(self, meeting_id: int) -> None:
        self.questions.load(meeting_id)
        self._question_on_screen()

    def _question_on_screen(self) -> None:
        question = self.questions.on_screen()
        self._presenter.show_question(question.text if question is not None else None)
        self._repaint()

    def show_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = RoomLinkDialog(self.room_link, self._settings, self._window)
            self.dialog.showOnRoomScreen.connect(self._link_on_screen)
            self.dialog.showScribeCodes.connect(self._scribe_codes_on_screen)
        self.dialog.show()
        self.dialog.raise_()

    def publish(self, room_view: RunView, now: datetime) -> None:
        """At each second: the phones get what the room's screen shows."""
        if self.room_link.is_on():
            window = self._presenter
            self.room_link.publish(
                room_view,
                now,
                window.content_lines(),
                window.is_blank(),
                window.cue_text(),
                window.question_text(),
            )
            self.room_link.set_messages_open(room_messages_open(room_view))
            by_hand = (
                self.questions_window is not None and self.questions_window.open_now.isChecked()
            )
            self.room_link.set_questions_open(room_questions_open(room_view) or by_hand)

    def _link_on_screen(self, shown: bool) -> None:
        url = self.room_link.participant_url()
        self._presenter.show_room_link(url if shown else None)

    def _scribe_codes_on_screen(self, shown: bool) -> None:
        names, urls = self.room_link.group_names(), self.room_link.scribe_urls()
        codes = [(names[gid], url) for gid, url in urls.items()] if shown else None
        self._presenter.show_scribe_codes(codes)

    def _changed(self) -> None:
        if not self.room_link.is_on():
            self._presenter.show_room_link(None)
            self._presenter.show_scribe_codes(None)
        else:
            self._repaint()  # the phones get the screen at once, not at the next second

    def _end_when_done(self) -> None:
        """The meeting is over when its last block is done: its links end with it."""
        run = self._controller.run
        if (
            self.room_link.is_on()
            and run is not None
            and all(block.timer.state is TimerState.DONE for block in run.blocks)
        ):
            self.room_link.turn_off()
