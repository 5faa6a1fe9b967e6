"""A burst of due prompts: posted a few at once, each once, a series' opening first."""

from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.console import ConsoleAdapter
from bot.actions import Action, Delivery, Post
from tests.botkit import FakeClock
from tests.prompts.promptkit import deliveries, engine, posted, settings_for, start_bot

C = "coordinator"


class SlowConsole(ConsoleAdapter):
    """The console answering each post a few turns of the event loop later, as a platform
    does over the network; it counts the posts in flight. An opening (a post without a
    thread) is answered slowest, so a post started after it would be printed before it."""

    in_flight = 0
    most = 0

    async def perform(self, action: Action) -> Delivery | None:
        if not isinstance(action, Post):
            return await super().perform(action)
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            for _ in range(1 if action.thread_title else 20):
                await asyncio.sleep(0)
            return await super().perform(action)
        finally:
            self.in_flight -= 1


async def test_burst_posts_at_most_parallel_posts_at_once_each_once_opening_first(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await start_bot(settings_for(tmp_path, parallel_posts=3), clock)
    slow = SlowConsole(out=bot.out, files_dir=tmp_path / "files")
    bot.app.add_adapter(slow)
    bot.console = slow
    due = "2026-11-24 12:00"
    await bot.say(
        "!series create title: Winter e-conference; in: #econf; opening: Welcome!; closing: Bye",
        role=C,
    )
    await bot.say(f"!series add 1 at: {due}; text: Series topic", role=C)
    for i in range(12):
        await bot.say(
            f"!prompt schedule in: #econf; at: {due}; text: Burst {i}",
            role=C,
            user=f"coordinator{i}",  # one each: commands are rate-limited per person
        )
    before = len(slow.printed)
    clock.current = min(engine(bot).next_times.values())
    assert await engine(bot).run_due() == 14  # the opening, the series' prompt, 12 more
    lines = [line.split("\n")[0] for line in posted(bot, before)]
    assert sorted(lines) == sorted(
        [f"[#econf] vetbot: Burst {i}" for i in range(12)]
        + ["[#econf] vetbot: Welcome!", "[#econf] vetbot: Series topic"]
    )
    assert lines.index("[#econf] vetbot: Welcome!") < lines.index("[#econf] vetbot: Series topic")
    assert slow.most == 3 and slow.in_flight == 0
    sent = [d for d in await deliveries(bot) if d.state == "sent"]
    assert len(sent) == 14 and len({d.prompt_id for d in sent}) == 14
    await bot.stop()


async def test_one_post_at_a_time_keeps_the_old_order(tmp_path: Path, clock: FakeClock) -> None:
    bot = await start_bot(settings_for(tmp_path, parallel_posts=1), clock)
    slow = SlowConsole(out=bot.out, files_dir=tmp_path / "files")
    bot.app.add_adapter(slow)
    bot.console = slow
    for i in range(4):
        await bot.say(f"!prompt schedule in: #econf; at: 2026-11-24 12:00; text: P{i}", role=C)
    before = len(slow.printed)
    clock.current = min(engine(bot).next_times.values())
    assert await engine(bot).run_due() == 4
    assert [line.split("\n")[0] for line in posted(bot, before)] == [
        f"[#econf] vetbot: P{i}" for i in range(4)
    ]
    assert slow.most == 1
    await bot.stop()
