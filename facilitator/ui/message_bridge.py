"""One way for every part of a window to say a store failure or a status line.

The window connects the bridge once (to its status line); a block, a controller or a
panel reports to it instead of declaring a `storeFailed` of its own that every owner must
pass upward. One bridge per window (not a global): two windows in one process, as the
shared-meeting tests run them, each say their own failures."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.store.errors import StoreError


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
