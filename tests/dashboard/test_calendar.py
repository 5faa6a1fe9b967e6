"""The calendar's coming posts, worked out once and reused while a prompt's schedule stays
the same, against each prompt's own preview as time passes, after a skip and an edit."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.capabilities.prompts.service import PromptService
from tests.botkit import FakeClock, TestBot
from tests.dashboard.kit import at, served_bot


async def same_as_previews(bot: TestBot, clock: FakeClock) -> int:
    """Check every active prompt's coming posts against its preview; how many posts."""
    prompts = bot.app.runtime.get(PromptService)
    until = clock.now() + timedelta(days=31)
    coming = await prompts.coming(until, count=10)
    for prompt in coming:
        preview = await prompts.preview(prompt.prompt_id, count=10)
        assert prompt.times == tuple(t for t in preview.times if t <= until)
    return sum(len(p.times) for p in coming)


async def test_coming_posts_equal_the_previews_as_time_passes_and_schedules_change(
    tmp_path: Path, sqlite_url: str
) -> None:
    clock = FakeClock(current=at(2, 8))
    bot, _ = await served_bot(tmp_path, sqlite_url, clock)
    try:
        for rule in ("cron: 0 9 * * mon", "cron: 0 */2 * * *", "at: 2026-11-20 10:00"):
            out = await bot.say(
                f"!prompt schedule in: #at-lounge; {rule}; tz: UTC; text: Q",
                user="erik",
                role="admin",
                room="at-lounge",
            )
            assert "Scheduled prompt" in "\n".join(out), out
        first = await same_as_previews(bot, clock)
        assert first == 5 + 10 + 1
        assert await same_as_previews(bot, clock) == first  # reused: the same
        clock.advance(days=8)
        assert await same_as_previews(bot, clock) == 4 + 10 + 1
        out = await bot.say("!prompt skip 1", user="erik", role="admin", room="at-lounge")
        assert await same_as_previews(bot, clock) == 3 + 10 + 1, out
        await bot.say(
            "!prompt edit 1 cron: 0 10 * * tue,thu", user="erik", role="admin", room="at-lounge"
        )
        await bot.say(
            "!prompt edit 2 every: 2 weeks on tuesday 10:00",
            user="erik",
            role="admin",
            room="at-lounge",
        )
        prompts = bot.app.runtime.get(PromptService)
        assert (await prompts.preview(1)).schedule.spec == "0 10 * * tue,thu"
        assert (await prompts.preview(2)).schedule.kind == "every"
        assert await same_as_previews(bot, clock) > 8
        clock.advance(days=20)
        assert await same_as_previews(bot, clock) > 8
    finally:
        await bot.stop()
