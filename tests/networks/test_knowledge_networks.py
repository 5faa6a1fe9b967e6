"""Knowledge review and gaps per network: an AT coordinator sees and decides AT's only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.capabilities.knowledge.tables import KnowledgeEntry
from tests.botkit import FakeClock, TestBot
from tests.networks.netkit import network_settings, refusals

C = "coordinator"


@pytest.fixture
async def nbot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = TestBot(network_settings(tmp_path, own_languages=False), clock)
    await bot.start()
    yield bot
    await bot.stop()


async def status_of(bot: TestBot, entry_id: str) -> tuple[str, str]:
    async with bot.app.store.session() as session:
        row = await session.scalar(select(KnowledgeEntry).where(KnowledgeEntry.id == entry_id))
        assert row is not None
        return row.status, row.network


async def test_review_approve_and_gaps_stay_within_the_network(nbot: TestBot) -> None:
    await nbot.say(
        "!tool suggest https://example.at/lehre Lehrlingsleitfaden | AT guide", room="at-lounge"
    )
    await nbot.say(
        "!tool suggest https://example.fr/guide Guide du tuteur | FR guide", room="fr-salon"
    )
    assert await status_of(nbot, "lehrlingsleitfaden") == ("pending", "AT")
    assert await status_of(nbot, "guide-tuteur") == ("pending", "FR")
    await nbot.say("!tool zzgrundkurs", room="at-lounge")
    await nbot.say("!tool zzformation", room="fr-salon")

    at = "\n".join(await nbot.say("!tool review", user="anna", role=C, room="at-lounge"))
    assert "Lehrlingsleitfaden" in at and "Guide du tuteur" not in at
    gaps = "\n".join(await nbot.say("!tool gaps", user="anna", role=C, room="at-lounge"))
    assert "zzgrundkurs" in gaps and "zzformation" not in gaps

    for command in (
        "approve guide-tuteur",
        "reject guide-tuteur not for us",
        "archive guide-tuteur",
        "edit guide-tuteur title: Mine",
    ):
        reply = await nbot.say(f"!tool {command}", user="anna", role=C, room="at-lounge")
        assert "network FR" in reply[0], command
    assert await status_of(nbot, "guide-tuteur") == ("pending", "FR")
    assert [e["attempted"] for e in await refusals(nbot)] == [
        "knowledge.approve",
        "knowledge.reject",
        "knowledge.archive",
        "knowledge.edit",
    ]
    ok = await nbot.say("!tool approve guide-tuteur", user="claire", role=C, room="fr-salon")
    assert "network" not in ok[0]
    assert await status_of(nbot, "guide-tuteur") == ("published", "FR")
    # The European level sees every network's queue.
    eu = "\n".join(await nbot.say("!tool review", user="erik", role="admin", room="eu-hall"))
    assert "Lehrlingsleitfaden" in eu


async def test_a_networks_own_entry_is_found_there_only(nbot: TestBot) -> None:
    await nbot.say(
        "!tool suggest https://example.at/lehre Lehrlingsleitfaden | AT guide", room="at-lounge"
    )
    await nbot.say("!tool approve lehrlingsleitfaden", user="anna", role=C, room="at-lounge")
    assert "Lehrlingsleitfaden" in "\n".join(
        await nbot.say("!tool lehrlingsleitfaden", room="at-lounge")
    )
    elsewhere = "\n".join(await nbot.say("!tool lehrlingsleitfaden", room="fr-salon"))
    assert "Lehrlingsleitfaden" not in elsewhere
    shown = "\n".join(await nbot.say("!tool show lehrlingsleitfaden", room="fr-salon"))
    assert "example.at" not in shown
    assert "example.at" in "\n".join(
        await nbot.say("!tool show lehrlingsleitfaden", room="at-lounge")
    )
