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
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from bot.events import Message
from bot.settings import PermissionSettings, Settings

if TYPE_CHECKING:
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


def listed_role(message: Message, permissions: PermissionSettings) -> Role:
    """The role ``[permissions]`` gives the sender by their user id (valid everywhere)."""
    user_key = f"{message.platform}:{message.sender_id}"
    if user_key in permissions.admin_users:
        return Role.ADMIN
    if user_key in permissions.coordinator_users:
        return Role.COORDINATOR
    return Role.TRAINER


def resolve_role(message: Message, settings: Settings) -> Role:
    """The sender's role: listed by user id, or what their platform's facts grant, whichever
    is higher; on an operator's platform, the role the message names. A platform ``settings``
    does not declare grants nothing but listed roles."""
    configured = settings.platform(message.platform)
    if configured is not None and configured.declaration.operated:
        return configured.declaration.role(message, settings) or Role.TRAINER
    listed = listed_role(message, settings.permissions)
    if configured is None or listed is Role.ADMIN:
        return listed
    granted = configured.declaration.role(message, settings)
    return listed if granted is None else max(listed, granted)


def may_post_in(
    message: Message,
    platform: str,
    room: str,
    *,
    settings: Settings,
    rooms: Mapping[str, RoomDirectory],
) -> bool:
    """Whether the sender of ``message`` may have the bot post in ``room`` on ``platform``.

    The operator (the console) and users listed as coordinator or admin may post anywhere.
    Anyone else holds their role from a platform, so only where platform roles count, as the
    target platform declares it (a listed room; a channel of a configured server, as the
    running adapter knows it from ``rooms``: without it nothing can be checked, so nothing is
    allowed). An operator's rooms are the operator's only.
    """
    origin = settings.platform(message.platform)
    if origin is not None and origin.declaration.operated:
        return True
    if listed_role(message, settings.permissions) >= Role.COORDINATOR:
        return True
    target = settings.platform(platform)
    if target is None or target.declaration.operated:
        return False
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
    if not users and not any(scope.places for scope in scopes.values()):
        settings_named = " / ".join(s.configured_by for s in scopes.values() if s.configured_by)
        log.warning(
            "nobody is a coordinator: no server or room is configured to grant roles and no "
            f"user is listed; set {settings_named or 'where roles count'} or admin_users / "
            "coordinator_users in bot.toml"
        )
