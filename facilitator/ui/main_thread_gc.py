"""Python's cyclic garbage collector, run on the app's thread only.

A collection runs in whichever thread happens to allocate when a threshold is crossed: the
room link's server, an import, a PDF export. If it then frees a Qt object's Python wrapper,
the Qt object is deleted on that thread while the window may be using it — a crash
mid-meeting (seen once in CI, in an import's worker). So automatic collection is switched
off and the app's thread collects on a timer instead: the young generation twice a
second, the middle one every ten seconds, everything once a minute.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_MS = 500
MIDDLE_EVERY = 20  # ticks: 10 s
FULL_EVERY = 120  # ticks: 60 s


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._was_enabled = gc.isenabled()
        # What is garbage now is collected by `settle`, once the window is on the screen,
        # or by the first full collection: a start does not wait for it.
        gc.disable()
        self._timer = QTimer(self, interval=YOUNG_MS)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    def _collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect(2)
        elif self._ticks % MIDDLE_EVERY == 0:
            gc.collect(1)
        else:
            gc.collect(0)

    def settle(self) -> None:
        """The window is built and the meeting loaded: what exists now lives as long as
        the app, so later full collections need not walk it again (about 70 ms with 200
        people, once a minute, on the thread that flips the digits)."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Automatic collection back as it was (the app is closing)."""
        self._timer.stop()
        gc.unfreeze()
        if self._was_enabled:
            gc.enable()
