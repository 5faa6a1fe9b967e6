"""The Discord adapter's settings: its ``[discord]`` table and its keys of ``[permissions]``.

Declared by :data:`adapters.discord.PLATFORM` and read by the core's settings loader like the
core's own sections (errors name the key and the file). Pure: no discord.py here, so the
configuration is checked without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.errors import ConfigError
from bot.numbers import is_number
from bot.settings import check_catalog_language, check_country, check_url


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscordGuildSettings:
    """``[discord.guilds."GUILD_ID"]``: defaults for one Discord server.

    ``language`` (a shipped catalog's code) is what the guild's members read unless they chose
    their own, and with ``country`` (ISO 3166-1 alpha-2, upper case) the hints messages from
    that guild carry for ranking results; ``prompt_channel`` (a channel
    id, or a channel name) is where prompts go that name no channel of their own.
    ``coordinator_roles`` / ``admin_roles`` (role names or ids) count in that guild only, in
    addition to the lists in ``[permissions]``. Having a table makes the guild a configured
    one, where roles count (see :mod:`adapters.discord.platform`), as listing it in
    ``[permissions] discord_guilds`` does.
    """

    language: str = ""
    country: str = ""
    prompt_channel: str = ""
    coordinator_roles: tuple[str, ...] = ()
    admin_roles: tuple[str, ...] = ()


_GUILD_TEXT_KEYS = ("language", "country", "prompt_channel")
_GUILD_LIST_KEYS = ("coordinator_roles", "admin_roles")
_GUILD_KEYS = _GUILD_TEXT_KEYS + _GUILD_LIST_KEYS


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscordSettings:
    token: str = ""
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = ""
    application_id: str = ""
    message_content: bool = True
    #: Shards (Discord's split of a bot's servers between sessions): ``shard_count`` in all,
    #: 0 for none; ``shard_ids`` those this process runs (empty: every one).
    shard_count: int = 0
    shard_ids: tuple[int, ...] = ()
    guilds: Mapping[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        if not 0 <= self.shard_count <= 1000:
            raise ConfigError("must be 0 (no shards) to 1000", key="shard_count")
        if self.shard_ids and not self.shard_count:
            raise ConfigError("needs shard_count, the number of shards in all", key="shard_ids")
        for shard in self.shard_ids:
            if not 0 <= shard < self.shard_count:
                raise ConfigError(
                    f"must be shard numbers from 0 to {self.shard_count - 1}, got {shard}",
                    key="shard_ids",
                )
        if len(set(self.shard_ids)) != len(self.shard_ids):
            raise ConfigError("lists a shard twice", key="shard_ids")
        check_url("api_base", self.api_base, ("https", "http"), "https://discord.com/api/v10")
        if self.gateway_url:
            check_url("gateway_url", self.gateway_url, ("wss", "ws"), "wss://gateway.discord.gg")
        if self.application_id and not is_number(self.application_id, max_digits=25):
            raise ConfigError("must be the numeric application id (or empty)", key="application_id")
        for guild_id in self.guilds:
            self.guild(guild_id)

    def guild(self, guild_id: str | None) -> DiscordGuildSettings:
        """The validated settings of one guild (defaults when it has no table)."""
        raw = self.guilds.get(guild_id) if guild_id else None
        if raw is None:
            return DiscordGuildSettings()
        where = f"guilds.{guild_id}"
        if not is_number(str(guild_id), max_digits=25):
            raise ConfigError("guild keys must be numeric guild ids", key=where)
        if not isinstance(raw, Mapping):
            raise ConfigError("expected a table", key=where)
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in _GUILD_KEYS:
                raise ConfigError(f"unknown key (choose from {', '.join(_GUILD_KEYS)})", key=where)
            if key in _GUILD_LIST_KEYS:
                values[key] = _role_list(value, key=f"{where}.{key}")
            elif isinstance(value, str):
                values[key] = value
            else:
                raise ConfigError(f"expected a string, got {value!r}", key=f"{where}.{key}")
        guild = DiscordGuildSettings(**values)
        if guild.language:
            check_catalog_language(f"{where}.language", guild.language)
        if guild.country and guild.country != guild.country.upper():
            raise ConfigError(
                "must be a two-letter country code in capitals such as 'AT'",
                key=f"{where}.country",
            )
        if guild.country:
            check_country(f"{where}.country", guild.country)
        if guild.prompt_channel.startswith("#") or any(c.isspace() for c in guild.prompt_channel):
            raise ConfigError(
                "must be a channel id or a channel name without '#' and spaces",
                key=f"{where}.prompt_channel",
            )
        return guild


def _role_list(value: Any, *, key: str) -> tuple[str, ...]:
    """A guild's list of role names or ids (a TOML array of strings; ids may be numbers)."""
    if not isinstance(value, list | tuple):
        raise ConfigError(f"expected a list of role names or ids, got {value!r}", key=key)
    roles: list[str] = []
    for item in value:
        # A role id written without quotes arrives as an integer; bool is an int too.
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(f"expected role names or ids, got {item!r}", key=key)
        roles.append(item.strip())
    return tuple(roles)


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscordPermissions:
    """The keys Discord adds to ``[permissions]``: ``discord_guilds``, the guilds (server ids)
    where Discord roles count, besides those with their own ``[discord.guilds."ID"]`` table."""

    discord_guilds: tuple[str, ...] = ()


def role_guilds(keys: DiscordPermissions, section: DiscordSettings) -> frozenset[str]:
    """The guilds whose roles count: those listed in ``[permissions] discord_guilds`` and
    those given their own table."""
    return frozenset(keys.discord_guilds) | frozenset(str(g) for g in section.guilds)
