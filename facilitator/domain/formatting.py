"""Numbers as people read them in the minutes and on screen."""

from __future__ import annotations


def number(value: float | None) -> str:
    """12, 97.5, 1200 — no trailing ".0"; a dash for no value."""
    if value is None:
        return "–"
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.3g}"
