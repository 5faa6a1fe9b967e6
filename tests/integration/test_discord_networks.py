"""Two networks on the fake Discord: AT's and FR's channels of one server. A coordinator by
a Discord role acts in the network of the channel they write in, and only there."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

from adapters.discord.adapter import DiscordAdapter
from bot.app import App
from bot.settings import NetworkSettings
from tests import databases
from tests.fakes.discord import FakeDiscord
from tests.integration.discord_kit import TIMEOUT, bot_post, discord_settings


async def test_an_at_coordinator_is_refused_fr_channels_and_fr_prompts(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    cora = fake.add_user("cora", roles=[fake.add_role("Koordination")])
    fr_room = fake.add_text_channel("salon")
    at_room = fake.channel_id  # "general"
    settings = discord_settings(
        fake,
        tmp_path,
        knowledge={"seed": False},
        limits={"commands_per_window": 1000},
        permissions={
            "coordinator_roles": ("koordination",),
            "discord_guilds": (str(fake.guild_id),),
        },
    )
    settings = dataclasses.replace(
        settings,
        networks={
            "AT": NetworkSettings(country="AT", rooms=(f"discord:{at_room}",)),
            "FR": NetworkSettings(country="FR", rooms=(f"discord:{fr_room.id}",)),
        },
    )
    app = App(settings)
    databases.prepare(app.settings.database_url)
    await app.start()
    adapter = app.load_adapter("discord")
    assert isinstance(adapter, DiscordAdapter)
    adapter.guild_ready_timeout = 0.05
    task = asyncio.create_task(adapter.start(app))
    replies: list[str] = []

    async def say(channel: int, text: str) -> str:
        await fake.send_message(channel, cora, text)
        reply: str = (await bot_post(fake, channel)).json["content"]
        replies.append(reply)
        return reply

    try:
        async with asyncio.timeout(TIMEOUT):
            await adapter.wait_until_ready()
        when = "at: 2030-01-01 10:00"
        assert "Scheduled prompt 1" in await say(
            fr_room.id, f"!prompt schedule {when}; text: Salut"
        )
        refused = await say(at_room, f"!prompt schedule in: <#{fr_room.id}>; {when}; text: Hallo")
        assert "belongs to network FR" in refused
        assert "belongs to network FR" in await say(at_room, "!prompt cancel 1 confirm")
        assert "Salut" not in await say(at_room, "!prompt list")
        assert "Scheduled prompt 2" in await say(at_room, f"!prompt schedule {when}; text: Hallo")
        assert "Salut" in await say(fr_room.id, "!prompt list")
    finally:
        await app.stop()
        async with asyncio.timeout(TIMEOUT):
            await task
    assert all("@everyone" not in r for r in replies)
