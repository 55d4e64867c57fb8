"""Block 1 in the control window: the speaker queue, each speaker's notes, shout-outs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.store import good_news
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.records import SHOUT_OUTS, Kind
from facilitator.ui.autosave_text import AutosaveTextEdit
from facilitator.ui.blocks.good_news_round import GoodNewsRound
from facilitator.ui.records.record_model import Column
from facilitator.ui.records.record_panel import RecordPanel

KeyRole = Qt.ItemDataRole.UserRole + 1


class GoodNewsPanel(QWidget):
    storeFailed = Signal(object)

    def __init__(
        self,
        db: Database,
        round_: GoodNewsRound,
        block_time: Callable[[], float | None],
        choices: Callable[[Kind], dict[int, str]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.round = round_
        self._block_time = block_time

        self.speakers = QStandardItemModel(self)
        self.list = QListView(objectName="speakerList")
        self.list.setModel(self.speakers)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("Drag to change the order"))
        self.list_order_button = QPushButton(self.tr("Queue in list order"))
        self.shuffle_button = QPushButton(self.tr("Shuffle"))
        self.skip_button = QPushButton(self.tr("Skip / bring back"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.minutes = QTimeEdit(objectName="speakerMinutes")
        self.minutes.setDisplayFormat("m:ss")
        self.minutes.setMinimumTime(QTime(0, 0, 30))
        self.minutes.setMaximumTime(QTime(0, 30, 0))
        self.minutes.setCurrentSection(QTimeEdit.Section.MinuteSection)
        self.minutes.setKeyboardTracking(False)
        self.minutes.setToolTip(self.tr("Time for each speaker (minutes:seconds)"))
        self.share_label = QLabel()
        self.share_label.setStyleSheet("color: #555;")

        queue_buttons = QGridLayout()
        queue_buttons.addWidget(self.list_order_button, 0, 0)
        queue_buttons.addWidget(self.shuffle_button, 0, 1)
        queue_buttons.addWidget(self.up_button, 1, 0)
        queue_buttons.addWidget(self.down_button, 1, 1)
        queue_buttons.addWidget(self.skip_button, 2, 0, 1, 2)
        queue_box = QGroupBox(self.tr("Speakers"))
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(self.list, 1)
        queue_layout.addLayout(queue_buttons)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(QLabel(self.tr("Each speaker")))
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.share_label, 1)
        queue_layout.addLayout(minutes_row)

        self.speaker_label = QLabel(objectName="notesSpeaker")
        self.speaker_label.setStyleSheet("font-weight: 600;")
        self.good_news = AutosaveTextEdit(object_name="speakerGoodNews")
        self.good_news.setPlaceholderText(self.tr("Good news and results, in keywords"))
        self.challenges = AutosaveTextEdit(object_name="speakerChallenges")
        self.challenges.setPlaceholderText(self.tr("Challenges"))
        notes_box = QGroupBox(self.tr("Notes for the selected speaker"))
        notes = QFormLayout(notes_box)
        notes.addRow(self.speaker_label)
        notes.addRow(self.tr("Good news"), self.good_news)
        notes.addRow(self.tr("Challenges"), self.challenges)

        top = QHBoxLayout()
        top.addWidget(queue_box, 2)
        top.addWidget(notes_box, 3)
        self.shout_outs = RecordPanel(
            db,
            SHOUT_OUTS,
            [
                Column("praised", self.tr("Praise for (who)"), Kind.REQUIRED),
                Column("reason", self.tr("For what"), Kind.TEXT),
                Column("praised_by_id", self.tr("From"), Kind.PERSON, self.tr("(from)")),
            ],
            choices,
            self.tr("Add shout-out"),
        )
        shout_box = QGroupBox(self.tr("Shout-outs — praise to pass on"))
        QVBoxLayout(shout_box).addWidget(self.shout_outs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 3)
        layout.addWidget(shout_box, 2)

        self._selected_key: int | None = None
        self.round.changed.connect(self._fill_list)
        self.speakers.rowsRemoved.connect(self._order_dragged)
        self.list.selectionModel().currentChanged.connect(self._select)
        self.list_order_button.clicked.connect(lambda: self.round.build())
        self.shuffle_button.clicked.connect(lambda: self.round.shuffle())
        self.skip_button.clicked.connect(self._toggle_skip)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.minutes.timeChanged.connect(self._minutes_changed)
        self.good_news.textToSave.connect(lambda text: self._save_note("good_news", text))
        self.challenges.textToSave.connect(lambda text: self._save_note("challenges", text))
        self.shout_outs.storeFailed.connect(self.storeFailed)

    def set_meeting(self, meeting_id: int, meeting_day) -> None:
        self.flush()
        self.round.load(meeting_id)
        self.shout_outs.set_meeting(meeting_id, meeting_day)

    def flush(self) -> None:
        self.good_news.flush_pending()
        self.challenges.flush_pending()

    # -- the list -------------------------------------------------------------------------

    def _fill_list(self) -> None:
        queue = self.round.queue
        current = queue.current_index
        self.speakers.blockSignals(True)
        self.speakers.clear()
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
            item = QStandardItem(f"{mark}{turn.label}")
            item.setData(turn.key, KeyRole)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            if turn.skipped:
                item.setForeground(Qt.GlobalColor.gray)
            self.speakers.appendRow(item)
        self.speakers.blockSignals(False)
        self.list.reset()
        self.minutes.blockSignals(True)
        seconds = int(queue.seconds_per_turn)
        self.minutes.setTime(
            QTime(0, min(30, seconds // 60), seconds % 60 if seconds < 1800 else 0)
        )
        self.minutes.blockSignals(False)
        speakers = sum(1 for t in queue.turns if not t.skipped)
        self.share_label.setText(self.tr("%n speaker(s)", "", speakers))
        if self._selected_key is not None:
            self._reselect(self._selected_key)
        elif self.speakers.rowCount():
            self.list.setCurrentIndex(self.speakers.index(0, 0))

    def _reselect(self, key: int) -> None:
        for row in range(self.speakers.rowCount()):
            if self.speakers.item(row).data(KeyRole) == key:
                self.list.setCurrentIndex(self.speakers.index(row, 0))
                return

    def keys_in_view(self) -> list[int]:
        return [self.speakers.item(r).data(KeyRole) for r in range(self.speakers.rowCount())]

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
        if self._selected_key is None:
            return
        turn = next(t for t in self.round.queue.turns if t.key == self._selected_key)
        self.round.set_skipped(turn.key, not turn.skipped, self._block_time())

    def _minutes_changed(self, value: QTime) -> None:
        self.round.set_seconds(value.minute() * 60 + value.second())

    # -- notes ----------------------------------------------------------------------------

    def _select(self, current, _previous) -> None:
        self.flush()
        key = current.data(KeyRole) if current.isValid() else None
        self._selected_key = key
        item = (
            next(
                (i for i in good_news.list_items(self._db, self.round.meeting_id) if i.id == key),
                None,
            )
            if key is not None
            else None
        )
        self.speaker_label.setText(item.participant.name if item and item.participant else "")
        self.good_news.set_saved_text(item.good_news if item else "")
        self.challenges.set_saved_text(item.challenges if item else "")
        for edit in (self.good_news, self.challenges):
            edit.setEnabled(item is not None)

    def _save_note(self, field: str, text: str) -> None:
        if self._selected_key is None:
            return
        try:
            good_news.set_note(self._db, self._selected_key, field, text)
        except StoreError as error:
            self.storeFailed.emit(error)
