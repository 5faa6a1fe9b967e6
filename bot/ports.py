"""The ports between the core and the outside world, each with its contract.

The core depends only on these protocols; the composition root (:mod:`bot.app`) plugs in the
real implementations (system clock, adapters), tests plug in their own (a clock they move).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from bot.actions import Action, Delivery

if TYPE_CHECKING:
    from bot.events import Message


class Clock(Protocol):
    """Time as the core sees it.

    ``now()`` returns an aware UTC datetime; ``monotonic()`` seconds that never go backwards
    (for rate limits and latencies). Tests inject a clock they can move.
    """

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class Outbox(Protocol):
    """Carries out actions the core takes on its own (scheduled posts, proposals, notices).

    ``send`` routes each action to the adapter of its ``platform`` and returns, in order, what
    each adapter reported (``None`` when the platform is not running or delivery failed after
    retries; failures are logged with the action, never silently dropped).
    """

    async def send(self, actions: Sequence[Action]) -> list[Delivery | None]: ...

    def kick(self) -> None:
        """Messages were written to the outbox table (:mod:`bot.outbox`): deliver them soon."""


@runtime_checkable
class RoomDirectory(Protocol):
    """What an adapter knows about where its rooms are, for permission checks.

    ``servers_of(room)`` are the ids of the servers (Discord guilds) the bot is in that hold a
    room named ``room`` as a user writes it in ``in:`` (an id or a name): none when the adapter
    does not know it (no such room, or not connected). Answered from what the adapter already
    holds, without I/O.
    """

    platform: str

    def servers_of(self, room: str) -> frozenset[str]: ...


class MessageHandler(Protocol):
    """What adapters call for every incoming message: the core's entry point."""

    async def handle(self, message: Message) -> list[Action]: ...

    async def settle(self) -> None:
        """Wait until the messages owed by the messages handled so far (direct messages to
        others, notices) were handed to their platforms; adapters that answer one message at
        a time and then stop (``vetbot say``) call it before they go."""


@runtime_checkable
class ChatAdapter(Protocol):
    """A platform adapter (console, Discord, Matrix).

    ``start`` connects and begins translating platform events into :class:`~bot.events.Message`
    values for ``handler``, carrying out the returned actions itself; it returns once running
    (or, for the interactive console, when its input ends). ``perform`` carries out one action
    the core took on its own. ``stop`` disconnects cleanly and is safe to call twice.
    """

    platform: str

    async def start(self, handler: MessageHandler) -> None: ...

    async def perform(self, action: Action) -> Delivery | None: ...

    async def stop(self) -> None: ...
