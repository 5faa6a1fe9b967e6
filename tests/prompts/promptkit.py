"""Helpers for prompt tests: a bot whose prompt engine runs against the fake clock.

The engine is started by hand with the real scheduler left stopped, so nothing fires in
real time; tests move the clock and call ``engine.run_due()``, which delivers exactly what
the jobs would have.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.capabilities.prompts.engine import PromptEngine
from bot.capabilities.prompts.models import Delivery, Prompt
from tests.botkit import FakeClock, TestBot, make_settings


def settings_for(tmp_path: Path, db_url: str | None = None, **prompts: Any) -> Any:
    return make_settings(tmp_path, db_url, knowledge={"seed": False}, prompts=prompts)


async def start_bot(settings: Any, clock: FakeClock) -> TestBot:
    """A started bot with a running prompt engine (and no real-time scheduler)."""
    bot = TestBot(settings, clock)
    await bot.start()
    bot.app.runtime.interactive = True
    await engine(bot).start()
    await engine(bot).ready()  # what the scheduler's first run does in a real bot
    return bot


def engine(bot: TestBot) -> PromptEngine:
    return bot.app.runtime.get(PromptEngine)


async def deliveries(bot: TestBot) -> list[Delivery]:
    async with bot.app.store.session() as session:
        stmt = select(Delivery).order_by(Delivery.scheduled_at, Delivery.id)
        return list((await session.execute(stmt)).scalars().all())


async def prompts(bot: TestBot) -> list[Prompt]:
    async with bot.app.store.session() as session:
        return list((await session.execute(select(Prompt).order_by(Prompt.id))).scalars().all())


def posted(bot: TestBot, before: int = 0) -> list[str]:
    """Lines printed by the bot since ``before`` that are posts in a room (not DMs)."""
    return [line for line in bot.console.printed[before:] if not line.startswith("[dm ")]


async def claimed(bot: TestBot, count: int, within: float = 30.0) -> None:
    """Wait until ``count`` deliveries are stored (a job has claimed its posts)."""
    deadline = time.monotonic() + within
    while len(await deliveries(bot)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"fewer than {count} deliveries were claimed")
        await asyncio.sleep(0.01)


async def drain(bot: TestBot, within: float = 30.0) -> None:
    """Let the delivery worker finish what start-up queued, then deliver what that owes
    (notices, summaries) from the outbox, as the running bot's relay would. ``within``
    seconds at most: a bound for a stuck worker, generous so a busy machine is never
    mistaken for one."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        await asyncio.sleep(0.01)
        if engine(bot).idle():
            await asyncio.sleep(0.05)
            if engine(bot).idle():
                await bot.app.relay.flush()
                return
    raise AssertionError("the prompt worker did not finish")
