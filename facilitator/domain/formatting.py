"""Numbers, percentages and dates as people read them in the minutes, in the meeting's
language, by Babel's locale data (no hand-written formatting: 12 345 678 keeps every
digit, Norwegian gets a decimal comma and a space before %, English dates read English)."""

from __future__ import annotations

import functools
from datetime import date, datetime, time
from decimal import Decimal

from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent

LOCALES = {"nb": "nb_NO", "en": "en_GB"}


def _locale(language: str) -> str:
    return LOCALES.get(language, "en_GB")


@functools.lru_cache(maxsize=4096)  # the minutes format hundreds of numbers, many alike
def number(value: float | None, language: str = "en") -> str:
    """12, 97.5 (97,5), 12 345 678 — every digit the value holds; a dash for no value."""
    if value is None:
        return "–"
    exact = Decimal(int(value)) if float(value).is_integer() else Decimal(repr(float(value)))
    return format_decimal(exact, locale=_locale(language), decimal_quantization=False)


def grade(value: float, language: str = "en") -> str:
    """An OKR grade with its one decimal: "0.7", Norwegian "0,7", "1.0" (never "1")."""
    return format_decimal(value, format="0.0", locale=_locale(language))


def percent(share: float | None, language: str = "en") -> str:
    """0.85 → "85%" (English) or "85 %" (Norwegian); a dash for no value."""
    if share is None:
        return "–"
    return format_percent(share, locale=_locale(language))


def short_date(day: date, language: str = "en") -> str:
    """17.12.2026 (Norwegian) or 17 Dec 2026 (English: no day/month order to misread)."""
    pattern = "dd.MM.yyyy" if language == "nb" else "d MMM yyyy"
    return format_date(day, pattern, locale=_locale(language))


def long_date(day: date, language: str = "en") -> str:
    """17. desember 2026 or 17 December 2026."""
    return format_date(day, "long", locale=_locale(language))


def clock(moment: time | datetime, language: str = "en") -> str:
    """14:05 — both languages use the 24-hour clock in a meeting's minutes."""
    return format_time(moment, "HH:mm", locale=_locale(language))
