"""What the phones send the room link: a scribe's line for the group's flip chart, a
score on the report shown (or a hand, fist to five, on a company objective), good news or
a shout-out. Each is checked (`room_rules.py`),
rate-limited and stored off the event loop; the app is told on its own thread.

`RoomServer` (server.py) is built on this: these are its request handlers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web

from facilitator.domain.consent import (
    FEWEST_FINGERS,
    MOST_FINGERS,
    consent_objective,
    is_fingers,
)
from facilitator.domain.evaluation import HIGHEST_SCORE, LOWEST_SCORE, is_score
from facilitator.domain.validation import ValidationError
from facilitator.store import consent as consent_store
from facilitator.store import groups as group_store
from facilitator.store import room as room_store
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.web.room_rules import (
    MAX_MESSAGE_LENGTH,
    MAX_NOTES_PER_KIND,
    VOTER,
    RateLimit,
    ScribeGroup,
    clean_note,
    one_line,
)


def poll_json(key: str, title: str) -> dict[str, Any]:
    """What a phone needs to show the open poll: its range and which question it is."""
    consent = consent_objective(key) is not None
    lowest, highest = (FEWEST_FINGERS, MOST_FINGERS) if consent else (LOWEST_SCORE, HIGHEST_SCORE)
    return {
        "key": key,
        "title": title,
        "kind": "consent" if consent else "score",
        "lowest": lowest,
        "highest": highest,
    }


class PhoneInputs:
    _db: Database
    _meeting_id: int | None
    _poll: tuple[str, str] | None
    _messages_open: bool
    _rate: RateLimit
    _score_rate: RateLimit
    _score_address_rate: RateLimit
    _message_rate: RateLimit
    _on_notes_changed: Callable[[int], None]
    _on_scores_changed: Callable[[str], None]
    _on_messages_changed: Callable[[], None]

    def _scribe_group(self, request: web.Request) -> ScribeGroup:
        raise NotImplementedError

    def _participant_token(self, request: web.Request) -> None:
        raise NotImplementedError

    def _notes_json(self, group: ScribeGroup) -> dict[str, Any]:
        raise NotImplementedError

    async def _add_note(self, request: web.Request) -> web.Response:
        group = self._scribe_group(request)
        if not self._rate.allow(request.match_info["token"]):
            return web.json_response({"error": "rate"}, status=429)
        sent = await self._json_body(request)
        if sent is None:
            return web.json_response({"error": "json"}, status=400)
        cleaned = clean_note(sent.get("kind"), sent.get("text"))
        if isinstance(cleaned, str):
            return web.json_response({"error": cleaned}, status=422)
        kind, text = cleaned
        try:
            body = await asyncio.to_thread(self._store_note, group, kind, text)
        except (ValidationError, StoreError):
            raise web.HTTPServiceUnavailable() from None
        if body is None:
            return web.json_response({"error": "full"}, status=422)
        self._on_notes_changed(group.group_id)
        return web.json_response(body, status=201)

    async def _json_body(self, request: web.Request) -> dict[str, Any] | None:
        try:
            sent = await request.json()
        except (ValueError, UnicodeDecodeError):
            return None
        return sent if isinstance(sent, dict) else None

    async def _give_score(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        if not self._score_address_rate.allow(request.remote or ""):
            return web.json_response({"error": "rate"}, status=429)
        sent = await self._json_body(request)
        if sent is None:
            return web.json_response({"error": "json"}, status=400)
        voter, score, poll = sent.get("voter"), sent.get("score"), sent.get("poll")
        if not isinstance(voter, str) or not VOTER.fullmatch(voter):
            return web.json_response({"error": "voter"}, status=422)
        objective = consent_objective(poll) if isinstance(poll, str) else None
        if not (is_fingers(score) if objective is not None else is_score(score)):
            return web.json_response({"error": "score"}, status=422)
        assert isinstance(score, int)
        if self._poll is None or poll != self._poll[0] or self._meeting_id is None:
            return web.json_response({"error": "closed"}, status=409)
        if not self._score_rate.allow(voter):
            return web.json_response({"error": "rate"}, status=429)
        meeting_id, key = self._meeting_id, self._poll[0]
        try:
            if objective is not None:
                await asyncio.to_thread(
                    consent_store.show_hand, self._db, meeting_id, objective, voter, score
                )
            else:
                await asyncio.to_thread(
                    room_store.give_score, self._db, meeting_id, key, voter, score
                )
        except ValueError:
            return web.json_response({"error": "closed"}, status=409)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        self._on_scores_changed(key)
        return web.json_response({"score": score}, status=201)

    async def _send_message(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        if not self._message_rate.allow(request.remote or ""):
            return web.json_response({"error": "rate"}, status=429)
        sent = await self._json_body(request)
        if sent is None:
            return web.json_response({"error": "json"}, status=400)
        if not self._messages_open or self._meeting_id is None:
            return web.json_response({"error": "closed"}, status=409)
        kind = sent.get("kind")
        if kind not in ("good_news", "shout_out"):
            return web.json_response({"error": "kind"}, status=422)
        text = one_line(sent.get("text"), MAX_MESSAGE_LENGTH)
        praised = one_line(sent.get("praised", ""), 200)
        sender = one_line(sent.get("sender", ""), 200)
        for value in (text, praised, sender):
            if value is None:
                return web.json_response({"error": "long"}, status=422)
        assert text is not None and praised is not None and sender is not None
        if not text or (kind == "shout_out" and not praised):
            return web.json_response({"error": "empty"}, status=422)
        meeting_id = self._meeting_id
        try:
            await asyncio.to_thread(
                room_store.send_message, self._db, meeting_id, kind, text, praised, sender
            )
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        self._on_messages_changed()
        return web.json_response({"sent": True}, status=201)

    def _store_note(self, group: ScribeGroup, kind: str, text: str) -> dict[str, Any] | None:
        notes = group_store.group_notes(self._db, group.group_id) or {}
        if len(notes.get(kind, [])) >= MAX_NOTES_PER_KIND:
            return None
        group_store.add_note(self._db, group.group_id, kind, text)
        return self._notes_json(group)
