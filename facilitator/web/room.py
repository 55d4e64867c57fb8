"""What the room link shows: the room's screen as plain data, sent to every browser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from facilitator.domain.meeting_run import RunView
from facilitator.domain.timer import TimerState, format_room_countdown
from facilitator.texts import run_next, run_state_words, run_title
from facilitator.translation import translate


@dataclass(frozen=True)
class RoomSnapshot:
    title: str  # "2/6 · OKR reporting", or "Lunch"
    countdown: str  # "12:34", "+1:05", "Thank you"
    state: str  # "Last 2 minutes", "Paused", "Back at 12:10", ""
    next: str  # "Next: Successes and learnings"
    clock: str  # the wall clock, "10:42"
    phase: str  # "normal", "warning", "overtime", "paused": the countdown's colour
    content: list[str] = field(default_factory=list)  # the lines under it (speaker, group…)
    cue: str = ""  # the leader's cue to the speaker ("Wrap up"), shown as a banner
    question: str = ""  # the room's question the leader put on the screen

    def as_json(self) -> dict[str, object]:
        return asdict(self)


WAITING = RoomSnapshot(
    title="",
    countdown="",
    state=translate("RoomLink", "Waiting for the meeting to start"),
    next="",
    clock="",
    phase="normal",
)


def snapshot_of(
    view: RunView,
    clock: Callable[[datetime], str],
    now: datetime,
    content: list[str],
    cue: str = "",
    question: str = "",
) -> RoomSnapshot:
    """The room's screen at `now` (`clock` writes a time of day, `content` is what the
    room's screen shows under the countdown, `cue` the leader's cue on its banner)."""
    done = view.state is TimerState.DONE
    phase = "paused" if view.state is TimerState.PAUSED else view.phase.value
    return RoomSnapshot(
        title=run_title(view),
        countdown=translate("PresenterWindow", "Thank you")
        if done
        else format_room_countdown(view.remaining),
        state=run_state_words(view, clock),
        next=run_next(view),
        clock=clock(now),
        phase="normal" if done else phase,
        content=[line for line in content if line],
        cue=cue,
        question=question,
    )
