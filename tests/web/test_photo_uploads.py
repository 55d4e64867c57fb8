"""A scribe photographs the flip chart: the photo reaches the group (re-encoded, no
EXIF), refusals are said by reason, a scribe sees and removes only their own group's."""

from __future__ import annotations

import asyncio
import io

import pytest
from aiohttp.test_utils import TestClient, TestServer
from PIL import Image

from facilitator.domain.photos import MAX_PHOTO_BYTES, PHOTOS_PER_GROUP
from facilitator.store import group_photos, groups
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant
from facilitator.web import photo_uploads
from facilitator.web.room_rules import photo_labels
from facilitator.web.server import RoomServer


@pytest.fixture
def two_groups(db, meeting_id) -> list[int]:
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(6)]
    plans = [GroupPlan(people[:3]), GroupPlan(people[3:])]
    groups.save_assignment(db, meeting_id, plans, lambda n: f"Gruppe {n}")
    return [g.id for g in groups.list_groups(db, meeting_id)]


def _photo(size=(2000, 1500)) -> bytes:
    image = Image.new("RGB", size, "white")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (59.0, 54.0, 41.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _run(server: RoomServer, check) -> None:
    async def go() -> None:
        async with TestClient(TestServer(server.build_app())) as client:
            await check(client)

    asyncio.run(go())


def test_a_photo_reaches_its_group_re_encoded_and_the_scribe_sees_it(db, two_groups):
    changed: list[int] = []
    server = RoomServer(db, on_photos_changed=changed.append)
    server.set_groups({gid: f"Gruppe {n}" for n, gid in enumerate(two_groups, 1)})
    mine, theirs = (server.tokens.scribe_token(gid) for gid in two_groups)

    async def check(client: TestClient) -> None:
        assert (await (await client.get(f"/s/{mine}/photos")).json()) == {"photos": []}
        sent = await client.post(f"/s/{mine}/photos", data=_photo())
        assert sent.status == 201
        body = await sent.json()
        photo_id = body["id"]
        assert body["photos"] == [{"id": photo_id, "removable": True}]
        thumbnail = await client.get(f"/s/{mine}/photos/{photo_id}")
        assert thumbnail.status == 200 and thumbnail.content_type == "image/jpeg"
        small = Image.open(io.BytesIO(await thumbnail.read()))
        assert max(small.size) == 480
        # Another group's scribe neither sees nor removes it.
        assert (await client.get(f"/s/{theirs}/photos/{photo_id}")).status == 404
        assert (await client.delete(f"/s/{theirs}/photos/{photo_id}")).status == 404
        assert (await (await client.get(f"/s/{theirs}/photos")).json()) == {"photos": []}
        assert (await client.get("/s/wrong/photos")).status == 404

    _run(server, check)
    [kept] = group_photos.group_photos(db, two_groups[0])
    assert (kept.width, kept.height, kept.source) == (2000, 1500, "phone")
    stored = group_photos.photo_jpeg(db, kept.id)
    assert stored is not None and b"PhoneMaker" not in stored
    assert dict(Image.open(io.BytesIO(stored)).getexif()) == {}
    assert changed == [two_groups[0]]


def test_an_iphones_heic_photo_is_taken_as_a_jpeg_the_laptop_wrote(db, two_groups):
    import pillow_heif  # the test's encoder only: the app decodes with pi-heif

    image = Image.new("RGB", (1600, 1200), "white")
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    out = io.BytesIO()
    pillow_heif.from_pillow(image).save(out, quality=80, exif=exif.tobytes())
    server = RoomServer(db)
    server.set_groups({two_groups[0]: "Gruppe 1"})
    token = server.tokens.scribe_token(two_groups[0])

    async def check(client: TestClient) -> None:
        sent = await client.post(f"/s/{token}/photos", data=out.getvalue())
        assert sent.status == 201, await sent.text()

    _run(server, check)
    [kept] = group_photos.group_photos(db, two_groups[0])
    stored = group_photos.photo_jpeg(db, kept.id)
    assert stored is not None and stored[:2] == b"\xff\xd8" and b"Apple" not in stored
    assert Image.open(io.BytesIO(stored)).size == (1600, 1200)


def test_what_is_refused_is_said_by_reason_and_nothing_is_stored(db, two_groups):
    server = RoomServer(db)
    server.set_groups({two_groups[0]: "Gruppe 1"})
    token = server.tokens.scribe_token(two_groups[0])
    labels = photo_labels()
    appended = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(appended, "PNG")

    async def check(client: TestClient) -> None:
        for data, reason in (
            (b"<html><script>alert(1)</script></html>", "not-a-photo"),
            (_photo()[:5000], "damaged"),
            (appended.getvalue() + b"PK\x03\x04" + b"\x00" * 200, "two-files-in-one"),
        ):
            refused = await client.post(f"/s/{token}/photos", data=data)
            assert (refused.status, (await refused.json())["error"]) == (422, reason)
            assert labels[reason]  # the phone has a sentence for it
        huge = await client.post(
            f"/s/{token}/photos", data=io.BytesIO(b"\xff\xd8" + b"\x00" * MAX_PHOTO_BYTES)
        )
        assert (huge.status, (await huge.json())["error"]) == (413, "too-large")

    _run(server, check)
    assert group_photos.group_photos(db, two_groups[0]) == []


def test_a_30_mb_upload_without_a_length_is_cut_off_at_the_limit(db, two_groups):
    server = RoomServer(db)
    server.set_groups({two_groups[0]: "Gruppe 1"})
    token = server.tokens.scribe_token(two_groups[0])

    async def chunks():
        for _ in range(30):
            yield b"\x00" * (1024 * 1024)

    async def check(client: TestClient) -> None:
        refused = await client.post(f"/s/{token}/photos", data=chunks())  # chunked: no length
        assert (refused.status, (await refused.json())["error"]) == (413, "too-large")

    _run(server, check)


def test_photos_are_rate_limited_and_a_group_holds_its_share(db, two_groups, monkeypatch):
    monkeypatch.setattr(photo_uploads, "PHOTOS_PER_MINUTE", 100)
    server = RoomServer(db)
    server.set_groups({two_groups[0]: "Gruppe 1"})
    token = server.tokens.scribe_token(two_groups[0])
    photo = _photo((1400, 1000))

    async def check(client: TestClient) -> None:
        for _ in range(PHOTOS_PER_GROUP):
            assert (await client.post(f"/s/{token}/photos", data=photo)).status == 201
        full = await client.post(f"/s/{token}/photos", data=photo)
        assert (full.status, (await full.json())["error"]) == (422, "group-full")
        listed = (await (await client.get(f"/s/{token}/photos")).json())["photos"]
        removed = await client.delete(f"/s/{token}/photos/{listed[0]['id']}")
        assert removed.status == 200 and len((await removed.json())["photos"]) == 11

    _run(server, check)

    monkeypatch.setattr(photo_uploads, "PHOTOS_PER_MINUTE", 2)
    limited = RoomServer(db)
    limited.set_groups({two_groups[1]: "Gruppe 2"})
    other = limited.tokens.scribe_token(two_groups[1])

    async def check_rate(client: TestClient) -> None:
        statuses = [(await client.post(f"/s/{other}/photos", data=photo)).status for _ in range(3)]
        assert statuses == [201, 201, 429]

    _run(limited, check_rate)


def test_the_leaders_own_photo_is_not_the_scribes_to_remove(db, two_groups):
    from datetime import UTC, datetime

    from facilitator.domain.photos import keep_photo

    laptop = group_photos.add_photo(
        db, two_groups[0], keep_photo(_photo()), "laptop", datetime.now(UTC)
    )
    server = RoomServer(db)
    server.set_groups({two_groups[0]: "Gruppe 1"})
    token = server.tokens.scribe_token(two_groups[0])

    async def check(client: TestClient) -> None:
        listed = (await (await client.get(f"/s/{token}/photos")).json())["photos"]
        assert listed == [{"id": laptop, "removable": False}]
        assert (await client.delete(f"/s/{token}/photos/{laptop}")).status == 404

    _run(server, check)
    assert [p.id for p in group_photos.group_photos(db, two_groups[0])] == [laptop]
