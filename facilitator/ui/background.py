"""Slow work (mail, big files, PDFs) on a worker thread, so the countdown never freezes.

The worker only runs plain Python (no widgets); its result or error is handed back to the
GUI thread through a queued signal. Cancelling cannot stop a call that is blocked in the
network, so a cancelled task is abandoned: the window moves on at once, and whatever the
worker finishes later (bounded by its own timeout) is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """One piece of work at a time; `succeeded(result)` or `failed(error)` on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(str)

    # Emitted from the worker thread; connected to a slot of this object (which lives in
    # the GUI thread), so Qt queues the delivery to the GUI thread.
    _finished = Signal(int, bool, object)
    _progress = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = False
        self._finished.connect(self._deliver)
        self._progress.connect(self._deliver_progress)

    def is_running(self) -> bool:
        return self._running

    def start(self, work: Callable[..., Any], *args: Any) -> None:
        """Run `work(*args, report=...)`, where `report(text)` shows progress."""
        if self._running:
            raise RuntimeError("a task is already running")
        self._generation += 1
        self._running = True
        generation = self._generation

        def said(signal: str, *values: object) -> None:
            """Sent to the GUI thread; nowhere when the window that asked has closed (a
            hung mail server outlives it: its late answer has no one to tell)."""
            try:
                getattr(self, signal).emit(*values)
            except RuntimeError:  # "Signal source has been deleted"
                log.info("Background task finished after its window closed")

        def report(text: str) -> None:
            said("_progress", generation, text)

        def run() -> None:
            try:
                result = work(*args, report=report)
            except Exception as error:  # handed to the GUI thread, which explains it
                log.info("Background task failed: %r", error)
                said("_finished", generation, False, error)
            else:
                said("_finished", generation, True, result)

        threading.Thread(target=run, name="facilitator-task", daemon=True).start()

    def cancel(self) -> None:
        """Stop waiting for the task; its late result is ignored."""
        self._generation += 1
        self._running = False

    @Slot(int, bool, object)
    def _deliver(self, generation: int, ok: bool, value: object) -> None:
        if generation != self._generation:
            return  # cancelled
        self._running = False
        (self.succeeded if ok else self.failed).emit(value)

    @Slot(int, str)
    def _deliver_progress(self, generation: int, text: str) -> None:
        if generation == self._generation:
            self.progressed.emit(text)
