"""A mentor's own self-assessment is their strength: a request opened from ``!cpd plan`` is
proposed first to a mentor who rates themselves strong in the area (3 or 4 of 4), before one
matched on topics alone, whichever joined first; the asker never learns who was asked, and
``!mentor join`` says a mentor can rate their areas."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.capabilities.cpd.service import CpdService
from tests.botkit import FakeClock, TestBot, make_settings
from tests.mentoring.kit import dm_to

JOIN = (
    "!mentor join topics: assessment, feedback, inclusion; languages: en, de; capacity: 3;"
    " consent: yes"
)
#: The asker's answers: "assessing" is the weakest area, the first of the plan.
ASKER = {
    "planning-learning-plan": 3,
    "guiding-instruct": 3,
    "assessing-progress": 1,
    "assessing-feedback": 1,
    "inclusion-needs": 2,
}
ASSESSING = ("assessing-progress", "assessing-feedback", "assessing-final")


@pytest.fixture
async def bot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    testbot = TestBot(make_settings(tmp_path, limits={"commands_per_window": 1000}), clock)
    await testbot.start()
    yield testbot
    await testbot.stop()


async def _rate(bot: TestBot, user: str, levels: dict[str, int]) -> None:
    for competence, level in levels.items():
        await bot.say(f"!cpd rate {competence} {level}", user=user, dm=True)


@pytest.mark.parametrize("first", ["mia", "max"])
async def test_the_mentor_strong_in_the_area_is_asked_first(bot: TestBot, first: str) -> None:
    strong, other = "mia", "max"
    for user in (first, other if first == strong else strong):  # ``first`` joins first
        joined = "\n".join(await bot.say(JOIN, user=user))
        assert "Welcome" in joined
        assert "rate your own areas with !cpd assess" in joined
    # Same topics; one rates themselves strong in assessing (4, 3, 3 → 3), the other weak.
    await _rate(bot, strong, dict(zip(ASSESSING, (4, 3, 3), strict=True)))
    await _rate(bot, other, dict(zip(ASSESSING, (2, 2, 3), strict=True)))
    framework = await bot.app.runtime.get(CpdService).framework()
    strong_ones = await bot.app.runtime.get(CpdService).strong_in(framework, "assessing")
    assert len(strong_ones) == 1

    await _rate(bot, "ana", ASKER)
    plan = "\n".join(await bot.say("!cpd plan", user="ana", dm=True))
    assert "mia" not in plan and "max" not in plan
    out = "\n".join(await bot.say("!cpd plan accept 1", user="ana", dm=True))
    (proposal,) = dm_to(out, strong)
    assert "assess" in proposal.lower()
    assert dm_to(out, other) == []
    assert "mia" not in "\n".join(dm_to(out, "ana")) and "max" not in "\n".join(dm_to(out, "ana"))


async def test_join_mentions_rating_in_the_readers_language(bot: TestBot) -> None:
    await bot.say("!language de", user="mia", dm=True)
    joined = "\n".join(await bot.say(JOIN, user="mia"))
    assert "!cpd einschätzen" in joined
    expert = "\n".join(
        await bot.say(
            "!expert join topics: welding; languages: en; capacity: 2; consent: yes", user="max"
        )
    )
    assert "!cpd" not in expert
