"""Block 3 in the control window: assign breakout groups of 3–5, run the group work and
the presentation round, and capture each group's flip chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.groups import Mode
from facilitator.store.database import Database
from facilitator.ui.blocks.parts.turn_list import TurnListBox
from facilitator.ui.blocks.parts.turn_round import TurnRound
from facilitator.ui.blocks.successes_learnings.dot_vote_box import DotVoteBox
from facilitator.ui.blocks.successes_learnings.dot_vote_controller import DotVoteController
from facilitator.ui.blocks.successes_learnings.flip_chart import FlipChartBox
from facilitator.ui.blocks.successes_learnings.flip_chart_controller import FlipChartController
from facilitator.ui.blocks.successes_learnings.flip_chart_photos import FlipChartPhotos
from facilitator.ui.blocks.successes_learnings.groups_controller import GroupsController
from facilitator.ui.blocks.successes_learnings.groups_tree import fill_groups, flag_text, rules_text
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named, spoken

ItemRole = Qt.ItemDataRole.UserRole + 1  # ("group", index) or ("person", participant id)


class GroupsPanel(QWidget):
    groupWorkChanged = Signal()

    def __init__(
        self, db: Database, round_: TurnRound, block_time: Callable[[], float | None], parent=None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._block_time = block_time
        self.controller = GroupsController(db, self)
        self.round = round_
        self.meeting_id: int | None = None
        controls, actions = self._build_assignment(), self._build_actions()
        self._build_tree()
        work_box = self._build_work()
        self._build_round(round_, block_time)
        self.flip_chart = FlipChartBox(FlipChartController(db, self), FlipChartPhotos(db))
        self.dot_vote = DotVoteBox(DotVoteController(db, self))
        self._lay_out(controls, actions, work_box)
        self._connect()

    def _build_assignment(self) -> QHBoxLayout:
        """How the groups are made: mode, sizes, fresh mixes; assign and undo."""
        self.mode = named(QComboBox(), "groupMode")
        for mode, label in (
            (Mode.MIXED, self.tr("Mixed departments")),
            (Mode.RANDOM, self.tr("Random")),
            (Mode.BY_DEPARTMENT, self.tr("By department")),
            (Mode.MANUAL, self.tr("Manual (keep locked people)")),
        ):
            self.mode.addItem(label, mode.value)
        self.low = named(QSpinBox(), "groupLow")
        self.high = named(QSpinBox(), "groupHigh")
        self.low.setAccessibleName(self.tr("Smallest group size"))
        self.high.setAccessibleName(self.tr("Largest group size"))
        self.mode.setAccessibleName(self.tr("How groups are mixed"))
        for spin, value in ((self.low, 3), (self.high, 5)):
            spin.setRange(3, 5)
            spin.setValue(value)
        self.fresh = named(QCheckBox(self.tr("Fresh mixes")), "freshMixes")
        self.fresh.setToolTip(self.tr("Avoid pairs who sat together at earlier meetings"))
        self.assign_button = named(QPushButton(self.tr("Assign groups")), "assignGroups")
        self.undo_button = named(QPushButton(self.tr("Undo reshuffle")), "undoGroups")
        controls = QHBoxLayout()
        for widget in (
            self.mode,
            QLabel(self.tr("Sizes")),
            self.low,
            QLabel("–"),
            self.high,
            self.fresh,
            self.assign_button,
            self.undo_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        return controls

    def _build_actions(self) -> QVBoxLayout:
        """The rules and the changes to the people: two rows, so the panel fits beside its
        right column on a laptop."""
        self.apart_button = QPushButton(self.tr("Keep apart…"))
        self.together_button = QPushButton(self.tr("Keep together…"))
        self.clear_rules_button = QPushButton(self.tr("Clear rules"))
        self.late_button = named(QPushButton(self.tr("Add late arrival…")), "lateArrival")
        self.leave_button = named(QPushButton(self.tr("Someone left…")), "earlyLeaver")
        self.scribe_button = named(QPushButton(self.tr("Make scribe")), "makeScribe")
        self.presenter_button = named(QPushButton(self.tr("Make presenter")), "makePresenter")
        self.lock_button = named(QPushButton(self.tr("Lock / unlock")), "lockPerson")
        actions = QVBoxLayout()
        for row_widgets in (
            (self.apart_button, self.together_button, self.clear_rules_button, self.lock_button),
            (self.late_button, self.leave_button, self.scribe_button, self.presenter_button),
        ):
            row = QHBoxLayout()
            for widget in row_widgets:
                row.addWidget(widget)
            row.addStretch(1)
            actions.addLayout(row)
        return actions

    def _build_tree(self) -> None:
        self.model = QStandardItemModel(self)
        self.tree = spoken(named(QTreeView(), "groupsTree"), self.tr("Groups and their members"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setToolTip(
            self.tr("Drag people between groups; double-click a group's name to rename it")
        )
        self.summary = named(QLabel(), "groupsSummary")
        self.summary.setWordWrap(True)
        self.rules_label = named(QLabel(), "groupRules")
        self.rules_label.setWordWrap(True)
        self.rules_label.setStyleSheet(
            "font-style: italic;"
        )  # secondary, readable in light and dark
        self.message = MessageBar()

    def _build_work(self) -> QGroupBox:
        self.work_minutes = spoken(
            named(QTimeEdit(), "groupWorkTime"), self.tr("Time for group work")
        )
        self.work_minutes.setDisplayFormat("m:ss")
        self.work_minutes.setMinimumTime(QTime(0, 1, 0))
        self.work_minutes.setMaximumTime(QTime(0, 59, 0))
        self.work_button = named(QPushButton(self.tr("Start group work")), "startGroupWork")
        self.work_state = named(QLabel(), "groupWorkState")
        work_box = QGroupBox(self.tr("Group work"))
        work_layout = QHBoxLayout(work_box)
        work_layout.addWidget(self.work_minutes)
        work_layout.addWidget(self.work_button)
        work_layout.addWidget(self.work_state, 1)
        return work_box

    def _build_round(self, round_: TurnRound, block_time: Callable[[], float | None]) -> None:
        self.round_box = TurnListBox(
            self.tr("Presentation round"),
            round_,
            block_time,
            self.tr("Each group"),
            with_shuffle=False,
        )
        self.present_button = named(
            QPushButton(self.tr("Start the presentations")), "startPresentations"
        )
        self.round_box.box_layout.addWidget(self.present_button)

    def _lay_out(self, controls: QHBoxLayout, actions: QVBoxLayout, work_box: QGroupBox) -> None:
        left = QVBoxLayout()
        left.addLayout(controls)
        left.addLayout(actions)
        left.addWidget(self.message)
        left.addWidget(self.summary)
        left.addWidget(self.rules_label)
        left.addWidget(self.tree, 1)
        right = QVBoxLayout()
        right.addWidget(work_box)
        right.addWidget(self.round_box, 1)
        right.addWidget(self.dot_vote)
        right.addWidget(self.flip_chart, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _connect(self) -> None:
        self.controller.changed.connect(self._fill)
        self.controller.problem.connect(self.message.show_error)
        self.flip_chart.problem.connect(self.message.show_error)
        self.assign_button.clicked.connect(self.assign)
        self.undo_button.clicked.connect(self.controller.undo)
        self.apart_button.clicked.connect(lambda: self._rule("apart"))
        self.together_button.clicked.connect(lambda: self._rule("together"))
        self.clear_rules_button.clicked.connect(self._clear_rules)
        self.late_button.clicked.connect(self._late_arrival)
        self.leave_button.clicked.connect(self._early_leaver)
        self.scribe_button.clicked.connect(lambda: self._role("scribe"))
        self.presenter_button.clicked.connect(lambda: self._role("presenter"))
        self.lock_button.clicked.connect(self._lock)
        self.model.rowsRemoved.connect(self._dragged)
        self.model.itemChanged.connect(self._renamed)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_flip_chart())
        # The presenting group's sheet is the one typed on while it presents.
        self.round_box.currentKeyChanged.connect(self._show_flip_chart_of)
        self.work_button.clicked.connect(self.start_group_work)
        self.work_minutes.timeChanged.connect(self._work_time_changed)
        self.present_button.clicked.connect(self._start_presentations)

    # -- loading and showing --------------------------------------------------------------

    def set_meeting(self, meeting_id: int, meeting_day=None) -> None:
        self.meeting_id = meeting_id
        self.controller.load(meeting_id)
        self.round.load(meeting_id)
        self.dot_vote.controller.load(meeting_id)
        _start, seconds = self.controller.group_work
        self.work_minutes.blockSignals(True)
        self.work_minutes.setTime(QTime(0, min(59, seconds // 60), seconds % 60))
        self.work_minutes.blockSignals(False)

    def _fill(self) -> None:
        c = self.controller
        self.model.blockSignals(True)
        fill_groups(self.model, c, ItemRole)
        self.model.blockSignals(False)
        self.tree.reset()
        self.tree.expandAll()
        self.undo_button.setEnabled(c.can_undo())
        summary = c.summary()
        if self.mode.currentData() == Mode.BY_DEPARTMENT.value:
            summary += "".join("\n" + flag_text(flag) for flag in c.flags())
        self.summary.setText(summary)
        self._show_rules()
        self.round.reload()
        self._update_round_button()

    def _show_rules(self) -> None:
        self.rules_label.setText(rules_text(self.controller))

    # -- actions --------------------------------------------------------------------------

    def assign(self) -> None:
        self.message.clear_message()
        low, high = sorted((self.low.value(), self.high.value()))
        self.controller.assign(Mode(self.mode.currentData()), (low, high), self.fresh.isChecked())

    def _selected_person(self) -> int | None:
        data = self.tree.currentIndex().data(ItemRole)
        if not data or data[0] != "person":
            self.message.show_error(self.tr("Select a person in a group first."))
            return None
        return data[1]

    def _pick(self, title: str, candidates: list[int]) -> int | None:
        names = [self.controller.people[p][0] for p in candidates]
        if not names:
            return None
        name, ok = QInputDialog.getItem(self, title, self.tr("Who?"), names, 0, False)
        return candidates[names.index(name)] if ok else None

    def _rule(self, kind: str) -> None:
        people = [p.id for p in self.controller.present()]
        first = self._pick(
            self.tr("Keep apart") if kind == "apart" else self.tr("Keep together"), people
        )
        if first is None:
            return
        second = self._pick(self.tr("…and"), [p for p in people if p != first])
        if second is None:
            return
        if kind == "apart":
            self.controller.keep_apart(first, second)
        else:
            self.controller.keep_together(first, second)
        self._show_rules()
        self.message.show_info(self.tr("The rule applies at the next Assign."))

    def _clear_rules(self) -> None:
        self.controller.clear_rules()
        self._show_rules()

    def _late_arrival(self) -> None:
        person = self._pick(self.tr("Add late arrival"), self.controller.unassigned())
        if person is None:
            self.message.show_info(
                self.tr(
                    "Everyone present is in a group. Mark a late "
                    "arrival present on the setup page first."
                )
            )
            return
        self.controller.add_late_arrival(person)

    def _early_leaver(self) -> None:
        placed = [p for plan in self.controller.plans for p in plan.members]
        person = self._pick(self.tr("Someone left"), placed)
        if person is not None:
            self.controller.remove(person)

    def _role(self, role: str) -> None:
        person = self._selected_person()
        if person is not None:
            self.controller.set_role(person, role)

    def _lock(self) -> None:
        person = self._selected_person()
        if person is not None:
            self.controller.toggle_lock(person)

    def _dragged(self) -> None:
        members = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            members.append(
                [
                    group.child(r).data(ItemRole)[1]
                    for r in range(group.rowCount())
                    if group.child(r) is not None
                ]
            )
        if len(members) == len(self.controller.plans):
            self.controller.set_order(members)

    def _renamed(self, item: QStandardItem) -> None:
        data = item.data(ItemRole)
        if data and data[0] == "group":
            self.controller.rename(data[1], item.text())

    def _show_flip_chart(self) -> None:
        index = self.tree.currentIndex()
        data = index.data(ItemRole)
        if not data:
            return
        group_index = data[1] if data[0] == "group" else index.parent().data(ItemRole)[1]
        self.flip_chart.show_group(
            self.controller.group_ids[group_index], self.controller.names[group_index]
        )

    def _show_flip_chart_of(self, group_id: int | None) -> None:
        """The presentation round's selection (the run's presenter, or a group chosen by
        hand): its flip chart, and its row in the tree."""
        ids = self.controller.group_ids
        if group_id is None or group_id not in ids:
            return
        index = ids.index(group_id)
        if self.flip_chart.group_id != group_id:
            self.flip_chart.show_group(group_id, self.controller.names[index])
        row = self.model.index(index, 0)
        if row.isValid() and self.tree.currentIndex().data(ItemRole) != ("group", index):
            with QSignalBlocker(self.tree.selectionModel()):
                self.tree.setCurrentIndex(row)

    # -- group work and presentations ----------------------------------------------------

    def _work_time_changed(self, value: QTime) -> None:
        if self.controller.set_group_work_length(value.minute() * 60 + value.second()):
            self.round.reload()
            self.groupWorkChanged.emit()

    def start_group_work(self) -> None:
        block_time = self._block_time()
        if block_time is None:
            self.message.show_error(self.tr("Start block 3 first (Space or Start)."))
            return
        if self.controller.start_group_work(block_time):
            self.groupWorkChanged.emit()

    def group_work_seconds(self) -> int:
        return self.controller.group_work[1]

    def group_work_remaining(self) -> float | None:
        return self.controller.group_work_remaining(self._block_time())

    def _update_round_button(self) -> None:
        self.present_button.setEnabled(bool(self.controller.plans) and not self.round.started())

    def _start_presentations(self) -> None:
        block_time = self._block_time()
        if block_time is None:
            self.message.show_error(self.tr("Start block 3 first (Space or Start)."))
            return
        self.round.begin(block_time)
        self._update_round_button()
