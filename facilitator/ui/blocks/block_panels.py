"""The agenda's blocks as the window holds them: built from `ui/blocks.BLOCKS`, read in
when a meeting opens, and asked in turn what the run's step shows and does.

Nothing here names a block: a change (from another laptop, or an edit in one block that
another shows) goes to every block whose `tables` it touches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Effect, Step, StepKind
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.participants import participant_names
from facilitator.store.records import Kind
from facilitator.ui.blocks.contract import Block, BlockContext, MeetingShown
from facilitator.ui.blocks.parts.turn_round import TurnRound
from facilitator.ui.blocks.registry import BLOCKS
from facilitator.ui.message_bridge import MessageBridge
from facilitator.ui.presenter.presenter_window import PresenterWindow
from facilitator.ui.room_link.room_link import RoomLink
from facilitator.ui.run.controller import RunController


class BlockPanels(QObject):
    """The blocks; what they show on the room's screen for the run's step; and the steps'
    effects that are theirs (turn rounds, group work, the closing) for the step driver."""

    stepRequested = Signal(object, int)  # StepKind, index: a block's button
    runContentChanged = Signal()  # what decides the run's steps changed (the priorities)

    def __init__(
        self,
        db: Database,
        controller: RunController,
        now: Callable[[], datetime],
        messages: MessageBridge,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._controller = controller
        self.meeting: MeetingShown | None = None
        self.step: Step | None = None
        self._presenter: PresenterWindow | None = None
        self._choices: dict[Kind, dict[int, str]] = {}
        context = BlockContext(db, controller, now, self.choices, messages)
        self.blocks: dict[BlockKind, Block] = {}
        for block_type in BLOCKS:
            block = block_type(context, self)
            block.stepRequested.connect(self.stepRequested)
            block.runContentChanged.connect(self.runContentChanged)
            block.roomScreenChanged.connect(self._refresh_presenter)
            block.edited.connect(lambda tables, b=block: self._edited(b, tables))
            self.blocks[block.kind] = block

    def __getattr__(self, name: str) -> Block:
        """A block by its package's name (`blocks.new_okrs`), for tests and tools."""
        for block in self.__dict__.get("blocks", {}).values():
            if block.name == name:
                return block
        raise AttributeError(name)

    def panel(self, kind: BlockKind) -> QWidget:
        """The block's panel (built the first time it is shown)."""
        return self.blocks[kind].view

    def house(self, home: Callable[[BlockKind, QWidget], None], nest: QWidget) -> None:
        """Where each block's panel goes (the run page), and the widget it is built in.

        The panels are built here, before the window shows the run, and read when they
        are first shown. Building them later, while the window was on the screen, left
        Qt with a dangling screen in the tests' offscreen platform (a crash in
        `QCursor::pos` a few tests later, never at once)."""
        for block in self.blocks.values():
            block.home, block.nest = home, nest
            _ = block.view  # no meeting yet: nothing is read

    def attach(self, presenter: PresenterWindow, room_link: RoomLink) -> None:
        self._presenter = presenter
        for block in self.blocks.values():
            block.attach_presenter(presenter)
            block.attach_room_link(room_link)

    def set_meeting(self, meeting_id: int) -> None:
        """Read the turn queues now; each block's panel when it is next shown (a quick
        start), or at once if it is built (people or values changed)."""
        again = self.meeting is not None and self.meeting.id == meeting_id
        day = meetings.meeting_facts(self._db, meeting_id).meeting_date
        self.meeting = MeetingShown(meeting_id, day)
        self._choices.clear()
        for block in self.blocks.values():
            block.load(self.meeting, again)

    def show_changes_from_elsewhere(self, tables: frozenset[str]) -> None:
        """Another laptop changed `tables`: every block that shows one reads it again."""
        for block in self.blocks.values():
            if block.tables & tables:
                block.show_changes(tables)

    def _edited(self, source: Block, tables: frozenset[str]) -> None:
        """An edit in one block changed what others show (or the people: late arrivals)."""
        if "participant" in tables:
            self._choices.clear()
        for block in self.blocks.values():
            if block is not source and block.tables & tables:
                block.show_changes(tables)

    def statements_changed(self) -> None:
        """The vision, mission, purpose or values were edited on the setup page."""
        for block in self.blocks.values():
            block.statements_changed()

    def save_kept(self) -> None:
        """The connection is back: save what was kept."""
        for block in self.blocks.values():
            for pending in block.pending():
                pending.retry()

    def has_unsaved(self) -> bool:
        return any(len(p) for block in self.blocks.values() for p in block.pending())

    def flush(self) -> None:
        for block in self.blocks.values():
            block.flush()

    def choices(self, kind: Kind) -> dict[int, str]:
        """The people (or values) of the open meeting, for pickers in the note lists.

        Read once and kept: every table cell that names a person asks for them, so a
        query per call made a 200-person block take seconds to open. `set_meeting` (people
        or values changed on the setup page) and a late arrival clear the copy."""
        if self.meeting is None:
            return {}
        if kind not in self._choices:
            if kind is Kind.PERSON:
                self._choices[kind] = participant_names(self._db, self.meeting.id)
            elif kind is Kind.VALUE:
                values = meetings.list_values(self._db, self.meeting.id)
                self._choices[kind] = {v.id: v.text for v in values}
            else:
                return {}
        return self._choices[kind]

    # -- the steps' effects (StepEffects) -------------------------------------------------

    def round_for(self, kind: StepKind) -> TurnRound | None:
        for block in self.blocks.values():
            found = block.rounds().get(kind)
            if found is not None:
                return found
        return None

    def carry_out(self, step: Step, effect: Effect) -> None:
        """A block's own effect (group work, the closing), carried out by the step's block."""
        self.blocks[step.block].carry_out(effect)

    # -- the room's screen ------------------------------------------------------------------

    def show_step(self, step: Step) -> None:
        """The run moved to `step`: panels follow, the room's screen shows it."""
        self.step = step
        _ = self.blocks[step.block].view  # the run's block is the one on the run page
        for block in self.blocks.values():
            block.follow_step(step)
        self._refresh_presenter()

    def step_title(self, step: Step) -> str | None:
        """The step in words, as its block names it (None: a break, the end)."""
        return self.blocks[step.block].step_title(step)

    def room_view(self, view: RunView) -> RunView:
        """What the room's big number shows (group work shows its own time)."""
        if self.step is None:
            return view
        return self.blocks[self.step.block].room_view(self.step, view)

    def _refresh_presenter(self) -> None:
        view = self._controller.view()
        if view is not None:
            self.update_presenter(view)

    def update_presenter(self, view: RunView) -> None:
        presenter, step = self._presenter, self.step
        if presenter is None or step is None:
            return
        block = self.blocks[step.block]
        _ = block.view  # read, if the meeting was read again since
        if step.kind is not StepKind.CLOSED:
            presenter.hide_closing_card()  # the room has moved on
        if step.kind is StepKind.BREAK or not block.show_on_room_screen(step, view, presenter):
            presenter.clear_content()
