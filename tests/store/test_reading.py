"""``Store.reading()`` on SQLite: a lookup that neither takes nor waits for the write lock,
while a write transaction (``Store.session()``) waits for it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.errors import StoreError
from bot.store import Store, migrate
from bot.store.models import Person
from bot.store.people import ensure_person

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


async def test_a_reading_session_reads_while_another_process_holds_the_write_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vetbot.db"
    url = f"sqlite+aiosqlite:///{path}"
    migrate.upgrade(url)
    # A short busy timeout, so a session that waits for the lock gives up soon.
    store = Store(f"{url}?timeout=0.5")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        async with store.session() as session:
            await ensure_person(session, "console", "ana", "Ana", NOW)
        other.execute("BEGIN IMMEDIATE")  # another process writing
        async with store.reading() as session:
            count = await session.scalar(select(func.count()).select_from(Person))
        assert count == 1  # what was committed, read without waiting
        with pytest.raises(StoreError):
            async with store.session() as session:
                await session.scalar(select(func.count()).select_from(Person))
    finally:
        other.execute("ROLLBACK")
        other.close()
        await store.close()
