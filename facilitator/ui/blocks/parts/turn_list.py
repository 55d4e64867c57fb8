"""The queue of turns as the leader edits it: order (drag or buttons), skip, time per turn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
)

from facilitator.domain.turns import Turn
from facilitator.ui.blocks.parts.turn_round import TurnRound

KeyRole = Qt.ItemDataRole.UserRole + 1


class TurnListBox(QGroupBox):
    """The round's queue. Its selection is the turn the form beside it edits: it follows
    the run's current turn whenever the run moves (a key, a button, another laptop), and
    stays where the leader put it by hand until the run moves again."""

    currentKeyChanged = Signal(object)  # the selected turn's key, or None

    def __init__(
        self,
        title: str,
        round_: TurnRound,
        block_time: Callable[[], float | None],
        time_label: str,
        decorate: Callable[[Turn], str] | None = None,
        with_shuffle: bool = True,
        parent=None,
    ) -> None:
        super().__init__(title, parent)
        self.round = round_
        self._block_time = block_time
        self._decorate = decorate or (lambda turn: "")
        self.items = QStandardItemModel(self)
        self.list = QListView()
        self.list.setAccessibleName(title)
        self.list.setModel(self.items)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("Drag to change the order"))
        self.list_order_button = QPushButton(self.tr("Queue in list order"))
        self.shuffle_button = QPushButton(self.tr("Shuffle"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.skip_button = QPushButton(self.tr("Skip / bring back"))
        self.minutes = QTimeEdit()
        self.minutes.setAccessibleName(time_label)
        self.minutes.setDisplayFormat("m:ss")
        self.minutes.setMinimumTime(QTime(0, 0, 30))
        self.minutes.setMaximumTime(QTime(0, 59, 0))
        self.minutes.setKeyboardTracking(False)
        self.minutes.setToolTip(self.tr("Time for each turn (minutes:seconds)"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet(
            "font-style: italic;"
        )  # secondary, readable in light and dark

        buttons = QGridLayout()
        row = 0
        if with_shuffle:
            buttons.addWidget(self.list_order_button, 0, 0)
            buttons.addWidget(self.shuffle_button, 0, 1)
            row = 1
        else:
            self.list_order_button.hide()
            self.shuffle_button.hide()
        buttons.addWidget(self.up_button, row, 0)
        buttons.addWidget(self.down_button, row, 1)
        buttons.addWidget(self.skip_button, row + 1, 0, 1, 2)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(QLabel(time_label))
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.count_label, 1)
        self._assemble(buttons, minutes_row, round_)
        self._connect()

    def _assemble(self, buttons: QGridLayout, minutes_row: QHBoxLayout, round_) -> None:
        layout = self.box_layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(minutes_row)

        self._selected: int | None = None
        self._taking: int | None = None  # the key of the turn being taken at the last refill
        round_.changed.connect(self.refill)

    def _connect(self) -> None:
        self.items.rowsRemoved.connect(self._order_dragged)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list_order_button.clicked.connect(lambda: self.round.build())
        self.shuffle_button.clicked.connect(lambda: self.round.shuffle())
        self.skip_button.clicked.connect(self._toggle_skip)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.minutes.timeChanged.connect(
            lambda value: self.round.set_seconds(value.minute() * 60 + value.second())
        )

    def selected_key(self) -> int | None:
        return self._selected

    def taking_key(self) -> int | None:
        """The key of the turn being taken now (started, not ended), if any."""
        return self._taking

    def _turn_being_taken(self) -> int | None:
        queue = self.round.queue
        index = queue.current_index
        if index is None or queue.turns[index].start is None:
            return None
        return queue.turns[index].key

    def keys_in_view(self) -> list[int]:
        return [self.items.item(r).data(KeyRole) for r in range(self.items.rowCount())]

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.items.index(row, 0))

    def refill(self) -> None:
        queue = self.round.queue
        current = queue.current_index
        self.items.blockSignals(True)
        self.items.clear()
        for index, turn in enumerate(queue.turns):
            mark = (
                "⊘ "
                if turn.skipped
                else "✓ "
                if turn.done
                else "▶ "
                if index == current and turn.start is not None
                else ""
            )
            item = QStandardItem(f"{mark}{turn.label}{self._decorate(turn)}")
            item.setData(turn.key, KeyRole)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            if turn.skipped:
                item.setForeground(Qt.GlobalColor.gray)
            self.items.appendRow(item)
        self.items.blockSignals(False)
        self.list.reset()
        self.minutes.blockSignals(True)
        seconds = min(59 * 60, int(queue.seconds_per_turn))
        self.minutes.setTime(QTime(0, seconds // 60, seconds % 60))
        self.minutes.blockSignals(False)
        self.count_label.setText(
            self.tr("%n turn(s)", "", sum(1 for t in queue.turns if not t.skipped))
        )
        keys = self.keys_in_view()
        taking = self._turn_being_taken()
        moved = taking != self._taking
        self._taking = taking
        if moved and taking in keys:
            self._select_key(taking, keys)  # the run moved: the form follows it
        elif self._selected in keys:
            self._select_key(self._selected, keys)
        elif keys:
            self.select_row(0)

    def _select_key(self, key: int, keys: list[int]) -> None:
        self.select_row(keys.index(key))
        if self._selected != key:  # the same row at the same place: tell the form anyway
            self._selected = key
            self.currentKeyChanged.emit(key)

    def _current_changed(self, current, _previous) -> None:
        self._selected = current.data(KeyRole) if current.isValid() else None
        self.currentKeyChanged.emit(self._selected)

    def _order_dragged(self) -> None:
        # A drag-and-drop move inserts the row anew, then removes the old one.
        keys = [k for k in self.keys_in_view() if k is not None]
        if keys and keys != [t.key for t in self.round.queue.turns]:
            self.round.reorder(keys)

    def _move(self, offset: int) -> None:
        row = self.list.currentIndex().row()
        keys = self.keys_in_view()
        if row < 0 or not 0 <= row + offset < len(keys):
            return
        keys.insert(row + offset, keys.pop(row))
        self.round.reorder(keys)

    def _toggle_skip(self) -> None:
        if self._selected is None:
            return
        turn = next(t for t in self.round.queue.turns if t.key == self._selected)
        self.round.set_skipped(turn.key, not turn.skipped, self._block_time())


def turn_heading(box: TurnListBox, label: str, key: int | None, now_words: str) -> str:
    """The heading of the form that edits a turn: whose it is, and whether it is the turn
    being taken or one chosen by hand (so the leader sees where their typing goes)."""
    taking = box.taking_key()
    if key is not None and key == taking:
        return QCoreApplication.translate("TurnListBox", "{name} · {now}").format(
            name=label, now=now_words
        )
    if taking is not None:
        current = next((t.label for t in box.round.queue.turns if t.key == taking), "")
        return QCoreApplication.translate(
            "TurnListBox", "{name} · chosen by hand (now: {current})"
        ).format(name=label, current=current)
    return label
