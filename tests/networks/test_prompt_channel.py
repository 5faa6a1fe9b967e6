"""A network's prompt channel: where a prompt or series goes that names no room (no ``in:``).

The coordinator's network is the network of the room they type in, when they act in it, else
the one network they act in; when that network has no prompt channel, or they act in several
and type in a direct room, the prompt goes where it went before networks (the room typed in;
from a direct room, ``in:`` is asked for).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.settings import Settings, load_settings
from tests.botkit import FakeClock, TestBot
from tests.networks.netkit import TWO_NETWORKS
from tests.prompts.promptkit import drain, posted, prompts, start_bot

C = "coordinator"
WHEN = "at: 2026-12-01 10:00"
NOTE = "Without in:, network AT's prompt channel is used"


@pytest.fixture
def config(tmp_path: Path) -> Settings:
    text = TWO_NETWORKS.format(data=tmp_path / "data", store="")
    text = "\n".join(
        line for line in text.splitlines() if not line.startswith(("language =", "timezone ="))
    )
    # AT posts to its own prompt channel (not among its rooms: the channel is AT's all the
    # same); Max coordinates AT and FR.
    text = text.replace(
        'coordinators = ["console:anna"]',
        'coordinators = ["console:anna", "console:max"]\nprompt_channel = "console:at-prompts"',
    ).replace(
        'coordinators = ["console:claire"]', 'coordinators = ["console:claire", "console:max"]'
    )
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, {})


@pytest.fixture
async def nbot(config: Settings, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = await start_bot(config, clock)
    yield bot
    await bot.stop()


async def rooms_of_last(bot: TestBot) -> list[str]:
    last = (await prompts(bot))[-1]
    return [t.room_id for t in last.targets]


async def test_without_in_a_prompt_goes_to_the_networks_prompt_channel(nbot: TestBot) -> None:
    [reply] = await nbot.say(
        f"!prompt schedule {WHEN}; text: Servus", user="anna", role=C, room="at-news"
    )
    assert "Scheduled prompt 1" in reply and "console:#at-prompts" in reply and NOTE in reply
    assert await rooms_of_last(nbot) == ["at-prompts"]
    # From a direct room too: Anna acts in AT only.
    [reply] = await nbot.say(f"!prompt schedule {WHEN}; text: Hallo", user="anna", role=C, dm=True)
    assert "Scheduled prompt 2" in reply and NOTE in reply
    assert await rooms_of_last(nbot) == ["at-prompts"]
    # Naming a room still wins, and says nothing of the channel.
    [reply] = await nbot.say(
        f"!prompt schedule in: #at-lounge; {WHEN}; text: Grüß Gott",
        user="anna",
        role=C,
        room="at-news",
    )
    assert "console:#at-lounge" in reply and NOTE not in reply
    assert await rooms_of_last(nbot) == ["at-lounge"]
    # A series named without in: goes there too.
    [reply] = await nbot.say("!series create Adventwoche", user="anna", role=C, room="at-lounge")
    assert "console:#at-prompts" in reply and NOTE in reply


async def test_without_a_channel_or_a_single_network_the_room_typed_in_counts(
    nbot: TestBot,
) -> None:
    # FR has no prompt channel: the room typed in, as before.
    [reply] = await nbot.say(
        f"!prompt schedule {WHEN}; text: Bonjour", user="claire", role=C, room="fr-salon"
    )
    assert "console:#fr-salon" in reply and "prompt channel" not in reply
    assert await rooms_of_last(nbot) == ["fr-salon"]
    # Max coordinates both: the room he types in settles which network he means.
    await nbot.say(f"!prompt schedule {WHEN}; text: Salut", user="max", role=C, room="fr-salon")
    assert await rooms_of_last(nbot) == ["fr-salon"]
    [reply] = await nbot.say(
        f"!prompt schedule {WHEN}; text: Servus", user="max", role=C, room="at-lounge"
    )
    assert NOTE in reply
    assert await rooms_of_last(nbot) == ["at-prompts"]
    # From a direct room nothing settles it: he is asked to name the room.
    [reply] = await nbot.say(f"!prompt schedule {WHEN}; text: Hallo", user="max", role=C, dm=True)
    assert "say where the prompt goes with in: #room" in reply
    assert len(await prompts(nbot)) == 3


async def test_the_prompt_is_posted_in_the_prompt_channel(
    config: Settings, clock: FakeClock
) -> None:
    bot = await start_bot(config, clock)
    line = "!prompt schedule at: 2026-11-24 10:30; text: Servus aus Wien"
    await bot.say(line, user="anna", role=C, room="at-lounge")
    await bot.stop()
    clock.advance(hours=1)  # due while down, within [prompts] grace_minutes: posted at start
    bot = await start_bot(config, clock)
    try:
        await drain(bot)
        [post] = posted(bot)
        assert "at-prompts" in post and "Servus aus Wien" in post, post
    finally:
        await bot.stop()
