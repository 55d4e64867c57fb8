"""The room link's web server: aiohttp on a thread of its own, with its own event loop.

- `/r/{token}` is the read-only live view of the room's screen; its page listens to
  `/r/{token}/events` (server-sent events: the whole snapshot on connect and on each
  change, so a phone that reconnects has caught up at once).
- `/p/{token}` is a participant's phone: the live view, its own score on a report, good
  news and shout-outs (phone_inputs.py), its dots in block 3's vote (phone_votes.py), its
  questions and upvotes (phone_questions.py).
- `/s/{token}` is one group's scribe page: it reads and adds to that group's flip chart
  (`/s/{token}/notes`), through the same store function as the app's own flip chart, and
  photographs the sheet (`/s/{token}/photos`, photo_uploads.py).

Every URL carries a token made when the link is turned on (`RoomTokens`); an unknown one
gets the same 404 as a wrong path. Turning the link off forgets them. Inputs are checked
here (kind, length, control characters, size of the request, a rate per scribe) and shown
as plain text everywhere (the pages set `textContent`, never HTML).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from facilitator.locations import resources_dir
from facilitator.store import groups as group_store
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.web.connection_guard import (
    ConnectionGuard,
    QuietAcceptErrors,
    raise_open_file_limit,
)
from facilitator.web.phone_inputs import PhoneInputs, poll_json
from facilitator.web.phone_questions import PhoneQuestions
from facilitator.web.phone_votes import PhoneVotes
from facilitator.web.photo_uploads import PhotoUploads
from facilitator.web.room import WAITING, RoomSnapshot
from facilitator.web.room_rules import (
    KEEP_ALIVE_SECONDS,
    MAX_NOTE_LENGTH,
    MAX_REQUEST_BYTES,
    MESSAGES_PER_MINUTE,
    NOTES_PER_MINUTE,
    SCORES_PER_ADDRESS_MINUTE,
    SCORES_PER_MINUTE,
    SECURITY_HEADERS,
    RateLimit,
    RoomTokens,
    ScribeGroup,
    question_labels,
    room_labels,
    scribe_labels,
    vote_labels,
)


class RoomServer(PhoneInputs, PhoneVotes, PhoneQuestions, PhotoUploads):
    """One meeting's room link. `start` binds to the address the leader chose."""

    def __init__(
        self,
        db: Database,
        on_notes_changed: Callable[[int], None] = lambda group_id: None,
        tokens: RoomTokens | None = None,
        meeting_id: int | None = None,
        on_scores_changed: Callable[[str], None] = lambda poll: None,
        on_messages_changed: Callable[[], None] = lambda: None,
        on_photos_changed: Callable[[int], None] = lambda group_id: None,
        on_votes_changed: Callable[[], None] = lambda: None,
        on_questions_changed: Callable[[], None] = lambda: None,
    ) -> None:
        self._db = db
        self._on_votes_changed = on_votes_changed
        self._on_questions_changed = on_questions_changed
        self._init_votes()
        self._init_questions()
        self._on_photos_changed = on_photos_changed
        self._init_photos()
        self._meeting_id = meeting_id
        self._on_notes_changed = on_notes_changed
        self._on_scores_changed = on_scores_changed
        self._on_messages_changed = on_messages_changed
        self._poll: tuple[str, str] | None = None  # (key, what is scored) while open
        self._messages_open = False
        self._score_rate = RateLimit(SCORES_PER_MINUTE)
        self._score_address_rate = RateLimit(SCORES_PER_ADDRESS_MINUTE)
        self._message_rate = RateLimit(MESSAGES_PER_MINUTE)
        self.tokens = tokens or RoomTokens()
        self._groups: dict[int, str] = {}
        self._snapshot: RoomSnapshot = WAITING
        self._clients: set[asyncio.Queue[str]] = set()
        self._rate = RateLimit(NOTES_PER_MINUTE)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None
        self.guard = ConnectionGuard()
        self._thread: threading.Thread | None = None
        self.address: tuple[str, int] | None = None
        self._static = resources_dir() / "web"
        # Translated once here, on the app's thread.
        self._room_labels = room_labels() | vote_labels() | question_labels()
        self._scribe_labels = scribe_labels()

    # -- the app's side (any thread) --------------------------------------------------------

    def publish(self, snapshot: RoomSnapshot) -> None:
        """The room's screen changed: every open view gets it within a second."""
        loop = self._loop
        if loop is not None and snapshot != self._snapshot:
            loop.call_soon_threadsafe(self._broadcast, snapshot)
        else:
            self._snapshot = snapshot

    def open_poll(self, key: str | None, title: str = "") -> None:
        """Open the phones' scoring of one report (`key`) or their hands on a company
        objective (a key "consent:…"), or close it (None)."""
        self._poll = (key, title) if key is not None else None
        self._state_changed()

    def set_messages_open(self, open_: bool) -> None:
        """Phones may send good news and shout-outs (during block 1)."""
        self._messages_open = open_
        self._state_changed()

    def _state_changed(self) -> None:
        loop = self._loop
        if loop is not None:
            loop.call_soon_threadsafe(self._broadcast, self._snapshot)

    def participant_url(self) -> str:
        return self.url(f"/p/{self.tokens.participant}")

    def set_groups(self, groups: dict[int, str]) -> None:
        """The groups whose scribes may write (group id -> name); others' links stop."""
        self._groups = dict(groups)
        for group_id in groups:
            self.tokens.scribe_token(group_id)

    def client_count(self) -> int:
        return len(self._clients)

    def url(self, path: str) -> str:
        if self.address is None:
            raise RuntimeError("the room link is not on")
        host, port = self.address
        return f"http://{host}:{port}{path}"

    def room_url(self) -> str:
        return self.url(f"/r/{self.tokens.room}")

    def scribe_urls(self) -> dict[int, str]:
        """Group id -> its scribe page."""
        return {gid: self.url(f"/s/{self.tokens.scribe_token(gid)}") for gid in self._groups}

    def start(self, host: str, port: int) -> tuple[str, int]:
        """Serve on `host:port` (port 0: any free one) from a thread of its own; returns
        the address bound. Raises OSError when the address cannot be used."""
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(host, port))
            except BaseException as error:  # handed to the caller's thread
                failure.append(error)
                started.set()
                loop.close()
                return
            self._loop = loop
            started.set()
            loop.run_forever()
            loop.run_until_complete(self._shutdown())
            loop.close()

        self._thread = threading.Thread(target=run, name="room-link", daemon=True)
        self._thread.start()
        started.wait(10)
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        assert self.address is not None
        return self.address

    def stop(self) -> None:
        """Turn the link off: every connection closes and no token works again."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
        self._loop = self._thread = None
        self._stop_photos()
        self.address = None
        self.tokens = RoomTokens()

    # -- the server's side (its own thread) -------------------------------------------------

    async def _serve(self, host: str, port: int) -> None:
        # The open event streams are told to end first (`_shutdown`): no long wait there.
        self._runner = web.AppRunner(
            self.build_app(), handle_signals=False, access_log=None, shutdown_timeout=2.0
        )
        await self._runner.setup()
        raise_open_file_limit()
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(QuietAcceptErrors())
        assert self._runner.server is not None
        # aiohttp's own TCPSite, with each connection guarded (connection_guard.py).
        self._listener = await loop.create_server(
            self.guard.wrap(self._runner.server), host, port, reuse_address=True
        )
        bound = self._listener.sockets[0].getsockname()
        self.address = (host, int(bound[1]))

    async def _shutdown(self) -> None:
        for queue in list(self._clients):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait("")  # an empty message ends that stream
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._runner is not None:
            await self._runner.cleanup()

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_REQUEST_BYTES, middlewares=[_headers])
        app.add_routes(
            [
                web.get("/r/{token}", self._room_page),
                web.get("/r/{token}/events", self._events),
                web.get("/p/{token}", self._participant_page),
                web.get("/p/{token}/events", self._events),
                web.post("/p/{token}/score", self._give_score),
                web.post("/p/{token}/message", self._send_message),
                *self.vote_routes(),
                *self.question_routes(),
                web.get("/s/{token}", self._scribe_page),
                web.get("/s/{token}/notes", self._notes),
                web.post("/s/{token}/notes", self._add_note),
                web.get("/static/{name}", self._static_file),
                *self.photo_routes(),
            ]
        )
        return app

    def _message(self) -> str:
        poll = poll_json(*self._poll) if self._poll else None
        message = {
            "screen": self._snapshot.as_json(),
            "labels": self._room_labels,
            "poll": poll,
            "messagesOpen": self._messages_open,
            "vote": self.vote_json(),
            "questions": self.questions_json(),
        }
        return "data: " + json.dumps(message, ensure_ascii=False) + "\n\n"

    def _broadcast(self, snapshot: RoomSnapshot) -> None:
        self._snapshot = snapshot
        message = self._message()
        for queue in self._clients:
            if queue.full():  # a slow phone gets the newest screen, not a backlog
                queue.get_nowait()
            queue.put_nowait(message)

    def _room_token(self, request: web.Request) -> None:
        """The live view's token or the participants' (both may watch the screen)."""
        token = request.match_info["token"]
        known = (self.tokens.room, self.tokens.participant)
        if not any(secrets.compare_digest(token, k) for k in known):
            raise web.HTTPNotFound()

    def _participant_token(self, request: web.Request) -> None:
        if not secrets.compare_digest(request.match_info["token"], self.tokens.participant):
            raise web.HTTPNotFound()

    def _scribe_group(self, request: web.Request) -> ScribeGroup:
        group_id = self.tokens.scribes.get(request.match_info["token"])
        if group_id is None or group_id not in self._groups:
            raise web.HTTPNotFound()
        return ScribeGroup(group_id, self._groups[group_id])

    async def _room_page(self, request: web.Request) -> web.StreamResponse:
        self._room_token(request)
        return web.FileResponse(self._static / "room.html")

    async def _participant_page(self, request: web.Request) -> web.StreamResponse:
        self._participant_token(request)
        return web.FileResponse(self._static / "participant.html")

    async def _scribe_page(self, request: web.Request) -> web.StreamResponse:
        self._scribe_group(request)
        return web.FileResponse(self._static / "scribe.html")

    async def _static_file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in (
            "screen.js",
            "room.js",
            "participant.js",
            "vote.js",
            "questions.js",
            "scribe.js",
            "room.css",
        ):
            raise web.HTTPNotFound()
        return web.FileResponse(self._static / name)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        self._room_token(request)
        # Prepared here, before the middleware could add its headers: they go on now.
        response = web.StreamResponse(
            headers={
                **SECURITY_HEADERS,
                "Content-Type": "text/event-stream",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
        self._clients.add(queue)
        try:
            await response.write(b"retry: 2000\n\n" + self._message().encode())
            while True:
                try:
                    message = await asyncio.wait_for(queue.get(), KEEP_ALIVE_SECONDS)
                except TimeoutError:
                    message = ": still here\n\n"
                if not message:
                    break
                await response.write(message.encode())
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._clients.discard(queue)
        return response

    def _notes_json(self, group: ScribeGroup) -> dict[str, Any]:
        notes = group_store.group_notes(self._db, group.group_id) or {}
        return {
            "group": group.name,
            "success": [text for _, text in notes.get("success", [])],
            "learning": [text for _, text in notes.get("learning", [])],
            "maxLength": MAX_NOTE_LENGTH,
            "labels": self._scribe_labels,
        }

    async def _notes(self, request: web.Request) -> web.Response:
        group = self._scribe_group(request)
        try:
            body = await asyncio.to_thread(self._notes_json, group)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        return web.json_response(body)


@web.middleware
async def _headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        response: web.StreamResponse = await handler(request)
    except web.HTTPException as error:
        error.headers.update(SECURITY_HEADERS)
        raise
    response.headers.update(SECURITY_HEADERS)
    return response
