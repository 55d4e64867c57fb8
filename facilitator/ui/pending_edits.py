"""Edits made while a shared meeting's connection is lost: kept, and tried again.

Each edit is kept as the attempt that makes it (the latest per field wins). Every few
seconds the attempts are made again in order; an attempt that finds the connection still
gone keeps itself again. An attempt that meets another laptop's edit of the same value
asks, as any edit does (see reports_controller.SelfEvaluationsController._write).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.store.errors import StoreError, StoreProblem

RETRY_MS = 3000


class PendingEdits(QObject):
    countChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attempts: dict[Hashable, Callable[[], object]] = {}
        self._timer = QTimer(self, interval=RETRY_MS)
        self._timer.timeout.connect(self.retry)

    def __len__(self) -> int:
        return len(self._attempts)

    def keep(self, field: Hashable, attempt: Callable[[], object]) -> None:
        self._attempts.pop(field, None)
        self._attempts[field] = attempt  # the newest edit of a field replaces older ones
        if not self._timer.isActive():
            self._timer.start()
        self.countChanged.emit(len(self._attempts))

    def retry(self) -> None:
        attempts, self._attempts = self._attempts, {}
        for attempt in attempts.values():
            attempt()  # keeps itself again when the connection is still gone
        if not self._attempts:
            self._timer.stop()
        self.countChanged.emit(len(self._attempts))


def save_or_keep(
    write: Callable[[], object],
    pending: PendingEdits,
    field: Hashable,
    again: Callable[[], object],
    failed: Callable[[StoreError], None],
) -> bool | None:
    """Run an edit's `write`, the one way every controller does: True when it is saved;
    None when a shared meeting's connection is lost (said through `failed`, and kept in
    `pending` to run `again` when it is back); False when the store refused it otherwise
    (said). A conflict with another laptop's edit, or a refused value, is the caller's:
    each asks or tells in its own place (a question, a line under a table)."""
    try:
        write()
    except StoreError as error:
        failed(error)
        if error.problem is StoreProblem.OFFLINE:
            pending.keep(field, again)
            return None
        return False
    return True
