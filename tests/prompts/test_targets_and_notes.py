"""Where a prompt goes (platform prefixes, platforms the bot does not run) and the notes a
schedule comes with (months it skips)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.actions import Reply
from bot.capabilities.prompts.recurrence import short_month_day
from bot.capabilities.prompts.schedule import parse_schedule
from bot.capabilities.prompts.targets import parse_targets
from bot.errors import UsageError
from bot.events import Message
from bot.targets import RoomRef, unreachable
from tests.botkit import FakeClock, TestBot
from tests.prompts.promptkit import prompts, settings_for, start_bot

C = "coordinator"
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.fixture
async def pbot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = await start_bot(settings_for(tmp_path), clock)
    yield bot
    await bot.stop()


# --- 4. rooms on platforms --------------------------------------------------------------------
@pytest.mark.parametrize("word", ["matirx:!room:example.org", "slack:#x", "Teams:general"])
def test_an_unknown_platform_prefix_is_refused_naming_the_platforms(word: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_targets(word, platform="console")
    head = word.split(":")[0]
    assert f"`{head}:` is not a platform I know" in caught.value.message
    assert "console, discord, matrix" in caught.value.message


@pytest.mark.parametrize(
    ("text", "platform", "expected"),
    [
        ("matrix:!abc:example.org", "console", ("matrix", "!abc:example.org")),
        ("!abc:example.org", "matrix", ("matrix", "!abc:example.org")),
        ("#room:example.org", "matrix", ("matrix", "#room:example.org")),
        ("Discord:1234", "console", ("discord", "1234")),
        ("<#123456>", "discord", ("discord", "123456")),
        ("#peer", "console", ("console", "peer")),
    ],
)
def test_matrix_ids_keep_their_colon_and_known_prefixes_still_work(
    text: str, platform: str, expected: tuple[str, str]
) -> None:
    [ref] = parse_targets(text, platform=platform)
    assert (ref.platform, ref.room_id) == expected


def test_unreachable_lists_only_rooms_of_platforms_not_running() -> None:
    refs = parse_targets("#a, matrix:!b:x.org, discord:123", platform="console")
    lost = unreachable(refs, ("console", "discord"))
    assert lost == [RoomRef(platform="matrix", room_id="!b:x.org", room_name="!b:x.org")]


async def test_a_room_on_a_platform_not_connected_is_stored_with_a_warning(
    pbot: TestBot,
) -> None:
    lines = await pbot.say(
        "!prompt schedule in: #peer, matrix:!room:example.org; at: 2026-12-01 09:00; text: Hi",
        role=C,
    )
    assert "Scheduled prompt 1" in lines[0]
    assert "not connected to matrix (it runs console)" in lines[0]
    assert "matrix:!room:example.org" in lines[0].split("Note:")[1]
    assert "console:#peer" not in lines[0].split("Note:")[1]
    assert len(await prompts(pbot)) == 1
    plain = await pbot.say("!prompt schedule in: #peer; at: 2026-12-01 09:00; text: Hi", role=C)
    assert "Note:" not in plain[0]
    edited = await pbot.say("!prompt edit 2 in: discord:1234", role=C)
    assert "not connected to discord" in edited[0]


async def test_a_misspelt_platform_stores_nothing(pbot: TestBot) -> None:
    lines = await pbot.say(
        "!prompt schedule in: matirx:!room:example.org; at: 2026-12-01 09:00; text: Hi", role=C
    )
    assert "`matirx:` is not a platform I know" in lines[0]
    assert await prompts(pbot) == []
    lines = await pbot.say("!series create title: S; in: slack:#x", role=C)
    assert "`slack:` is not a platform I know" in lines[0]


# --- 5. months without the day -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "spec", "day"),
    [
        ("every", "month on 31 09:00", 31),
        ("every", "3 months on 30 09:00", 30),
        ("every", "month on 29 09:00", 29),
        ("every", "month on 28 09:00", None),
        ("every", "month on last 09:00", None),
        ("every", "monday 09:00", None),
        ("cron", "0 9 31 * *", 31),
        ("cron", "0 9 30 1-3 *", 30),  # February
        ("cron", "0 9 31 1,3 *", None),  # both months have a 31st
        ("cron", "0 9 15,31 * *", None),  # the 15th still posts every month
        ("cron", "0 9 31 * mon", None),  # and so does every Monday
        ("cron", "0 9 * * *", None),
    ],
)
def test_short_month_day(kind: str, spec: str, day: int | None) -> None:
    assert short_month_day(kind, spec) == day


def test_the_schedule_notes_say_which_months_are_skipped() -> None:
    schedule = parse_schedule(every="month on 31 09:00", tz="Europe/Brussels", now=NOW)
    [note] = schedule.notes()
    assert "Months without a 31st are skipped" in note and "on last" in note
    assert parse_schedule(every="month on last 09:00", tz="UTC", now=NOW).notes() == ()
    assert parse_schedule(at="2026-12-31 09:00", tz="UTC", now=NOW).notes() == ()


async def test_schedule_reply_and_preview_warn_about_short_months(pbot: TestBot) -> None:
    lines = await pbot.say("!prompt schedule every: month on 31 09:00; text: Monthly", role=C)
    assert "Months without a 31st are skipped" in lines[0]
    preview = (await pbot.say("!prompt preview 1", role=C))[0]
    assert "2027-02" not in preview and "Months without a 31st are skipped" in preview
    assert "Months without a 31st" in (await pbot.say("!prompt show 1", role=C))[0]
    lines = await pbot.say("!prompt schedule every: month on 15 09:00; text: Mid", role=C)
    assert "skipped" not in lines[0]


# --- where a coordinator may post: only where their role counts --------------------------------
OURS = "!ours:example.org"
ALSO_OURS = "!also:example.org"
GUILD = "4242"
AT = "at: 2026-12-01 09:00; text: Hi"


@dataclass
class Channels:
    """The Discord adapter's answer to "which server holds this channel", for the core."""

    guild_of: dict[str, str]
    platform: str = "discord"

    def servers_of(self, room: str) -> frozenset[str]:
        guild = self.guild_of.get(room)
        return frozenset({guild}) if guild else frozenset()


@pytest.fixture
async def scoped(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    settings = settings_for(tmp_path).replace(
        "permissions",
        coordinator_roles=("coordinator",),
        discord_guilds=(GUILD,),
        matrix_rooms=(OURS, ALSO_OURS),
        coordinator_users=("discord:77",),
    )
    bot = await start_bot(settings, clock)
    yield bot
    await bot.stop()


async def _from(bot: TestBot, platform: str, text: str, **facts: Any) -> str:
    base: dict[str, Any] = {"room_id": OURS, "sender_id": "@cora:example.org", "event_id": "$e"}
    if platform == "discord":
        base = {"room_id": "55555", "sender_id": "9", "guild_id": GUILD}
    base.update(facts)
    # As the adapters hand them over: the Discord guild is the message's server, the Matrix
    # power level the sender's level in the room.
    if "guild_id" in base:
        base["server_id"] = base.pop("guild_id")
    if "power_level" in base:
        base["sender_level"] = base.pop("power_level")
    actions = await bot.app.handle(Message(platform=platform, text=text, **base))
    bot.clock.advance(seconds=10)  # clear of the rate limit
    replies = [a for a in actions if isinstance(a, Reply)]
    return "\n".join(r.text for r in replies)


async def test_with_nothing_configured_no_platform_role_or_power_level_counts(
    tmp_path: Path, clock: FakeClock
) -> None:
    # The defaults: empty discord_guilds and matrix_rooms mean "nowhere", not "everywhere".
    settings = settings_for(tmp_path).replace("permissions", coordinator_roles=("coordinator",))
    bot = await start_bot(settings, clock)
    try:
        own_room = await _from(
            bot, "matrix", f"!prompt schedule in: !any:x; {AT}", room_id="!mine:x", power_level=100
        )
        own_server = await _from(
            bot,
            "discord",
            f"!prompt schedule in: <#55555>; {AT}",
            guild_id="7",
            roles=frozenset({"coordinator"}),
        )
        assert await prompts(bot) == []
    finally:
        await bot.stop()
    assert "Only a coordinator" in own_room and "Only a coordinator" in own_server


async def test_power_level_in_a_room_nobody_configured_makes_no_coordinator(
    scoped: TestBot,
) -> None:
    theirs = await _from(
        scoped, "matrix", f"!prompt schedule {AT}", room_id="!theirs:x", power_level=100
    )
    stranger = await _from(
        scoped, "discord", f"!prompt schedule {AT}", guild_id="7", roles=frozenset({"coordinator"})
    )
    assert "Only a coordinator" in theirs and "Only a coordinator" in stranger
    assert await prompts(scoped) == []


async def test_a_matrix_coordinator_posts_only_in_configured_rooms(scoped: TestBot) -> None:
    refused = [
        await _from(scoped, "matrix", f"!prompt schedule in: {room}; {AT}", power_level=50)
        for room in ("!theirs:x", "#ours:example.org", "discord:66666", "console:general")
    ]
    for answer, room in zip(
        refused,
        ("matrix:!theirs:x", "matrix:#ours:example.org", "discord:#66666", "console:#general"),
        strict=True,
    ):
        assert f"You cannot post to {room}" in answer
        assert "bot.toml" in answer
    assert await prompts(scoped) == []
    mixed = await _from(
        scoped, "matrix", f"!prompt schedule in: {OURS}, !theirs:x; {AT}", power_level=50
    )
    assert "You cannot post to matrix:!theirs:x:" in mixed  # only the refused room is named
    assert await prompts(scoped) == []
    ok = await _from(
        scoped, "matrix", f"!prompt schedule in: {ALSO_OURS}, {OURS}; {AT}", power_level=50
    )
    assert "Scheduled prompt 1" in ok
    edited = await _from(scoped, "matrix", "!prompt edit 1 in: !theirs:x", power_level=50)
    assert "You cannot post to matrix:!theirs:x" in edited
    [prompt] = await prompts(scoped)
    assert {t.room_id for t in prompt.targets} == {OURS, ALSO_OURS}


async def test_a_discord_coordinator_posts_only_in_channels_of_configured_servers(
    scoped: TestBot,
) -> None:
    scoped.app.runtime.rooms["discord"] = Channels(
        {"55555": GUILD, "peer-learning": GUILD, "66666": "7"}
    )
    role = {"roles": frozenset({"coordinator"})}
    for target, shown in (("<#66666>", "discord:#66666"), ("#unknown", "discord:#unknown")):
        answer = await _from(scoped, "discord", f"!prompt schedule in: {target}; {AT}", **role)
        assert f"You cannot post to {shown}" in answer
    matrix = await _from(scoped, "discord", f"!prompt schedule in: matrix:!theirs:x; {AT}", **role)
    assert "You cannot post to matrix:!theirs:x" in matrix
    assert await prompts(scoped) == []
    ok = await _from(
        scoped,
        "discord",
        f"!prompt schedule in: <#55555>, #peer-learning, matrix:{OURS}; {AT}",
        **role,
    )
    assert "Scheduled prompt 1" in ok
    # Without the Discord adapter to ask, no channel can be checked: refused, not guessed.
    del scoped.app.runtime.rooms["discord"]
    unchecked = await _from(scoped, "discord", f"!prompt schedule in: <#55555>; {AT}", **role)
    assert "You cannot post to discord:#55555" in unchecked
    assert len(await prompts(scoped)) == 1


async def test_listed_coordinators_and_the_console_may_post_anywhere(scoped: TestBot) -> None:
    listed = await _from(
        scoped,
        "discord",
        f"!prompt schedule in: <#66666>, matrix:!theirs:x; {AT}",
        sender_id="77",
        guild_id="7",
    )
    assert "Scheduled prompt 1" in listed
    console = await scoped.say(f"!prompt schedule in: discord:999, matrix:!x:y; {AT}", role=C)
    assert "Scheduled prompt 2" in console[0]
