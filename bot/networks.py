"""Networks: which network a room belongs to, and which networks a coordinator acts in.

One bot may serve several national, sectoral and European networks (``[networks.<id>]`` in
``bot.toml``, :class:`bot.settings.NetworkSettings`). A room belongs to the network that lists
it, or lists its server; a room no network claims belongs to the default network
(:data:`~bot.settings.DEFAULT_NETWORK`). Without any ``[networks]`` there is one community and
everyone's :class:`Scope` is every network: the bot behaves as it did before networks.

Who acts in which network (:meth:`Networks.scope_of`):

- a user a network lists among its ``coordinators`` or ``admins`` acts in that network;
- a role the platform grants where the message was written (a Discord role in a configured
  server, a Matrix power level, the console's chosen role) makes its holder act in the
  network of that room, and only there (never in a direct room, where no platform role
  counts). A network's own role rules (:meth:`Networks.rules_of`) are the ones that count in
  its rooms, so a rule of AT never makes anyone a coordinator in FR's rooms;
- ``[permissions] admin_users``, an admin of a European-level network (``country = "EU"``)
  and an admin at the console act in every network;
- ``[permissions] coordinator_users`` keep their role but, once networks are configured, act
  only where a network names them: a coordinator of no network is refused every
  coordinator's command (:func:`refuse_no_network`).

Every refusal goes to the audit log (``network.refused``) in its own transaction, since the
change it refused is never made (:func:`refuse`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, NoReturn

from bot.errors import PermissionDenied
from bot.permissions import Role, RoleRules
from bot.settings import DEFAULT_NETWORK, NetworkSettings, Settings

if TYPE_CHECKING:
    from bot.actors import Actor
    from bot.events import Message
    from bot.ports import RoomDirectory
    from bot.store import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """The networks someone acts in as a coordinator; ``every``: all of them."""

    networks: frozenset[str] = frozenset()
    every: bool = False

    def covers(self, network: str) -> bool:
        return self.every or network in self.networks

    def covers_all(self, networks: Iterable[str]) -> bool:
        return self.every or all(n in self.networks for n in networks)

    @property
    def only(self) -> frozenset[str] | None:
        """The networks to read from (``None``: every one), for a query's filter."""
        return None if self.every else self.networks

    @property
    def empty(self) -> bool:
        return not self.every and not self.networks

    def label(self) -> str:
        """The networks by id, for a reply or the audit log (``*`` for every one)."""
        return "*" if self.every else ", ".join(sorted(self.networks))


#: The scope of the operator, of a single-community install and of the command line.
EVERY = Scope(every=True)


class Networks:
    """The configured networks, and the rooms and servers each claims.

    ``rooms`` are the running adapters that know which server a room belongs to (by platform,
    :attr:`bot.runtime.Runtime.rooms`, filled as adapters start): a Discord channel named in
    ``in:`` belongs to the network of its server. :meth:`update` replaces the networks (the
    ones stored with ``vetbot network add``), so a running bot picks changes up.
    """

    def __init__(
        self,
        networks: Mapping[str, NetworkSettings],
        *,
        rooms: Mapping[str, RoomDirectory] | None = None,
    ) -> None:
        self._rooms: Mapping[str, RoomDirectory] = rooms if rooms is not None else {}
        self._networks: dict[str, NetworkSettings] = {}
        self._places: dict[str, str] = {}
        self._channels: dict[str, str] = {}
        self.update(networks)

    def update(self, networks: Mapping[str, NetworkSettings]) -> None:
        """Serve ``networks`` from now on (each checked already: a place claimed once)."""
        self._networks = dict(networks)
        self._places = {
            entry: network_id
            for network_id, network in networks.items()
            for entry in (*network.servers, *network.rooms)
        }
        # A network's prompt channel is its own room unless a network claims it (as a room,
        # or its server): asked last, so it never takes a room from another network.
        self._channels = {
            network.prompt_channel: network_id
            for network_id, network in sorted(networks.items(), reverse=True)
            if network.prompt_channel
        }

    @property
    def configured(self) -> bool:
        """Whether any network is configured (else one community, as before networks)."""
        return bool(self._networks)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self._networks))

    def get(self, network_id: str) -> NetworkSettings | None:
        return self._networks.get(network_id)

    def items(self) -> tuple[tuple[str, NetworkSettings], ...]:
        return tuple(sorted(self._networks.items()))

    def directory(self, platform: str) -> RoomDirectory | None:
        """The running adapter of ``platform`` that knows where its rooms are, if any."""
        return self._rooms.get(platform)

    # --- where a room belongs ----------------------------------------------------------------
    def of_room(self, platform: str, room_id: str, server_id: str | None = None) -> str:
        """The network of room ``room_id`` (in server ``server_id``, when the platform groups
        rooms so); else the network whose prompt channel it is; the default network when none
        claims it."""
        found = self._places.get(f"{platform}:{room_id}")
        if found is None and server_id:
            found = self._places.get(f"{platform}:{server_id}")
        if found is None and server_id is None:
            directory = self._rooms.get(platform)
            servers = directory.servers_of(room_id) if directory is not None else frozenset()
            for server in sorted(servers):
                found = self._places.get(f"{platform}:{server}")
                if found is not None:
                    break
        return found or self._channels.get(f"{platform}:{room_id}") or DEFAULT_NETWORK

    def of_message(self, message: Message) -> str:
        """The network of the room ``message`` was written in."""
        return self.of_room(message.platform, message.room_id, message.server_id or "")

    # --- whose role rules count where --------------------------------------------------------
    def rules_of(self, message: Message) -> RoleRules | None:
        """The own role rules of the network whose room ``message`` was written in (``None``:
        a direct room, a room of no network, a network without rules of its own)."""
        if message.is_direct:
            return None
        network = self._networks.get(self.of_message(message))
        return None if network is None else RoleRules.of(network)

    def rules_of_room(self, platform: str, room_id: str) -> RoleRules | None:
        """The own role rules of the network of room ``room_id`` (as ``in:`` names it)."""
        network = self._networks.get(self.of_room(platform, room_id))
        return None if network is None else RoleRules.of(network)

    # --- where a coordinator's prompts go ----------------------------------------------------
    def prompt_channel_for(self, message: Message, scope: Scope) -> tuple[str, str] | None:
        """The network and its prompt channel (``platform:room``) where a prompt goes that
        names no room: the network of the room the command was typed in, when the sender
        acts in it, else the one network they act in; ``None`` when neither has one."""
        if not self.configured:
            return None
        chosen: str | None = None
        here = None if message.is_direct else self.of_message(message)
        if here in self._networks and scope.covers(here):
            chosen = here
        elif not scope.every and len(scope.networks) == 1:
            [chosen] = scope.networks
        network = self._networks.get(chosen) if chosen is not None else None
        if chosen is None or network is None or not network.prompt_channel:
            return None
        return chosen, network.prompt_channel

    # --- who acts where ----------------------------------------------------------------------
    def listed_role(self, message: Message, settings: Settings) -> Role:
        """The role a network's lists give the sender (admin, coordinator; else trainer):
        valid everywhere, as ``[permissions]``' lists are, and bounded by :meth:`scope_of`.
        On an operator's platform the role chosen there stands alone, as before networks."""
        user = f"{message.platform}:{message.sender_id}"
        configured = settings.platform(message.platform)
        if configured is not None and configured.declaration.operated:
            return Role.TRAINER
        best = Role.TRAINER
        for network in self._networks.values():
            if user in network.admins:
                return Role.ADMIN
            if user in network.coordinators:
                best = Role.COORDINATOR
        return best

    def scope_of(self, message: Message, role: Role, settings: Settings) -> Scope:
        """The networks the sender of ``message`` (holding ``role``) acts in as a coordinator."""
        if not self.configured:
            return EVERY
        if role < Role.COORDINATOR:
            return Scope()
        user = f"{message.platform}:{message.sender_id}"
        if user in settings.permissions.admin_users:
            return EVERY
        mine: set[str] = set()
        for network_id, network in self._networks.items():
            if user in network.admins and network.european:
                return EVERY
            if user in network.coordinators or user in network.admins:
                mine.add(network_id)
        configured = settings.platform(message.platform)
        if configured is not None and not message.is_direct:
            declaration = configured.declaration
            granted = declaration.role(message, settings, self.rules_of(message))
            if granted is not None and granted >= Role.COORDINATOR:
                if declaration.operated and granted >= Role.ADMIN:
                    return EVERY
                here = self.of_message(message)
                home = self._networks.get(here)
                if granted >= Role.ADMIN and home is not None and home.european:
                    return EVERY
                mine.add(here)
        return Scope(networks=frozenset(mine))


def networks_of(settings: Settings, rooms: Mapping[str, RoomDirectory] | None = None) -> Networks:
    """The networks ``settings`` configure."""
    return Networks(settings.networks, rooms=rooms)


async def refuse(
    store: Store,
    actor: Actor,
    now: datetime,
    *,
    action: str,
    target: str,
    network: str,
) -> NoReturn:
    """Audit-log that ``actor`` was refused ``action`` on ``target`` of ``network``, and raise
    the refusal (the change it refused is never made, so the entry has its own transaction)."""
    from bot.store.people import audit_by

    async with store.session() as session:
        await audit_by(
            session,
            actor,
            at=now,
            action="network.refused",
            target=target,
            detail={"attempted": action, "network": network, "scope": actor.scope.label()},
        )
    if actor.scope.empty:
        raise PermissionDenied.keyed("networks.no_network")
    raise PermissionDenied.keyed("networks.refused", network=network, mine=actor.scope.label())


def within(actor: Actor | None) -> frozenset[str] | None:
    """The networks ``actor`` may read from (``None``: every one; so for no actor, the
    command line)."""
    return None if actor is None else actor.scope.only


async def check_scope(
    store: Store,
    actor: Actor,
    now: datetime,
    networks: Iterable[str],
    *,
    action: str,
    target: str,
) -> None:
    """Refuse (and audit) ``action`` on ``target`` unless ``actor`` acts in every one of
    ``networks`` (those of the rooms or records it touches)."""
    outside = sorted({n for n in networks if not actor.scope.covers(n)})
    if outside:
        await refuse(store, actor, now, action=action, target=target, network=", ".join(outside))
