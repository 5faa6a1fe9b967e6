"""Helpers for survey tests: a bot serving the networks AT, FR and EU on the console, a survey
made by AT's coordinator, and people answering it by direct message.

Nothing runs in real time: tests move the fake clock and call :func:`run_due`, which does
what the running bot's job does every minute, then deliver what that owes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.capabilities.surveys.service import SurveyService, Swept
from bot.capabilities.surveys.tables import Answer, Respondent
from tests.botkit import FakeClock, TestBot
from tests.networks.netkit import network_settings

ANNA = {"user": "anna", "role": "coordinator", "room": "at-lounge"}
CLAIRE = {"user": "claire", "role": "coordinator", "room": "fr-salon"}

#: A survey of AT with one question of each kind.
CREATE = (
    "!survey create title: Winter check-in; from: 2026-11-24; to: 2026-12-10; in: "
    "#at-lounge; questions: Did the workshop help? | yes / no / partly; How useful was it? "
    "| 1-5; What would you change? | text"
)


async def start(tmp_path: Path, db_url: str | None = None, **surveys: Any) -> TestBot:
    settings = network_settings(tmp_path, db_url, own_languages=False)
    if surveys:
        settings = settings.replace("surveys", **surveys)
    return await TestBot(settings, FakeClock()).start()


def service(bot: TestBot) -> SurveyService:
    return bot.app.runtime.get(SurveyService)


async def run_due(bot: TestBot) -> Swept:
    """What the running bot's survey job does, then deliver what it owes (announcements)."""
    swept = await service(bot).run_due()
    await bot.app.relay.flush()
    return swept


async def create(bot: TestBot, line: str = CREATE) -> list[str]:
    out = await bot.say(line, **ANNA)
    await bot.app.relay.flush()
    return out


async def answer(bot: TestBot, user: str, *lines: str) -> list[str]:
    """``user`` answers by direct message (each line as typed there)."""
    out: list[str] = []
    for line in lines:
        out += await bot.say(line, user=user, dm=True)
    return out


async def results(bot: TestBot, who: dict[str, str] = ANNA, survey: int = 1) -> str:
    return "\n".join(await bot.say(f"!survey results {survey}", **who))


async def stored(bot: TestBot) -> tuple[int, int]:
    """How many respondent rows and answers are stored."""
    async with bot.app.store.session() as session:
        people = await session.scalar(select(func.count()).select_from(Respondent))
        answers = await session.scalar(select(func.count()).select_from(Answer))
    return int(people or 0), int(answers or 0)
