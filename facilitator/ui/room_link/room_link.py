"""The room link in the app, without widgets: turns the server on and off, sends it the
room's screen at each repaint, tells it which groups have scribes, and brings the scribes'
notes into the app (`notesAdded`, delivered on the app's thread)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitator.domain.dot_vote import DotRules, VoteLine
from facilitator.domain.meeting_run import RunView
from facilitator.store.database import Database
from facilitator.ui.numbers import clock_text
from facilitator.web.room import RoomSnapshot, snapshot_of

if TYPE_CHECKING:
    from facilitator.web.server import RoomServer

DEFAULT_PORT = 8765

BLANK = RoomSnapshot(title="", countdown="", state="", next="", clock="", phase="normal")


def local_addresses() -> list[tuple[str, str]]:
    """(address, what it is) of this computer's IPv4 addresses on its networks, then this
    computer alone. The link binds to one the leader picks, never to all of them."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface  # when the link is set up

    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or (
            flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((address.toString(), interface.humanReadableName()))
    found.append(
        ("127.0.0.1", QCoreApplication.translate("RoomLink", "this computer only (for testing)"))
    )
    return found


def qr_png(text: str, scale: int = 8) -> bytes:
    """A QR code of `text` as PNG (segno: pure Python), with the quiet zone scanners need."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


class RoomLink(QObject):
    changed = Signal()  # turned on or off
    notesAdded = Signal(int)  # a scribe added to this group's flip chart
    photosChanged = Signal(int)  # a scribe added or removed a photo of this group's flip chart
    scoresChanged = Signal(str)  # a phone scored this report (its poll key)
    messagesArrived = Signal()  # a phone sent good news or a shout-out
    votesChanged = Signal()  # a phone spent (or took back) dots in block 3's vote
    questionsChanged = Signal()  # a phone asked or upvoted a question

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.server: RoomServer | None = None
        self.meeting_id: int | None = None
        self._groups: dict[int, str] = {}
        self._poll: tuple[str, str] | None = None
        self._messages_open = False
        self._vote: tuple[list[VoteLine], DotRules] | None = None
        self._questions_open = False

    def set_meeting(self, meeting_id: int) -> None:
        """Another meeting is open: the old links end (they must not show it)."""
        self.turn_off()
        self.meeting_id = meeting_id
        self._poll = None
        self._vote = None

    @property
    def db(self) -> Database:
        return self._db

    def is_on(self) -> bool:
        return self.server is not None

    def turn_on(self, host: str, port: int) -> None:
        """Serve on `host:port`; raises OSError when that address cannot be used."""
        from facilitator.web.server import RoomServer  # aiohttp: only when the link is used

        self.turn_off()
        # Emitted on the server's thread; Qt delivers them on the app's (queued signals).
        server = RoomServer(
            self._db,
            on_notes_changed=self.notesAdded.emit,
            meeting_id=self.meeting_id,
            on_scores_changed=self.scoresChanged.emit,
            on_messages_changed=self.messagesArrived.emit,
            on_photos_changed=self.photosChanged.emit,
            on_votes_changed=self.votesChanged.emit,
            on_questions_changed=self.questionsChanged.emit,
        )
        server.set_groups(self._groups)
        if self._poll is not None:
            server.open_poll(*self._poll)
        server.set_messages_open(self._messages_open)
        if self._vote is not None:
            server.open_vote(*self._vote)
        server.set_questions_open(self._questions_open)
        server.questions_changed()  # the phones read the list that is kept
        server.start(host, port)
        self.server = server
        self.changed.emit()

    def turn_off(self) -> None:
        """Every phone's view stops and every link (room and scribes) dies with it."""
        if self.server is not None:
            self.server.stop()
            self.server = None
            self.changed.emit()

    def room_url(self) -> str | None:
        """The live view, for a screen in the room or a breakout room: it only watches."""
        return self.server.room_url() if self.server else None

    def participant_url(self) -> str | None:
        """The phones' page: the live view, their own score, good news and shout-outs."""
        return self.server.participant_url() if self.server else None

    def open_poll(self, key: str | None, title: str = "") -> None:
        """Let the phones score one report (`key`), or stop (None)."""
        self._poll = (key, title) if key is not None else None
        if self.server is not None:
            self.server.open_poll(key, title)

    def poll_key(self) -> str | None:
        return self._poll[0] if self._poll else None

    def open_vote(self, lines: list[VoteLine] | None, rules: DotRules | None = None) -> None:
        """Let the phones spend their dots on `lines` (block 3's vote), or close it (None)."""
        vote = (list(lines), rules) if lines is not None and rules is not None else None
        if vote != self._vote:
            self._vote = vote
            if self.server is not None:
                self.server.open_vote(lines, rules)

    def set_questions_open(self, open_: bool) -> None:
        """Phones may ask questions (blocks 2 and 6, or when the leader opens them)."""
        if open_ != self._questions_open:
            self._questions_open = open_
            if self.server is not None:
                self.server.set_questions_open(open_)

    def questions_open(self) -> bool:
        return self._questions_open

    def questions_changed(self) -> None:
        """The leader moderated: the phones read the list again."""
        if self.server is not None:
            self.server.questions_changed()

    def vote_open(self) -> bool:
        return self._vote is not None

    def set_messages_open(self, open_: bool) -> None:
        if open_ != self._messages_open:
            self._messages_open = open_
            if self.server is not None:
                self.server.set_messages_open(open_)

    def scribe_urls(self) -> dict[int, str]:
        return self.server.scribe_urls() if self.server else {}

    def group_names(self) -> dict[int, str]:
        return dict(self._groups)

    def set_groups(self, groups: dict[int, str]) -> None:
        if groups != self._groups:
            self._groups = dict(groups)
            if self.server is not None:
                self.server.set_groups(groups)
                self.changed.emit()

    def publish(
        self,
        view: RunView | None,
        now: datetime,
        lines: list[str],
        blank: bool,
        cue: str = "",
        question: str = "",
    ) -> None:
        """The room's screen as the projector shows it (`blank`: the projector is dark;
        `cue`: the leader's cue on its banner)."""
        if self.server is None:
            return
        if blank:
            self.server.publish(BLANK)
        elif view is not None:
            self.server.publish(snapshot_of(view, clock_text, now, lines, cue, question))
