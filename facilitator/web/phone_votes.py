"""The phones' part of block 3's dot-vote: the lines and the phone's own dots
(`GET /p/{token}/vote?voter=…`), and its whole allocation sent at each tap
(`POST /p/{token}/dots`). The laptop checks every allocation against the rules (budget,
dots per line, lines of the open vote), keeps one allocation per phone, and tells the app
only that the count changed: no phone, and no laptop before the reveal, sees another's dots.

`RoomServer` (server.py) is built on this: these are its request handlers."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from facilitator.domain.dot_vote import DotRules, VoteLine, allocation_problem
from facilitator.store import dot_votes as vote_store
from facilitator.store.errors import StoreError
from facilitator.web.phone_base import PhoneHandlers
from facilitator.web.room_rules import (
    DOTS_PER_ADDRESS_MINUTE,
    DOTS_PER_MINUTE,
    VOTER,
    RateLimit,
)


@dataclass(frozen=True)
class OpenVote:
    """The vote the phones see: its lines as they were when it opened, and its rules."""

    lines: tuple[VoteLine, ...]
    rules: DotRules

    @property
    def key(self) -> str:
        """Changes when the lines or rules change, so a phone knows to read them again."""
        digest = hashlib.sha256(repr((self.lines, self.rules)).encode()).hexdigest()
        return digest[:16]

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "dots": self.rules.dots, "perLine": self.rules.per_line}


class PhoneVotes(PhoneHandlers):
    _on_votes_changed: Callable[[], None]

    def _init_votes(self) -> None:
        self._vote: OpenVote | None = None
        self._dot_rate = RateLimit(DOTS_PER_MINUTE)
        self._dot_address_rate = RateLimit(DOTS_PER_ADDRESS_MINUTE)

    def open_vote(self, lines: list[VoteLine] | None, rules: DotRules | None = None) -> None:
        """Let the phones spend their dots on `lines` (None: the vote is closed)."""
        if lines is None or rules is None:
            self._vote = None
        else:
            self._vote = OpenVote(tuple(lines), rules)
        self._state_changed()

    def vote_json(self) -> dict[str, Any] | None:
        return self._vote.as_json() if self._vote is not None else None

    def vote_routes(self) -> list[web.RouteDef]:
        return [
            web.get("/p/{token}/vote", self._vote_lines),
            web.post("/p/{token}/dots", self._spend_dots),
        ]

    async def _vote_lines(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        vote, meeting_id = self._vote, self._meeting_id
        if vote is None or meeting_id is None:
            return web.json_response({"error": "voteClosed"}, status=409)
        voter = request.query.get("voter", "")
        if not VOTER.fullmatch(voter):
            return web.json_response({"error": "voter"}, status=422)
        try:
            mine = await asyncio.to_thread(vote_store.voter_dots, self._db, meeting_id, voter)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        lines = [
            {"id": line.id, "group": line.group, "kind": line.kind, "text": line.text}
            for line in vote.lines
        ]
        open_lines = {line.id for line in vote.lines}
        return web.json_response(
            {
                **vote.as_json(),
                "lines": lines,
                "mine": {str(k): v for k, v in mine.items() if k in open_lines},
            }
        )

    async def _spend_dots(self, request: web.Request) -> web.Response:
        self._participant_token(request)
        if not self._dot_address_rate.allow(request.remote or ""):
            return web.json_response({"error": "rate"}, status=429)
        sent = await self._json_body(request)
        if sent is None:
            return web.json_response({"error": "json"}, status=400)
        voter, key, dots = sent.get("voter"), sent.get("key"), sent.get("dots")
        if not isinstance(voter, str) or not VOTER.fullmatch(voter):
            return web.json_response({"error": "voter"}, status=422)
        vote, meeting_id = self._vote, self._meeting_id
        if vote is None or meeting_id is None or key != vote.key:
            return web.json_response({"error": "voteClosed"}, status=409)
        allocation = _allocation(dots)
        if allocation is None:
            return web.json_response({"error": "dots"}, status=422)
        problem = allocation_problem(allocation, {line.id for line in vote.lines}, vote.rules)
        if problem is not None:
            return web.json_response({"error": problem}, status=422)
        if not self._dot_rate.allow(voter):
            return web.json_response({"error": "rate"}, status=429)
        try:
            await asyncio.to_thread(
                vote_store.spend_dots, self._db, meeting_id, voter, allocation, vote.rules
            )
        except ValueError as error:  # the store's own check, inside the transaction
            return web.json_response({"error": str(error)}, status=422)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        self._on_votes_changed()
        spent = {str(line): count for line, count in allocation.items() if count}
        return web.json_response({"mine": spent}, status=201)


def _allocation(sent: object) -> dict[int, int] | None:
    """A phone's {"line id": dots} as whole numbers (JSON's keys are strings); None when
    it is not that shape. The counts are checked by the rules afterwards."""
    if not isinstance(sent, dict) or len(sent) > 200:
        return None
    allocation: dict[int, int] = {}
    for key, value in sent.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) <= 12):
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        allocation[int(key)] = value
    return allocation
