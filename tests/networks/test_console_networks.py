"""Two networks, AT and FR, on the console: each coordinator acts only within their own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.botkit import FakeClock, TestBot
from tests.networks.netkit import network_settings, refusals
from tests.prompts.promptkit import prompts, start_bot

C = "coordinator"
WHEN = "at: 2026-12-01 10:00"


@pytest.fixture
async def nbot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = await start_bot(network_settings(tmp_path, own_languages=False), clock)
    yield bot
    await bot.stop()


async def at_says(bot: TestBot, text: str) -> list[str]:
    return await bot.say(text, user="anna", role=C, room="at-lounge")


async def fr_says(bot: TestBot, text: str) -> list[str]:
    return await bot.say(text, user="claire", role=C, room="fr-salon")


async def test_a_coordinator_schedules_in_their_network_only(nbot: TestBot) -> None:
    ok = await at_says(nbot, f"!prompt schedule in: #at-news; {WHEN}; text: Servus")
    assert "Scheduled prompt 1" in ok[0]
    refused = await at_says(nbot, f"!prompt schedule in: #fr-salon; {WHEN}; text: Bonjour")
    assert "network FR" in refused[0] and "AT only" in refused[0]
    # A room of no network belongs to the default one, which AT does not coordinate either.
    refused = await at_says(nbot, f"!prompt schedule in: #elsewhere; {WHEN}; text: Hallo")
    assert "network default" in refused[0]
    assert [p.id for p in await prompts(nbot)] == [1]
    logged = await refusals(nbot)
    assert [(e["actor"], e["attempted"], e["network"]) for e in logged] == [
        ("anna", "prompt.schedule", "FR"),
        ("anna", "prompt.schedule", "default"),
    ]


async def test_list_show_and_changes_stay_within_the_network(nbot: TestBot) -> None:
    await at_says(nbot, f"!prompt schedule {WHEN}; text: Servus aus Wien")
    await fr_says(nbot, f"!prompt schedule {WHEN}; text: Bonjour de Paris")
    at_list = "\n".join(await at_says(nbot, "!prompt list"))
    assert "Servus" in at_list and "Bonjour" not in at_list
    fr_list = "\n".join(await fr_says(nbot, "!prompt list"))
    assert "Bonjour" in fr_list and "Servus" not in fr_list
    for command in ("cancel 2", "pause 2", "skip 2", "show 2", "preview 2", "edit 2 text: Salut"):
        reply = await at_says(nbot, f"!prompt {command}")
        assert "network FR" in reply[0], command
    # Moving its own prompt into FR's room is refused too.
    reply = await at_says(nbot, "!prompt edit 1 in: #fr-salon")
    assert "network FR" in reply[0]
    rows = {p.id: p for p in await prompts(nbot)}
    assert rows[2].status == "active" and rows[2].text == "Bonjour de Paris"
    assert [(t.room_id) for t in rows[1].targets] == ["at-lounge"]
    assert len(await refusals(nbot)) == 7
    assert "network" not in (await fr_says(nbot, "!prompt cancel 2 confirm"))[0]
    assert {p.id: p.status for p in await prompts(nbot)}[2] == "cancelled"
    # The European level's admin sees both.
    eu = "\n".join(await nbot.say("!prompt list", user="erik", role="admin", room="eu-hall"))
    assert "Servus" in eu


async def test_series_stay_within_the_network(nbot: TestBot) -> None:
    await fr_says(nbot, "!series create Semaine; in: #fr-salon")
    assert "network FR" in (await at_says(nbot, "!series cancel 1"))[0]
    assert "network FR" in (await at_says(nbot, "!series show 1"))[0]
    assert "Semaine" not in "\n".join(await at_says(nbot, "!series list"))
    assert "Semaine" in "\n".join(await fr_says(nbot, "!series list"))


async def test_a_coordinator_of_no_network_is_refused(nbot: TestBot) -> None:
    # A console coordinator in a room of no network coordinates the default network; one in
    # a direct room (where no platform role counts) and listed by no network, none.
    reply = await nbot.say("!prompt list", user="otto", role=C, room="general", dm=True)
    assert "coordinator of no network" in reply[0]
    [entry] = await refusals(nbot)
    assert (entry["actor"], entry["attempted"]) == ("otto", "prompt list")
