"""Registering the slash commands generated from the registry (``vetbot discord sync``).

Global commands can take a while to appear in every client; registering them for one guild
(``--guild``) is immediate, which is what to use while trying a bot out. Each run overwrites the
whole set (Discord's bulk overwrite), so removed commands disappear and ids of kept ones stay.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
import discord.http

from adapters.discord.settings import DiscordSettings
from adapters.discord.slash import command_payloads
from bot.errors import ConfigError
from bot.numbers import is_number
from bot.ports import CommandCatalog
from bot.settings import Settings

log = logging.getLogger(__name__)


async def sync_commands(
    settings: Settings, registry: CommandCatalog, *, guild_id: str | None = None
) -> list[dict[str, Any]]:
    """Overwrite the application's commands (global, or of one guild); returns what Discord
    answered (the commands with their ids)."""
    config = settings.section("discord", DiscordSettings)
    if not config.token:
        raise ConfigError("no Discord bot token (set VETBOT_DISCORD_TOKEN)", key="discord.token")
    if guild_id is not None and not is_number(guild_id, max_digits=25):
        raise ConfigError(f"not a guild id: {guild_id!r}", key="--guild")
    payload = command_payloads(registry)
    previous = discord.http.Route.BASE
    discord.http.Route.BASE = config.api_base.rstrip("/")
    client = discord.Client(intents=discord.Intents.none())
    try:
        try:
            await client.login(config.token)
        except discord.LoginFailure as exc:
            raise ConfigError("Discord refused the bot token", key="discord.token") from exc
        application_id = int(config.application_id or client.application_id or 0)
        if not application_id:
            raise ConfigError("application id unknown; set it", key="discord.application_id")
        if guild_id is None:
            answer = await client.http.bulk_upsert_global_commands(application_id, payload)
        else:
            answer = await client.http.bulk_upsert_guild_commands(
                application_id, int(guild_id), payload
            )
    finally:
        await client.close()
        discord.http.Route.BASE = previous
    return [dict(command) for command in answer]
