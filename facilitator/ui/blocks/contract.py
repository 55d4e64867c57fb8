"""What every agenda block is to the window: one `Block` per block package.

A block owns its panel (built the first time it is shown), reads the meeting into it,
saves what is being typed, keeps what a shared meeting's lost connection kept from being
saved, says which tables it shows (so a change from another laptop, or from another block,
reloads exactly the blocks that show it), puts its step on the room's screen, and carries
out the step effects that are its own (its turn rounds, group work, the quarter's closing).
`BlockPanels` loops over the blocks listed in `ui/blocks/__init__.BLOCKS`; no block package
imports another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.grades import GradeBands
from facilitator.domain.run_steps import Effect, Step, StepKind
from facilitator.domain.timer import TimerState
from facilitator.store.errors import StoreError
from facilitator.translation import translate
from facilitator.ui.message_bridge import MessageBridge
from facilitator.ui.pending_edits import PendingEdits

if TYPE_CHECKING:
    from facilitator.domain.meeting_run import RunView
    from facilitator.store.database import Database
    from facilitator.store.records import Kind
    from facilitator.ui.blocks.parts.turn_round import TurnRound
    from facilitator.ui.presenter.presenter_window import PresenterWindow
    from facilitator.ui.room_link.room_link import RoomLink
    from facilitator.ui.run.controller import RunController


@dataclass(frozen=True)
class BlockContext:
    """What the window gives every block: the store, the run, the clock, the pickers'
    people and values (read once for all blocks), and where failures are said."""

    db: Database
    run: RunController
    now: Callable[[], datetime]
    choices: Callable[[Kind], dict[int, str]]
    messages: MessageBridge
    # The company's OKR grade bands (Preferences; None: percent only), read when shown.
    grade_bands: Callable[[], GradeBands | None] = GradeBands

    def block_time(self, kind: BlockKind) -> float | None:
        """The block's own running time, or None before it has started."""
        run = self.run.run
        if run is None or run.timer(kind).state is TimerState.IDLE:
            return None
        return self.run.block_time(kind)


@dataclass(frozen=True)
class MeetingShown:
    """The meeting a block shows: its id and its day (for due dates)."""

    id: int
    day: date | None


class Block(QObject):
    """One agenda block's part of the window. Subclasses set `kind`, `name` (the package's
    name) and `tables`, build their panel in `_build` and fill it in `_load_view`."""

    kind: ClassVar[BlockKind]
    name: ClassVar[str]
    tables: ClassVar[frozenset[str]] = frozenset()  # whose changes this block shows
    # What each of this block's steps is, in words (QT_TRANSLATE_NOOP in "Steps"; "{n}" is
    # the step's number within its kind).
    step_titles: ClassVar[dict[StepKind, str]] = {}

    stepRequested = Signal(object, int)  # StepKind, index: a button of the panel
    edited = Signal(object)  # frozenset[str]: tables an edit here changed, for other blocks
    runContentChanged = Signal()  # what decides the run's steps changed
    roomScreenChanged = Signal()  # what this block puts on the room's screen changed
    turnViewsChanged = Signal()  # the current turn's views changed (a photo, the scoring)

    def __init__(self, context: BlockContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingShown | None = None
        self._view: QWidget | None = None
        self._view_meeting: MeetingShown | None = None  # what the built view shows
        self.presenter: PresenterWindow | None = None
        self.room_link: RoomLink | None = None
        # Where a built panel goes (the run page's stack), and the widget it is built in
        # until then: set by `BlockPanels.house`.
        self.home: Callable[[BlockKind, QWidget], None] | None = None
        self.nest: QWidget | None = None

    # -- the panel --------------------------------------------------------------------------

    @property
    def view(self) -> QWidget:
        """The block's panel: built the first time it is asked for, and showing the open
        meeting (read now if it was opened since the panel last read it)."""
        if self._view is None:
            # Built inside the window (a top-level widget made while another screen is
            # the room's could keep that screen after it is gone), then housed.
            self._view = self._build(self.nest)
            if self.home is not None:
                self.home(self.kind, self._view)
        if self.meeting is not None and self._view_meeting != self.meeting:
            self._view_meeting = self.meeting  # set first: `_load_view` uses the view
            try:
                self._load_view(self.meeting)
            except StoreError as error:  # a shared meeting's connection lost: read later
                self._view_meeting = None
                self.context.messages.store_failed(error)
        return self._view

    def is_built(self) -> bool:
        return self._view is not None

    def is_loaded(self) -> bool:
        """The panel is built and shows the open meeting (else there is nothing on it to
        keep up to date: it reads the meeting when it is next shown)."""
        return (
            self._view is not None
            and self.meeting is not None
            and self._view_meeting == self.meeting
        )

    def _build(self, parent: QWidget | None) -> QWidget:
        raise NotImplementedError

    def _load_view(self, meeting: MeetingShown) -> None:
        raise NotImplementedError

    # -- the meeting ------------------------------------------------------------------------

    def load(self, meeting: MeetingShown, again: bool = False) -> None:
        """The meeting opened (or, `again`, its people or values changed). The turn rounds
        are read now; the panel when it is next shown, or at once if it showed this
        meeting already (a quick start: a meeting opens on one block)."""
        shown_before = again and self.is_loaded()
        self.meeting = meeting
        for turn_round in self.rounds().values():
            turn_round.load(meeting.id)
        self._view_meeting = None
        if shown_before:
            _ = self.view

    def reload(self) -> None:
        """What this block shows changed elsewhere: read it again if it is shown."""
        if self.is_loaded():
            self._view_meeting = None
            _ = self.view

    def show_changes(self, tables: frozenset[str]) -> None:
        """`tables` changed (another laptop, another block): by default, read again."""
        self.reload()

    def statements_changed(self) -> None:
        """The vision, mission, purpose or values were edited on the setup page."""

    def flush(self) -> None:
        """Save what is being typed."""

    def preferences_changed(self) -> None:
        """The leader changed Preferences (the company's grades): show them now."""

    def pending(self) -> Iterable[PendingEdits]:
        """What keeps the edits a shared meeting's lost connection kept from being saved."""
        return [turn_round.pending for turn_round in self.rounds().values()]

    def attach_presenter(self, presenter: PresenterWindow) -> None:
        """The room's screen, for what a block shows on it outside its steps' ticks."""
        self.presenter = presenter

    def attach_room_link(self, room_link: RoomLink) -> None:
        """The phones' link: a block connects what its panel shows of it."""
        self.room_link = room_link

    # -- the run ----------------------------------------------------------------------------

    def rounds(self) -> dict[StepKind, TurnRound]:
        """The turn rounds of this block's steps (speakers, reports, presentations)."""
        return {}

    def carry_out(self, effect: Effect) -> None:
        """A step effect that is this block's own (group work, the closing, a turn's
        views)."""

    def follow_step(self, step: Step) -> None:
        """The run is at `step` (of any block): the panel's own controls say what it
        shows of this block, if anything."""

    def step_title(self, step: Step) -> str | None:
        """What this block's `step` is, in words (the run page's "Now: …")."""
        title = self.step_titles.get(step.kind)
        if title is None:
            return None
        return translate("Steps", title).format(n=step.index + 1)

    def turn_views(self, step: Step) -> tuple[int, int]:
        """How many views the current turn of `step` has after its own (a presenting
        group's photos: a PageDown each), and which of them the room sees (0: the turn)."""
        return (0, 0)

    def room_view(self, step: Step, view: RunView) -> RunView:
        """What the room's big number shows at `step` (by default the block's own time)."""
        return view

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        """Put `step` on the room's screen; False: nothing of this block to show."""
        return False
