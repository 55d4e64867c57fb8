"""One way for every part of a window to say a store failure or a status line.

Each open store has one bridge (`bridge_for(db)`), which the window that opened it connects
once, to its status line; a controller, model or panel that meets a `StoreError` says it
there instead of declaring a `storeFailed` of its own that every owner must pass upward.
One bridge per store, not one global: two windows in one process, as the shared-meeting
tests run them, each open their own store and say their own failures."""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from facilitator.store.errors import StoreError

if TYPE_CHECKING:
    from facilitator.store.database import Database


class MessageBridge(QObject):
    storeFailed = Signal(object)  # StoreError
    statusNote = Signal(str)  # said for a few seconds
    warning = Signal(str)  # said until taken back (""): a lost connection

    def store_failed(self, error: StoreError) -> None:
        self.storeFailed.emit(error)

    def note(self, text: str) -> None:
        self.statusNote.emit(text)

    def warn(self, text: str) -> None:
        self.warning.emit(text)


_BRIDGES: WeakKeyDictionary[Database, MessageBridge] = WeakKeyDictionary()


def bridge_for(db: Database) -> MessageBridge:
    """The bridge of the window working on `db` (a new one if no window has said)."""
    bridge = _BRIDGES.get(db)
    if bridge is None:
        bridge = _BRIDGES[db] = MessageBridge()
    return bridge


def use_bridge(db: Database, bridge: MessageBridge) -> None:
    """`bridge` says what goes wrong with `db` from now on: the window's, connected once."""
    _BRIDGES[db] = bridge
