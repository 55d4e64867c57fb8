"""A scribe's photos of the group's flip chart, from the phone's camera.

The photo is sent as the request's body (the page posts the file itself, no form
encoding), read in pieces up to 25 MB, and decoded and re-encoded off the event loop
(domain/photos.py) by one worker thread of lowered priority, one photo at a time: twelve
scribes uploading at once queue there (each sees "Sending…" a moment longer) and never
take the CPU the laptop's countdown and the phones' streams need
(benchmarks/photo_uploads.py). The scribe page
shows small copies (`THUMBNAIL_LONG_SIDE`), made once per photo."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from aiohttp import web

from facilitator.domain.photos import (
    MAX_PHOTO_BYTES,
    THUMBNAIL_LONG_SIDE,
    PhotoProblem,
    PhotoRefusedError,
    keep_photo,
    smaller,
)
from facilitator.store import group_photos
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.web.room_rules import RateLimit, ScribeGroup

PHOTOS_PER_MINUTE = 6  # per scribe link: a retake or two, not a script
DECODER_NICENESS = 10  # below the app's threads: the countdown comes first
THUMBNAILS_KEPT = 64
UPLOAD_READ_SECONDS = 120.0  # a slow phone on a crowded network; then it is let go


class PhotoUploads:
    """The scribe page's photo routes; `RoomServer` is built on this."""

    _db: Database
    _on_photos_changed: Callable[[int], None]

    def _scribe_group(self, request: web.Request) -> ScribeGroup:
        raise NotImplementedError

    def _init_photos(self) -> None:
        self._photo_rate = RateLimit(PHOTOS_PER_MINUTE)
        self._decoder: ThreadPoolExecutor | None = None  # made at the first photo
        # (group id, photo id) -> the small copy: a group's link never gets another's.
        self._thumbnails: OrderedDict[tuple[int, int], bytes] = OrderedDict()

    def _stop_photos(self) -> None:
        if self._decoder is not None:
            self._decoder.shutdown(wait=False, cancel_futures=True)
            self._decoder = None

    def photo_routes(self) -> list[web.RouteDef]:
        return [
            web.get("/s/{token}/photos", self._list_photos),
            web.post("/s/{token}/photos", self._add_photo),
            web.get("/s/{token}/photos/{photo:\\d+}", self._photo_thumbnail),
            web.delete("/s/{token}/photos/{photo:\\d+}", self._remove_photo),
        ]

    async def _list_photos(self, request: web.Request) -> web.Response:
        group = self._scribe_group(request)
        return web.json_response({"photos": await self._photos_json(group)})

    async def _photos_json(self, group: ScribeGroup) -> list[dict[str, object]]:
        try:
            photos = await asyncio.to_thread(group_photos.group_photos, self._db, group.group_id)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        return [{"id": p.id, "removable": p.source == "phone"} for p in photos]

    async def _add_photo(self, request: web.Request) -> web.Response:
        group = self._scribe_group(request)
        if request.content_length is not None and request.content_length > MAX_PHOTO_BYTES:
            return _refused(PhotoProblem.TOO_LARGE)
        if not self._photo_rate.allow(request.match_info["token"]):
            return web.json_response({"error": "rate"}, status=429)
        data = await _body_up_to(request, MAX_PHOTO_BYTES)
        if data is None:
            return _refused(PhotoProblem.TOO_LARGE)
        if self._decoder is None:
            self._decoder = ThreadPoolExecutor(1, "photo-decoder", _lower_priority)
        try:
            kept = await asyncio.get_running_loop().run_in_executor(self._decoder, keep_photo, data)
            photo_id = await asyncio.to_thread(
                group_photos.add_photo,
                self._db,
                group.group_id,
                kept,
                "phone",
                datetime.now(UTC),
            )
        except PhotoRefusedError as refused:
            return _refused(refused.problem)
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        self._on_photos_changed(group.group_id)
        photos = await self._photos_json(group)
        return web.json_response({"id": photo_id, "photos": photos}, status=201)

    async def _photo_thumbnail(self, request: web.Request) -> web.Response:
        group = self._scribe_group(request)
        key = (group.group_id, int(request.match_info["photo"]))
        thumbnail = self._thumbnails.get(key)
        if thumbnail is None:
            try:
                stored = await asyncio.to_thread(group_photos.photo_jpeg, self._db, key[1], key[0])
            except StoreError:
                raise web.HTTPServiceUnavailable() from None
            if stored is None:
                raise web.HTTPNotFound()
            thumbnail = (await asyncio.to_thread(smaller, stored, THUMBNAIL_LONG_SIDE)).jpeg
            self._thumbnails[key] = thumbnail
            while len(self._thumbnails) > THUMBNAILS_KEPT:
                self._thumbnails.popitem(last=False)
        elif not any(photo["id"] == key[1] for photo in await self._photos_json(group)):
            # Removed on the laptop since: not served from the cache either.
            self._thumbnails.pop(key, None)
            raise web.HTTPNotFound()
        return web.Response(body=thumbnail, content_type="image/jpeg")

    async def _remove_photo(self, request: web.Request) -> web.Response:
        """A scribe removes a photo their phones took (the leader's own stay)."""
        group = self._scribe_group(request)
        photo_id = int(request.match_info["photo"])
        try:
            removed = await asyncio.to_thread(
                group_photos.remove_photo, self._db, photo_id, group.group_id, "phone"
            )
        except StoreError:
            raise web.HTTPServiceUnavailable() from None
        if not removed:
            raise web.HTTPNotFound()
        self._thumbnails.pop((group.group_id, photo_id), None)
        self._on_photos_changed(group.group_id)
        return web.json_response({"photos": await self._photos_json(group)})


def _lower_priority() -> None:
    """The decoding thread yields to the app's (Linux: a thread is a task with a niceness
    of its own; elsewhere this is left as it is)."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), DECODER_NICENESS)


async def _body_up_to(request: web.Request, limit: int) -> bytes | None:
    """The request's body, or None when it is longer than `limit` (read no further)."""
    parts: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(UPLOAD_READ_SECONDS):
            async for chunk in request.content.iter_chunked(256 * 1024):
                size += len(chunk)
                if size > limit:
                    return None
                parts.append(chunk)
    except TimeoutError:
        raise web.HTTPRequestTimeout() from None
    return b"".join(parts)


def _refused(problem: PhotoProblem) -> web.Response:
    status = 413 if problem is PhotoProblem.TOO_LARGE else 422
    return web.json_response({"error": problem.value}, status=status)
