"""The runtime every capability is set up with: settings, store, clock, outbox, scheduler,
the command registry, lifecycle hooks, and a typed place for capability services.

A capability module exposes ``setup(runtime: Runtime) -> None``; there it registers commands,
listeners (which see every message, commands or not), start/stop hooks and its services.

Setting up imports little: a one-shot run (``vetbot say``) answers one command, so what the
others need is not loaded. A service may be provided as a builder (:meth:`Runtime.provide_later`,
its class named by import path), built on its first :meth:`Runtime.get`; a command's handler
may be imported on first use (:class:`bot.lazy.Later`); in a lazy run (``Runtime.lazy``) a
start hook may wait for the first use of a service (``on_start(…, until=…)``); the APScheduler
scheduler is made when first asked for.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from bot.actions import Action
from bot.commands import Registry
from bot.completions import CompletionSource
from bot.networks import Networks
from bot.outbox import Hooks
from bot.ports import Clock, Outbox, RoomDirectory
from bot.readers import Reader, reader_of_room
from bot.settings import Settings
from bot.store import Store

if TYPE_CHECKING:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from bot.events import Message

S = TypeVar("S")
Hook = Callable[[], Awaitable[Any]]
Listener = Callable[["Message"], Awaitable[Sequence[Action]]]
#: Takes a plain direct message (and its line) as the answer to something the bot asked:
#: returns the command line to run for it, or ``None``.
ReplyRoute = Callable[["Message", str], Awaitable[str | None]]

log = logging.getLogger(__name__)


@dataclass(slots=True, kw_only=True)
class Runtime:
    """Shared services for capabilities. Built by :mod:`bot.app`; tests build their own.

    ``interactive`` is false for one-shot runs (``vetbot say``, CLI commands): start hooks that
    begin background work (the prompt scheduler, deadline checks) must look at it.
    ``rooms`` holds, by platform, the adapters that can say which server a room belongs to
    (the running Discord adapter), for checks of where a coordinator may post.
    """

    settings: Settings
    store: Store
    clock: Clock
    outbox: Outbox
    registry: Registry = field(default_factory=Registry)
    interactive: bool = True
    #: A one-shot run of a command or two (``vetbot say``, ``vetbot knowledge …``): start
    #: hooks tied to a service wait for its first use (see :meth:`on_start`).
    lazy: bool = False
    start_hooks: list[tuple[str, Hook]] = field(default_factory=list)
    stop_hooks: list[tuple[str, Hook]] = field(default_factory=list)
    #: Work there must be one of among replicas: (name, start, stop), see :meth:`on_lead`.
    lead_hooks: list[tuple[str, Hook, Hook | None]] = field(default_factory=list)
    #: With ``[cluster] enabled``: what runs when PostgreSQL notifies a channel, by channel.
    notify_hooks: dict[str, list[Hook]] = field(default_factory=dict)
    #: What ``/readyz`` checks besides the store and the platforms: (name, passes now?).
    ready_checks: list[tuple[str, Callable[[], bool]]] = field(default_factory=list)
    #: Whether this process does the leader's work now (always, unless it is a replica of a
    #: cluster that another replica leads).
    leading: bool = False
    listeners: list[Listener] = field(default_factory=list)
    reply_routes: list[ReplyRoute] = field(default_factory=list)
    completions: dict[str, CompletionSource] = field(default_factory=dict)
    rooms: dict[str, RoomDirectory] = field(default_factory=dict)
    delivery_hooks: dict[str, Hooks] = field(default_factory=dict)
    #: The networks served, and where each room belongs (from ``settings`` unless given).
    networks: Networks = field(default=None)  # type: ignore[assignment]
    #: The command (path, as typed after the prefix) that answers plain questions: text in a
    #: direct message, or after a mention of the bot, that names no command.
    question_command: str | None = None
    _services: dict[type[Any], Any] = field(default_factory=dict)
    #: Builders of services not built yet, by the import path of their class.
    _builders: dict[str, Callable[[], Any]] = field(default_factory=dict)
    #: Start hooks waiting, in one-shot runs, for the first use of a service (by its path).
    _deferred: dict[str, list[Hook]] = field(default_factory=dict)
    _starting: dict[str, asyncio.Future[None]] = field(default_factory=dict)
    _scheduler: AsyncIOScheduler | None = None

    def __post_init__(self) -> None:
        if self.networks is None:
            self.networks = Networks(self.settings.networks, rooms=self.rooms)

    @property
    def scheduler(self) -> AsyncIOScheduler:
        """The APScheduler scheduler of background jobs, made (and APScheduler imported) when
        first asked for: one-shot runs never ask."""
        if self._scheduler is None:
            from apscheduler.schedulers.asyncio import AsyncIOScheduler

            self._scheduler = AsyncIOScheduler(timezone="UTC")
        return self._scheduler

    @property
    def scheduling(self) -> bool:
        """Whether the scheduler was made and is running."""
        return self._scheduler is not None and self._scheduler.running

    def room_reader(self, platform: str, room_id: str) -> Reader:
        """Whom a post in a room is written for: the room's language and zone
        (:func:`bot.readers.reader_of_room`)."""
        return reader_of_room(self.settings, self.networks, platform, room_id)

    def on_start(self, name: str, hook: Hook, *, until: str | None = None) -> None:
        """Run ``hook`` once at start, after migrations, in registration order.

        ``until`` (the import path of a service's class, as in :meth:`provide_later`): in
        lazy runs, run it instead when that service is first asked for with :meth:`ready`,
        and not at all when no command needs the service."""
        if until is not None and self.lazy:
            self._deferred.setdefault(until, []).append(hook)
            return
        self.start_hooks.append((name, hook))

    def on_stop(self, name: str, hook: Hook) -> None:
        """Run ``hook`` at shutdown, in reverse registration order."""
        self.stop_hooks.append((name, hook))

    def on_lead(self, name: str, start: Hook, stop: Hook | None = None) -> None:
        """Background work there must be one of (the prompt scheduler, deadline checks):
        ``start`` runs in a running bot (never in one-shot runs) after the start hooks, or,
        with ``[cluster] enabled``, when this replica becomes the leader; ``stop`` when it
        stops being it, or at shutdown. Jobs ``start`` added to :attr:`scheduler` are removed
        after ``stop``. A new leader starts from the tables: what ``start`` needs is there."""
        self.lead_hooks.append((name, start, stop))

    def on_notify(self, channel: str, hook: Hook) -> None:
        """Run ``hook`` when another process changed what ``channel`` names (replicas of a
        cluster only; see :data:`bot.cluster.CHANNELS`). Keep a periodic refresh beside it:
        a notification sent while the connection was down is not repeated."""
        self.notify_hooks.setdefault(channel, []).append(hook)

    def ready_when(self, name: str, check: Callable[[], bool]) -> None:
        """Count ``check`` in the bot's readiness (``/readyz``), e.g. an index loaded."""
        self.ready_checks.append((name, check))

    def answer_questions_with(self, command: str) -> None:
        """Answer plain questions with ``command`` (``"tool"``): the question is its text."""
        self.question_command = command

    def listen(self, listener: Listener) -> None:
        """See every message (for example replies in a prompt's thread)."""
        self.listeners.append(listener)

    def route_replies(self, route: ReplyRoute) -> None:
        """Let ``route`` take a direct message that names no command as the answer to a
        question the bot asked (a survey's free-text question), before it is looked up as a
        question (:attr:`question_command`)."""
        self.reply_routes.append(route)

    def complete_with(self, name: str, source: CompletionSource) -> None:
        """Register a completion source under ``name`` (see :mod:`bot.completions`)."""
        if name in self.completions:
            raise ValueError(f"completion source {name!r} registered twice")
        self.completions[name] = source

    def on_delivery(self, topic: str, hooks: Hooks) -> None:
        """Register what happens around delivering the outbox messages of ``topic``
        (see :mod:`bot.outbox`); one owner per topic."""
        if topic in self.delivery_hooks:
            raise ValueError(f"outbox hooks for {topic!r} registered twice")
        self.delivery_hooks[topic] = hooks

    def provide(self, service: S, as_type: type[S] | None = None) -> S:
        """Make a capability service available to others by its type."""
        self._services[as_type or type(service)] = service
        return service

    def provide_later(self, kind: str, build: Callable[[], Any]) -> None:
        """Make the service whose class is ``kind`` (``"package.module.Class"``) available,
        built by ``build`` (which imports its modules) when it is first asked for."""
        self._builders[kind] = build

    def get(self, kind: type[S]) -> S:
        """The service of type ``kind`` (built now if it was provided for later); KeyError if
        its capability is not loaded."""
        found = self.find(kind)
        if found is None:
            raise KeyError(kind)
        return found

    def find(self, kind: type[S]) -> S | None:
        """The service of type ``kind``, built now if it was provided for later; else ``None``."""
        found = self._services.get(kind)
        if found is None:
            build = self._builders.pop(_path(kind), None)
            if build is not None:
                found = self._services[kind] = build()
        return found  # type: ignore[no-any-return]

    def built(self, kind: type[S]) -> S | None:
        """The service of type ``kind`` if it was built; never builds it."""
        return self._services.get(kind)  # type: ignore[no-any-return]

    def is_built(self, kind: str) -> bool:
        """Whether the service whose class is ``kind`` (import path) was built."""
        return kind not in self._builders and any(_path(k) == kind for k in self._services)

    async def ready(self, kind: type[S]) -> S:
        """:meth:`get`, after the start hooks that waited for this service (lazy runs, see
        :meth:`on_start`) ran; they run once, whoever asks first."""
        service = self.get(kind)
        path = _path(kind)
        hooks = self._deferred.pop(path, None)
        if hooks is not None:
            self._starting[path] = asyncio.ensure_future(_run_all(hooks))
        starting = self._starting.get(path)
        if starting is not None:
            await asyncio.shield(starting)
        return service


def _path(kind: type[Any]) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


async def _run_all(hooks: Sequence[Hook]) -> None:
    for hook in hooks:
        await hook()
