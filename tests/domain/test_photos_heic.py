"""HEIC photos (an iPhone's own format) as the app takes them: decoded by pi-heif, kept
upright without EXIF; a bomb, a truncated file, a file with something appended and a
video in the same container refused. The test files are written with pillow-heif's
encoder without registering it, so what decodes them is the app's own decoder."""

from __future__ import annotations

import io
import zipfile

import pillow_heif
import pytest
from PIL import Image

from facilitator.domain.photos import (
    KEPT_LONG_SIDE,
    PhotoProblem,
    PhotoRefusedError,
    keep_photo,
)


def _sheet(width: int, height: int) -> Image.Image:
    """A flip chart in portrait: white paper, one thick red stroke across the top."""
    image = Image.new("RGB", (width, height), "white")
    image.paste((200, 0, 0), (0, 0, width, height // 10))
    return image


def _heic(image: Image.Image, exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    extra = {"exif": exif.tobytes()} if exif is not None else {}
    pillow_heif.from_pillow(image).save(out, quality=85, **extra)
    return out.getvalue()


def _iphone_heic() -> bytes:
    """As an iPhone held sideways writes it: landscape pixels, orientation 6, its GPS
    position and its make."""
    landscape = _sheet(1920, 2560).transpose(Image.Transpose.ROTATE_90)  # 4.9 MP: quick to write
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15"
    exif[0x8825] = {1: "N", 2: (59.0, 54.0, 41.0), 3: "E", 4: (10.0, 45.0, 9.0)}
    return _heic(landscape, exif)


def _refused(data: bytes) -> PhotoProblem:
    with pytest.raises(PhotoRefusedError) as refused:
        keep_photo(data)
    return refused.value.problem


@pytest.fixture(scope="module")
def iphone_heic() -> bytes:
    return _iphone_heic()


def test_an_iphone_heic_is_kept_upright_scaled_and_without_its_exif(iphone_heic):
    assert iphone_heic[4:12] == b"ftypheic" and b"iPhone 15" in iphone_heic
    kept = keep_photo(iphone_heic)
    image = Image.open(io.BytesIO(kept.jpeg))
    assert image.format == "JPEG"
    assert (kept.width, kept.height) == image.size == (1800, KEPT_LONG_SIDE)  # portrait
    assert dict(image.getexif()) == {}
    assert b"iPhone" not in kept.jpeg and b"Apple" not in kept.jpeg and b"GPS" not in kept.jpeg
    red, green, _ = image.getpixel((image.width // 2, 20))  # the stroke is on top again
    assert red > 150 and green < 80
    # The decoder that read it is the app's (pi-heif), not the test's encoder.
    assert Image.OPEN["HEIF"][0].__module__.startswith("pi_heif")


def test_a_heic_with_something_appended_is_refused(iphone_heic):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("payload.html", "<script>alert(1)</script>")
    assert _refused(iphone_heic + archive.getvalue()) is PhotoProblem.TWO_FILES_IN_ONE
    page = b"<!DOCTYPE html><script>alert(1)</script>"
    assert _refused(iphone_heic + page) is PhotoProblem.TWO_FILES_IN_ONE
    assert keep_photo(iphone_heic + b"\x00" * 16).width == 1800  # padding is not a file


def test_a_truncated_heic_is_refused(iphone_heic):
    cut = iphone_heic[: len(iphone_heic) // 2]
    assert _refused(cut) in (PhotoProblem.DAMAGED, PhotoProblem.NOT_A_PHOTO)


def test_a_heic_claiming_a_huge_picture_is_refused_before_it_is_decoded():
    """The image's spatial extent (its `ispe` property) says 40 000 × 40 000."""
    data = bytearray(_heic(_sheet(640, 480)))
    extent = data.index(b"ispe") + 8  # after the box's version and flags
    data[extent : extent + 8] = (40_000).to_bytes(4, "big") * 2
    assert _refused(bytes(data)) is PhotoProblem.TOO_MANY_PIXELS


def test_a_video_or_avif_in_the_same_container_is_not_a_photo():
    video = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00\x00\x00\x08mdat"
    assert _refused(video) is PhotoProblem.NOT_A_PHOTO
    assert _refused(b"\x00\x00\x00\x1cftypavif" + b"\x00" * 40) is PhotoProblem.NOT_A_PHOTO
