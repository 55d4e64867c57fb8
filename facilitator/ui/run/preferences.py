"""The run's preferences kept in QSettings: the timer's warning and chime and the
single-character keys (the Preferences dialog edits them), the leader's own block lengths
for new meetings, and which blocks' guides are folded away."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator import settings_schema as keys
from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import WarningPolicy


def warning_policy(settings: QSettings) -> WarningPolicy:
    """Warn in the last N minutes or last P % of a block, whichever is shorter."""
    return WarningPolicy(
        minutes=keys.WARNING_MINUTES.read(settings),
        share=keys.WARNING_PERCENT.read(settings) / 100,
    )


def chime_enabled(settings: QSettings) -> bool:
    return keys.CHIME.read(settings)


def set_chime(settings: QSettings, enabled: bool) -> None:
    keys.CHIME.write(settings, enabled)


def single_keys_enabled(settings: QSettings) -> bool:
    """Whether Space, B, '.', F, W, + and − drive the meeting (on unless switched off)."""
    return keys.SINGLE_KEYS.read(settings)


def set_single_keys(settings: QSettings, enabled: bool) -> None:
    keys.SINGLE_KEYS.write(settings, enabled)


def folded_guides(settings: QSettings) -> set[BlockKind]:
    """The blocks whose guide the leader has folded away (known by heart)."""
    known = {kind.value for kind in BlockKind}
    return {BlockKind(name) for name in keys.FOLDED_GUIDES.read(settings) if name in known}


def save_folded_guides(settings: QSettings, kinds: set[BlockKind]) -> None:
    keys.FOLDED_GUIDES.write(settings, tuple(sorted(kind.value for kind in kinds)))


def default_minutes(settings: QSettings) -> dict[BlockKind, int]:
    """The leader's own default minutes per block for new meetings (blocks not set follow
    the guide's ranges scaled by head count)."""
    result = {}
    for kind in BlockKind:
        minutes = keys.planned_minutes(kind.value).read(settings)
        if minutes:
            result[kind] = minutes
    return result
