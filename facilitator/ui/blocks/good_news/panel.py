"""Block 1 in the control window: the speaker queue, each speaker's notes, shout-outs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.database import Database
from facilitator.store.good_news import NoteField
from facilitator.store.records import SHOUT_OUTS, Kind
from facilitator.store.room import RoomMessageItem
from facilitator.ui.autosave_text import AutosaveTextEdit
from facilitator.ui.blocks.good_news.controller import GoodNewsController
from facilitator.ui.blocks.good_news.room_messages_box import RoomMessagesBox
from facilitator.ui.blocks.parts.turn_list import TurnListBox, turn_heading
from facilitator.ui.blocks.parts.turn_round import TurnRound
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named, spoken
from facilitator.ui.records.record_model import Column
from facilitator.ui.records.record_panel import RecordPanel


class GoodNewsPanel(QWidget):
    def __init__(
        self,
        db: Database,
        round_: TurnRound,
        block_time: Callable[[], float | None],
        choices: Callable[[Kind], dict[int, str]],
        controller: GoodNewsController,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.round = round_
        self.queue_box = TurnListBox(
            self.tr("Speakers"), round_, block_time, self.tr("Each speaker")
        )
        # Short names for tests and for the next engineer.
        self.list, self.speakers = self.queue_box.list, self.queue_box.items
        self.up_button, self.skip_button = self.queue_box.up_button, self.queue_box.skip_button
        self.minutes = self.queue_box.minutes

        self.speaker_label = named(QLabel(), "notesSpeaker")
        self.speaker_label.setStyleSheet("font-weight: 600;")
        self.good_news = spoken(
            AutosaveTextEdit(object_name="speakerGoodNews"), self.tr("Good news")
        )
        self.good_news.setPlaceholderText(self.tr("Good news and results, in keywords"))
        self.challenges = spoken(
            AutosaveTextEdit(object_name="speakerChallenges"), self.tr("Challenges")
        )
        self.challenges.setPlaceholderText(self.tr("Challenges"))
        notes_box = QGroupBox(self.tr("Notes for the selected speaker"))
        notes = QFormLayout(notes_box)
        notes.addRow(self.speaker_label)
        # Alt+G and Alt+E reach the notes from anywhere on the page (keyboard only).
        notes.addRow(self.tr("&Good news"), self.good_news)
        notes.addRow(self.tr("Chall&enges"), self.challenges)

        top = QHBoxLayout()
        top.addWidget(self.queue_box, 2)
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

        self.room_messages = RoomMessagesBox()
        self.message = MessageBar()

        self._assemble(top, shout_box, controller)
        self._connect()

    def _assemble(self, top: QHBoxLayout, shout_box: QGroupBox, controller) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 3)
        layout.addWidget(self.room_messages, 1)
        layout.addWidget(self.message)
        layout.addWidget(shout_box, 2)

        self._selected_key: int | None = None
        self.queue_box.currentKeyChanged.connect(self._select)
        self.good_news.textToSave.connect(lambda text: self._save_note("good_news", text))
        self.challenges.textToSave.connect(lambda text: self._save_note("challenges", text))

    def _connect(self) -> None:
        self.room_messages.acceptRequested.connect(self._accept_message)
        self.room_messages.dismissRequested.connect(self._dismiss_message)

    def set_meeting(self, meeting_id: int, meeting_day) -> None:
        self.flush()
        self.round.load(meeting_id)
        self.shout_outs.set_meeting(meeting_id, meeting_day)
        self.refresh_room_messages()

    def refresh_room_messages(self) -> None:
        """The phones sent something (or another meeting is open): show what waits."""
        if self.round.meeting_id is not None:
            self.room_messages.show_messages(
                self.controller.waiting_messages(self.round.meeting_id)
            )

    def _accept_message(self, message: RoomMessageItem) -> None:
        if message.kind == "good_news" and self._selected_key is None:
            self.message.show_error(
                self.tr("Select the speaker whose good news this is first; it keeps waiting.")
            )
            return
        self.flush()
        if not self.controller.accept_message(message, self._selected_key):
            return
        self.message.clear_message()
        if message.kind == "good_news":
            self._select(self._selected_key)  # the notes now hold it
        else:
            self.shout_outs.model.reload()
        self.refresh_room_messages()

    def _dismiss_message(self, message: RoomMessageItem) -> None:
        if self.controller.dismiss_message(message):
            self.message.clear_message()
            self.refresh_room_messages()

    def flush(self) -> None:
        self.good_news.flush_pending()
        self.challenges.flush_pending()

    def keys_in_view(self) -> list[int]:
        return self.queue_box.keys_in_view()

    def _select(self, key: int | None) -> None:
        self.flush()
        self._selected_key = key
        notes = self.controller.notes(key)
        self.speaker_label.setText(
            turn_heading(self.queue_box, notes.speaker, key, self.tr("speaking now"))
            if notes
            else self.tr("No speaker selected")
        )
        self.good_news.set_saved_text(notes.good_news if notes else "")
        self.challenges.set_saved_text(notes.challenges if notes else "")
        for edit in (self.good_news, self.challenges):
            edit.setEnabled(notes is not None)

    def _save_note(self, field: NoteField, text: str) -> None:
        if self._selected_key is not None:
            self.controller.save_note(self._selected_key, field, text)
