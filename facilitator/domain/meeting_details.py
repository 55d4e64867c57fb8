"""The facts that identify a meeting, validated as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from facilitator.domain.quarter import Quarter
from facilitator.domain.validation import Field, clean_text, require_name


@dataclass(frozen=True)
class MeetingDetails:
    company: str
    quarter: Quarter
    meeting_date: date
    start_time: time
    place: str = ""
    leader: str = ""

    @classmethod
    def from_input(
        cls,
        company: str,
        quarter: str,
        meeting_date: date,
        start_time: time,
        place: str = "",
        leader: str = "",
    ) -> MeetingDetails:
        """Validate what was typed; raises ValidationError naming the first bad field."""
        return cls(
            company=require_name(Field.COMPANY, company),
            quarter=Quarter.parse(quarter),
            meeting_date=meeting_date,
            start_time=start_time.replace(second=0, microsecond=0),
            place=clean_text(place),
            leader=" ".join(clean_text(leader).split()),
        )
