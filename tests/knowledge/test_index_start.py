"""The lookup index at start: a current snapshot is served, anything else is rebuilt, and
lookups are answered while a large store is being indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.capabilities.knowledge import SNAPSHOT_FILE
from bot.capabilities.knowledge.service import KnowledgeService
from bot.store import Store
from knowledge import snapshot
from knowledge.io import RawRow
from tests.botkit import FakeClock, TestBot
from tests.knowledge.conftest import load_entries, service_of, start_bot

QUERIES = ("apprenticeship toolkit", "evaluation formation", "mentoring", "qualty framework")


async def answers(bot: TestBot) -> list[list[str]]:
    service = service_of(bot)
    return [
        [found.entry.id for found in (await service.search(query, limit=10)).items]
        for query in QUERIES
    ]


async def first_run(tmp_path: Path, clock: FakeClock, db_url: str) -> list[list[str]]:
    """A bot that loads the entries and stops (saving its snapshot); what it answered."""
    bot = await start_bot(tmp_path, clock, db_url)
    await load_entries(bot)
    found = await answers(bot)
    await bot.stop()
    assert snapshot_file(tmp_path).is_file()
    return found


def snapshot_file(tmp_path: Path) -> Path:
    return next(tmp_path.rglob(SNAPSHOT_FILE))


async def test_a_restart_serves_the_saved_index_with_the_same_answers(
    tmp_path: Path, clock: FakeClock, db_url: str
) -> None:
    before = await first_run(tmp_path, clock, db_url)
    bot = await start_bot(tmp_path, clock, db_url)
    try:
        assert service_of(bot).loaded_from == "snapshot"
        assert service_of(bot).ready
        assert await answers(bot) == before
        assert before[0][0] == "apprenticeship-toolkit"
    finally:
        await bot.stop()


async def test_a_change_made_while_the_bot_was_down_makes_it_rebuild(
    tmp_path: Path, clock: FakeClock, db_url: str
) -> None:
    bot = await start_bot(tmp_path, clock, db_url)
    await load_entries(bot)
    url = bot.app.runtime.store.url
    await bot.stop()
    # Another process (``vetbot knowledge import``) adds an entry while no bot runs.
    store = Store(url)
    try:
        row = {
            "id": "quokka-passport",
            "title": "Quokka welding passport",
            "url": "https://example.org/quokka",
            "type": "guide",
            "languages": ["en"],
        }
        report = await KnowledgeService(store, clock).import_rows([RawRow(row=1, fields=row)])
        assert report.created == ("quokka-passport",)
    finally:
        await store.close()
    bot = await start_bot(tmp_path, clock, db_url)
    try:
        assert service_of(bot).loaded_from == "build"
        page = await service_of(bot).search("quokka welding")
        assert [f.entry.id for f in page.items][:1] == ["quokka-passport"]
    finally:
        await bot.stop()


async def test_counting_views_does_not_make_the_snapshot_stale(
    tmp_path: Path, clock: FakeClock, db_url: str
) -> None:
    await first_run(tmp_path, clock, db_url)
    bot = await start_bot(tmp_path, clock, db_url)
    try:
        assert service_of(bot).loaded_from == "snapshot"
        assert await service_of(bot).mark_shown("apprenticeship-toolkit", "someone")
    finally:
        await bot.stop()
    bot = await start_bot(tmp_path, clock, db_url)
    try:
        assert service_of(bot).loaded_from == "snapshot"
    finally:
        await bot.stop()


async def test_a_damaged_snapshot_is_rebuilt_not_served(
    tmp_path: Path, clock: FakeClock, sqlite_url: str
) -> None:
    before = await first_run(tmp_path, clock, sqlite_url)
    path = snapshot_file(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[:-100] + bytes(b ^ 0xFF for b in raw[-100:]))
    bot = await start_bot(tmp_path, clock, sqlite_url)
    try:
        assert service_of(bot).loaded_from == "build"
        assert await answers(bot) == before
        snapshot.load(path)  # replaced by a sound one
    finally:
        await bot.stop()


async def test_a_snapshot_of_another_database_is_not_served(
    tmp_path: Path, clock: FakeClock, sqlite_url: str
) -> None:
    await first_run(tmp_path, clock, sqlite_url)
    path = snapshot_file(tmp_path)
    index, stamp = snapshot.load(path)
    snapshot.save(index, path, snapshot.Stamp(store="elsewhere", revision=stamp.revision))
    bot = await start_bot(tmp_path, clock, sqlite_url)
    try:
        assert service_of(bot).loaded_from == "build"
    finally:
        await bot.stop()


async def test_lookups_are_answered_while_a_large_store_is_indexed(
    tmp_path: Path, clock: FakeClock, db_url: str
) -> None:
    bot = await start_bot(tmp_path, clock, db_url)
    try:
        await load_entries(bot)
        # Every store counts as large here: it is indexed in the background.
        service = KnowledgeService(bot.app.runtime.store, clock, build_in_background_above=0)
        await service.start(seed=False)
        assert not service.ready
        page = await service.search("apprenticeship toolkit")
        assert page.items[0].entry.id == "apprenticeship-toolkit"  # from the slower path
        await service.wait_ready()
        assert service.ready and service.loaded_from == "build"
        page = await service.search("aprenticeship toolkt")  # typos need the full index
        assert page.items[0].entry.id == "apprenticeship-toolkit"
        await service.stop()
    finally:
        await bot.stop()


async def test_a_large_store_loads_its_snapshot_in_the_background_too(
    tmp_path: Path, clock: FakeClock, sqlite_url: str
) -> None:
    bot = await start_bot(tmp_path, clock, sqlite_url)
    try:
        await load_entries(bot)
        path = tmp_path / "large.snapshot"
        for expected in ("build", "snapshot"):
            service = KnowledgeService(
                bot.app.runtime.store, clock, snapshot_path=path, build_in_background_above=0
            )
            await service.start(seed=False)
            assert not service.ready
            page = await service.search("apprenticeship toolkit")
            assert page.items[0].entry.id == "apprenticeship-toolkit"
            await service.wait_ready()
            assert service.loaded_from == expected
            await service.stop()
    finally:
        await bot.stop()


async def test_an_sqlite_store_is_indexed_while_another_process_writes(
    tmp_path: Path, clock: FakeClock, sqlite_url: str
) -> None:
    # The start, the slower path and the background build only read: with another process
    # holding the write lock throughout (a long import, say), none of them waits for it. The
    # store gives up on the lock after half a second, so a session that took it would fail.
    bot = await start_bot(tmp_path, clock, sqlite_url)
    store = Store(f"{sqlite_url}?timeout=0.5")
    other = sqlite3.connect(sqlite_url.split("///", 1)[1], isolation_level=None)
    try:
        await load_entries(bot)
        other.execute("BEGIN IMMEDIATE")
        service = KnowledgeService(
            store, clock, snapshot_path=tmp_path / "busy.snapshot", build_in_background_above=0
        )
        await service.start(seed=False)
        page = await service.search("apprenticeship toolkit")
        assert page.items[0].entry.id == "apprenticeship-toolkit"  # from the slower path
        await service.wait_ready()
        assert service.ready and service.loaded_from == "build"
        page = await service.search("aprenticeship toolkt")
        assert page.items[0].entry.id == "apprenticeship-toolkit"
        await service.stop()
    finally:
        other.execute("ROLLBACK")
        other.close()
        await store.close()
        await bot.stop()
