"""The ports between the core and the outside world, each with its contract.

The core depends only on these protocols; the composition root (:mod:`bot.app`) plugs in the
real implementations (system clock, adapters), tests plug in their own (a clock they move).

The platform seam: a platform's adapter package declares itself as a :class:`Platform` (its
settings section, how its facts map to a role, its room references, its texts) and builds its
:class:`ChatAdapter` from :class:`AdapterPorts`, which hold what it uses and nothing more
(never the app, the runtime, the store or a capability). The adapter hands each message to a
:class:`MessageHandler` and carries out the actions it gets back.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from bot.actions import Action, Delivery
from bot.completions import CompletionSource

if TYPE_CHECKING:
    from bot.commands import Command, Invocation, Option
    from bot.events import Message
    from bot.permissions import Role, RoleRules, RoleScope
    from bot.settings import Settings

T = TypeVar("T")


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
    holds, without I/O. An adapter that is one is registered as its platform's directory when
    the composition root adds it; its :class:`Platform` reads it in ``grants_roles_in``.
    """

    platform: str

    def servers_of(self, room: str) -> frozenset[str]: ...


class MessageHandler(Protocol):
    """What adapters call for every incoming message: the core's entry point."""

    async def handle(self, message: Message) -> list[Action]: ...

    async def claim(self, platform: str, claim_id: str) -> bool:
        """Whether this process answers what the platform delivered as ``claim_id``: always
        with one process; with replicas, true for the first replica to claim it. For what
        must be answered exactly once whatever the core says (a Discord interaction gets
        one response, even a "done"): the adapter claims first and stays silent when it
        lost; :meth:`handle` then runs a message with that ``claim_id`` without claiming it
        again."""
        ...

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
    Adapters subclass it: the core calls :meth:`delivers` and :meth:`connected` on every
    adapter, and their defaults come from here (:meth:`bot.app.App.add_adapter` refuses an
    adapter without them).
    """

    platform: str

    async def start(self, handler: MessageHandler) -> None: ...

    async def perform(self, action: Action) -> Delivery | None: ...

    async def stop(self) -> None: ...

    def delivers(self) -> bool:
        """Whether this process delivers the outbox rows of the platform now. By default
        true: any replica can send; the Matrix adapter of a replica that does not hold the
        sync says false (the room state, direct rooms and offered choices are the syncing
        one's)."""
        return True

    def connected(self) -> bool:
        """Whether the platform can be reached now (``/readyz``). By default true, as for the
        console; an adapter with a session to a server says whether it is up."""
        return True


class CommandCatalog(Protocol):
    """The commands the core answers (:class:`bot.commands.Registry`), read only: what an
    adapter needs to offer them in the platform's own way (slash commands) and to read an
    invocation back into command text."""

    def __iter__(self) -> Iterator[Command]: ...

    def get(self, name: str) -> Command | None: ...

    def parse(self, line: str) -> Invocation | None: ...

    def shown(self, path: Sequence[str], lang: str) -> tuple[str, ...]: ...

    def option_shown(self, name: str, lang: str) -> str: ...

    def value_shown(self, value: str, lang: str) -> str: ...

    def summary(self, path: Sequence[str], command: Command, lang: str) -> str: ...

    def option_help(self, path: Sequence[str], option: Option, lang: str) -> str: ...


class CommandSource(Protocol):
    """What a platform's ``vetbot`` subcommand (``vetbot discord sync``) is given by the
    command line's wiring: ``async with source.commands() as catalog`` holds the commands of the
    bot as configured, set up without starting it (nothing migrated, no background work)."""

    def commands(self) -> AbstractAsyncContextManager[CommandCatalog]: ...


@dataclass(frozen=True, slots=True)
class StreamPosition:
    """Where an adapter is in its platform's event stream: the sync token and the ids of the
    events handled most recently (oldest first); ``memory`` is what else the adapter needs to
    go on (JSON; ``None`` when saving: unchanged, keep what is stored)."""

    token: str | None
    seen: tuple[str, ...] = ()
    memory: Mapping[str, Any] | None = None


class ReplicaPort(Protocol):
    """What an adapter of a replica in a cluster (``[cluster] enabled``) may use: leases, and
    its place in the event stream kept in the database.

    ``lease(name, on_take=…, on_lose=…)`` competes for the named lease from now on; at most one
    replica holds it at a time, and ``on_take``/``on_lose`` run when this one takes it or stops
    holding it. ``release(name)`` stops competing. ``load_position``/``save_position`` read
    and write the position of ``account`` on ``platform``.
    """

    replica_id: str

    async def lease(
        self,
        name: str,
        *,
        on_take: Callable[[], Awaitable[Any]],
        on_lose: Callable[[], Awaitable[Any]],
    ) -> None: ...

    async def release(self, name: str) -> None: ...

    def holds(self, name: str) -> bool: ...

    async def load_position(self, platform: str, account: str) -> StreamPosition | None: ...

    async def save_position(
        self, platform: str, account: str, position: StreamPosition
    ) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class AdapterPorts:
    """What the composition root hands a platform's :meth:`Platform.create`.

    ``section`` is the platform's own ``[name]`` settings and ``permission_keys`` its keys of
    ``[permissions]`` (each an instance of the class its :class:`Platform` declares; read them
    with :meth:`own`); ``bot_name``, ``prefix`` and ``language`` come from ``[bot]``,
    ``data_dir`` is the resolved data directory (an adapter keeps its state below it),
    ``default_room`` is where posts go that name no room (``[prompts] default_room``).
    ``commands`` and ``completions`` are the core's command registry and completion sources,
    read only. The message handler comes with :meth:`ChatAdapter.start`.
    """

    section: object = None
    permission_keys: object = None
    bot_name: str = "vetbot"
    prefix: str = "!"
    language: str = "en"
    data_dir: Path
    default_room: str = ""
    commands: CommandCatalog
    completions: Mapping[str, CompletionSource]
    #: With ``[cluster] enabled`` in a running bot: leases and the shared stream position.
    replica: ReplicaPort | None = None

    def own(self, kind: type[T], *, keys: bool = False) -> T:
        """The platform's section (or, with ``keys``, its ``[permissions]`` keys) as ``kind``;
        ``TypeError`` when the composition root handed something else."""
        value = self.permission_keys if keys else self.section
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value


@dataclass(frozen=True, slots=True)
class CliCommand:
    """A ``vetbot`` subcommand a capability or platform adds: its name and one-line help (what
    ``vetbot --help`` lists, without importing anything), and the module whose
    ``fill(parser)`` gives it its arguments and actions — imported only when the command line
    names it, so a command pays for the code it runs and nothing else."""

    name: str
    help: str
    module: str


@runtime_checkable
class Platform(Protocol):
    """A chat platform as its adapter package declares it to the core.

    Each package ``adapters.<name>`` exposes one as ``PLATFORM``; :mod:`bot.platforms` loads it
    by name. A declaration is pure: it imports no platform library (discord.py, matrix-nio),
    does no I/O and holds no state, so the configuration can be read and checked without them.

    * ``name`` is the platform's name in events, actions, ``platform:id`` user keys, room
      prefixes (``in: name:room``) and ``[bot] adapters``;
    * ``section`` is the dataclass of its ``[name]`` table and ``permission_keys`` the one of
      the keys it adds to ``[permissions]`` (``None``: it has none); both are read like the
      core's sections: typed fields with defaults, ``validate()`` raising
      :class:`~bot.errors.ConfigError` naming the key;
    * ``catalogs`` is the folder of its texts (``<lang>/<domain>.ftl``, as in
      ``bot/locale``), or ``None``;
    * ``operated``: the operator types here (the console). The role a message names is taken
      as given, its sender may post anywhere, nobody posts to its rooms from elsewhere, it
      runs when no platform is configured, and it ends a run when its input ends;
    * ``has_credentials(section)``: configured well enough that ``vetbot run`` starts it
      when ``[bot] adapters`` names none;
    * ``role(message, settings, rules)``: the role the platform facts in ``message`` grant,
      or ``None``. Deny by default: facts count only in the servers and rooms the operator
      configured, never in a direct room. ``rules`` are the own role rules of the network
      whose room the message was written in (:class:`~bot.permissions.RoleRules`, ``None``
      when it has none): where they hold rules of the kind the platform reads, those count
      there in place of ``[permissions]``' (the room is configured by being the network's).
      Listed users are the core's (:mod:`bot.permissions`);
    * ``grants_roles_in(room, settings, directory)``: whether ``room`` (as a user writes it in
      ``in:``) is a place where its roles count; ``directory`` is its running adapter's
      :class:`RoomDirectory`, if any;
    * ``room(word)``: the room id a word names in the platform's own syntax (a channel
      mention, a room id or alias kept as written), or ``None`` for a plain name, which the
      core takes without its ``#``;
    * ``scope(settings)``: where its roles count, for the start-up log;
    * ``room_language(room, settings, directory)``: the language configured for ``room`` (a
      Discord channel's server, a Matrix room), or ``None``; the core falls back to the room's
      network and then to ``[bot] language`` (:func:`bot.readers.reader_of_room`);
    * ``moment(at, style)``: how the platform itself writes a moment (``style`` ``moment`` or
      ``day``) so that each reader's own client shows it in their zone (Discord's
      ``<t:…:f>``), or ``None`` where the core writes it in the reader's language and zone;
    * ``create(ports)`` builds its adapter (importing the platform library only now);
    * ``cli``: its ``vetbot`` subcommands, if any (:class:`CliCommand`).
    """

    @property
    def name(self) -> str: ...

    @property
    def section(self) -> type[Any] | None: ...

    @property
    def permission_keys(self) -> type[Any] | None: ...

    @property
    def catalogs(self) -> Traversable | None: ...

    @property
    def operated(self) -> bool: ...

    def has_credentials(self, section: Any) -> bool: ...

    def role(
        self, message: Message, settings: Settings, rules: RoleRules | None = None
    ) -> Role | None: ...

    def grants_roles_in(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> bool: ...

    def room(self, word: str) -> str | None: ...

    def scope(self, settings: Settings) -> RoleScope: ...

    def room_language(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> str | None: ...

    def moment(self, at: datetime, style: str) -> str | None: ...

    def create(self, ports: AdapterPorts) -> ChatAdapter: ...

    @property
    def cli(self) -> tuple[CliCommand, ...]: ...
