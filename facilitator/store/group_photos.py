"""The photos of each group's flip chart: added from a scribe's phone or the leader's
laptop (already checked and re-encoded, domain/photos.py), listed without their bytes,
read one at a time, removed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from facilitator.domain.agenda import BlockKind
from facilitator.domain.photos import PHOTOS_PER_GROUP, KeptPhoto, PhotoProblem, PhotoRefusedError
from facilitator.store.database import Database
from facilitator.store.models import BreakoutGroup, GroupPhoto

SOURCES = ("phone", "laptop")


@dataclass(frozen=True)
class PhotoItem:
    """A photo as the screens list it (its bytes are read when shown)."""

    id: int
    group_id: int
    source: str
    width: int
    height: int


def add_photo(db: Database, group_id: int, photo: KeptPhoto, source: str, now: datetime) -> int:
    """Keep a photo for the group; PhotoRefusedError(GROUP_FULL) when it has its share."""
    if source not in SOURCES:
        raise ValueError(source)
    # Written first and counted after (over the share: rolled back). A count first would
    # make the transaction a reader that then wants to write, which SQLite refuses at once
    # ("locked") when another scribe's photo was committed in between; a writer from the
    # start waits its turn.
    with db.session() as session:
        row = GroupPhoto(
            group_id=group_id,
            source=source,
            jpeg=photo.jpeg,
            width=photo.width,
            height=photo.height,
            added_at=now.replace(tzinfo=None),
        )
        session.add(row)
        session.flush()  # a group that is gone (assigned anew): its foreign key refuses
        count = session.scalar(
            select(func.count()).select_from(GroupPhoto).where(GroupPhoto.group_id == group_id)
        )
        if (count or 0) > PHOTOS_PER_GROUP:
            raise PhotoRefusedError(PhotoProblem.GROUP_FULL)
        return row.id


def group_photos(db: Database, group_id: int) -> list[PhotoItem]:
    """The group's photos in the order they were taken."""
    return meeting_photos(db, None, group_id).get(group_id, [])


def meeting_photos(
    db: Database, meeting_id: int | None, group_id: int | None = None
) -> dict[int, list[PhotoItem]]:
    """Group id -> its photos, for a meeting's group work (or one group)."""
    query = select(
        GroupPhoto.id, GroupPhoto.group_id, GroupPhoto.source, GroupPhoto.width, GroupPhoto.height
    ).order_by(GroupPhoto.id)
    if group_id is not None:
        query = query.where(GroupPhoto.group_id == group_id)
    if meeting_id is not None:
        query = query.join(BreakoutGroup, BreakoutGroup.id == GroupPhoto.group_id).where(
            BreakoutGroup.meeting_id == meeting_id,
            BreakoutGroup.block_kind == BlockKind.SUCCESSES_LEARNINGS.value,
        )
    photos: dict[int, list[PhotoItem]] = {}
    with db.session() as session:
        for row in session.execute(query):
            photos.setdefault(row.group_id, []).append(PhotoItem(*row))
    return photos


def photo_jpeg(db: Database, photo_id: int, group_id: int | None = None) -> bytes | None:
    """The stored JPEG (None: no such photo, or not the group's)."""
    query = select(GroupPhoto.jpeg).where(GroupPhoto.id == photo_id)
    if group_id is not None:
        query = query.where(GroupPhoto.group_id == group_id)
    with db.session() as session:
        return session.scalar(query)


def remove_photo(
    db: Database, photo_id: int, group_id: int | None = None, source: str | None = None
) -> bool:
    """Remove a photo (a scribe only their group's own from a phone); whether it was."""
    query = delete(GroupPhoto).where(GroupPhoto.id == photo_id)
    if group_id is not None:
        query = query.where(GroupPhoto.group_id == group_id)
    if source is not None:
        query = query.where(GroupPhoto.source == source)
    with db.session() as session:
        return bool(session.execute(query).rowcount)  # type: ignore[attr-defined]
