"""One window per database file.

Two app instances on one file would each keep their own idea of the running block and
overwrite each other's typing. The first instance holds a lock file beside the database
(`QLockFile`, which takes over a lock left by a crashed process) and listens on a local
socket; a second start on the same file asks the first to come to the front and exits.

The lock is taken before the window is shown; listening (QtNetwork, about 10 ms to load)
waits until the window is on the screen. A second start in that moment is told the file
is open without bringing the first window forward.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


def instance_file(database: Path | str) -> Path:
    """The file whose lock stands for the database: the file itself with its symbolic links
    resolved (one meeting is one file whatever path names it), or for a shared meeting's
    URL a name in the temporary folder (one window per meeting on this laptop either way)."""
    if isinstance(database, Path):
        return Path(os.path.realpath(database))
    from PySide6.QtCore import QDir

    from facilitator.database_location import shown

    hashed = QCryptographicHash.hash(
        shown(database).encode("utf-8"), QCryptographicHash.Algorithm.Sha256
    )
    digest = bytes(hashed.toHex().data()).decode("ascii")[:20]
    return Path(QDir.tempPath()) / f"facilitator-shared-{digest}"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def file_identity(database: Path) -> str:
    """What names the file itself, not the path to it: its device and inode once it exists
    (a hard link under another name is the same file), else its resolved path."""
    try:
        status = os.stat(database)
    except OSError:
        return os.path.realpath(database)
    if not status.st_ino:  # a file system without inode numbers
        return os.path.realpath(database)
    return f"{status.st_dev}:{status.st_ino}"


def _digest(text: str) -> str:
    # Qt's SHA-256 (the same digest as hashlib's) spares a start importing hashlib.
    hashed = QCryptographicHash.hash(text.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return bytes(hashed.toHex().data()).decode("ascii")[:20]


def identity_lock_path(database: Path) -> Path:
    """A second lock, in the temporary folder, named for the file's identity: two hard
    links in different folders have their own lock beside each, but one identity."""
    from PySide6.QtCore import QDir

    return Path(QDir.tempPath()) / f"facilitator-file-{_digest(file_identity(database))}.lock"


def server_name(database: Path) -> str:
    """A local socket name unique to the database file (short: sockets have a length limit)."""
    return f"facilitator-{_digest(file_identity(database))}"


class SingleInstance(QObject):
    """Holds the database's lock for this process; `activated` when another start asks."""

    activated = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # Beside the file (a file on a shared folder is taken on every laptop), and by the
        # file's identity on this laptop (a hard link elsewhere is the same file).
        self._locks = [
            QLockFile(str(lock_path(database))),
            QLockFile(str(identity_lock_path(database))),
        ]
        for lock in self._locks:
            # A meeting runs for hours: the lock never goes stale by age, only when the
            # process that holds it is gone (QLockFile checks the PID).
            lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True if this process now owns the file; False if another instance has it open.

        A folder where no lock can be written (read-only) is not a second instance: the
        database check says what is wrong with it.
        """
        taken = []
        for lock in self._locks:
            if lock.tryLock(0):
                taken.append(lock)
            elif lock.error() is QLockFile.LockError.LockFailedError:
                for held in taken:
                    held.unlock()
                return False
            else:
                log.warning("No lock %s for %s (%s)", lock.fileName(), self.database, lock.error())
        return True

    def ask_owner_to_show(self) -> bool:
        """Ask the instance that holds the file to bring its window to the front."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self.database))
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(_RAISE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
            self._clients.clear()
        for lock in self._locks:
            lock.unlock()

    def listen(self) -> None:
        """Answer later starts on the same file (once this one's window is shown)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not any(lock.isLocked() for lock in self._locks):
            return
        name = server_name(self.database)
        QLocalServer.removeServer(name)  # a socket file left by a crash; we hold the lock
        self._server = QLocalServer(self)
        if not self._server.listen(name):
            log.warning("Cannot listen on %s: %s", name, self._server.errorString())
            return
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(self._read_clients)
        self._read_clients()

    def _read_clients(self) -> None:
        for socket in list(self._clients):
            if not socket.bytesAvailable():
                continue
            self._clients.remove(socket)
            message = bytes(socket.readAll().data())
            socket.readyRead.disconnect(self._read_clients)
            socket.abort()
            socket.deleteLater()
            if message.startswith(_RAISE.strip()):
                self.activated.emit()
