"""Flip-chart photos in the minutes: each scaled to the column (a portrait sheet at most
`MinutesData.photo_height_share` of the column's width tall, so its group's heading fits
above it), embedded as a JPEG of `PDF_LONG_SIDE` pixels (marker text stays legible when
zoomed; the stored original is never changed), and tagged as a Figure whose alternative
text names the group and what the photo is."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from PIL import Image
from reportlab.platypus import Image as ImageFlowable

from facilitator.domain.minutes import FlipChartPhoto
from facilitator.domain.photos import smaller
from facilitator.report.tagging import structure_of

PDF_LONG_SIDE = 1600  # MinutesData.photo_long_side, unless an e-mail asks for less
PDF_QUALITY = 82


class TaggedPhoto(ImageFlowable):
    """A photo drawn as a Figure with its alternative text."""

    def __init__(self, jpeg: bytes, alt: str, width: float, height: float) -> None:
        super().__init__(io.BytesIO(jpeg), width=width, height=height)
        self.alt = alt

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        structure = structure_of(canvas)
        if structure is None:
            super().drawOn(canvas, x, y, _sW)
            return
        with structure.element(canvas, "Figure", alt=self.alt):
            super().drawOn(canvas, x, y, _sW)


def photo_flowable(
    photo: FlipChartPhoto,
    alt: str,
    width: float,
    long_side: int,
    height_share: float,
) -> TaggedPhoto:
    """The photo scaled to `width` and at most `height_share` of it tall, embedded at
    `long_side` pixels (MinutesData's photo_long_side and photo_height_share)."""
    embedded = _embedded(photo.jpeg, long_side)
    scale = min(width / photo.width, width * height_share / photo.height)
    return TaggedPhoto(embedded, alt, photo.width * scale, photo.height * scale)


@lru_cache(maxsize=64)
def _embedded(jpeg: bytes, long_side: int) -> bytes:
    """The PDF's copy of a photo, made once per photo and size (the minutes are exported
    again and again in a meeting: after each edit, for each department, for the e-mail).
    A stored photo no larger than that goes in as it is: it is already the app's own JPEG."""
    with Image.open(io.BytesIO(jpeg), formats=("JPEG",)) as image:  # reads the header only
        if max(image.size) <= long_side:
            return jpeg
    return smaller(jpeg, long_side, PDF_QUALITY).jpeg
