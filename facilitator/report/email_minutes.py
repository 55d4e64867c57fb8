"""The minutes as they go by e-mail: the same PDF, with the flip-chart photos made smaller
when it would otherwise be too large to send (mail servers commonly refuse messages over
20–25 MB, and an attachment grows by a third on the way). The stored photos, and the
minutes exported to a file, are never changed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from facilitator.domain.minutes import MinutesData
from facilitator.report.document import write_minutes_pdf
from facilitator.report.paper import Paper

EMAIL_LIMIT_BYTES = 10_000_000  # the PDF; the message is about 13.5 MB with it
PHOTO_SIDES = (1600, 1100, 800)  # the photos' long side, tried in turn


def write_email_minutes(data: MinutesData, target: Path, paper: Paper) -> tuple[Path, bool]:
    """The PDF for the e-mail, and whether its photos were made smaller to fit."""
    sides = [side for side in PHOTO_SIDES if side <= data.photo_long_side] or [PHOTO_SIDES[-1]]
    for side in sides:
        path = write_minutes_pdf(replace(data, photo_long_side=side), target, paper)
        if path.stat().st_size <= EMAIL_LIMIT_BYTES or not any(g.photos for g in data.groups):
            return path, side != sides[0]
    return path, True
