"""Flip-chart photos as phones send them: kept upright without EXIF, re-encoded by the
app; bombs, truncated files, polyglots, other files and huge ones refused."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from facilitator.domain.photos import (
    KEPT_LONG_SIDE,
    MAX_PHOTO_BYTES,
    PhotoProblem,
    PhotoRefusedError,
    keep_photo,
    smaller,
)


def _sheet(width: int = 3000, height: int = 4000) -> Image.Image:
    """A flip chart in portrait: white paper, one thick red stroke across the top."""
    image = Image.new("RGB", (width, height), "white")
    image.paste((200, 0, 0), (0, 0, width, height // 10))
    return image


def _jpeg_with_gps_and_rotation() -> bytes:
    """As a phone held sideways writes it: landscape pixels, orientation 6 (turn 90°
    clockwise to show), a GPS position and the device's make."""
    landscape = _sheet().transpose(Image.Transpose.ROTATE_90)  # stroke now on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation
    exif[0x010F] = "PhoneMaker"  # make
    exif[0x8825] = {1: "N", 2: (59.0, 54.0, 41.0), 3: "E", 4: (10.0, 45.0, 9.0)}  # GPS
    out = io.BytesIO()
    landscape.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def _refused(data: bytes) -> PhotoProblem:
    with pytest.raises(PhotoRefusedError) as refused:
        keep_photo(data)
    return refused.value.problem


def test_a_phone_photo_is_stored_upright_scaled_and_without_its_exif():
    sent = _jpeg_with_gps_and_rotation()
    assert b"PhoneMaker" in sent
    kept = keep_photo(sent)
    image = Image.open(io.BytesIO(kept.jpeg))
    assert image.format == "JPEG"
    assert (kept.width, kept.height) == image.size == (1800, KEPT_LONG_SIDE)  # portrait
    assert max(image.size) >= 1400  # legible marker text
    assert dict(image.getexif()) == {}  # no GPS, no device, no orientation left to apply
    assert b"PhoneMaker" not in kept.jpeg and b"GPS" not in kept.jpeg
    red, green, _ = image.getpixel((image.width // 2, 10))  # the stroke is on top again
    assert red > 150 and green < 80


def test_png_and_webp_are_taken_and_transparency_lies_on_white_paper():
    for image_format in ("PNG", "WEBP"):
        picture = Image.new("RGBA", (1600, 1200), (0, 0, 0, 0))
        picture.paste((0, 0, 255, 255), (0, 0, 200, 200))
        out = io.BytesIO()
        picture.save(out, image_format)
        kept = keep_photo(out.getvalue())
        image = Image.open(io.BytesIO(kept.jpeg))
        assert image.format == "JPEG" and image.size == (1600, 1200)  # small ones unscaled
        assert image.getpixel((1000, 1000)) >= (250, 250, 250)  # the transparent part
        assert image.getpixel((50, 50))[2] > 200


def test_what_is_not_a_photo_is_refused():
    assert _refused(b"%PDF-1.7\n1 0 obj <<>> endobj") is PhotoProblem.NOT_A_PHOTO
    assert _refused(b"") is PhotoProblem.NOT_A_PHOTO
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    assert _refused(gif.getvalue()) is PhotoProblem.NOT_A_PHOTO  # not a camera's format
    assert _refused(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is PhotoProblem.NOT_A_PHOTO


def test_a_file_over_25_mb_is_refused_before_it_is_decoded():
    assert _refused(b"\xff\xd8" + b"\x00" * MAX_PHOTO_BYTES) is PhotoProblem.TOO_LARGE


def test_a_decompression_bomb_is_refused():
    """A small PNG of 20 000 × 20 000 pixels (under 200 KB sent, 400 megapixels decoded)."""
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG", optimize=True)
    data = out.getvalue()
    assert len(data) < 200_000
    assert _refused(data) is PhotoProblem.TOO_MANY_PIXELS


def test_a_truncated_photo_is_refused():
    whole = _jpeg_with_gps_and_rotation()
    assert _refused(whole[: len(whole) // 2]) is PhotoProblem.DAMAGED
    png = io.BytesIO()
    _sheet(800, 600).save(png, "PNG")
    assert _refused(png.getvalue()[:-3000]) in (PhotoProblem.DAMAGED, PhotoProblem.NOT_A_PHOTO)


def test_a_photo_with_a_zip_appended_is_refused_and_a_motion_photos_video_is_not():
    png = io.BytesIO()
    _sheet(800, 600).save(png, "PNG")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("payload.html", "<script>alert(1)</script>")
    assert _refused(png.getvalue() + archive.getvalue()) is PhotoProblem.TWO_FILES_IN_ONE
    jpeg = _jpeg_with_gps_and_rotation()
    assert _refused(jpeg + b"<html><script>x</script></html>") is PhotoProblem.TWO_FILES_IN_ONE
    motion = jpeg + b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64  # a phone's motion photo
    kept = keep_photo(motion)
    assert b"ftyp" not in kept.jpeg


def test_a_smaller_copy_for_thumbnails_and_e_mail():
    kept = keep_photo(_jpeg_with_gps_and_rotation())
    thumbnail = smaller(kept.jpeg, 480)
    assert max(thumbnail.width, thumbnail.height) == 480
    assert len(thumbnail.jpeg) < len(kept.jpeg)
    assert smaller(thumbnail.jpeg, 2000).width == thumbnail.width  # never larger
