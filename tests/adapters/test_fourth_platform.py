"""The platform seam: a fourth platform, defined only under tests/ (:mod:`tests.adapters.lines`),
runs a lookup and a mentoring proposal end to end with nothing under bot/ knowing it.

The bot is wired as ``vetbot run`` wires it: settings read from a bot.toml that configures the
platform's own section, the store prepared, the adapter built by the composition root from the
platform's declaration and started, then the capabilities' start hooks. The test plays the
chat server; people's lines go in, the bot's lines come out.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.errors import ConfigError
from bot.platforms import shipped
from bot.settings import Settings, load_settings
from bot.store.models import OutboxEntry
from tests.adapters.lines import LINES, LinesAdapter, escape, unescape

TIMEOUT = 15.0

MIA = (
    "!mentor join topics: apprenticeship design, assessment of apprentices; languages: en, de;"
    " country: DE; sector: construction; capacity: 2; consent: yes;"
    " bio: In-company trainer in construction for twelve years"
)
NEED = "!match designing the assessment of apprentices in construction lang: en; country: DE"


class Chat:
    """The line chat's server: holds the bot's connection, says people's lines to it and
    keeps every line it says back."""

    def __init__(self) -> None:
        self.heard: list[tuple[str, str]] = []
        self._writer: asyncio.StreamWriter | None = None
        self._connected = asyncio.Event()
        self._new = asyncio.Condition()
        self._server: asyncio.Server | None = None

    async def open(self) -> int:
        self._server = await asyncio.start_server(self._bot, "127.0.0.1", 0)
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _bot(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._connected.set()
        while line := await reader.readline():
            where, _, text = line.decode().rstrip("\n").partition(" ")
            async with self._new:
                self.heard.append((where, unescape(text)))
                self._new.notify_all()
        writer.close()

    async def say(self, sender: str, where: str, text: str) -> None:
        async with asyncio.timeout(TIMEOUT):
            await self._connected.wait()
        assert self._writer is not None
        self._writer.write(f"{sender} {where} {escape(text)}\n".encode())
        await self._writer.drain()

    async def told(self, where: str, containing: str) -> str:
        """The first line the bot said to ``where`` that holds ``containing``."""

        def found() -> str | None:
            return next((t for w, t in self.heard if w == where and containing in t), None)

        async with asyncio.timeout(TIMEOUT), self._new:
            await self._new.wait_for(lambda: found() is not None)
        text = found()
        assert text is not None
        return text


def settings_for(tmp_path: Path, port: int) -> Settings:
    path = tmp_path / "bot.toml"
    path.write_text(
        f'[bot]\ndata_dir = "{tmp_path}"\n[lines]\nport = {port}\n'
        '[permissions]\ncoordinator_users = ["lines:cora"]\n',
        encoding="utf-8",
    )
    return load_settings(path, {}, platforms=(*shipped(), LINES))


@pytest.fixture
async def chat() -> AsyncIterator[Chat]:
    chat = Chat()
    yield chat
    await chat.close()


@contextlib.asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[App]:
    """What ``vetbot run`` does: store, adapters (started), then the start hooks."""
    app = App(settings, interactive=True)
    await app.prepare_store()
    tasks = []
    for name in settings.enabled_adapters:
        adapter = app.load_adapter(name)
        tasks.append(asyncio.create_task(adapter.start(app)))
    try:
        for adapter in app.adapters.values():
            assert isinstance(adapter, LinesAdapter)
            async with asyncio.timeout(TIMEOUT):
                await adapter.wait_ready()
        await app.start(prepare_store=False)
        yield app
    finally:
        await app.stop()
        async with asyncio.timeout(TIMEOUT):
            await asyncio.gather(*tasks)


async def test_a_platform_declared_outside_the_core_serves_a_lookup_and_a_proposal(
    tmp_path: Path, chat: Chat
) -> None:
    settings = settings_for(tmp_path, await chat.open())
    # The settings loader read the platform's own section, and its name counts as a platform
    # for [bot] adapters and for users listed as platform:id.
    assert settings.enabled_adapters == ("lines",)
    assert settings.section("lines", LINES.section).port > 0
    async with running(settings) as app:
        await chat.say("mia", "@", MIA)
        assert "Welcome" in await chat.told("@mia", "Welcome")

        # A lookup in a room, answered in that room.
        await chat.say("ana", "#general", "!tool mentoring guide")
        found = await chat.told("#general", "Tools for")
        assert "1. " in found and "[More: !more]" in found

        # A request by direct message: answered to ana, the proposal owed to mia is written
        # to the outbox with the request and delivered to the adapter holding the platform.
        await chat.say("ana", "@", NEED)
        assert "Request #1 saved" in await chat.told("@ana", "Request #1")
        proposal = await chat.told("@mia", "A trainer is looking")
        assert "assessment of apprentices" in proposal and "ana" not in proposal
        assert "[Accept: !match accept 1]" in proposal
        # The line reaches mia before the relay records it as sent: wait for the record.
        await app.settle()
        async with app.store.session() as session:
            owed = (
                await session.scalars(
                    select(OutboxEntry).where(OutboxEntry.topic == "mentoring.proposal")
                )
            ).all()
        # Sent: marked so with the id the line chat's adapter reported (and no recipient kept).
        assert [(o.platform, o.kind, o.sent_at is not None) for o in owed] == [
            ("lines", "dm", True)
        ]
        assert owed[0].message_id is not None and owed[0].message_id.startswith("s")

        # Mia accepts: both get the introduction.
        await chat.say("mia", "@", "!match accept 1")
        assert "Your mentee is ana" in await chat.told("@mia", "Your mentee is")
        assert "Meet mia" in await chat.told("@ana", "Good news")


def test_the_fourth_platforms_section_is_checked_like_any_other(tmp_path: Path) -> None:
    path = tmp_path / "bot.toml"
    path.write_text("[lines]\nport = 99999\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(path, {}, platforms=(*shipped(), LINES))
    assert "lines.port: must be a port number" in str(err.value) and str(path) in str(err.value)
    # Without its declaration, the same file names a section nobody knows.
    with pytest.raises(ConfigError) as unknown:
        load_settings(path, {})
    assert "lines: unknown section" in str(unknown.value)
