"""The flip charts' photos in the minutes, read back by pypdf: on their group's page, of
the pixel size kept for the PDF, with no EXIF from the phone anywhere in the file."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image
from pypdf import PdfReader

from facilitator.domain.photos import keep_photo
from facilitator.report.document import write_minutes_pdf
from facilitator.report.photos import PDF_LONG_SIDE
from facilitator.store import group_photos, groups
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes


def _phone_photo() -> bytes:
    image = Image.new("RGB", (4000, 3000), "white")
    image.paste((20, 40, 160), (400, 400, 3600, 700))  # a marker line
    exif = Image.Exif()
    exif[0x010F] = "PhoneMakerXYZ"
    exif[0x0112] = 6  # held upright: shown turned, portrait
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=92)
    return out.getvalue()


def test_each_groups_photo_is_on_its_page_at_the_kept_size_without_exif(db, tmp_path):
    meeting = create_demo_meeting(db)
    second = groups.list_groups(db, meeting)[1]
    group_photos.add_photo(db, second.id, keep_photo(_phone_photo()), "phone", datetime.now(UTC))
    data = load_minutes(db, meeting)
    data.language = "en"
    path = write_minutes_pdf(data, tmp_path / "minutes.pdf")
    assert b"PhoneMakerXYZ" not in path.read_bytes()
    reader = PdfReader(path)
    by_group: dict[str, list[tuple[int, int]]] = {}
    for page in reader.pages:
        text = page.extract_text()
        sizes = [image.image.size for image in page.images]
        for group in data.groups:
            if f"{group.name} — Successes and learnings" in text:
                by_group.setdefault(group.name, []).extend(sizes)
    assert set(by_group) == {g.name for g in data.groups}
    assert by_group[second.name][-1] == (PDF_LONG_SIDE * 3 // 4, PDF_LONG_SIDE)  # upright
    for name, sizes in by_group.items():
        assert sizes and all(max(size) == PDF_LONG_SIDE for size in sizes), name
    for page in reader.pages:
        for image in page.images:
            assert dict(image.image.getexif()) == {}


def test_an_e_mails_minutes_may_carry_smaller_photos(db, tmp_path):
    from dataclasses import replace

    data = load_minutes(db, create_demo_meeting(db))
    full = write_minutes_pdf(data, tmp_path / "full.pdf")
    small = write_minutes_pdf(replace(data, photo_long_side=900), tmp_path / "small.pdf")
    assert small.stat().st_size < full.stat().st_size * 0.8
    sizes = [i.image.size for p in PdfReader(small).pages for i in p.images]
    assert sizes and all(max(size) == 900 for size in sizes)


def test_an_e_mail_too_large_with_its_photos_gets_smaller_ones_and_the_store_keeps_them(
    db, tmp_path, monkeypatch
):
    from facilitator.report import email_minutes
    from facilitator.report.paper import Paper

    meeting = create_demo_meeting(db)
    data = load_minutes(db, meeting)
    path, shrunk = email_minutes.write_email_minutes(data, tmp_path / "mail.pdf", Paper.A4)
    assert not shrunk  # the demo's four photos fit under the limit at full size
    full = path.stat().st_size
    monkeypatch.setattr(email_minutes, "EMAIL_LIMIT_BYTES", full - 1)  # a meeting of many
    path, shrunk = email_minutes.write_email_minutes(data, tmp_path / "mail.pdf", Paper.A4)
    assert shrunk and path.stat().st_size < full
    sizes = [i.image.size for p in PdfReader(path).pages for i in p.images]
    assert all(max(size) < PDF_LONG_SIDE for size in sizes)
    stored = group_photos.meeting_photos(db, meeting)
    assert all((p.width, p.height) == (1200, 1600) for photos in stored.values() for p in photos)
