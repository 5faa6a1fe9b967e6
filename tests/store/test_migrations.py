"""The migration chain from empty to head and back, and the core tables, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, pool

from bot.store import Store, migrate
from bot.store.database import sync_url
from bot.store.people import audit, ensure_person, find_person, identities_of


def _tables(url: str) -> set[str]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_every_revision_goes_up_and_down(db_url: str) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(db_url))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[0] == "0001"
    for rev in revisions:
        migrate.upgrade(db_url, rev)
        assert migrate.current_revision(db_url) == rev
    assert {"people", "identities", "audit_log"} <= _tables(db_url)
    for rev in reversed(revisions[:-1]):
        migrate.downgrade(db_url, rev)
        assert migrate.current_revision(db_url) == rev
    migrate.downgrade(db_url, "base")
    assert migrate.current_revision(db_url) is None
    assert _tables(db_url) == set()
    migrate.upgrade(db_url)
    migrate.check_at_head(db_url)


async def test_people_identities_and_audit(db_url: str) -> None:
    migrate.upgrade(db_url)
    store = Store(db_url)
    now = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    try:
        async with store.session() as s:
            assert await find_person(s, "discord", "1") is None
            person = await ensure_person(s, "discord", "1", "Ana", now)
            again = await ensure_person(s, "discord", "1", "Ana M.", now)
            assert again.id == person.id
            await audit(
                s,
                at=now,
                platform="discord",
                actor_id="1",
                role="coordinator",
                action="tool.approve",
            )
        async with store.session() as s:
            found = await find_person(s, "discord", "1")
            assert found is not None and found.created_at == now
            ids = await identities_of(s, found.id)
            assert [(i.platform, i.display_name) for i in ids] == [("discord", "Ana M.")]
        # A failing transaction leaves nothing behind.
        with pytest.raises(RuntimeError):
            async with store.session() as s:
                await ensure_person(s, "matrix", "@b:x", "B", now)
                raise RuntimeError("boom")
        async with store.session() as s:
            assert await find_person(s, "matrix", "@b:x") is None
    finally:
        await store.close()


def test_naive_datetimes_are_refused(sqlite_url: str) -> None:
    from bot.store.base import UTCDateTime

    with pytest.raises(ValueError):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), create_engine("sqlite://").dialect)


def test_upgrade_to_head_migrates_an_older_database_and_leaves_a_current_one(db_url: str) -> None:
    migrate.upgrade(db_url, "0002")
    assert "prompts" not in _tables(db_url)
    migrate.upgrade(db_url)
    assert migrate.current_revision(db_url) == migrate.head_revision()
    assert {"mentoring_profiles", "prompts"} <= _tables(db_url)
    migrate.upgrade(db_url)  # at head: nothing to do
    migrate.check_at_head(db_url)
