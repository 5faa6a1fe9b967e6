"""Helpers for the mentoring tests: a bot that can be restarted on the same database, and
plain SQL views of what is stored."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import create_engine, inspect, pool, text

from bot.capabilities.mentoring.scoring import Pairs
from bot.store.database import sync_url
from tests.botkit import FakeClock, TestBot, make_settings

MENTORING_TABLES = (
    "mentoring_profiles",
    "mentoring_requests",
    "mentoring_proposals",
    "mentoring_feedback",
)


class Restartable:
    """One bot at a time on one database; ``restart`` stops it and builds a new one, as a
    process restart would (nothing survives but the database and the clock)."""

    def __init__(self, tmp_path: Path, db_url: str, clock: FakeClock, **sections: Any) -> None:
        sections.setdefault("knowledge", {"seed": False})
        sections.setdefault("cpd", {"seed": False})
        self.settings = make_settings(tmp_path, db_url, **sections)
        self.clock = clock
        self.bot: TestBot | None = None

    async def start(self) -> TestBot:
        # A running bot (not a one-shot `vetbot say`): start hooks catch up on deadlines.
        self.bot = await TestBot(self.settings, self.clock, interactive=True).start()
        return self.bot

    async def restart(self) -> TestBot:
        """A fresh bot; returns it. Lines printed at start (deadline work) are in ``.output()``."""
        await self.stop()
        return await self.start()

    async def stop(self) -> None:
        if self.bot is not None:
            await self.bot.stop()
            self.bot = None

    async def say(self, line: str, *, user: str, role: str = "trainer", dm: bool = False) -> str:
        assert self.bot is not None
        # Spread commands out so the per-user rate limit never interferes.
        self.clock.advance(seconds=30)
        return "\n".join(await self.bot.say(line, user=user, role=role, dm=dm))


def rows(url: str, table: str) -> list[dict[str, Any]]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table}"))]
    finally:
        engine.dispose()


def snapshot(url: str, tables: tuple[str, ...] = MENTORING_TABLES) -> dict[str, list[str]]:
    """Every row of ``tables`` as sorted strings: equal snapshots mean nothing changed."""
    return {t: sorted(repr(sorted(r.items())) for r in rows(url, t)) for t in tables}


def every_table(url: str) -> dict[str, list[dict[str, Any]]]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        names = inspect(engine).get_table_names()
    finally:
        engine.dispose()
    return {name: rows(url, name) for name in names if name != "alembic_version"}


def proposal_id(output: str, user: str) -> int:
    """The id of the proposal sent to ``user`` in ``output`` (fails the test if none)."""
    found = re.search(rf"\[dm @{user}\] vetbot: A trainer is looking .*?proposal #(\d+)", output)
    assert found, f"no proposal to {user} in:\n{output}"
    return int(found.group(1))


def dm_to(output: str, user: str) -> list[str]:
    """The direct messages to ``user`` in ``output``, each with its continuation lines."""
    out: list[str] = []
    current: list[str] | None = None
    for line in output.splitlines():
        if line.startswith("  ") and current is not None:
            current.append(line)
            continue
        if current is not None:
            out.append("\n".join(current))
            current = None
        if line.startswith(f"[dm @{user}] "):
            current = [line]
    if current is not None:
        out.append("\n".join(current))
    return out


MIA = (
    "!mentor join topics: apprenticeship design, assessment of apprentices; languages: en, de;"
    " country: DE; sector: construction; capacity: 2; consent: yes;"
    " bio: In-company trainer in construction for twelve years"
)
MAX = "!mentor join topics: assessment, digital tools; languages: en; capacity: 1; consent: yes"
LEA = (
    "!mentor join topics: assessment, apprenticeship; languages: en, fr; capacity: 1; consent: yes"
)
NEED = "!match designing the assessment of apprentices in construction lang: en; country: DE"


def same_pairs(found: Pairs, expected: Pairs) -> bool:
    """The same pairs in the same order with the same scores (to the last bit)."""
    return (
        np.array_equal(found.need, expected.need)
        and np.array_equal(found.candidate, expected.candidate)
        and np.array_equal(found.score, expected.score)
    )
