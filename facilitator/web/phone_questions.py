"""The phones' questions: ask one (`POST /p/{token}/questions`, one line, its own rate
per phone and per address), read the approved ones with their upvotes and one's own
(`GET /p/{token}/questions?voter=…`), and upvote one or take it back
(`POST /p/{token}/upvote`). Each message to the phones carries only a version of the list,
so a phone reads the list again when it changed, at most about twice a second however
many upvotes arrive.

`RoomServer` (server.py) is built on this: these are its request handlers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web

from facilitator.domain.questions import MAX_QUESTION_LENGTH, for_the_phones
from facilitator.store import questions as question_store
from facilitator.store.errors import StoreError
from facilitator.web.phone_base import PhoneHandlers
from facilitator.web.room_rules import VOTER, RateLimit, one_line

QUESTIONS_PER_MINUTE = 3  # per phone: a question, then the next when it was heard
QUESTIONS_PER_ADDRESS_MINUTE = 30
UPVOTES_PER_MINUTE = 60
LIST_CHANGE_DELAY = 0.5  # seconds: one message for a burst of upvotes


class PhoneQuestions(PhoneHandlers):
    _loop: asyncio.AbstractEventLoop | None
    _on_questions_changed: Callable[[], None]

    def _init_questions(self) -> None:
        self._questions_open = False
        self._questions_version = 0
        self._list_change_due = False
        self._ask_rate = RateLimit(QUESTIONS_PER_MINUTE)
        self._ask_address_rate = RateLimit(QUESTIONS_PER_ADDRESS_MINUTE)
        self._upvote_rate = RateLimit(UPVOTES_PER_MINUTE)

    def set_questions_open(self, open_: bool) -> None:
        """Phones may ask questions (blocks 2 and 6, or when the leader opens them)."""
        self._questions_open = open_
        self._state_changed()

    def questions_changed(self) -> None:
        """The list the phones see changed (the leader moderated, a phone upvoted): the
        phones hear it in one message a moment later (any thread)."""
        self._questions_version += 1
        loop = self._loop
        if loop is not None and not self._list_change_due:
            self._list_change_due = True
            loop.call_soon_threadsafe(loop.call_later, LIST_CHANGE_DELAY, self._tell_phones)

    def _tell_phones(self) -> None:
        self._list_change_due = False
        self._state_changed()

    def questions_json(self) -> dict[str, Any]:
        return {"open": self._questions_open, "version": self._questions_version}

    def question_routes(self) -> list[web.RouteDef]:
        return [
            web.get("/p/{token}/questions", self._list_questions),
            web.post("/p/{token}/questions", self._ask),
            web.post("/p/{token}/upvote", self._upvote),
        ]

    async def _list_questions(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        voter, meeting_id = request.query.get("voter", ""), self._meeting_id
        if not VOTER.fullmatch(voter) or meeting_id is None:
            return web.json_response({"error": "voter"}, status=422)
        try:
            items = await asyncio.to_thread(question_store.questions, self._db, meeting_id)
            mine = await asyncio.to_thread(question_store.upvoted_by, self._db, meeting_id, voter)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        shown = for_the_phones(items)
        return web.json_response(
            {
                **self.questions_json(),
                "maxLength": MAX_QUESTION_LENGTH,
                "questions": [
                    {
                        "id": q.id,
                        "text": q.text,
                        "votes": q.votes,
                        "answered": q.status == "answered",
                        "onScreen": q.on_screen,
                    }
                    for q in shown
                ],
                "mine": sorted(mine & {q.id for q in shown}),
            }
        )

    async def _ask(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        if not self._ask_address_rate.allow(request.remote or ""):
            return web.json_response({"error": "rate"}, status=429)
        sent = await self._json_body(request)
        if sent is None:
            return web.json_response({"error": "json"}, status=400)
        voter = sent.get("voter")
        if not isinstance(voter, str) or not VOTER.fullmatch(voter):
            return web.json_response({"error": "voter"}, status=422)
        if not self._questions_open or self._meeting_id is None:
            return web.json_response({"error": "questionsClosed"}, status=409)
        text = one_line(sent.get("text"), MAX_QUESTION_LENGTH)
        if text is None:
            return web.json_response({"error": "long"}, status=422)
        if not text:
            return web.json_response({"error": "empty"}, status=422)
        if not self._ask_rate.allow(voter):
            return web.json_response({"error": "rate"}, status=429)
        try:
            await asyncio.to_thread(question_store.ask, self._db, self._meeting_id, voter, text)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        self._on_questions_changed()
        return web.json_response({"asked": True}, status=201)

    async def _upvote(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        sent = await self._json_body(request)
        if sent is None:
            return web.json_response({"error": "json"}, status=400)
        voter, question, up = sent.get("voter"), sent.get("question"), sent.get("up")
        if not isinstance(voter, str) or not VOTER.fullmatch(voter):
            return web.json_response({"error": "voter"}, status=422)
        if not isinstance(question, int) or isinstance(question, bool) or not isinstance(up, bool):
            return web.json_response({"error": "json"}, status=400)
        if self._meeting_id is None:
            return web.json_response({"error": "questionsClosed"}, status=409)
        if not self._upvote_rate.allow(voter):
            return web.json_response({"error": "rate"}, status=429)
        try:
            await asyncio.to_thread(
                question_store.upvote, self._db, self._meeting_id, question, voter, up
            )
        except ValueError:
            return web.json_response({"error": "gone"}, status=409)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        self.questions_changed()
        self._on_questions_changed()
        return web.json_response({"up": up}, status=201)
