"""Discord as the core sees it (:class:`bot.ports.Platform`): settings, roles, channel syntax.

Roles: a member's Discord roles (names or ids) make them coordinator or admin when listed in
``[permissions] coordinator_roles`` / ``admin_roles`` or in their guild's own lists
(``[discord.guilds."ID"]``), and only in a configured guild (listed in ``[permissions]
discord_guilds`` or given its own table), never in a direct message: anyone can create a
guild of their own where they hold every role. In a guild or channel a network claims whose
``[networks.<id>]`` lists role names of its own, those lists count there instead of
``[permissions]``' (with the guild's own). A coordinator by role may have prompts posted
to channels of configured guilds only, as the running adapter knows which guild holds a
channel. ``<#1234>`` (a channel mention) names channel 1234.

A room's language is its guild's (``[discord.guilds."ID"] language``), the guild as the running
adapter knows it. Moments are written as Discord timestamps (``<t:1764921840:f>``), which each
reader's client shows in their own zone and language; days stay the core's text.

Pure: discord.py is imported only by :meth:`DiscordPlatform.create` and the sync command.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from adapters.discord.settings import DiscordPermissions, DiscordSettings, role_guilds
from bot.numbers import is_number
from bot.permissions import Role, RoleRules, RoleScope
from bot.ports import CliCommand

if TYPE_CHECKING:
    from bot.events import Message
    from bot.ports import AdapterPorts, ChatAdapter, RoomDirectory
    from bot.settings import Settings

NAME = "discord"

# ASCII digits: \d takes any script's.
_CHANNEL_MENTION = re.compile(r"<#([0-9]{5,25})>")


class DiscordPlatform:
    """The declaration of Discord: :data:`PLATFORM`."""

    name = NAME
    section = DiscordSettings
    permission_keys = DiscordPermissions
    catalogs = resources.files("adapters.discord").joinpath("locale")
    operated = False

    def has_credentials(self, section: Any) -> bool:
        return isinstance(section, DiscordSettings) and bool(section.token)

    def _guilds(self, settings: Settings) -> frozenset[str]:
        return role_guilds(
            settings.permission_keys(NAME, DiscordPermissions),
            settings.section(NAME, DiscordSettings),
        )

    def role(
        self, message: Message, settings: Settings, rules: RoleRules | None = None
    ) -> Role | None:
        """Coordinator or admin by a role the member holds in a configured guild, by the
        lists of ``[permissions]`` and the guild's own; in a room of a network with role
        names of its own (``rules``), by the network's lists and the guild's instead."""
        guild_id = message.server_id
        if message.is_direct or guild_id is None or not message.roles:
            return None
        own = rules is not None and rules.names
        if not own and guild_id not in self._guilds(settings):
            return None
        guild = settings.section(NAME, DiscordSettings).guild(guild_id)
        if rules is None or not rules.names:
            permissions = settings.permissions
            rules = RoleRules(
                admin_roles=permissions.admin_roles,
                coordinator_roles=permissions.coordinator_roles,
            )
        return rules.by_names(
            message.roles,
            extra_admin=guild.admin_roles,
            extra_coordinator=guild.coordinator_roles,
        )

    def grants_roles_in(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> bool:
        """A channel (id or name) of a configured guild, as the running adapter knows it."""
        return directory is not None and bool(directory.servers_of(room) & self._guilds(settings))

    def room(self, word: str) -> str | None:
        """A channel mention ``<#1234>`` names channel ``1234``."""
        mention = _CHANNEL_MENTION.fullmatch(word)
        return mention[1] if mention is not None else None

    def scope(self, settings: Settings) -> RoleScope:
        guilds = self._guilds(settings)
        return RoleScope(
            places=guilds,
            configured_by="[permissions] discord_guilds",
            ignored=tuple(sorted(g for g in guilds if not is_number(g, max_digits=25))),
            ignored_warning=(
                "[permissions] discord_guilds holds entries that are not guild ids; "
                "they grant nothing"
            ),
        )

    def room_language(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> str | None:
        """The language of the guild that holds channel ``room``, as the running adapter
        knows it (``None`` without one, or when the guild has none)."""
        if directory is None:
            return None
        section = settings.section(NAME, DiscordSettings)
        for guild_id in sorted(directory.servers_of(room)):
            language = section.guild(guild_id).language
            if language:
                return language
        return None

    def moment(self, at: datetime, style: str) -> str | None:
        """A moment as a Discord timestamp, ``<t:UNIX:f>``, which each reader's client shows
        in their own zone. A day (``style`` ``day``: a pause's last day, the day a tool was
        added) is a date on the calendar, not an instant a client should move into its zone:
        the core writes it."""
        if style == "day":
            return None
        aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
        return f"<t:{int(aware.timestamp())}:f>"

    def create(self, ports: AdapterPorts) -> ChatAdapter:
        """The adapter, configured from ``[discord]``; it also tells the core which guild a
        channel belongs to (it is a :class:`~bot.ports.RoomDirectory`)."""
        from adapters.discord.adapter import DiscordAdapter

        section = ports.own(DiscordSettings)
        return DiscordAdapter(
            settings=section,
            role_guilds=role_guilds(ports.own(DiscordPermissions, keys=True), section),
            prefix=ports.prefix,
            language=ports.language,
            default_room=ports.default_room,
            commands=ports.commands,
            completions=ports.completions,
        )

    #: ``vetbot discord sync [--guild ID]``.
    cli: tuple[CliCommand, ...] = (
        CliCommand("discord", "Discord: register the slash commands", "adapters.discord.cli"),
    )


#: The declaration :mod:`bot.platforms` loads.
PLATFORM = DiscordPlatform()
