"""What keeps the room link answering new phones when someone on the room's network opens
connections and never finishes a request (a slowloris, or a broken client).

- A connection whose request headers have not arrived within `HEADER_SECONDS` is closed.
- Connections per address are capped (a phone needs a few: the page, its event stream, a
  score). At the cap, the oldest connection of that address still waiting for its headers
  makes room for the new one, so a flood churns only its own connections; with none
  waiting, the new connection is refused.
- The process may open as many files as the system allows (`raise_open_file_limit`), and
  a failing accept ("Too many open files") is logged once a minute with a count.

aiohttp has no header timeout of its own; this wraps the protocol its server makes for
each connection, and passes every byte through unchanged.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

HEADER_SECONDS = 5.0
PER_ADDRESS = 16
# The laptop itself: its own browser showing the room's view, and the tests' and
# benchmarks' simulated phones.
PER_LOOPBACK_ADDRESS = 512
LOG_EVERY_SECONDS = 60.0
_END_OF_HEADERS = b"\r\n\r\n"


class ConnectionGuard:
    def __init__(
        self,
        header_seconds: float = HEADER_SECONDS,
        per_address: int = PER_ADDRESS,
        per_loopback_address: int = PER_LOOPBACK_ADDRESS,
    ) -> None:
        self.header_seconds = header_seconds
        self.per_address = per_address
        self.per_loopback_address = per_loopback_address
        self._open: dict[str, OrderedDict[_GuardedProtocol, None]] = {}
        self.closed_for_slowness = 0
        self.refused = 0

    def wrap(self, factory: Callable[[], asyncio.Protocol]) -> Callable[[], asyncio.Protocol]:
        """The protocol factory to serve with: `factory`'s protocols, guarded."""
        return lambda: _GuardedProtocol(factory(), self)

    def open_connections(self) -> int:
        # Read from other threads too (tests): a copy, taken in one step under the GIL.
        return sum(len(connections) for connections in list(self._open.values()))

    def _limit(self, address: str) -> int:
        try:
            loopback = ipaddress.ip_address(address.split("%")[0]).is_loopback
        except ValueError:
            loopback = False
        return self.per_loopback_address if loopback else self.per_address

    def _admit(self, connection: _GuardedProtocol) -> bool:
        connections = self._open.setdefault(connection.address, OrderedDict())
        if len(connections) >= self._limit(connection.address):
            waiting = next((c for c in connections if c.waiting_for_headers), None)
            if waiting is None:
                self.refused += 1
                return False
            waiting.close()  # the oldest that never finished its request makes room
            connections.pop(waiting, None)
        connections[connection] = None
        return True

    def _forget(self, connection: _GuardedProtocol) -> None:
        connections = self._open.get(connection.address)
        if connections is not None:
            connections.pop(connection, None)
            if not connections:
                del self._open[connection.address]


class _GuardedProtocol(asyncio.Protocol):
    """One connection: passes everything to aiohttp's protocol once admitted, and closes
    the connection if its headers are late."""

    def __init__(self, inner: asyncio.Protocol, guard: ConnectionGuard) -> None:
        self._inner = inner
        self._guard = guard
        self._transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._tail = b""
        self.address = ""
        self.admitted = False
        self.waiting_for_headers = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        peer = transport.get_extra_info("peername")
        self.address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        if not self._guard._admit(self):
            transport.abort()
            return
        self.admitted = True
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self._guard.header_seconds, self._too_slow)
        self._inner.connection_made(transport)

    def _too_slow(self) -> None:
        if self.waiting_for_headers:
            self._guard.closed_for_slowness += 1
            self.close()

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._transport is not None:
            self._transport.abort()

    def data_received(self, data: bytes) -> None:
        if not self.admitted:
            return
        if self.waiting_for_headers:
            seen = self._tail + data
            if _END_OF_HEADERS in seen:
                self.waiting_for_headers = False
                if self._timer is not None:
                    self._timer.cancel()
            self._tail = seen[-3:]
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self.admitted else None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._guard._forget(self)
        if self.admitted:
            self._inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self.admitted:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        if self.admitted:
            self._inner.resume_writing()


def raise_open_file_limit() -> int | None:
    """Let the process open as many files as the system allows it (the soft limit up to
    the hard one); the limit now in force, or None where there is no such limit."""
    try:
        import resource
    except ImportError:  # Windows: no per-process descriptor limit to raise
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            log.info("Could not raise the open-file limit above %s", soft)
    return soft


class QuietAcceptErrors:
    """An event loop exception handler that logs a failing accept (out of file
    descriptors, say) once a minute with a count, instead of a traceback per attempt."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._count = 0
        self._last: float | None = None

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        message = str(context.get("message", ""))
        if "accept" not in message.lower():
            loop.default_exception_handler(context)
            return
        self._count += 1
        now = self._clock()
        if self._last is None or now - self._last >= LOG_EVERY_SECONDS:
            log.warning(
                "The room link could not accept %d connection(s) (%s): %s",
                self._count,
                message,
                context.get("exception"),
            )
            self._count = 0
            self._last = now
