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

Roles and power levels are facts of one guild or room, which anyone can create: they count only
in the guilds listed in ``discord_guilds`` / rooms listed in ``matrix_rooms`` (when those lists
are empty: everywhere, but never in a direct room, where the other person holds every power).
User ids listed in the settings count everywhere.
"""

from __future__ import annotations

from enum import IntEnum

from bot.events import Message
from bot.settings import DiscordSettings, PermissionSettings


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


def resolve_role(
    message: Message, settings: PermissionSettings, *, discord: DiscordSettings | None = None
) -> Role:
    """The highest role the platform facts in ``message`` map to.

    ``discord`` (the ``[discord]`` settings) adds the role lists of the guild the message came
    from to the global ones; without it only ``[permissions]`` counts.
    """
    if message.platform == "console":
        best = Role.TRAINER
        for name in message.roles:
            try:
                best = max(best, Role.parse(name))
            except KeyError:
                continue
        return best
    user_key = f"{message.platform}:{message.sender_id}"
    trusted = _platform_facts_count(message, settings)
    roles = {r.casefold() for r in message.roles} if trusted else set()
    level = message.power_level if trusted else None
    admin_roles, coordinator_roles = settings.admin_roles, settings.coordinator_roles
    if roles and discord is not None and message.platform == "discord" and message.guild_id:
        guild = discord.guild(message.guild_id)
        admin_roles += guild.admin_roles
        coordinator_roles += guild.coordinator_roles
    if (
        user_key in settings.admin_users
        or roles & {r.casefold() for r in admin_roles}
        or (level is not None and level >= settings.admin_power_level)
    ):
        return Role.ADMIN
    if (
        user_key in settings.coordinator_users
        or roles & {r.casefold() for r in coordinator_roles}
        or (level is not None and level >= settings.coordinator_power_level)
    ):
        return Role.COORDINATOR
    return Role.TRAINER


def _platform_facts_count(message: Message, settings: PermissionSettings) -> bool:
    """Whether this guild's roles / this room's power levels may grant roles."""
    if message.is_direct:
        return False
    if message.platform == "discord" and settings.discord_guilds:
        return message.guild_id in settings.discord_guilds
    if message.platform == "matrix" and settings.matrix_rooms:
        return message.room_id in settings.matrix_rooms
    return True
