"""Helpers for the dashboard tests: the report tests' networks (AT, FR, the European level)
with a few weeks of activity, the dashboard served on 127.0.0.1 (a free port), and a browser
of sorts (aiohttp's client with its own cookie jar) that signs in through the link sent by
direct message."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

import aiohttp
from sqlalchemy import select

from bot.capabilities.dashboard import DashboardChat
from bot.capabilities.dashboard.server import Dashboard
from bot.capabilities.knowledge.tables import KnowledgeEntry
from bot.store.models import AuditEntry
from tests.botkit import FakeClock, TestBot
from tests.prompts.promptkit import start_bot
from tests.reports.kit import settings_for
from tests.reports.scenario import Scenario

_LINK = re.compile(r"(http://\S+/login\?token=\S+)")
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def at(day: int, hour: int = 9, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


async def served_bot(tmp_path: Path, db_url: str, clock: FakeClock) -> tuple[TestBot, Dashboard]:
    settings = settings_for(tmp_path, db_url).replace("web", listen="127.0.0.1:0")
    bot = await start_bot(settings, clock)
    server = await bot.app.runtime.get(DashboardChat).serve()
    return bot, server


async def build_scenario(tmp_path: Path, db_url: str) -> tuple[Scenario, Dashboard, str]:
    """Three prompts (AT: 4 and 6 people answering; FR: 7), lookups that found nothing, a
    mentoring match in AT, and a suggestion waiting in AT's queue (its id returned)."""
    clock = FakeClock(current=at(1, 8))
    bot, server = await served_bot(tmp_path, db_url, clock)
    s = Scenario(bot, clock)
    await s.prompt(at(3), ["a1", "a2", "a3", "a4", "a1"])
    await s.prompt(at(6), ["b1", "b2", "b3", "b4", "b5", "b6"])
    await s.prompt(at(9), ["f1", "f2", "f3", "f4", "f5", "f6", "f7"], room="fr-salon", network="FR")
    await s.lookup("welding safety videos", found=False)
    await s.lookup("welding safety videos", found=False)
    await s.lookup("classe inversée", found=False, room="fr-salon", network="FR")
    await s.mentor("maria")
    await s.request("tom", ["accept"])
    entry = await s.suggest("tom", "Dual training handbook")
    s.to(at(20))
    return s, server, entry


async def link_for(bot: TestBot, user: str = "anna", room: str = "at-lounge") -> str:
    lines = await bot.say("!dashboard", user=user, role="coordinator", room=room)
    text = "\n".join(lines)
    assert f"[dm @{user}]" in text, text
    found = _LINK.search(text)
    assert found, text
    return found[1]


@dataclass
class Browser:
    """A client with its own cookies, speaking to the dashboard from its own origin."""

    server: Dashboard
    http: aiohttp.ClientSession

    @property
    def base(self) -> str:
        return self.server.base_url

    async def get(self, path: str) -> tuple[int, str]:
        async with self.http.get(self.base + path, allow_redirects=False) as response:
            return response.status, await response.text()

    async def post(
        self, path: str, data: dict[str, str], *, origin: str | None = "self"
    ) -> tuple[int, str]:
        headers = {}
        if origin == "self":
            headers["Origin"] = self.server.origin
        elif origin is not None:
            headers["Origin"] = origin
        async with self.http.post(
            self.base + path, data=data, headers=headers, allow_redirects=True
        ) as response:
            return response.status, await response.text()

    async def sign_in(self, link: str) -> tuple[int, str]:
        """Open the link, press the button (the POST takes the token)."""
        async with self.http.get(link) as response:
            assert response.status == 200
            page = await response.text()
        token = unescape(re.search(r'name="token" value="([^"]+)"', page)[1])  # type: ignore[index]
        return await self.post("/login", {"token": token})

    def csrf(self, page: str) -> str:
        found = _CSRF.search(page)
        assert found, page
        return unescape(found[1])


async def browser(server: Dashboard) -> AsyncIterator[Browser]:
    # unsafe: keep cookies of an IP address (127.0.0.1), as a browser does.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        yield Browser(server, http)


async def status_of(bot: TestBot, entry: str) -> str:
    async with bot.app.store.session() as session:
        row = await session.get(KnowledgeEntry, entry)
        assert row is not None
        return row.status


async def audit(bot: TestBot, action: str) -> list[AuditEntry]:
    async with bot.app.store.session() as session:
        stmt = select(AuditEntry).where(AuditEntry.action == action)
        return list((await session.execute(stmt)).scalars())


def table_of(page: str, table_id: str) -> dict[str, str]:
    """The rows of a chart's table (label -> value as shown)."""
    found = re.search(rf'<table id="{re.escape(table_id)}">(.*?)</table>', page, re.S)
    assert found, f"no table {table_id}"
    rows = re.findall(r'<th scope="row">(.*?)</th><td class="num">(.*?)</td>', found[1])
    return {unescape(label): unescape(value) for label, value in rows}
