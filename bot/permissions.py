"""Roles and how platform facts map to them.

Roles are ordered for commands that need a minimum: ``trainer`` (everyone) < ``coordinator``
< ``admin``. Mentor and peer-expert are opt-in roles that come from a person's profile, not from
the platform; commands for them check the profile themselves.

Mapping (from ``[permissions]`` in ``bot.toml``): a user id listed in ``admin_users`` /
``coordinator_users`` (written ``platform:id``, e.g. ``discord:1234`` or
``matrix:@ana:example.org``); a platform role name or id listed in ``admin_roles`` /
``coordinator_roles`` (Discord roles), or in the same lists of the guild's own table
``[discord.guilds."GUILD_ID"]`` (those count in that guild only); a Matrix power level at or
above ``admin_power_level`` / ``coordinator_power_level``. The console is run by the operator,
so the role chosen there (``--role``) is taken as given.

Deny by default: roles and power levels are facts of one guild or room, which anyone can
create, so they count only where the operator configured them (:class:`RoleScope`): in the
Discord guilds listed in ``discord_guilds`` or given their own ``[discord.guilds."ID"]``
table, and in the Matrix rooms listed in ``matrix_rooms`` — never in a direct room, where the
other person holds every power. With none configured, no platform role counts. User ids listed
in the settings count everywhere. The same scope bounds where a coordinator may post
(:func:`may_post_in`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from bot.events import Message
from bot.settings import DiscordSettings, PermissionSettings, Settings

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


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleScope:
    """Where platform roles and power levels count: the configured guilds and rooms."""

    discord_guilds: frozenset[str] = frozenset()
    matrix_rooms: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, permissions: PermissionSettings, discord: DiscordSettings | None = None
    ) -> RoleScope:
        """``discord_guilds`` and the guilds with their own table; ``matrix_rooms``."""
        guilds = set(permissions.discord_guilds)
        if discord is not None:
            guilds.update(str(guild_id) for guild_id in discord.guilds)
        return cls(
            discord_guilds=frozenset(guilds), matrix_rooms=frozenset(permissions.matrix_rooms)
        )

    def counts_in(self, message: Message) -> bool:
        """Whether the roles / power level ``message`` carries may grant a role."""
        if message.is_direct:
            return False
        if message.platform == "discord":
            return message.guild_id is not None and message.guild_id in self.discord_guilds
        if message.platform == "matrix":
            return message.room_id in self.matrix_rooms
        return False


def listed_role(message: Message, settings: PermissionSettings) -> Role:
    """The role the settings give the sender by their user id (valid everywhere); on the
    console, the role the operator chose."""
    if message.platform == "console":
        best = Role.TRAINER
        for name in message.roles:
            try:
                best = max(best, Role.parse(name))
            except KeyError:
                continue
        return best
    user_key = f"{message.platform}:{message.sender_id}"
    if user_key in settings.admin_users:
        return Role.ADMIN
    if user_key in settings.coordinator_users:
        return Role.COORDINATOR
    return Role.TRAINER


def resolve_role(
    message: Message, settings: PermissionSettings, *, discord: DiscordSettings | None = None
) -> Role:
    """The highest role the platform facts in ``message`` map to.

    ``discord`` (the ``[discord]`` settings) adds the role lists of the guild the message came
    from to the global ones, and makes guilds with their own table count as configured;
    without it only ``[permissions]`` counts.
    """
    listed = listed_role(message, settings)
    if message.platform == "console" or listed is Role.ADMIN:
        return listed
    if not RoleScope.of(settings, discord).counts_in(message):
        return listed
    roles = {r.casefold() for r in message.roles}
    level = message.power_level
    admin_roles, coordinator_roles = settings.admin_roles, settings.coordinator_roles
    if roles and discord is not None and message.platform == "discord" and message.guild_id:
        guild = discord.guild(message.guild_id)
        admin_roles += guild.admin_roles
        coordinator_roles += guild.coordinator_roles
    if roles & {r.casefold() for r in admin_roles} or (
        level is not None and level >= settings.admin_power_level
    ):
        return Role.ADMIN
    if roles & {r.casefold() for r in coordinator_roles} or (
        level is not None and level >= settings.coordinator_power_level
    ):
        return Role.COORDINATOR
    return listed


def may_post_in(
    message: Message,
    platform: str,
    room: str,
    *,
    settings: Settings,
    rooms: Mapping[str, RoomDirectory],
) -> bool:
    """Whether the sender of ``message`` may have the bot post in ``room`` on ``platform``.

    The console's operator and users listed as coordinator or admin may post anywhere. Anyone
    else holds their role from a platform, so only where platform roles count: a Matrix room
    listed in ``matrix_rooms`` (by its room id), a Discord channel (id or name) of a configured
    guild, as the running Discord adapter knows it (``rooms``; without it nothing can be
    checked, so nothing is allowed). Console rooms are the console's only.
    """
    if message.platform == "console":
        return True
    if listed_role(message, settings.permissions) >= Role.COORDINATOR:
        return True
    scope = RoleScope.of(settings.permissions, settings.discord)
    if platform == "matrix":
        return room in scope.matrix_rooms
    if platform == "discord":
        directory = rooms.get("discord")
        return directory is not None and bool(directory.servers_of(room) & scope.discord_guilds)
    return False


def log_scope(settings: Settings, log: logging.Logger) -> None:
    """Say at start where platform roles count, and warn when nobody can be a coordinator."""
    platforms = [p for p in settings.enabled_adapters if p in ("discord", "matrix")]
    if not platforms:
        return
    perms = settings.permissions
    scope = RoleScope.of(perms, settings.discord)
    granting = {
        "discord": sorted(scope.discord_guilds),
        "matrix": sorted(scope.matrix_rooms),
    }
    for platform in platforms:
        where = granting[platform]
        log.info(
            "platform roles count only in the configured places",
            extra={"platform": platform, "count": len(where), "where": ",".join(where) or "none"},
        )
    bad_guilds = [g for g in scope.discord_guilds if not g.isdigit()]
    bad_rooms = [r for r in scope.matrix_rooms if not (r.startswith("!") and ":" in r)]
    if "discord" in platforms and bad_guilds:
        log.warning(
            "[permissions] discord_guilds holds entries that are not guild ids; they grant nothing",
            extra={"entries": ",".join(bad_guilds)},
        )
    if "matrix" in platforms and bad_rooms:
        log.warning(
            "[permissions] matrix_rooms holds entries that are not room ids (!id:server); "
            "they grant nothing",
            extra={"entries": ",".join(bad_rooms)},
        )
    users = [u for u in perms.admin_users + perms.coordinator_users if u.split(":")[0] in platforms]
    if not users and not any(granting[p] for p in platforms):
        log.warning(
            "nobody is a coordinator: no Discord server or Matrix room is configured to grant "
            "roles and no user is listed; set [permissions] discord_guilds / matrix_rooms or "
            "admin_users / coordinator_users in bot.toml"
        )
