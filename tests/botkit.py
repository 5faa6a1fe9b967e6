"""A whole bot in memory for tests: the real core, store and capabilities, driven through the
console adapter. Tests push messages in and read back the lines the bot printed."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from adapters.console import ConsoleAdapter
from bot.actions import Action
from bot.app import App
from bot.settings import Settings, load_settings
from tests import databases

_FILE_LINE = re.compile(r"^  \[file: (.+)\]$", re.MULTILINE)


def sent_files(output: str) -> list[Path]:
    """The files the console saved for the messages in ``output`` (``[file: PATH]`` lines)."""
    return [Path(found) for found in _FILE_LINE.findall(output)]


def exported(output: str) -> dict[str, Any]:
    """The JSON of the one file sent in ``output`` (the ``!mydata`` export)."""
    (path,) = sent_files(output)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass
class FakeClock:
    """A clock tests move by hand; starts at a fixed, known instant."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    mono: float = 1000.0

    def now(self) -> datetime:
        return self.current

    def monotonic(self) -> float:
        return self.mono

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self.current += step
        self.mono += step.total_seconds()


def make_settings(
    data_dir: Path, db_url: str | None = None, **sections: dict[str, Any]
) -> Settings:
    """Settings with defaults, the data dir given, the database given, and section overrides."""
    env: dict[str, str] = {}
    settings = load_settings(None, env)
    settings = settings.replace("bot", data_dir=str(data_dir))
    if db_url:
        settings = settings.replace("store", url=db_url)
    for name, changes in sections.items():
        settings = settings.replace(name, **changes)
    return settings


class TestBot:
    """An :class:`App` with a console adapter; ``say`` returns the printed lines."""

    __test__ = False

    def __init__(
        self, settings: Settings, clock: FakeClock | None = None, interactive: bool = False
    ) -> None:
        self.clock = clock or FakeClock()
        self.app = App(settings, clock=self.clock, interactive=interactive)
        self.out = io.StringIO()
        self.console = ConsoleAdapter(out=self.out, files_dir=settings.data_dir / "files")
        self.app.add_adapter(self.console)
        self.last_actions: list[Action] = []

    async def start(self) -> TestBot:
        # A database file that does not exist yet starts as a copy of the session's migrated
        # template, so the App's own migration step finds nothing to do.
        databases.prepare(self.app.settings.database_url)
        await self.app.start()
        return self

    async def stop(self) -> None:
        await self.app.stop()

    async def say(
        self,
        text: str,
        *,
        user: str = "ana",
        role: str = "trainer",
        room: str = "general",
        dm: bool = False,
        thread: str | None = None,
    ) -> list[str]:
        """Send ``text`` as ``user`` and return the lines printed for the bot's actions."""
        self.console.user, self.console.role, self.console.room = user, role, room
        self.console.direct, self.console.thread = dm, thread
        before = len(self.console.printed)
        self.last_actions = await self.console.say(self.app, text)
        return self.console.printed[before:]

    def output(self) -> str:
        return "\n".join(self.console.printed)
