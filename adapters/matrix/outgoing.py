"""The outgoing queue: every event the bot sends goes through it, in order, exactly once.

One sender task takes the queue's head and tries to send it until the homeserver either
accepts it or refuses it for good:

- rate limited (``M_LIMIT_EXCEEDED``): wait ``retry_after_ms`` and send the same event again;
- unreachable (connection refused, timeout, 5xx): wait with exponential backoff and retry;
- refused for good (not in the room, forbidden): log it with the event and move on.

Each event carries a transaction id fixed when it is queued, so a retry after a lost answer
is recognised by the homeserver as the same event and can never post twice. Callers that
need the event id (a post that opens a thread) await the item's ``done`` future; everyone
else enqueues and returns at once, so the sync loop is never held up. Homeserver rate limits
are per user, so one queue for all rooms is both correct and keeps every room's order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sent:
    """The homeserver accepted the event."""

    event_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RateLimited:
    """The homeserver asked to wait before sending again."""

    retry_after: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Unreachable:
    """The homeserver could not be reached or failed; worth retrying after a pause."""

    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Refused:
    """The homeserver (or the encryption layer) refused the event for good."""

    reason: str


Outcome = Sent | RateLimited | Unreachable | Refused


@dataclass(slots=True, kw_only=True)
class Outgoing:
    """One event waiting to be sent. ``done`` resolves to its event id, or ``None`` if refused."""

    room_id: str
    event_type: str
    content: dict[str, Any]
    txn_id: str
    done: asyncio.Future[str | None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    queued_at: float = field(default_factory=time.monotonic)
    attempts: int = 0


Transport = Callable[[Outgoing], Awaitable[Outcome]]


class OutgoingQueue:
    """A FIFO of events with one sender task; see the module docstring for the contract."""

    def __init__(
        self,
        transport: Transport,
        *,
        backoff_start: float = 0.2,
        backoff_max: float = 10.0,
    ) -> None:
        self._transport = transport
        self._items: deque[Outgoing] = deque()
        self._wakeup = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self._backoff_start = backoff_start
        self._backoff_max = backoff_max
        self.rate_limited = 0
        """How many times the homeserver asked us to slow down (for logs and tests)."""
        self.retries = 0
        """How many sends were repeated after the homeserver could not be reached."""

    def __len__(self) -> int:
        return len(self._items)

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="matrix-outgoing")

    def put(self, item: Outgoing) -> Outgoing:
        """Queue ``item`` behind everything queued before it; returns it (await ``done``)."""
        self._items.append(item)
        self._idle.clear()
        self._wakeup.set()
        return item

    async def drain(self, within: float) -> bool:
        """Wait until everything queued has been sent or refused; False on timeout."""
        try:
            await asyncio.wait_for(self._idle.wait(), within)
        except TimeoutError:
            return False
        return True

    async def close(self) -> None:
        """Stop sending; whatever is still queued is logged and resolved as not sent."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._items:
            log.warning(
                "matrix: events still queued at shutdown were not sent",
                extra={"count": len(self._items)},
            )
        while self._items:
            item = self._items.popleft()
            if not item.done.done():
                item.done.set_result(None)
        self._idle.set()

    async def _run(self) -> None:
        backoff = self._backoff_start
        while True:
            if not self._items:
                self._idle.set()
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            item = self._items[0]
            item.attempts += 1
            try:
                outcome = await self._transport(item)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug or an unexpected library error: retry, loudly
                log.exception("matrix: sending failed unexpectedly", extra=_describe(item))
                outcome = Unreachable(reason=repr(exc))
            match outcome:
                case Sent(event_id=event_id):
                    self._items.popleft()
                    if not item.done.done():
                        item.done.set_result(event_id)
                    if item.attempts > 1:
                        log.info(
                            "matrix: sent after retrying",
                            extra={**_describe(item), "attempts": item.attempts},
                        )
                    backoff = self._backoff_start
                case RateLimited(retry_after=wait):
                    self.rate_limited += 1
                    log.debug("matrix: rate limited", extra={"retry_after": wait})
                    await asyncio.sleep(max(wait, 0.05))
                case Unreachable(reason=reason):
                    self.retries += 1
                    log.warning(
                        "matrix: homeserver unreachable, will retry",
                        extra={**_describe(item), "reason": reason, "wait": round(backoff, 2)},
                    )
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, self._backoff_max)
                case Refused(reason=reason):
                    self._items.popleft()
                    log.error(
                        "matrix: homeserver refused an event; not sent",
                        extra={**_describe(item), "reason": reason},
                    )
                    if not item.done.done():
                        item.done.set_result(None)


def _describe(item: Outgoing) -> dict[str, Any]:
    return {"room": item.room_id, "type": item.event_type, "txn_id": item.txn_id}
