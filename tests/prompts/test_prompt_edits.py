"""Editing, skipping and steering prompts: pending skips survive edits, a skipped one-off ends,
and every reply says what happened (or what was wrong) in plain words.

The fake clock starts at Tue, 24 Nov 2026, 09:00 UTC = 10:00 in Brussels.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.botkit import FakeClock, TestBot, make_settings
from tests.prompts.promptkit import deliveries, engine, posted, prompts, start_bot

C = "coordinator"


@pytest.fixture
async def pbot(tmp_path: Path, db_url: str, clock: FakeClock) -> AsyncIterator[TestBot]:
    settings = make_settings(
        tmp_path, db_url, knowledge={"seed": False}, limits={"commands_per_window": 1000}
    )
    bot = await start_bot(settings, clock)
    yield bot
    await bot.stop()


async def say(bot: TestBot, text: str) -> str:
    """The bot's whole answer to a coordinator, as one text."""
    return "\n".join(await bot.say(text, role=C))


async def run_until(bot: TestBot, clock: FakeClock, **delta: float) -> list[str]:
    """Move the clock step by step to ``delta`` from now, delivering what falls due."""
    end = clock.current + timedelta(**delta)
    before = len(bot.console.printed)
    while engine(bot).next_times and min(engine(bot).next_times.values()) <= end:
        clock.current = max(clock.current, min(engine(bot).next_times.values()))
        await engine(bot).run_due()
    clock.current = end
    return [line.split("\n")[0] for line in posted(bot, before)]


# --- 1. a pending skip and an edit ---------------------------------------------------------------
async def test_a_skip_stays_when_the_new_schedule_still_posts_then(
    pbot: TestBot, clock: FakeClock
) -> None:
    await say(pbot, "!prompt schedule every: day 11:00; text: Daily")
    assert "Tue, 24 Nov 2026, 11:00 CET" in await say(pbot, "!prompt skip 1")
    # Same 11:00, new rooms: the skip must follow the prompt to its new room.
    reply = await say(pbot, "!prompt edit 1 cron: 0 11 * * *; in: #new")
    assert "Tue, 24 Nov 2026, 11:00 CET is still in the schedule and stays skipped" in reply
    assert "Next post: Wed, 25 Nov 2026, 11:00 CET" in reply
    shown = await say(pbot, "!prompt show 1")
    assert "Next post: Wed, 25 Nov 2026, 11:00 CET" in shown and "skipped 1." in shown
    preview = await say(pbot, "!prompt preview 1")
    assert "2026-11-24 11:00" not in preview and "Wed, 25 Nov 2026, 11:00 CET" in preview
    out = await run_until(pbot, clock, days=1, hours=2)
    assert out == ["[#new] vetbot: Daily"]  # the 25th only
    sent = [(r.scheduled_at.day, r.room_id) for r in await deliveries(pbot) if r.state == "sent"]
    assert sent == [(25, "new")]


async def test_a_skip_the_new_schedule_no_longer_has_is_cleared_and_said(
    pbot: TestBot, clock: FakeClock
) -> None:
    await say(pbot, "!prompt schedule every: day 11:00; text: Daily")
    await say(pbot, "!prompt skip 1")
    reply = await say(pbot, "!prompt edit 1 tz: America/New_York")
    assert "Prompt 1 changed:" in reply
    assert "every day at 11:00 (America/New_York)" in reply
    assert "The skipped post at Tue, 24 Nov 2026, 11:00 CET is no longer in the schedule" in reply
    assert "skipped 0." in await say(pbot, "!prompt show 1")
    # 11:00 in New York is 16:00 UTC: it posts; 11:00 in Brussels (10:00 UTC) does not.
    await run_until(pbot, clock, hours=8)
    rows = await deliveries(pbot)
    assert [(r.scheduled_at.hour, r.state) for r in rows] == [(16, "sent")]


async def test_skipping_twice_then_editing_keeps_both_skips(
    pbot: TestBot, clock: FakeClock
) -> None:
    await say(pbot, "!prompt schedule every: day 11:00; text: Daily")
    await say(pbot, "!prompt skip 1")
    await say(pbot, "!prompt skip 1")
    reply = await say(pbot, "!prompt edit 1 every: day 11:00; tz: Europe/Brussels")
    assert "posts at Tue, 24 Nov 2026, 11:00 CET, Wed, 25 Nov 2026, 11:00 CET are still" in reply
    assert "Next post: Thu, 26 Nov 2026, 11:00 CET" in reply


# --- 6. skipping a one-off ---------------------------------------------------------------------
async def test_skipping_a_one_off_marks_it_skipped(pbot: TestBot, clock: FakeClock) -> None:
    await say(pbot, "!prompt schedule at: 2026-11-24 12:00; text: Once")
    reply = await say(pbot, "!prompt skip 1")
    assert "That was its only post, so prompt 1 is now skipped" in reply
    shown = await say(pbot, "!prompt show 1")
    assert "Prompt 1 — skipped" in shown and "skipped 1." in shown
    assert "No active or paused prompts" in await say(pbot, "!prompt list")
    assert "is skipped, so it has no coming post to skip" in await say(pbot, "!prompt skip 1")
    assert "is skipped and can no longer be changed" in await say(pbot, "!prompt edit 1 text: x")
    assert await run_until(pbot, clock, hours=4) == []
    assert [p.status for p in await prompts(pbot)] == ["skipped"]


async def test_skipping_the_last_occurrence_of_a_bounded_prompt_finishes_it(
    pbot: TestBot,
) -> None:
    await say(pbot, "!prompt schedule every: day 11:00; end: 2026-11-24; text: Last")
    assert "prompt 1 is now finished" in await say(pbot, "!prompt skip 1")
    assert "Prompt 1 — finished" in await say(pbot, "!prompt show 1")


# --- 7. wording ---------------------------------------------------------------------------------
async def test_state_changes_that_do_not_apply_say_why(pbot: TestBot) -> None:
    await say(pbot, "!prompt schedule every: day 11:00; text: Daily")
    assert await say(pbot, "!prompt resume 1") == "[#general] vetbot: Prompt 1 is already active."
    await say(pbot, "!prompt cancel 1 confirm")
    assert await say(pbot, "!prompt cancel 1 confirm") == (
        "[#general] vetbot: Prompt 1 is already cancelled."
    )
    assert "Prompt 1 is cancelled, so it cannot be paused." in await say(pbot, "!prompt pause 1")
    assert "only a paused prompt can be resumed" in await say(pbot, "!prompt resume 1")
    assert "Prompt 1 is cancelled and can no longer be changed." in await say(
        pbot, "!prompt edit 1 text: x"
    )


async def test_a_missing_id_names_an_example(pbot: TestBot) -> None:
    reply = await say(pbot, "!prompt show")
    assert "Please give the prompt's ID, e.g. !prompt show 3." in reply
    assert "e.g. !series add 1" in await say(pbot, "!series add")


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("!prompt schedule at 2026-12-02 09:00; text: hi", "Options need a colon: write `at: …`"),
        ("!prompt schedule every monday 09:00; text: hi", "write `every: …`"),
        ("!prompt schedule text: hi; at: 2026-12-02 09:00", "at: option came after text:"),
        ("!prompt schedule text: hi; in: #x; cron: 0 9 * * 1", "in: option came after text:"),
        ("!prompt schedule hello; at: 2026-12-02 09:00; text: hi", "what to do with `hello`"),
        ("!series add 1 text: hi; at: 2026-12-02 09:00", "at: option came after text:"),
    ],
)
async def test_misplaced_options_are_named(pbot: TestBot, line: str, fragment: str) -> None:
    await say(pbot, "!series create title: S")
    reply = await say(pbot, line)
    assert fragment in reply
    assert "exactly one of" not in reply
    assert [p.part for p in await prompts(pbot)] == []


async def test_edit_says_what_changed_and_refuses_swallowed_options(pbot: TestBot) -> None:
    await say(pbot, "!prompt schedule every: day 11:00; text: Old")
    assert "Options need a colon" in await say(pbot, "!prompt edit 1 at 2026-12-02 09:00")
    assert "every: option came after text:" in await say(
        pbot, "!prompt edit 1 text: New; every: day 10:00"
    )
    assert [p.text for p in await prompts(pbot)] == ["Old"]
    reply = await say(pbot, "!prompt edit 1 in: #a, #b; text: New words")
    assert reply.splitlines() == [
        "[#general] vetbot: Prompt 1 changed:",
        "  Rooms: console:#a, console:#b.",
        "  Text: New words",
    ]
    reply = await say(pbot, "!prompt edit 1 every: monday 09:00")
    assert "Schedule: every Monday at 09:00 (Europe/Brussels). Next post: Mon, 30 Nov 2026" in reply
    assert "Rooms:" not in reply and "Text:" not in reply


async def test_help_mentions_the_text_limit(pbot: TestBot) -> None:
    assert "1,800 characters" in await say(pbot, "!help prompt")
    assert "1,800 characters" in await say(pbot, "!help prompt schedule")
    too_long = await say(pbot, "!prompt schedule at: 2026-12-02 09:00; text: " + "x" * 1801)
    assert "at most 1,800 characters" in too_long


async def test_an_edit_may_name_a_room_the_prompt_already_posts_in(
    pbot: TestBot, clock: FakeClock
) -> None:
    # The kept room's row stays; a new row for it used to clash with the old one (an
    # internal error, nothing changed).
    await say(pbot, "!prompt schedule in: #peer; every: day 11:00; text: Daily")
    await say(pbot, "!prompt skip 1")
    reply = await say(pbot, "!prompt edit 1 in: #peer, #b")
    assert reply.splitlines() == [
        "[#general] vetbot: Prompt 1 changed:",
        "  Rooms: console:#peer, console:#b.",
    ]
    assert "Rooms: console:#peer, console:#b" in await say(pbot, "!prompt show 1")
    assert await say(pbot, "!prompt edit 1 in: #peer") == (
        "[#general] vetbot: Prompt 1 changed:\n  Rooms: console:#peer."
    )
    await say(pbot, "!prompt edit 1 in: #b, #peer")
    out = await run_until(pbot, clock, days=1, hours=2)
    assert sorted(out) == ["[#b] vetbot: Daily", "[#peer] vetbot: Daily"]  # the 25th only
    rows = [(r.scheduled_at.day, r.room_id, r.state) for r in await deliveries(pbot)]
    assert sorted(rows) == [
        (24, "b", "skipped"),
        (24, "peer", "skipped"),
        (25, "b", "sent"),
        (25, "peer", "sent"),
    ]
