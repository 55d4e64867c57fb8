"""Garbage is collected on the app's thread, never on a worker's."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from facilitator.ui.main_thread_gc import YOUNG_MS, MainThreadCollector


class _Cycle:
    def __init__(self, collected: list[str]) -> None:
        self.me = self
        self.collected = collected

    def __del__(self) -> None:
        self.collected.append(threading.current_thread().name)


def test_cycles_made_by_a_worker_are_freed_on_the_apps_thread(qtbot):
    assert not gc.isenabled()  # the session runs as the app does
    collected: list[str] = []

    def work() -> None:
        _Cycle(collected)  # garbage, and enough allocation to cross gen 0's threshold
        for _ in range(50_000):
            [object()]

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert collected == []  # nothing collected on the worker's thread
    qtbot.waitUntil(lambda: collected != [], timeout=YOUNG_MS * 4)
    assert collected == [threading.main_thread().name]


def test_stopping_puts_automatic_collection_back_as_it_was(qtbot):
    outer = gc.isenabled()
    owner = QObject()
    collector = MainThreadCollector(owner)
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled() is outer
