"""Block 3, successes and learnings: the breakout groups, the group work, the presentation
round and each group's flip chart (typed on the laptop, or by the scribe's phone)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from facilitator.domain.agenda import BlockKind
from facilitator.domain.dot_vote import on_screen
from facilitator.domain.meeting_run import RunView, group_work_view
from facilitator.domain.run_steps import Effect, Step, StepKind
from facilitator.domain.timer import TimerState, format_countdown
from facilitator.translation import QT_TRANSLATE_NOOP
from facilitator.ui.blocks.contract import Block, BlockContext, MeetingShown
from facilitator.ui.blocks.parts.top_lines_box import ranked_text
from facilitator.ui.blocks.parts.turn_round import TurnRound, presentation_round
from facilitator.ui.blocks.successes_learnings.dot_vote_box import count_text, rules_text
from facilitator.ui.blocks.successes_learnings.groups_controller import group_names
from facilitator.ui.blocks.successes_learnings.presented_photos import PresentedPhotos
from facilitator.ui.pending_edits import PendingEdits
from facilitator.ui.statements import Statement

if TYPE_CHECKING:  # the panel's modules are imported when it is first built
    from facilitator.ui.blocks.successes_learnings.groups_panel import GroupsPanel
    from facilitator.ui.presenter.presenter_window import PresenterWindow
    from facilitator.ui.room_link.room_link import RoomLink

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

COUNT_READ_MS = 200  # the dot-vote's count on the screen: at most five readings a second


class SuccessesLearningsBlock(Block):
    kind = BlockKind.SUCCESSES_LEARNINGS
    name = "successes_learnings"
    tables = frozenset(
        {"group_note", "group_photo", "breakout_group", "group_member", "dot_vote", "room_dot"}
    )
    step_titles: ClassVar[dict[StepKind, str]] = {
        StepKind.GROUPS: QT_TRANSLATE_NOOP("Steps", "The groups on the screen"),
        StepKind.GROUP_WORK: QT_TRANSLATE_NOOP(
            "Steps", "Group work (its countdown is on the screen)"
        ),
        StepKind.PRESENTATIONS: QT_TRANSLATE_NOOP("Steps", "Presentations, group by group"),
        StepKind.DOT_VOTE: QT_TRANSLATE_NOOP("Steps", "The room votes with dots on its phones"),
        StepKind.VOTE_RESULTS: QT_TRANSLATE_NOOP(
            "Steps", "The room's top lines (the vote revealed)"
        ),
    }

    def __init__(self, context: BlockContext, parent=None) -> None:
        super().__init__(context, parent)
        self.round = presentation_round(context.db, self)
        self.presented = PresentedPhotos(context.db)  # the presenting group's photos
        self.round.changed.connect(self._round_moved)
        context.run.set_turn_handler(self.kind, self.round)
        self._step: Step | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_READ_MS)
        self._count_timer.timeout.connect(self._read_count)

    def _build(self, parent: QWidget | None) -> GroupsPanel:
        from facilitator.ui.blocks.successes_learnings.groups_panel import GroupsPanel

        context = self.context
        panel = GroupsPanel(context.db, self.round, lambda: context.block_time(self.kind), parent)
        panel.groupWorkChanged.connect(self.roomScreenChanged)
        panel.controller.changed.connect(self.roomScreenChanged)
        panel.controller.changed.connect(self._groups_changed)
        panel.flip_chart.photos.screenRequested.connect(self._photo_chosen)
        panel.flip_chart.photos.changed.connect(self._photos_changed)
        panel.dot_vote.controller.rulesChanged.connect(self.runContentChanged)
        panel.dot_vote.controller.changed.connect(self.roomScreenChanged)
        panel.work_button.clicked.connect(lambda: self.stepRequested.emit(StepKind.GROUP_WORK, 0))
        panel.present_button.clicked.connect(
            lambda: self.stepRequested.emit(StepKind.PRESENTATIONS, 0)
        )
        return panel

    @property
    def groups(self) -> GroupsPanel:
        from facilitator.ui.blocks.successes_learnings.groups_panel import GroupsPanel

        view = self.view
        assert isinstance(view, GroupsPanel)
        return view

    def _load_view(self, meeting: MeetingShown) -> None:
        self.groups.set_meeting(meeting.id, meeting.day)

    def load(self, meeting: MeetingShown, again: bool = False) -> None:
        super().load(meeting, again)
        self.presented.follow(None)
        self._sync_room_groups()

    def show_changes(self, tables: frozenset[str]) -> None:
        if self.is_loaded() and self.meeting is not None:
            if tables & {"breakout_group", "group_member"}:
                self.groups.set_meeting(self.meeting.id, self.meeting.day)
            if "group_note" in tables:
                self.groups.flip_chart.reload()
            if "group_photo" in tables:
                self.groups.flip_chart.photos.reload()
            if tables & {"dot_vote", "room_dot"}:
                self.groups.dot_vote.controller.reload()
        if "group_photo" in tables:
            self._photos_changed()
        self._sync_room_groups()

    def _groups_changed(self) -> None:
        """A late arrival joins the pickers; the scribes' links follow the groups."""
        self.edited.emit(frozenset({"participant"}))
        self._sync_room_groups()

    def _sync_room_groups(self) -> None:
        """The phones' group pages (the scribes' links) name the groups as they are."""
        if self.room_link is None or self.meeting is None:
            return
        groups: dict[int, str] | None
        if self.is_loaded():
            c = self.groups.controller
            groups = dict(zip(c.group_ids, c.names, strict=True))
        else:
            groups = group_names(self.context.db, self.meeting.id)
        if groups is not None:
            self.room_link.set_groups(groups)

    def attach_room_link(self, room_link: RoomLink) -> None:
        super().attach_room_link(room_link)
        room_link.notesAdded.connect(self._scribe_note_added)
        room_link.photosChanged.connect(self._scribe_photos_changed)
        room_link.votesChanged.connect(self._votes_arrived)
        room_link.changed.connect(self._follow_vote)

    def _votes_arrived(self) -> None:
        """A phone spent its dots: the count is read again once for every burst (three
        hundred phones at once are one reading, not three hundred on the app's thread)."""
        if self.is_loaded() and not self._count_timer.isActive():
            self._count_timer.start()

    def _read_count(self) -> None:
        if self.is_loaded():
            self.groups.dot_vote.controller.reload()

    # -- the dot-vote -----------------------------------------------------------------------

    def follow_step(self, step: Step) -> None:
        """The dot-vote is open on the phones exactly while the run is on its step; the
        step after it reveals the ranking, and PageUp back to the vote hides it again."""
        self._step = step
        if self.is_loaded() and step.block is self.kind:
            votes = self.groups.dot_vote.controller
            revealed = votes.revealed
            if step.kind is StepKind.DOT_VOTE:
                votes.set_revealed(False, self.context.now())
            elif step.kind is StepKind.VOTE_RESULTS:
                votes.set_revealed(True, self.context.now())
            if votes.revealed != revealed:  # blocks 5 and 6 offer the top lines
                self.edited.emit(frozenset({"dot_vote"}))
        self._follow_vote()

    def _follow_vote(self) -> None:
        step, room_link = self._step, self.room_link
        open_ = step is not None and step.kind is StepKind.DOT_VOTE and self.is_loaded()
        votes = self.groups.dot_vote.controller if self.is_loaded() else None
        if room_link is not None:
            if open_ and votes is not None and votes.rules is not None:
                room_link.open_vote(votes.lines(), votes.rules)
            else:
                room_link.open_vote(None)
        if self.is_loaded():
            self.groups.dot_vote.show_open(open_, room_link is not None and room_link.is_on())

    def _scribe_note_added(self, group_id: int) -> None:
        if self.is_loaded() and self.groups.flip_chart.group_id == group_id:
            self.groups.flip_chart.reload()
        self._follow_vote()  # a line written during the vote can be voted on

    def _scribe_photos_changed(self, group_id: int) -> None:
        if self.is_loaded() and self.groups.flip_chart.group_id == group_id:
            self.groups.flip_chart.photos.reload()
        if group_id == self.presented.group_id:
            self._photos_changed()

    # -- the presenting group's photos ----------------------------------------------------

    def _presenting(self) -> int | None:
        """The group presenting now (None: the round has not begun, or is over); its photos
        are followed from the start of its turn."""
        queue = self.round.queue
        index = queue.current_index if self.round.started() else None
        group_id = queue.turns[index].key if index is not None else None
        if group_id != self.presented.group_id:
            self.presented.follow(group_id, self._group_name(group_id))
        return group_id

    def _group_name(self, group_id: int | None) -> str:
        if group_id is None or self.meeting is None:
            return ""
        return (group_names(self.context.db, self.meeting.id) or {}).get(group_id, "")

    def _round_moved(self) -> None:
        """A turn began or ended: the next group starts on itself, not on a photo."""
        self._presenting()
        self._show_presented()

    def _photos_changed(self) -> None:
        """A photo added or removed (here, by a scribe, on another laptop)."""
        self.presented.reload()
        self._show_presented()

    def _photo_chosen(self, photo_id: int | None) -> None:
        """The leader put a photo of the presenting group on the room's screen (or off)."""
        if self._presenting() is not None:
            self.presented.show(photo_id)
        self._show_presented()

    def _show_presented(self) -> None:
        """The group's sheet, the room's screen and the run page's hint say which photo
        the room sees."""
        if self.is_loaded():
            self.groups.flip_chart.photos.show_on_screen(
                self.presented.group_id, self.presented.photo_id()
            )
        self.roomScreenChanged.emit()
        self.turnViewsChanged.emit()

    def turn_views(self, step: Step) -> tuple[int, int]:
        """During a group's presentation, its photos: a PageDown each after the group."""
        if step.kind is not StepKind.PRESENTATIONS or self._presenting() is None:
            return (0, 0)
        return self.presented.views()

    def pending(self) -> list[PendingEdits]:
        """The presentation round's turns, and photos added while offline."""
        kept = [self.round.pending]
        if self.is_built():
            kept.append(self.groups.flip_chart.photos.pending)
        return kept

    def rounds(self) -> dict[StepKind, TurnRound]:
        return {StepKind.PRESENTATIONS: self.round}

    def carry_out(self, effect: Effect) -> None:
        if effect is Effect.START_GROUP_WORK:
            self.groups.start_group_work()
        elif effect in (Effect.NEXT_VIEW, Effect.PREVIOUS_VIEW):
            self._presenting()
            if effect is Effect.NEXT_VIEW:
                self.presented.next()
            else:
                self.presented.previous()
            self._show_presented()

    def room_view(self, step: Step, view: RunView) -> RunView:
        """What the room's big number shows: during group work, the group work's time."""
        if step.kind is not StepKind.GROUP_WORK or not self.is_loaded():
            return view
        remaining = self.groups.group_work_remaining()
        if remaining is None or view.state is not TimerState.RUNNING:
            return view
        return group_work_view(
            view, remaining, self.groups.group_work_seconds(), self.context.run.policy
        )

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        if step.kind in (StepKind.GROUPS, StepKind.GROUP_WORK) and self.groups.controller.plans:
            presenter.show_groups(self._cards(), self._caption(step))
            return True
        if step.kind in (StepKind.DOT_VOTE, StepKind.VOTE_RESULTS):
            return self._show_vote(step, presenter)
        if step.kind is StepKind.PRESENTATIONS and self.round.started():
            turn = self.round.view(self.context.run.block_time(self.kind))
            self._presenting()
            jpeg = self.presented.jpeg()
            if jpeg is not None and turn.current is not None:
                presenter.show_photo(self.presented.photo_id(), jpeg, self._photo_caption(), turn)
            else:
                presenter.show_turn(turn)
            return True
        return False

    def _show_vote(self, step: Step, presenter: PresenterWindow) -> bool:
        """The open vote: what to do and how many have voted; revealed: the top lines."""
        votes = self.groups.dot_vote.controller
        if votes.rules is None:
            return False
        if step.kind is StepKind.DOT_VOTE:
            presenter.show_statement(Statement(rules_text(votes.rules), count_text(votes.voters)))
            return True
        caption = translate("BlockPanels", "The room's top lines · {n} voted").format(
            n=votes.voters
        )
        lines = [ranked_text(line) for line in on_screen(votes.ranking)]
        if not lines:
            lines = [translate("BlockPanels", "No dots were given.")]
        presenter.show_okrs(Statement(caption, "\n".join(lines)))
        return True

    def _photo_caption(self) -> str:
        count, shown = self.presented.views()
        group = self.presented.group_name
        if count == 1:
            return translate("BlockPanels", "{group}'s flip chart").format(group=group)
        return translate("BlockPanels", "{group}'s flip chart, photo {n} of {count}").format(
            group=group, n=shown, count=count
        )

    def _cards(self) -> list:
        c = self.groups.controller

        def name(person: int | None) -> str | None:
            return c.people[person][0] if person in c.people else None

        return [
            (
                c.names[i],
                [c.people[p][0] for p in plan.members],
                name(plan.scribe),
                name(plan.presenter),
            )
            for i, plan in enumerate(c.plans)
        ]

    def _caption(self, step: Step) -> str:
        remaining = self.groups.group_work_remaining()
        if remaining is None or step.kind is StepKind.GROUPS:
            return translate("BlockPanels", "Your groups · ✎ scribe · ★ presents")
        if remaining >= 0:
            # The group-work countdown is the big number; the caption says what it is.
            return translate("BlockPanels", "Group work · ✎ scribe · ★ presents")
        return translate("BlockPanels", "Group work: time is up ({time}) · time to present").format(
            time=format_countdown(remaining)
        )
