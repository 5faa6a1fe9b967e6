"""Commands that cannot be undone ask first: ``!mentor leave``, ``!match cancel``,
``!prompt cancel`` and ``!series cancel`` do nothing until the same line comes back with
``confirm`` (which the offered button sends); a mistyped or unknown target is said so at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.botkit import FakeClock, TestBot, make_settings
from tests.mentoring.kit import MIA, NEED
from tests.prompts.promptkit import prompts, start_bot

C = "coordinator"


@pytest.fixture
async def bot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    settings = make_settings(
        tmp_path, knowledge={"seed": False}, limits={"commands_per_window": 1000}
    )
    bot = await start_bot(settings, clock)
    yield bot
    await bot.stop()


def said(lines: list[str]) -> str:
    return "\n".join(lines)


async def test_leaving_asks_then_deletes_only_when_confirmed(bot: TestBot) -> None:
    await bot.say(MIA, user="mia")
    asked = said(await bot.say("!mentor leave", user="mia"))
    assert "deletes your profile for good" in asked
    assert "[Yes, go ahead: !mentor leave confirm]" in asked
    assert "Your mentor profile:" in said(await bot.say("!mentor me", user="mia"))
    left = said(await bot.say("!mentor leave confirm", user="mia"))
    assert "profile is deleted" in left
    assert "no mentor profile" in said(await bot.say("!mentor me", user="mia"))
    # Nothing to leave: said at once, no question.
    again = said(await bot.say("!mentor leave", user="mia"))
    assert "no mentor profile" in again and "go ahead" not in again


async def test_cancelling_a_request_asks_then_withdraws(bot: TestBot) -> None:
    await bot.say(MIA, user="mia")
    await bot.say(NEED, user="ana")
    asked = said(await bot.say("!match cancel 1", user="ana"))
    assert "withdraws your request" in asked and "!match cancel 1 confirm" in asked
    assert "waiting for the 1st mentor" in said(await bot.say("!match status", user="ana"))
    # A mistyped number is an error straight away.
    assert "is not an ID" in said(await bot.say("!match cancel x1", user="ana"))
    done = said(await bot.say("!match cancel 1 confirm", user="ana"))
    assert "#1" in done and "cancelled" in said(await bot.say("!match status", user="ana"))


async def test_cancelling_a_prompt_or_series_asks_first(bot: TestBot) -> None:
    await bot.say("!prompt schedule in: #peer; at: 2026-11-30 10:00; text: Hello", role=C)
    asked = said(await bot.say("!prompt cancel 1", role=C))
    assert "never posted again" in asked and "!prompt cancel 1 confirm" in asked
    assert [p.status for p in await prompts(bot)] == ["active"]
    # An unknown prompt is said so, not asked about.
    unknown = said(await bot.say("!prompt cancel 9", role=C))
    assert "There is no prompt 9" in unknown and "go ahead" not in unknown
    await bot.say("!prompt cancel 1 confirm", role=C)
    assert [p.status for p in await prompts(bot)] == ["cancelled"]

    await bot.say("!series create title: Winter; in: #econf", role=C)
    await bot.say("!series add 1 at: 2026-12-01 10:00; text: First", role=C)
    asked = said(await bot.say("!series cancel 1", role=C))
    assert "cancels the series" in asked and "!series cancel 1 confirm" in asked
    assert "active" in said(await bot.say("!series list", role=C))
    assert "is cancelled" in said(await bot.say("!series cancel 1 confirm", role=C))
    # A trainer is refused before any question.
    refused = said(await bot.say("!series cancel 1"))
    assert "go ahead" not in refused
