"""A fourth platform, defined only here: a line-based chat over a TCP stream.

It proves the platform seam: nothing under ``bot/`` knows it. It declares itself as any
shipped platform does (:data:`LINES`, a :class:`bot.ports.Platform`), so the settings loader
reads its ``[lines]`` table, the composition root builds it from :class:`bot.ports.AdapterPorts`
and serves it, and the outbox delivers what is owed on it.

The wire, one UTF-8 line per message, ``\\`` and newlines in texts escaped as ``\\\\`` and
``\\n``:

* chat to bot: ``<sender> <where> <text>``, ``where`` a room (``#general``) or ``@`` for a
  direct message to the bot;
* bot to chat: ``<where> <text>``, ``where`` a room (``#general``, ``#general/t1`` in a
  thread) or a person (``@ana``, a direct message); choices follow the text as
  ``[label: command]`` lines.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.actions import Action, Delivery, DirectMessage, Post, React, Reply
from bot.errors import ConfigError
from bot.events import Message
from bot.permissions import Role, RoleRules, RoleScope
from bot.ports import AdapterPorts, ChatAdapter, CliCommand, MessageHandler, RoomDirectory
from bot.settings import Settings

NAME = "lines"


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append("\n" if following == "n" else following)
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True, slots=True, kw_only=True)
class LinesSettings:
    """``[lines]``: the chat server the bot connects to."""

    host: str = "127.0.0.1"
    port: int = 0

    def validate(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError("must be a port number from 1 to 65535", key="port")


class LinesAdapter(ChatAdapter):
    """Runs the core on the line chat: connects, reads lines until stopped."""

    platform = NAME

    def __init__(self, *, settings: LinesSettings, bot_name: str) -> None:
        self.settings = settings
        self.bot_name = bot_name
        self._writer: asyncio.StreamWriter | None = None
        self._ready = asyncio.Event()
        self._sent = itertools.count(1)
        self._threads = itertools.count(1)

    async def start(self, handler: MessageHandler) -> None:
        if not self.settings.port:
            raise ConfigError("no port to connect to", key="lines.port")
        reader, self._writer = await asyncio.open_connection(self.settings.host, self.settings.port)
        self._ready.set()
        while line := await reader.readline():
            message = self.message(line.decode().rstrip("\n"))
            if message is None:
                continue
            for action in await handler.handle(message):
                await self.perform(action)

    async def wait_ready(self) -> None:
        await self._ready.wait()

    def message(self, line: str) -> Message | None:
        """The core event for one line from the chat (``None``: not a message)."""
        sender, _, rest = line.partition(" ")
        where, _, text = rest.partition(" ")
        if not sender or not where or not text:
            return None
        direct = where == "@"
        return Message(
            platform=NAME,
            room_id=f"@{sender}" if direct else where.lstrip("#"),
            room_name="dm" if direct else where.lstrip("#"),
            sender_id=sender,
            sender_name=sender,
            text=unescape(text),
            is_direct=direct,
            event_id=f"l{next(self._sent)}",
        )

    async def perform(self, action: Action) -> Delivery | None:
        thread_id: str | None = None
        match action:
            case Reply():
                where, thread_id = _room(action.room_id), action.thread_id
                text, choices = action.plain_text, action.choices  # cards as plain lines
            case DirectMessage():
                where, text, choices = f"@{action.user_id}", action.text, action.choices
            case Post():
                where, text, choices = _room(action.room_id), action.text, ()
                thread_id = action.thread_id or (
                    f"t{next(self._threads)}" if action.thread_title else None
                )
            case React():
                return Delivery(message_id=action.event_id)
            case _:
                return None
        if self._writer is None:
            return None
        lines = [text, *(f"[{c.label}: {c.shown}]" for c in choices)]
        target = f"{where}/{thread_id}" if thread_id else where
        self._writer.write(f"{target} {escape(chr(10).join(lines))}\n".encode())
        await self._writer.drain()
        return Delivery(message_id=f"s{next(self._sent)}", thread_id=thread_id)

    async def stop(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError, ConnectionError):
                await self._writer.wait_closed()
            self._writer = None


def _room(room_id: str) -> str:
    return room_id if room_id.startswith(("@", "#")) else f"#{room_id}"


class LinesPlatform:
    """The line chat's declaration: a section, no role of its own (only users listed in
    ``[permissions]`` are more than trainers), plain room names."""

    name = NAME
    section = LinesSettings
    permission_keys = None
    catalogs = None
    operated = False

    def has_credentials(self, section: Any) -> bool:
        return isinstance(section, LinesSettings) and section.port > 0

    def role(
        self, message: Message, settings: Settings, rules: RoleRules | None = None
    ) -> Role | None:
        return None

    def grants_roles_in(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> bool:
        return False

    def room(self, word: str) -> str | None:
        return None

    def scope(self, settings: Settings) -> RoleScope:
        return RoleScope(configured_by="[permissions] coordinator_users (lines:NAME)")

    def room_language(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> str | None:
        return None

    def moment(self, at: datetime, style: str) -> str | None:
        return None

    def create(self, ports: AdapterPorts) -> ChatAdapter:
        return LinesAdapter(settings=ports.own(LinesSettings), bot_name=ports.bot_name)

    #: No subcommands.
    cli: tuple[CliCommand, ...] = ()


LINES = LinesPlatform()
