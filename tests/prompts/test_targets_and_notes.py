"""Where a prompt goes (platform prefixes, platforms the bot does not run) and the notes a
schedule comes with (months it skips)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.capabilities.prompts.recurrence import short_month_day
from bot.capabilities.prompts.schedule import parse_schedule
from bot.capabilities.prompts.targets import RoomRef, parse_targets, unreachable
from bot.errors import UsageError
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
