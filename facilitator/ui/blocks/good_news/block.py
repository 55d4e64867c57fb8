"""Block 1, good news: the speakers' round, each speaker's notes, the shout-outs, and what
the phones send through the room link while the block runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Step, StepKind
from facilitator.domain.timer import TimerState
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, BlockContext, MeetingShown
from facilitator.ui.blocks.parts.turn_round import TurnRound, good_news_round

if TYPE_CHECKING:  # the panel's modules are imported when it is first built
    from facilitator.ui.blocks.good_news.panel import GoodNewsPanel
    from facilitator.ui.presenter.presenter_window import PresenterWindow
    from facilitator.ui.room_link.room_link import RoomLink


class GoodNewsBlock(Block):
    kind = BlockKind.GOOD_NEWS
    name = "good_news"
    # Another laptop's notes are not read in while this one may be typing in them.
    tables = frozenset[str]()
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.SPEAKERS: QT_TRANSLATE_NOOP("Steps", "Good news, speaker by speaker"),
    }

    def __init__(self, context: BlockContext, parent=None) -> None:
        super().__init__(context, parent)
        self.round = good_news_round(context.db, self)
        self.round.changed.connect(self.roomScreenChanged)
        context.run.set_turn_handler(self.kind, self.round)

    def _build(self, parent: QWidget | None) -> GoodNewsPanel:
        from facilitator.ui.blocks.good_news.controller import GoodNewsController
        from facilitator.ui.blocks.good_news.panel import GoodNewsPanel

        context = self.context
        controller = GoodNewsController(context.db, self)
        panel = GoodNewsPanel(
            context.db,
            self.round,
            lambda: context.block_time(self.kind),
            context.choices,
            controller,
            parent,
        )
        panel.shout_outs.changed.connect(lambda: self.edited.emit(frozenset({"shout_out"})))
        return panel

    @property
    def good_news(self) -> GoodNewsPanel:
        from facilitator.ui.blocks.good_news.panel import GoodNewsPanel

        view = self.view
        assert isinstance(view, GoodNewsPanel)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.good_news.set_meeting(meeting.id, meeting.day)

    def flush(self) -> None:
        if self.is_loaded():
            self.good_news.flush()

    def rounds(self) -> dict[StepKind, TurnRound]:
        return {StepKind.SPEAKERS: self.round}

    def attach_room_link(self, room_link: RoomLink) -> None:
        super().attach_room_link(room_link)
        room_link.messagesArrived.connect(self._room_messages_arrived)

    def _room_messages_arrived(self) -> None:
        if self.is_loaded():
            self.good_news.refresh_room_messages()

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        started = view.state is not TimerState.IDLE and view.kind is self.kind
        if step.kind is not StepKind.SPEAKERS or not started or not self.round.queue.turns:
            return False
        presenter.show_turn(self.round.view(self.context.run.block_time(self.kind)))
        return True
