"""The demo's flip-chart photos, drawn with Pillow: a sheet of paper on a wall, in marker
— the group's name underlined, its successes and learnings in keywords, a circle around
one, an arrow from a success to a learning — photographed a little unevenly lit. Each
is stored as domain/photos.keep_photo stores a phone's. Drawn in about 0.1 s (the
command-line tests make the demo in a new process each time, so it is kept cheap)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime, time
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy.orm import Session

from facilitator.domain.photos import KEPT_QUALITY, KeptPhoto
from facilitator.locations import resources_dir
from facilitator.store.models import BreakoutGroup, GroupPhoto

WIDTH, HEIGHT = 1200, 1600  # portrait; ≥ 1,400 on the long side, the minutes' own size
WALL = (176, 168, 154)
PAPER = (248, 246, 238)
MARKERS = {"blue": (28, 58, 148), "black": (30, 30, 34), "red": (196, 36, 36)}


def add_flip_chart_photo(
    session: Session,
    group: BreakoutGroup,
    day: date,
    successes: Sequence[str],
    learnings: Sequence[str],
) -> None:
    """The group's sheet, as its scribe photographed it just before the presentations."""
    session.flush()  # the group's id
    photo = flip_chart_photo(group.name, tuple(successes), tuple(learnings))
    session.add(
        GroupPhoto(
            group_id=group.id,
            source="phone",
            jpeg=photo.jpeg,
            width=photo.width,
            height=photo.height,
            added_at=datetime.combine(day, time(10, 58)),
        )
    )


@lru_cache(maxsize=16)
def flip_chart_photo(
    group: str, successes: tuple[str, ...], learnings: tuple[str, ...]
) -> KeptPhoto:
    """The group's sheet; the same sheet is drawn once per process (the tests make the
    demo meeting many times)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), WALL)
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = 72, 56, WIDTH - 56, HEIGHT - 88
    draw.rectangle((left + 11, top + 13, right + 11, bottom + 13), fill=(120, 114, 104))  # shadow
    draw.rectangle((left, top, right, bottom), fill=PAPER)
    big, normal = _font(90), _font(59)
    x, y = left + 72, top + 64
    draw.text((x, y), group, font=big, fill=MARKERS["black"])
    title_width = draw.textlength(group, font=big)
    draw.line((x, y + 120, x + title_width, y + 126), fill=MARKERS["black"], width=8)
    y += 208
    y, first_success = _list(draw, "Suksesser", successes, x, y, normal, MARKERS["blue"])
    y += 64
    _y, first_learning = _list(draw, "Læring", learnings, x, y, normal, MARKERS["red"])
    if first_success is not None:
        sx, sy, sw = first_success
        draw.ellipse((sx - 32, sy - 24, sx + sw + 32, sy + 96), outline=MARKERS["red"], width=7)
        if first_learning is not None:
            lx, ly, lw = first_learning
            _arrow(draw, (sx + sw + 32, sy + 36), (lx + lw, ly + 36), right - 72)
    # Written as keep_photo writes what it keeps (upright already, no EXIF to drop).
    out = io.BytesIO()
    _uneven_light(image).save(out, "JPEG", quality=KEPT_QUALITY, progressive=True)
    return KeptPhoto(out.getvalue(), WIDTH, HEIGHT)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"), size)


def _list(
    draw: ImageDraw.ImageDraw,
    heading: str,
    lines: tuple[str, ...],
    x: int,
    y: int,
    font: ImageFont.FreeTypeFont,
    colour: tuple[int, int, int],
) -> tuple[int, tuple[int, int, int] | None]:
    """A heading and its keyword lines (a long one goes on two, as a hand writes it); the
    new y, and the first line's (x, y, width)."""
    draw.text((x, y), heading + ":", font=font, fill=MARKERS["black"])
    y += 100
    first = None
    for line in lines:
        for n, part in enumerate(_wrapped("– " + line, draw, font, WIDTH - x - 264)):
            draw.text((x + 32 + (48 if n else 0), y), part, font=font, fill=colour)
            if first is None:
                first = (x + 32, y, int(draw.textlength(part, font=font)))
            y += 90
    return y, first


def _wrapped(
    text: str, draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line]


def _arrow(
    draw: ImageDraw.ImageDraw, start: tuple[int, int], end: tuple[int, int], margin: int
) -> None:
    """From the circled success out to the sheet's margin, down, and in to the learning."""
    (sx, sy), (ex, ey) = start, end
    points = [(sx, sy), (margin, sy + 16), (margin, ey), (ex + 24, ey)]
    draw.line(points, fill=MARKERS["red"], width=8, joint="curve")
    tip = ex + 24
    draw.polygon([(tip - 8, ey), (tip + 32, ey - 22), (tip + 32, ey + 22)], fill=MARKERS["red"])


def _uneven_light(image: Image.Image) -> Image.Image:
    """Brighter in the middle, as a sheet lit from the ceiling photographs."""
    small = Image.radial_gradient("L").resize(image.size)  # 0 in the middle, 255 at corners
    shade = small.point(lambda v: 255 - v // 5)
    dark = Image.new("RGB", image.size, (0, 0, 0))
    return Image.composite(image, dark, shade)
