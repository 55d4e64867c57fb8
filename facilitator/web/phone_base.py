"""What the phones' request handlers (phone_votes.py, phone_questions.py) need of the
server they are part of: `RoomServer` provides each of these."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from facilitator.store.database import Database


class PhoneHandlers:
    _db: Database
    _meeting_id: int | None

    def _participant_token(self, request: web.Request) -> None:
        raise NotImplementedError

    def _state_changed(self) -> None:
        raise NotImplementedError

    async def _json_body(self, request: web.Request) -> dict[str, Any] | None:
        raise NotImplementedError
