"""Roles, and how a message's sender gets one.

Roles are ordered for commands that need a minimum: ``trainer`` (everyone) < ``coordinator``
< ``admin``. Mentor and peer-expert are opt-in roles that come from a person's profile, not from
the platform; commands for them check the profile themselves.

A sender's role is the higher of two (:func:`resolve_role`): the one ``[permissions]`` gives
their user id (``admin_users`` / ``coordinator_users``, written ``platform:id``; valid on that
platform everywhere), and the one the facts their platform gives with the message grant, as
that platform declares (:meth:`bot.ports.Platform.role`: role names or ids listed in
``admin_roles`` / ``coordinator_roles`` or in a server's own lists, a power level at or above
a threshold). A platform the operator types at (the console) is taken at its word: the role
chosen there is the role.

Deny by default: platform roles and levels are facts of one server or room, which anyone can
create, so each platform lets them count only where the operator configured it (the servers and
rooms its settings list), never in a direct room, where the other person holds every power.
With none configured, no platform role counts. The same places bound where a coordinator may
have the bot post (:func:`may_post_in`), and the start-up log says where they are
(:func:`log_scope`).

A network may carry role rules of its own (:class:`RoleRules`, from ``[networks.<id>]``):
they count in the rooms and servers that network claims, and only there, in place of
``[permissions]``' rules of the same kind (role names; power levels). Claiming a place is
configuring it, so a network's rules count in its rooms without ``discord_guilds`` or
``matrix_rooms``; a rule of network AT never counts in a room of network FR.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from bot.events import Message
from bot.settings import NetworkSettings, PermissionSettings, Settings

if TYPE_CHECKING:
    from bot.networks import Networks
    from bot.ports import RoomDirectory


class Role(IntEnum):
    """A command's minimum role; higher includes lower."""

    TRAINER = 0
    COORDINATOR = 20
    ADMIN = 30

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Role:
        """The role named ``name``; mentor and expert count as trainer for command gating."""
        low = name.strip().lower()
        if low in ("mentor", "expert"):
            return cls.TRAINER
        return cls[low.upper()]

    @classmethod
    def best_of(cls, names: frozenset[str]) -> Role:
        """The highest role among ``names`` (unknown names count for nothing)."""
        best = cls.TRAINER
        for name in names:
            try:
                best = max(best, cls.parse(name))
            except KeyError:
                continue
        return best


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleScope:
    """Where one platform's roles count, as its declaration reads its settings.

    ``places`` are the configured servers or rooms (ids); ``configured_by`` names the setting
    that lists them (``[permissions] discord_guilds``); ``ignored`` are entries of it that can
    grant nothing (not ids), with ``ignored_warning`` saying so in the log.
    """

    places: frozenset[str] = frozenset()
    configured_by: str = ""
    ignored: tuple[str, ...] = ()
    ignored_warning: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleRules:
    """One network's own role rules, for a message written in one of its rooms.

    ``admin_roles`` / ``coordinator_roles`` are platform role names or ids (compared without
    case); ``admin_power_level`` / ``coordinator_power_level`` power levels, 0 meaning none.
    A platform reads the kind it knows (:meth:`bot.ports.Platform.role`): where the network
    has rules of that kind they replace ``[permissions]``' in its rooms, else those count.
    """

    admin_roles: tuple[str, ...] = ()
    coordinator_roles: tuple[str, ...] = ()
    admin_power_level: int = 0
    coordinator_power_level: int = 0

    @classmethod
    def of(cls, network: NetworkSettings) -> RoleRules | None:
        """The network's own rules, or ``None`` when it has none."""
        if not network.own_roles:
            return None
        return cls(
            admin_roles=network.admin_roles,
            coordinator_roles=network.coordinator_roles,
            admin_power_level=network.admin_power_level,
            coordinator_power_level=network.coordinator_power_level,
        )

    @property
    def names(self) -> bool:
        """Whether there are role names (so ``[permissions]``' names do not count here)."""
        return bool(self.admin_roles or self.coordinator_roles)

    @property
    def levels(self) -> bool:
        """Whether there are power levels (so ``[permissions]``' levels do not count here)."""
        return bool(self.admin_power_level or self.coordinator_power_level)

    def by_names(
        self,
        held: frozenset[str],
        *,
        extra_admin: tuple[str, ...] = (),
        extra_coordinator: tuple[str, ...] = (),
    ) -> Role | None:
        """The role the names ``held`` grant (with a server's own lists ``extra_…``)."""
        roles = {r.casefold() for r in held}
        if roles & {r.casefold() for r in (*self.admin_roles, *extra_admin)}:
            return Role.ADMIN
        if roles & {r.casefold() for r in (*self.coordinator_roles, *extra_coordinator)}:
            return Role.COORDINATOR
        return None

    def by_level(self, level: int) -> Role | None:
        """The role power level ``level`` grants (a threshold of 0 grants nothing)."""
        if self.admin_power_level and level >= self.admin_power_level:
            return Role.ADMIN
        if self.coordinator_power_level and level >= self.coordinator_power_level:
            return Role.COORDINATOR
        return None


def listed_role(message: Message, permissions: PermissionSettings) -> Role:
    """The role ``[permissions]`` gives the sender by their user id (valid everywhere)."""
    user_key = f"{message.platform}:{message.sender_id}"
    if user_key in permissions.admin_users:
        return Role.ADMIN
    if user_key in permissions.coordinator_users:
        return Role.COORDINATOR
    return Role.TRAINER


def resolve_role(message: Message, settings: Settings, rules: RoleRules | None = None) -> Role:
    """The sender's role: listed by user id, or what their platform's facts grant, whichever
    is higher; on an operator's platform, the role the message names. A platform ``settings``
    does not declare grants nothing but listed roles. ``rules`` are the own rules of the
    network whose room the message was written in, if it has any
    (:meth:`bot.networks.Networks.rules_of`)."""
    configured = settings.platform(message.platform)
    if configured is not None and configured.declaration.operated:
        return configured.declaration.role(message, settings) or Role.TRAINER
    listed = listed_role(message, settings.permissions)
    if configured is None or listed is Role.ADMIN:
        return listed
    granted = configured.declaration.role(message, settings, rules)
    return listed if granted is None else max(listed, granted)


def may_post_in(
    message: Message,
    platform: str,
    room: str,
    *,
    settings: Settings,
    rooms: Mapping[str, RoomDirectory],
    networks: Networks | None = None,
) -> bool:
    """Whether the sender of ``message`` may have the bot post in ``room`` on ``platform``.

    The operator (the console) and users listed as coordinator or admin may post anywhere.
    Anyone else holds their role from a platform, so only where platform roles count, as the
    target platform declares it (a listed room; a channel of a configured server, as the
    running adapter knows it from ``rooms``: without it nothing can be checked, so nothing is
    allowed), or a room of a network of ``networks`` that has role rules of its own (which
    network the sender may reach is the scope's to say). An operator's rooms are the
    operator's only.
    """
    origin = settings.platform(message.platform)
    if origin is not None and origin.declaration.operated:
        return True
    if listed_role(message, settings.permissions) >= Role.COORDINATOR:
        return True
    target = settings.platform(platform)
    if target is None or target.declaration.operated:
        return False
    if networks is not None and networks.rules_of_room(platform, room) is not None:
        return True
    return target.declaration.grants_roles_in(room, settings, rooms.get(platform))


def log_scope(settings: Settings, log: logging.Logger) -> None:
    """Say at start where platform roles count, and warn when nobody can be a coordinator."""
    scopes: dict[str, RoleScope] = {}
    for name in settings.enabled_adapters:
        configured = settings.platform(name)
        if configured is not None and not configured.declaration.operated:
            scopes[name] = configured.declaration.scope(settings)
    if not scopes:
        return
    for platform, scope in scopes.items():
        where = sorted(scope.places)
        log.info(
            "platform roles count only in the configured places",
            extra={"platform": platform, "count": len(where), "where": ",".join(where) or "none"},
        )
    for scope in scopes.values():
        if scope.ignored:
            log.warning(scope.ignored_warning, extra={"entries": ",".join(scope.ignored)})
    perms = settings.permissions
    users = [u for u in perms.admin_users + perms.coordinator_users if u.split(":")[0] in scopes]
    own = [
        place
        for network in settings.networks.values()
        if network.own_roles
        for place in (*network.servers, *network.rooms)
        if place.split(":")[0] in scopes
    ]
    if own:
        log.info(
            "networks' own role rules count in their rooms and servers",
            extra={"count": len(own), "where": ",".join(sorted(own))},
        )
    if not users and not own and not any(scope.places for scope in scopes.values()):
        settings_named = " / ".join(s.configured_by for s in scopes.values() if s.configured_by)
        log.warning(
            "nobody is a coordinator: no server or room is configured to grant roles and no "
            f"user is listed; set {settings_named or 'where roles count'} or admin_users / "
            "coordinator_users in bot.toml"
        )
