"""The break's step as the step driver sees it: named, hinted, and shown on the room's
screen as its own countdown with "Back at …" (the presenter's big number and state line;
nothing of a block's content)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Never

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitator.domain.meeting_run import RunView
from facilitator.domain.run_steps import Effect, Step, StepKind
from facilitator.texts import block_title
from facilitator.ui.presenter.presenter_window import PresenterWindow

translate = QCoreApplication.translate


class BreakStep(QObject):
    """What the run's break step is; the same shape as a block's part of the run."""

    roomScreenChanged = Signal()  # never: a break shows only its countdown

    @property
    def view(self) -> None:
        """No panel: the break's briefing is the run page's (`breaks/plan_row.py`)."""
        return None

    def rounds(self) -> Mapping[StepKind, Never]:
        return {}  # a break has no turns

    def carry_out(self, effect: Effect) -> None:
        """No effect is the break's own: the timers end it (`Effect.NEXT_BLOCK`)."""

    def follow_step(self, step: Step) -> None:
        """Nothing on a panel follows the break."""

    def step_title(self, step: Step) -> str:
        return break_step_title(step)

    def turn_views(self, step: Step) -> tuple[int, int]:
        return (0, 0)  # a break has no turns

    def room_view(self, step: Step, view: RunView) -> RunView:
        return view  # the break's own countdown and "Back at …"

    def show_on_room_screen(self, step: Step, view: RunView, presenter: PresenterWindow) -> bool:
        return False  # nothing but the countdown: the room's screen is cleared of content


def break_step_title(step: Step) -> str:
    return translate("Steps", "Break before “{block}”").format(block=block_title(step.block))


def break_hint(step: Step) -> str:
    """What PageDown does during the break."""
    return translate(
        "Steps", "Space pauses the break. PageDown when everyone is back starts “{block}”."
    ).format(block=block_title(step.block))
