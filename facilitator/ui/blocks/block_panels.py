"""The agenda's blocks as the window holds them: built from `ui/blocks/registry.BLOCKS`,
read in when a meeting opens, kept up to date with what changes elsewhere, and saved. The
run's steps go from the step driver to the step's block directly (`ui/run/step_driver.py`).

Nothing here names a block: a change (from another laptop, or an edit in one block that
another shows) goes to every block whose `tables` it touches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.grades import GradeBands
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.ui.blocks.contract import Block, BlockContext, MeetingShown
from facilitator.ui.blocks.parts.meeting_choices import MeetingChoices
from facilitator.ui.blocks.registry import BLOCKS
from facilitator.ui.message_bridge import MessageBridge
from facilitator.ui.presenter.presenter_window import PresenterWindow
from facilitator.ui.room_link.room_link import RoomLink
from facilitator.ui.run.controller import RunController


class BlockPanels(QObject):
    """The blocks, in the meeting's order: built, housed, read, refreshed and saved."""

    stepRequested = Signal(object, int)  # StepKind, index: a block's button
    runContentChanged = Signal()  # what decides the run's steps changed (the priorities)

    def __init__(
        self,
        db: Database,
        controller: RunController,
        now: Callable[[], datetime],
        messages: MessageBridge,
        parent=None,
        grade_bands: Callable[[], GradeBands | None] = GradeBands,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._controller = controller
        self.meeting: MeetingShown | None = None
        self.choices = MeetingChoices(db)
        context = BlockContext(db, controller, now, self.choices, messages, grade_bands)
        self.blocks: dict[BlockKind, Block] = {}
        for block_type in BLOCKS:
            block = block_type(context, self)
            block.stepRequested.connect(self.stepRequested)
            block.runContentChanged.connect(self.runContentChanged)
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
        for block in self.blocks.values():
            block.attach_presenter(presenter)
            block.attach_room_link(room_link)

    def set_meeting(self, meeting_id: int) -> None:
        """Read the turn queues now; each block's panel when it is next shown (a quick
        start), or at once if it is built (people or values changed)."""
        again = self.meeting is not None and self.meeting.id == meeting_id
        day = meetings.meeting_facts(self._db, meeting_id).meeting_date
        self.meeting = MeetingShown(meeting_id, day)
        self.choices.show(meeting_id)
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
            self.choices.clear()
        for block in self.blocks.values():
            if block is not source and block.tables & tables:
                block.show_changes(tables)

    def statements_changed(self) -> None:
        """The vision, mission, purpose or values were edited on the setup page."""
        for block in self.blocks.values():
            block.statements_changed()

    def preferences_changed(self) -> None:
        for block in self.blocks.values():
            block.preferences_changed()

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
