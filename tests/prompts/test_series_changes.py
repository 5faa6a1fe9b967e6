"""A series' opening and closing follow its prompts: edits, cancellations, additions, and
``!series edit``. The fake clock starts at Tue, 24 Nov 2026, 09:00 UTC = 10:00 in Brussels.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.botkit import FakeClock, TestBot, make_settings
from tests.prompts.promptkit import engine, posted, prompts, start_bot

C = "coordinator"


@pytest.fixture
async def sbot(tmp_path: Path, db_url: str, clock: FakeClock) -> AsyncIterator[TestBot]:
    settings = make_settings(
        tmp_path,
        db_url,
        knowledge={"seed": False},
        limits={"commands_per_window": 1000},
        prompts={"summary_after_hours": 24},
    )
    bot = await start_bot(settings, clock)
    # Series 1: opening (ID 2) and closing (ID 3) come with the first prompt (ID 1).
    await bot.say(
        "!series create title: Winter; in: #econf; opening: Welcome; closing: Bye", role=C
    )
    await bot.say("!series add 1 at: 2026-11-25 10:00; text: First", role=C)
    added = await bot.say("!series add 1 at: 2026-11-26 10:00; text: Second", role=C)
    # One number per prompt: its ID, never a position beside it.
    assert "Prompt 4 added to series 1, posting" in added[0], added
    assert "number" not in added[0]
    yield bot
    await bot.stop()


async def say(bot: TestBot, text: str) -> str:
    return "\n".join(await bot.say(text, role=C))


async def outline(bot: TestBot) -> list[str]:
    """``!series show 1`` as (time, label, status) lines, in the order shown."""
    shown = (await bot.say("!series show 1", role=C))[0].splitlines()
    return [" · ".join(line.strip().split(" · ")[:3]) for line in shown[2:] if " · " in line]


async def play(bot: TestBot, clock: FakeClock) -> list[str]:
    """Run every job to the end; the first line of each post."""
    out: list[str] = []
    while engine(bot).next_times:
        clock.current = max(clock.current, min(engine(bot).next_times.values()))
        before = len(bot.console.printed)
        await engine(bot).run_due()
        out.extend(line.split("\n")[0] for line in posted(bot, before))
    return out


async def test_editing_a_prompt_later_moves_the_closing_after_it(
    sbot: TestBot, clock: FakeClock
) -> None:
    reply = await say(sbot, "!prompt edit 1 at: 2026-11-28 10:00")
    assert "Next post: Sat, 28 Nov 2026, 10:00 CET" in reply
    assert await outline(sbot) == [
        "Thu, 26 Nov 2026, 10:00 CET · opening · active",
        "Thu, 26 Nov 2026, 10:00 CET · prompt 4 · active",
        "Sat, 28 Nov 2026, 10:00 CET · prompt 1 · active",
        "Sun, 29 Nov 2026, 10:00 CET · closing · active",
    ]
    assert await play(sbot, clock) == [
        "[#econf] vetbot: Welcome",
        "[#econf] vetbot: Second",
        "[#econf] vetbot: First",
        "[#econf] vetbot: Bye",
    ]


async def test_cancelling_every_prompt_cancels_opening_and_closing(
    sbot: TestBot, clock: FakeClock
) -> None:
    await say(sbot, "!prompt cancel 1 confirm")
    reply = await say(sbot, "!prompt cancel 4 confirm")
    assert "Series 1 has no prompt left to post" in reply
    assert engine(sbot).next_times == {}
    assert {p.id: p.status for p in await prompts(sbot)} == {
        1: "cancelled",
        2: "cancelled",
        3: "cancelled",
        4: "cancelled",
    }
    # A new prompt brings them back, around it.
    await say(sbot, "!series add 1 at: 2026-12-01 10:00; text: Third")
    assert await outline(sbot) == [
        "Wed, 25 Nov 2026, 10:00 CET · prompt 1 · cancelled",
        "Thu, 26 Nov 2026, 10:00 CET · prompt 4 · cancelled",
        "Tue, 1 Dec 2026, 10:00 CET · opening · active",
        "Tue, 1 Dec 2026, 10:00 CET · prompt 5 · active",
        "Wed, 2 Dec 2026, 10:00 CET · closing · active",
    ]
    assert await play(sbot, clock) == [
        "[#econf] vetbot: Welcome",
        "[#econf] vetbot: Third",
        "[#econf] vetbot: Bye",
    ]


async def test_skipping_the_last_prompt_brings_the_closing_forward(sbot: TestBot) -> None:
    await say(sbot, "!prompt skip 4")
    assert (await outline(sbot))[-1] == "Thu, 26 Nov 2026, 10:00 CET · closing · active"


async def test_opening_and_closing_ids_are_explained_not_lost(sbot: TestBot) -> None:
    for line in ("!prompt show 2", "!prompt cancel 2 confirm", "!prompt edit 3 text: x"):
        reply = await say(sbot, line)
        assert "There is no prompt" not in reply
        assert "of series 1" in reply and "!series edit 1" in reply
    assert [p.status for p in await prompts(sbot)] == ["active"] * 4


async def test_series_edit_changes_or_drops_opening_and_closing(
    sbot: TestBot, clock: FakeClock
) -> None:
    reply = await say(sbot, "!series edit 1 opening: none; closing: Thanks; see you")
    assert "Series 1 changed: opening dropped; new closing." in reply
    labels = [line.split(" · ")[1] for line in await outline(sbot)]
    assert labels == ["prompt 1", "prompt 4", "closing"]
    assert await play(sbot, clock) == [
        "[#econf] vetbot: First",
        "[#econf] vetbot: Second",
        "[#econf] vetbot: Thanks; see you",
    ]
    assert "finished and can no longer be changed" in await say(sbot, "!series edit 1 closing: x")


async def test_series_edit_refuses_a_new_opening_once_the_series_began(
    sbot: TestBot, clock: FakeClock
) -> None:
    clock.current = min(engine(sbot).next_times.values())
    await engine(sbot).run_due()
    assert "already opened" in await say(sbot, "!series edit 1 opening: Hello again")
    assert "Say what to change" in await say(sbot, "!series edit 1")


async def test_a_series_prompt_cannot_become_recurring(sbot: TestBot) -> None:
    for change in ("every: monday 09:00", "cron: 0 9 * * 1"):
        reply = await say(sbot, f"!prompt edit 1 {change}")
        assert "A prompt of series 1 posts once" in reply
    assert "1970" not in "\n".join(await outline(sbot))
    assert {p.schedule["kind"] for p in await prompts(sbot)} == {"at"}


async def test_series_cancel_wording(sbot: TestBot) -> None:
    await say(sbot, "!prompt cancel 1 confirm")
    await say(sbot, "!series edit 1 opening: none; closing: none")
    assert "(1 post not yet made is cancelled)" in await say(sbot, "!series cancel 1 confirm")
    assert "Series 1 is already cancelled." in await say(sbot, "!series cancel 1 confirm")
    assert "can no longer be changed" in await say(sbot, "!series edit 1 title: New")
