"""Timer drift: displayed against true remaining time.

1. A simulated four-hour block on a fake clock, repainted exactly when the controller
   would schedule it: the largest difference between the displayed and the true second.
2. The real controller on the real clock for a while: how late after the true boundary
   each displayed second flips.
"""

import math
import sys
import time
from datetime import UTC, datetime, timedelta

from _common import summary

from facilitator.domain.clock import FakeClock, SystemClock
from facilitator.domain.timer import BlockTimer, displayed_seconds, seconds_to_next_flip

REAL_SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20


def fake_clock_drift() -> None:
    clock = FakeClock(datetime(2026, 12, 17, 8, 0, tzinfo=UTC))
    start = clock.now()
    block = 4 * 3600
    timer = BlockTimer(planned_seconds=block).start(start)
    worst = 0
    repaints = 0
    while (clock.now() - start).total_seconds() < block + 600:  # into overtime too
        clock.advance(seconds_to_next_flip(timer.remaining(clock.now())))
        truth = block - (clock.now() - start) / timedelta(seconds=1)
        shown = displayed_seconds(timer.remaining(clock.now()))
        worst = max(worst, abs(shown - displayed_seconds(truth)))
        repaints += 1
    print(
        f"fake clock, 4 h block + 10 min over: {repaints} repaints, "
        f"largest displayed-vs-true difference {worst} s"
    )


def real_clock_lateness() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.domain.agenda import BlockKind
    from facilitator.domain.meeting_run import MeetingRun
    from facilitator.domain.schedule import PlannedBlock

    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    run = MeetingRun(
        [PlannedBlock(BlockKind.GOOD_NEWS, BlockTimer(planned_seconds=3600))], clock.now()
    )
    run.toggle(clock.now())
    lateness_ms: list[float] = []
    timer = QTimer()
    timer.setSingleShot(True)
    from PySide6.QtCore import Qt

    timer.setTimerType(Qt.TimerType.PreciseTimer)
    deadline = time.monotonic() + REAL_SECONDS

    def repaint() -> None:
        remaining = run.current.timer.remaining(clock.now())
        # How far past the boundary at which this displayed second began are we?
        late = math.ceil(remaining) - remaining
        lateness_ms.append(late * 1000)
        if time.monotonic() >= deadline:
            app.quit()
            return
        timer.start(max(1, math.ceil(seconds_to_next_flip(remaining) * 1000) + 2))

    timer.timeout.connect(repaint)
    timer.start(0)
    app.exec()
    flips = lateness_ms[1:]  # the first repaint is the start, not a flip
    print(
        f"real clock, {REAL_SECONDS} s: displayed second flips after the true boundary: "
        + summary(flips, "ms")
    )


if __name__ == "__main__":
    fake_clock_drift()
    real_clock_lateness()
