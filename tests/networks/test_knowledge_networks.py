"""Knowledge review and gaps per network: an AT coordinator sees and decides AT's only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.capabilities.knowledge import KnowledgeService
from bot.capabilities.knowledge.tables import KnowledgeEntry
from knowledge.io import RawRow
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
    # Nor is its id offered as a near match there (it is here).
    typo = "!tool show lehrlingsleitfade"
    assert "lehrlingsleitfaden" not in "\n".join(await nbot.say(typo, room="fr-salon"))
    assert "lehrlingsleitfaden?" in "\n".join(await nbot.say(typo, room="at-lounge"))
    assert "example.at" in "\n".join(
        await nbot.say("!tool show lehrlingsleitfaden", room="at-lounge")
    )


async def test_a_networks_own_entry_comes_before_a_shared_one_there(nbot: TestBot) -> None:
    # The same topic twice: an EU-wide entry whose title is the closer match, in German and
    # English, and an entry AT's coordinator approved for AT.
    service = nbot.app.runtime.get(KnowledgeService)
    report = await service.import_rows(
        [
            RawRow(
                row=1,
                fields={
                    "title": "Onboarding checklist for apprentices",
                    "url": "https://example.eu/onboarding",
                    "languages": "de; en; fr",
                    "countries": "EU",
                },
            )
        ]
    )
    assert report.created
    await nbot.say(
        "!tool suggest https://example.at/start Onboarding checklist for new apprentices in "
        "the company | AT edition",
        room="at-lounge",
    )
    own = "onboarding-checklist-new"
    assert await status_of(nbot, own) == ("pending", "AT")
    await nbot.say(f"!tool approve {own}", user="anna", role=C, room="at-lounge")

    query = "!tool onboarding checklist for apprentices"
    at = "\n".join(await nbot.say(query, room="at-lounge"))
    assert "in the company" in at
    assert at.index("in the company") < at.index("Onboarding checklist for apprentices [")
    fr = "\n".join(await nbot.say(query, room="fr-salon"))
    assert "Onboarding checklist for apprentices" in fr and "in the company" not in fr
    assert "of 1)" in fr and "!more" not in fr  # nor counted, nor promised on a next page
    eu = "\n".join(await nbot.say(query, room="eu-hall"))
    assert "in the company" not in eu

    # A file import that changes AT's entry keeps it AT's own, in the running index too.
    changed = await service.import_rows(
        [
            RawRow(
                row=1,
                fields={
                    "id": own,
                    "title": "Onboarding checklist for new apprentices in the company",
                    "url": "https://example.at/start",
                    "summary": "AT edition, 2027",
                },
            )
        ]
    )
    assert changed.updated == (own,)
    assert await status_of(nbot, own) == ("published", "AT")
    at = "\n".join(await nbot.say(query, room="at-lounge"))
    assert at.index("AT edition, 2027") < at.index("Onboarding checklist for apprentices [")
    fr = "\n".join(await nbot.say(query, room="fr-salon"))
    assert "in the company" not in fr and "of 1)" in fr
