"""The whole bot on the Discord adapter against the fake Discord, in process.

``running_bot(fake, tmp_path)`` builds an :class:`~bot.app.App` whose ``[discord]`` settings
point at the fake (SQLite in ``tmp_path``), loads the adapter by name as ``vetbot run`` does,
starts it in a task and waits until its gateway session is ready. ``probe_commands`` adds a
few commands that report what the core received, so the tests can see the translation without
depending on any real capability.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adapters.discord.adapter import DiscordAdapter
from bot.actions import Choice
from bot.app import App
from bot.commands import Command, Option
from bot.completions import Completion, CompletionRequest
from bot.context import Context
from bot.permissions import Role
from bot.ports import Clock
from bot.runtime import Runtime
from bot.settings import Settings
from tests import databases
from tests.botkit import make_settings
from tests.fakes.discord import FakeDiscord, RecordedRequest

TIMEOUT = 5.0
TOPICS = ("mentoring", "mentorship", "menu planning", "peer learning")
LONG_LINE = "x" * 900


def discord_settings(fake: FakeDiscord, tmp_path: Path, **sections: dict[str, Any]) -> Settings:
    discord = {
        "token": fake.token,
        "api_base": fake.api_base,
        "gateway_url": fake.gateway_url,
        **sections.pop("discord", {}),
    }
    return make_settings(
        tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}", discord=discord, **sections
    )


async def _whoami(ctx: Context) -> None:
    m = ctx.message
    ctx.reply(
        f"user={m.sender_name} role={ctx.role.label} direct={m.is_direct} "
        f"lang={m.language} country={m.country} guild={m.server_id} thread={m.thread_id}"
    )


async def _echo(ctx: Context) -> None:
    options = "; ".join(f"{k}={v}" for k, v in sorted(ctx.options.items()))
    ctx.reply(f"echo: {ctx.text}" + (f" [{options}]" if options else ""))


async def _long(ctx: Context) -> None:
    ctx.reply("\n".join(f"{i}:{LONG_LINE}" for i in range(5)))


async def _ask(ctx: Context) -> None:
    ctx.reply(
        "Shall I tell you who you are?",
        choices=[Choice(label="Yes", command="!whoami"), Choice(label="No", command="!echo no")],
    )


async def _notify(ctx: Context) -> None:
    ctx.dm("A private note for you.")
    ctx.reply("I sent you a direct message.")


async def _secret(ctx: Context) -> None:
    ctx.reply("coordinators only: granted")


async def _slow(ctx: Context) -> None:
    await asyncio.sleep(0.3)
    ctx.reply("thought about it")
    ctx.reply("and one more thing")


async def _topics(prefix: str, request: CompletionRequest) -> list[Completion]:
    return [Completion(label=t.title(), value=t) for t in TOPICS if t.startswith(prefix.lower())]


def probe_commands(runtime: Runtime) -> None:
    """Commands (unknown to the adapter) that show what the core got."""
    registry = runtime.registry
    registry.add(Command(name="whoami", summary="Who am I?", handler=_whoami, personal=True))
    registry.add(
        Command(
            name="echo",
            summary="Say it back.",
            usage="TEXT [lang: xx] [note: …]",
            argument="text",
            argument_autocomplete="topics",
            options=(
                Option(name="lang", help="a language", choices=("de", "en", "fr")),
                Option(name="note", help="a note", greedy=True),
            ),
            handler=_echo,
            subcommands={
                "twice": Command(
                    name="twice",
                    summary="Say it twice.",
                    usage="TEXT",
                    argument="text",
                    handler=_echo,
                )
            },
        )
    )
    registry.add(Command(name="long", summary="A long answer.", handler=_long))
    registry.add(Command(name="ask", summary="Offer choices.", handler=_ask))
    registry.add(Command(name="notify", summary="Send a DM.", handler=_notify))
    registry.add(
        Command(name="secret", summary="Coordinators.", handler=_secret, role=Role.COORDINATOR)
    )
    registry.add(Command(name="slow", summary="Takes its time.", handler=_slow, personal=True))
    runtime.complete_with("topics", _topics)


@dataclass
class RunningBot:
    app: App
    adapter: DiscordAdapter
    task: asyncio.Task[None]


@asynccontextmanager
async def running_bot(
    fake: FakeDiscord,
    tmp_path: Path,
    *,
    setup: Callable[[Runtime], None] = probe_commands,
    interactive: bool = False,
    clock: Clock | None = None,
    **sections: dict[str, Any],
) -> AsyncIterator[RunningBot]:
    """The bot connected to ``fake`` (on ``clock``, else the system's); stopped (and its task
    awaited) afterwards."""
    app = App(discord_settings(fake, tmp_path, **sections), clock=clock, interactive=interactive)
    setup(app.runtime)
    databases.prepare(app.settings.database_url)
    await app.start()
    adapter = app.load_adapter("discord")
    assert isinstance(adapter, DiscordAdapter)
    adapter.guild_ready_timeout = 0.05  # the fake sends its one GUILD_CREATE right after READY
    task = asyncio.create_task(adapter.start(app))
    try:
        async with asyncio.timeout(TIMEOUT):
            ready = asyncio.ensure_future(adapter.wait_until_ready())
            await asyncio.wait({ready, task}, return_when=asyncio.FIRST_COMPLETED)
            if task.done():
                ready.cancel()
                task.result()  # raises what start raised
        yield RunningBot(app=app, adapter=adapter, task=task)
    finally:
        await app.stop()
        async with asyncio.timeout(TIMEOUT):
            await task


async def bot_post(fake: FakeDiscord, channel_id: int) -> RecordedRequest:
    """The next message the bot posted in a channel."""
    return await fake.wait_for_request("POST", rf"/channels/{channel_id}/messages")
