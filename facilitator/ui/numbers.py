"""Numbers on screen, in the UI's language through QLocale: every digit the value holds
(12 345 678, not 1.23457e+07), a decimal comma in Norwegian; and typed numbers read back
the same way (the domain's parser takes what QLocale does not)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from facilitator import texts
from facilitator.domain.grades import Grade


def number_text(value: float | None, locale: QLocale | None = None) -> str:
    """The value with as many decimals as it really has; "–" for none."""
    if value is None:
        return "–"
    locale = locale or QLocale()
    if float(value).is_integer():
        return locale.toString(int(value)) if abs(value) < 2**63 else locale.toString(value, "f", 0)
    decimals = len(repr(float(value)).split(".")[1]) if "e" not in repr(float(value)) else 6
    return locale.toString(float(value), "f", decimals)


def edit_text(value: float | None, locale: QLocale | None = None) -> str:
    """For an editable field: like `number_text`, blank for no value."""
    return "" if value is None else number_text(value, locale)


def read_number(text: str, locale: QLocale | None = None) -> str:
    """Text as the UI's locale writes numbers, turned into what the store's parser reads
    ("12 345,5" in Norwegian → "12345.5"); anything QLocale cannot read is passed on."""
    locale = locale or QLocale()
    cleaned = text.strip().removesuffix("%").strip()
    value, ok = locale.toDouble(cleaned)
    if ok:
        return repr(value) if not value.is_integer() else str(int(value))
    return text


def date_text(day: date, locale: QLocale | None = None) -> str:
    """A date as the UI's language writes it short (17.12.2026, 17/12/2026, ...)."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def clock_text(moment: datetime | time, locale: QLocale | None = None) -> str:
    """14:05: a time of day as meetings write it (24-hour), local for an aware instant."""
    if isinstance(moment, datetime):
        moment = (moment.astimezone() if moment.tzinfo else moment).time()
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), "HH:mm")


def grade_text(grade: Grade | None, locale: QLocale | None = None) -> str:
    """An OKR grade as the minutes write it (texts.grade_text), in the UI's language:
    "0.6 · progress", "0,6 · framgang"; "–" without a grade."""
    language = (locale or QLocale()).name().split("_")[0]
    return texts.grade_text(grade, language=language)
