"""The run's preferences kept in QSettings: the timer's warning and chime and the
single-character keys (the Preferences dialog edits them), and which blocks' guides are
folded away."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import WarningPolicy

WARNING_MINUTES = "timer/warning_minutes"
WARNING_PERCENT = "timer/warning_percent"
CHIME = "timer/chime"


def _number(settings: QSettings, key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(str(settings.value(key, default)))
    except (TypeError, ValueError):
        return default
    return min(high, max(low, value))


def warning_policy(settings: QSettings) -> WarningPolicy:
    """Warn in the last N minutes or last P % of a block, whichever is shorter."""
    return WarningPolicy(
        minutes=_number(settings, WARNING_MINUTES, 2.0, 0.0, 60.0),
        share=_number(settings, WARNING_PERCENT, 20.0, 0.0, 100.0) / 100,
    )


def chime_enabled(settings: QSettings) -> bool:
    return str(settings.value(CHIME, "false")).lower() in ("true", "1")


def set_chime(settings: QSettings, enabled: bool) -> None:
    settings.setValue(CHIME, enabled)


SINGLE_KEYS = "keys/single_character"


def single_keys_enabled(settings: QSettings) -> bool:
    """Whether Space, B, '.', F, + and − drive the meeting (on unless switched off)."""
    return str(settings.value(SINGLE_KEYS, "true")).lower() in ("true", "1")


def set_single_keys(settings: QSettings, enabled: bool) -> None:
    settings.setValue(SINGLE_KEYS, enabled)


FOLDED_GUIDES_KEY = "ui/folded_guides"


def folded_guides(settings: QSettings) -> set[BlockKind]:
    """The blocks whose guide the leader has folded away (known by heart)."""
    stored = settings.value(FOLDED_GUIDES_KEY, "")
    names = stored if isinstance(stored, list) else str(stored or "").split(",")
    known = {kind.value for kind in BlockKind}
    return {BlockKind(name) for name in names if name in known}


def save_folded_guides(settings: QSettings, kinds: set[BlockKind]) -> None:
    settings.setValue(FOLDED_GUIDES_KEY, ",".join(sorted(kind.value for kind in kinds)))
