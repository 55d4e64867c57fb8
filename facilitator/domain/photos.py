"""Photos of the flip charts: what a scribe's phone (or the leader's laptop) sends is
checked, decoded by Pillow with limits on, turned upright and written anew as a JPEG the
app made — never the bytes that were sent. EXIF (a phone's GPS position and device) does
not survive the re-encoding; its orientation is applied first.

HEIC/HEIF (an iPhone's own format, sent when a photo is picked from its library) is decoded
by pi-heif, the decoder-only build of pillow-heif (libheif with libde265, both LGPL; the
full pillow-heif also ships the GPL x265 encoder, which the app does not need). It is
registered with Pillow the first time a HEIF file arrives, and Pillow itself is imported
the first time a photo is read: a start pays nothing for either.

Refused, with the reason the phone is told: what is not a JPEG, PNG, WebP or HEIC photo; a file
over 25 MB; an image of more pixels than a phone's camera takes (a decompression bomb); a
truncated or damaged one; and a file that is a photo and something else (a ZIP or a page
appended: a polyglot). The video a phone's "motion photo" appends to its JPEG is not
something else: it is dropped with the rest of the original.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

MAX_PHOTO_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 200-megapixel phone camera shoots in 12.5 MP unless told
KEPT_LONG_SIDE = 2400  # legible marker text on a sheet; at least 1,400 is kept
KEPT_QUALITY = 88  # marker strokes stay sharp; ~0.5–1 MB a sheet
THUMBNAIL_LONG_SIDE = 480
TAKEN_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
# The top-level boxes of an ISO base media file (HEIF's container). Anything else after
# the file type box is something appended (a ZIP, a page), not part of the photo.
HEIF_BOXES = frozenset(
    b"ftyp meta mdat moov free skip uuid wide pdin moof mfra styp sidx ssix prft emsg".split()
)
PHOTOS_PER_GROUP = 12  # a sheet or two, retaken a few times; bounds the database too


class PhotoProblem(StrEnum):
    NOT_A_PHOTO = "not-a-photo"
    TOO_LARGE = "too-large"  # over MAX_PHOTO_BYTES
    TOO_MANY_PIXELS = "too-many-pixels"
    DAMAGED = "damaged"
    TWO_FILES_IN_ONE = "two-files-in-one"
    GROUP_FULL = "group-full"  # PHOTOS_PER_GROUP kept already


class PhotoRefusedError(ValueError):
    def __init__(self, problem: PhotoProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class KeptPhoto:
    """A photo as the app stores it: a JPEG it wrote, upright, without EXIF."""

    jpeg: bytes
    width: int
    height: int


def keep_photo(data: bytes) -> KeptPhoto:
    """The photo to store from the bytes sent; raises PhotoRefusedError."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefusedError(PhotoProblem.TOO_LARGE)
    from PIL import Image, ImageOps

    image = _opened(data)
    if image.format is None or image.format not in TAKEN_FORMATS:
        raise PhotoRefusedError(PhotoProblem.NOT_A_PHOTO)
    if image.width * image.height > MAX_PIXELS:
        raise PhotoRefusedError(PhotoProblem.TOO_MANY_PIXELS)
    if _something_appended(data, image.format):
        raise PhotoRefusedError(PhotoProblem.TWO_FILES_IN_ONE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombWarning) as error:
        raise PhotoRefusedError(PhotoProblem.DAMAGED) from error
    return _written(_on_white(upright), KEPT_LONG_SIDE, KEPT_QUALITY)


def smaller(photo: bytes, long_side: int, quality: int = 80) -> KeptPhoto:
    """A stored photo scaled down (a thumbnail, the e-mail's copy); never larger."""
    from PIL import Image

    with Image.open(io.BytesIO(photo), formats=("JPEG",)) as image:
        image.load()
        return _written(image.convert("RGB"), long_side, quality)


def _opened(data: bytes) -> Image.Image:
    from PIL import Image

    formats: tuple[str, ...] = ("JPEG", "PNG", "WEBP")  # Pillow's own
    if data[4:8] == b"ftyp":  # an ISO base media file: HEIF, or a video
        _register_heif()
        formats = ("HEIF",)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoRefusedError(PhotoProblem.TOO_MANY_PIXELS) from None
    except (OSError, SyntaxError, ValueError):
        raise PhotoRefusedError(PhotoProblem.NOT_A_PHOTO) from None


def _register_heif() -> None:
    import pi_heif
    from PIL import Image

    if "HEIF" not in Image.OPEN:
        pi_heif.register_heif_opener()


def _heif_tail(data: bytes) -> bytes:
    """What follows a HEIF file's boxes: walked from the start, each box's size leads to
    the next; a box of no HEIF kind starts what was appended. A last box cut short is a
    truncated file (the decoder says so), not something appended."""
    position = 0
    while position + 8 <= len(data):
        size = int.from_bytes(data[position : position + 4], "big")
        if data[position + 4 : position + 8] not in HEIF_BOXES:
            return data[position:]
        if size == 1:  # a 64-bit size follows the type
            size = int.from_bytes(data[position + 8 : position + 16], "big")
        if size == 0:  # to the end of the file
            return b""
        if size < 8:
            return data[position:]
        position += size
    return data[position:]


def _something_appended(data: bytes, image_format: str) -> bool:
    """Bytes after the image's own end that are not a phone's motion-photo video."""
    if image_format == "HEIF":
        return bool(_heif_tail(data).strip(b"\x00"))
    if image_format == "PNG":
        end = data.rfind(b"IEND")
        tail = data[end + 8 :] if end >= 0 else b""
    elif image_format == "WEBP":
        end = 8 + int.from_bytes(data[4:8], "little")
        tail = data[end + (end % 2) :]
    else:  # JPEG: its last end-of-image marker (an EXIF thumbnail has one of its own)
        end = data.rfind(b"\xff\xd9")
        tail = data[end + 2 :] if end >= 0 else b""
        if tail[4:8] == b"ftyp":  # an MP4 after the picture: a motion photo
            return False
    return bool(tail.strip(b"\x00"))


def _on_white(image: Image.Image) -> Image.Image:
    """RGB, with any transparency laid on white paper."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")


def _written(image: Image.Image, long_side: int, quality: int) -> KeptPhoto:
    from PIL import Image

    if max(image.size) > long_side:
        image = image.copy()
        image.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
    return KeptPhoto(out.getvalue(), image.width, image.height)
