"""Holding off the screen saver and display sleep while a block runs.

Each platform's own mechanism: the freedesktop ScreenSaver D-Bus service on Linux,
SetThreadExecutionState on Windows, and `caffeinate` on macOS. Where none is available the
hold quietly does nothing (logged), because a missing screen-saver service must never stop
a meeting.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from typing import Protocol

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


class Inhibitor(Protocol):
    def hold(self) -> None: ...

    def release(self) -> None: ...


class _LinuxDBus:
    SERVICE = "org.freedesktop.ScreenSaver"
    PATH = "/org/freedesktop/ScreenSaver"

    def __init__(self) -> None:
        self._cookie: int | None = None

    def hold(self) -> None:
        if self._cookie is not None:
            return
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("No D-Bus session bus: the screen saver cannot be held off")
            return
        interface = QDBusInterface(self.SERVICE, self.PATH, self.SERVICE, bus)
        if not interface.isValid():
            log.info("No screen saver service on D-Bus")
            return
        reason = QCoreApplication.translate("Inhibitor", "An OKR meeting is running")
        reply = interface.call("Inhibit", "Facilitator", reason)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._cookie = int(reply.arguments()[0])

    def release(self) -> None:
        if self._cookie is None:
            return
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        interface = QDBusInterface(
            self.SERVICE, self.PATH, self.SERVICE, QDBusConnection.sessionBus()
        )
        interface.call("UnInhibit", self._cookie)
        self._cookie = None


class _Windows:
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def hold(self) -> None:
        import ctypes

        flags = self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED | self.ES_DISPLAY_REQUIRED
        ctypes.windll.kernel32.SetThreadExecutionState(flags)  # type: ignore[attr-defined]

    def release(self) -> None:
        import ctypes

        ctypes.windll.kernel32.SetThreadExecutionState(self.ES_CONTINUOUS)  # type: ignore[attr-defined]


class _MacCaffeinate:
    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None

    def hold(self) -> None:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(["caffeinate", "-d", "-i", "-w", str(os.getpid())])

    def release(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process = None


class NoInhibitor:
    def hold(self) -> None:
        pass

    def release(self) -> None:
        pass


def platform_inhibitor() -> Inhibitor:
    if sys.platform.startswith("win"):
        return _Windows()
    if sys.platform == "darwin":
        return _MacCaffeinate()
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return NoInhibitor()  # headless: no screen to keep awake
    return _LinuxDBus()
