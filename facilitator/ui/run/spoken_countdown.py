"""The countdown as a screen reader says it: in whole minutes and words, so its name
changes on minute marks and at the warning and overtime moments — not sixty times a
minute, which would drown everything else a screen reader has to say."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from facilitator.domain.meeting_run import RunView
from facilitator.domain.timer import Phase, TimerState
from facilitator.texts import block_title, break_title


def spoken_countdown(view: RunView) -> str:
    translate = QCoreApplication.translate
    if view.state is TimerState.DONE:
        return translate("SpokenCountdown", "The meeting is over")
    what = break_title(view.on_break) if view.on_break is not None else block_title(view.kind)
    # One and more than one, as English and Norwegian say them ("1 minutt", "2 minutter").
    if view.remaining >= 0:
        minutes = math.ceil(view.remaining / 60)
        text = (
            translate("SpokenCountdown", "1 minute left of {what}")
            if minutes == 1
            else translate("SpokenCountdown", "{n} minutes left of {what}")
        )
    else:
        minutes = math.ceil(-view.remaining / 60)
        text = (
            translate("SpokenCountdown", "{what}: 1 minute over time")
            if minutes == 1
            else translate("SpokenCountdown", "{what}: {n} minutes over time")
        )
    text = text.format(what=what, n=minutes)
    if view.state is TimerState.IDLE:
        text += translate("SpokenCountdown", ", not started")
    elif view.state is TimerState.PAUSED:
        text += translate("SpokenCountdown", ", paused")
    elif view.phase is Phase.WARNING:
        text += translate("SpokenCountdown", ", last minutes")
    return text
