"""The databases tests get: each starts at the newest schema, with no rows, and is its own."""

from __future__ import annotations

from pathlib import Path

from bot.store import migrate
from tests import databases
from tests.botkit import TestBot, make_settings
from tests.mentoring.kit import every_table


def test_a_test_database_is_at_the_newest_schema_and_empty(db_url: str) -> None:
    assert migrate.current_revision(db_url) == migrate.head_revision()
    tables = every_table(db_url)
    # Empty but for the change counters (knowledge; mentoring proposals and profiles), at 0.
    assert tables.pop("knowledge_revision") == [{"id": 1, "value": 0}]
    assert tables.pop("mentoring_revision") == [{"id": 1, "value": 0}, {"id": 2, "value": 0}]
    assert "people" in tables and not any(tables.values())


async def test_a_bot_on_a_new_file_starts_at_the_newest_schema_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'new' / 'bot.db'}"
    settings = make_settings(tmp_path, url, knowledge={"seed": False})
    first = await TestBot(settings).start()
    await first.say("!mentor join topics: assessment; languages: en; capacity: 1; consent: yes")
    await first.stop()
    assert migrate.current_revision(url) == migrate.head_revision()
    assert len(every_table(url)["mentoring_profiles"]) == 1
    # Started again on the same file, a bot finds what the first one stored.
    again = await TestBot(settings).start()
    await again.stop()
    assert len(every_table(url)["mentoring_profiles"]) == 1


async def test_the_empty_file_a_new_bots_store_creates_is_filled_from_the_template(
    tmp_path: Path,
) -> None:
    settings = make_settings(tmp_path / "data", knowledge={"seed": False})
    bot = TestBot(settings)
    try:
        databases.prepare(settings.database_url)
        # At the newest schema before the bot started: starting it has nothing to migrate.
        assert migrate.current_revision(settings.database_url) == migrate.head_revision()
    finally:
        await bot.app.store.close()
