"""On a shared (PostgreSQL) meeting: what the other laptops change, read in on this one.

The laptop that drives the meeting moves the timers and steps; this one follows them. A
change to the people reads every block again; any other change goes to the blocks whose
tables it touched. While this laptop holds edits its lost connection kept from being
saved, it reads nothing: its own state stays until it is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.blocks.block_panels import BlockPanels
from facilitator.ui.message_bridge import MessageBridge
from facilitator.ui.run.controller import RunController
from facilitator.ui.run.step_driver import StepDriver
from facilitator.ui.shared_meeting import SharedMeeting

RUN_TABLES = frozenset({"agenda_block", "agenda_break", "meeting", "dot_vote"})
PEOPLE_TABLES = frozenset({"participant", "department", "company_value"})


class OtherLaptops(QObject):
    runFollowed = Signal()  # the timers, steps or the meeting's own facts were read again
    peopleChanged = Signal()  # the people, departments or values were read again

    def __init__(
        self,
        db: Database,
        controller: RunController,
        steps: StepDriver,
        blocks: BlockPanels,
        messages: MessageBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller, self._steps, self._blocks = controller, steps, blocks
        self._messages = messages
        self.meeting_id: int | None = None
        self.shared = SharedMeeting(db, self)
        self.shared.changedElsewhere.connect(self.show_changes)
        self.shared.connectionChanged.connect(self._connection_changed)
        self.shared.start()

    @property
    def connected(self) -> bool:
        return self.shared.connected

    def stop(self) -> None:
        self.shared.stop()

    def show_changes(self, tables: frozenset[str]) -> None:
        """Another laptop changed these tables ("*": everything, after a lost connection)."""
        if self.meeting_id is None:
            return
        try:
            self._read(tables)
        except StoreError as error:  # the connection went again: the next notice reads
            self._messages.store_failed(error)

    def _read(self, tables: frozenset[str]) -> None:
        assert self.meeting_id is not None
        every = "*" in tables
        if every:  # back after a lost connection: save what was kept, then read
            self._controller.pending.retry()
            self._steps.pending.retry()
            self._blocks.save_kept()
        if self._controller.has_unsaved or len(self._steps.pending) or self._blocks.has_unsaved():
            return
        if every or tables & RUN_TABLES:
            self._steps.follow_saved()
            self.runFollowed.emit()
        if every or tables & PEOPLE_TABLES:
            self._blocks.set_meeting(self.meeting_id)
            self.peopleChanged.emit()
            return  # set_meeting has read everything the blocks show
        self._blocks.show_changes_from_elsewhere(tables)

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self._messages.warn("")
            return
        self._messages.warn(
            "⚠ "
            + QCoreApplication.translate(
                "MainWindow",
                "The connection to the shared meeting is lost. Your edits stay on this "
                "screen; the app reconnects by itself and reads the others' edits again.",
            )
        )
