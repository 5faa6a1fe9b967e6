"""``!prompt`` through the console as a coordinator would use it, with a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.store.models import AuditEntry
from tests.botkit import FakeClock, TestBot
from tests.prompts.promptkit import deliveries, engine, posted, prompts, settings_for, start_bot

C = "coordinator"


@pytest.fixture
async def pbot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    bot = await start_bot(settings_for(tmp_path), clock)
    yield bot
    await bot.stop()


async def test_one_off_posts_once_with_a_thread(pbot: TestBot, clock: FakeClock) -> None:
    # The fake clock is Tue, 24 Nov 2026, 09:00 UTC = 10:00 in Brussels.
    lines = await pbot.say(
        "!prompt schedule in: #peer; at: 2026-11-24 10:30; text: What went well; and why?", role=C
    )
    assert "Scheduled prompt 1" in lines[0] and "Tue, 24 Nov 2026, 10:30 CET" in lines[0]
    assert await engine(pbot).run_due() == 0  # not yet
    clock.advance(minutes=30)
    before = len(pbot.console.printed)
    assert await engine(pbot).run_due() == 1
    out = posted(pbot, before)
    assert out[0].startswith("[#peer] vetbot: What went well; and why?")
    assert "[#peer/thread t1] vetbot: (thread opened)" in out[0]
    assert await engine(pbot).run_due() == 0
    [row] = await deliveries(pbot)
    assert (row.state, row.thread_id, row.room_id) == ("sent", "t1", "peer")
    [prompt] = await prompts(pbot)
    assert prompt.status == "finished"
    # Delivering the same occurrence again (a late duplicate job) changes nothing.
    from bot.capabilities.prompts.engine import Occurrence

    assert await engine(pbot).deliver([Occurrence(prompt_id=1, scheduled_at=row.scheduled_at)]) == 0
    assert len(await deliveries(pbot)) == 1


async def test_several_rooms_and_platforms(pbot: TestBot, clock: FakeClock) -> None:
    await pbot.say(
        "!prompt schedule in: #a, #b, matrix:!room:example.org; at: 2026-11-24 10:05; text: Hi",
        role=C,
    )
    clock.advance(minutes=5)
    await engine(pbot).run_due()
    rows = await deliveries(pbot)
    assert sorted((r.platform, r.room_id) for r in rows) == [
        ("console", "a"),
        ("console", "b"),
        ("matrix", "!room:example.org"),
    ]
    # No Matrix adapter in this bot: that one stays claimed, to be retried with its key.
    states = {r.room_id: r.state for r in rows}
    assert states == {"a": "sent", "b": "sent", "!room:example.org": "sending"}
    assert len({r.key for r in rows}) == 3 and all(len(r.key) <= 25 for r in rows)


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ("cron: 0 9 * * XYZ", "not a valid cron value"),
        ("cron: 0 9 30 2 *", "never fires"),
        ("at: 2026-02-30 09:00", "not a date on the calendar"),
        ("at: 2026-11-23 09:00", "already past"),
        ("every: monday 09:00; tz: Mars/Olympus", "Unknown time zone"),
        ("every: fortnightly", "does not understand"),
        ("at: 2026-12-01 09:00; cron: 0 9 * * 1", "exactly one of"),
    ],
)
async def test_invalid_schedules_store_nothing(pbot: TestBot, options: str, fragment: str) -> None:
    lines = await pbot.say(f"!prompt schedule {options}; text: hello", role=C)
    assert fragment in lines[0]
    assert pbot.last_actions[0].is_error  # type: ignore[union-attr]
    assert await prompts(pbot) == []


async def test_missing_text_and_bad_room(pbot: TestBot) -> None:
    lines = await pbot.say("!prompt schedule at: 2026-12-01 09:00", role=C)
    assert "text:" in lines[0]
    lines = await pbot.say("!prompt schedule in: @everyone; at: 2026-12-01 09:00; text: x", role=C)
    assert "not a room" in lines[0] and "@everyone" not in lines[0]
    assert await prompts(pbot) == []


async def test_trainers_cannot_schedule(pbot: TestBot) -> None:
    lines = await pbot.say("!prompt schedule at: 2026-12-01 09:00; text: hi", role="trainer")
    assert "coordinator" in lines[0]
    assert await prompts(pbot) == []


async def test_preview_shows_local_times_across_dst(pbot: TestBot) -> None:
    await pbot.say("!prompt schedule every: day 09:00; tz: America/New_York; text: Hi", role=C)
    lines = await pbot.say("!prompt preview 1", role=C)
    # Tue, 24 Nov 2026, 09:00 UTC is 04:00 in New York: today's 09:00 is still to come.
    days = ("Tue, 24", "Wed, 25", "Thu, 26", "Fri, 27", "Sat, 28")
    assert lines[0].splitlines()[1:] == [f"    {d} Nov 2026, 09:00 GMT-05:00" for d in days]


async def test_pause_resume_cancel(pbot: TestBot, clock: FakeClock) -> None:
    await pbot.say("!prompt schedule every: day 11:00; text: Daily", role=C)
    assert "paused" in (await pbot.say("!prompt pause 1", role=C))[0]
    assert (await pbot.say("!prompt pause 1", role=C)) == [
        "[#general] vetbot: Prompt 1 is already paused."
    ]
    clock.advance(days=2)
    assert await engine(pbot).run_due() == 0
    assert "active again" in (await pbot.say("!prompt resume 1", role=C))[0]
    # Nothing owed from the pause; the next one comes at 11:00 Brussels.
    assert engine(pbot).next_times[1].isoformat() == "2026-11-26T10:00:00+00:00"
    assert "cancelled" in (await pbot.say("!prompt cancel 1 confirm", role=C))[0]
    assert 1 not in engine(pbot).next_times
    assert "There is no prompt 9" in (await pbot.say("!prompt cancel 9 confirm", role=C))[0]
    assert "not an ID" in (await pbot.say("!prompt show abc", role=C))[0]
    async with pbot.app.store.session() as s:
        actions = [a.action for a in (await s.execute(select(AuditEntry))).scalars()]
    assert actions == ["prompt.schedule", "prompt.pause", "prompt.resume", "prompt.cancel"]


async def test_skip_drops_only_the_next_occurrence(pbot: TestBot, clock: FakeClock) -> None:
    await pbot.say("!prompt schedule every: day 11:00; text: Daily", role=C)
    lines = await pbot.say("!prompt skip 1", role=C)
    assert "Tue, 24 Nov 2026, 11:00 CET" in lines[0]
    clock.advance(hours=1)
    assert await engine(pbot).run_due() == 0
    clock.advance(days=1)
    assert await engine(pbot).run_due() == 1
    states = [(r.scheduled_at.day, r.state) for r in await deliveries(pbot)]
    assert states == [(24, "skipped"), (25, "sent")]


async def test_edit_changes_schedule_text_and_rooms(pbot: TestBot, clock: FakeClock) -> None:
    await pbot.say("!prompt schedule every: day 11:00; text: Old", role=C)
    lines = await pbot.say("!prompt edit 1 cron: 30 12 * * *; in: #new; text: New text", role=C)
    assert "12 * * *" in lines[0]
    clock.advance(hours=2, minutes=30)
    before = len(pbot.console.printed)
    assert await engine(pbot).run_due() == 1
    assert posted(pbot, before)[0].startswith("[#new] vetbot: New text")
    assert "Say what to change" in (await pbot.say("!prompt edit 1", role=C))[0]
    bad = await pbot.say("!prompt edit 1 tz: Nowhere/Land", role=C)
    assert "Unknown time zone" in bad[0]
    [prompt] = await prompts(pbot)
    assert prompt.schedule["tz"] == "Europe/Brussels"


async def test_list_and_show(pbot: TestBot) -> None:
    assert "No active or paused prompts" in (await pbot.say("!prompt list", role=C))[0]
    await pbot.say("!prompt schedule every: monday 09:00; text: Weekly **check-in**", role=C)
    listing = (await pbot.say("!prompt list", role=C))[0]
    assert "1 · active · Mon, 30 Nov 2026, 09:00 CET · Weekly **check-in**" in listing
    shown = (await pbot.say("!prompt show 1", role=C))[0]
    assert "every Monday at 09:00 (Europe/Brussels)" in shown and "Author: ana" in shown
