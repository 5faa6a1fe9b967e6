"""Undoing a person a failed command created, on both databases: gone when nothing refers to
them, kept (with everything of theirs) when something does."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.capabilities import modules
from bot.capabilities.mentoring.tables import Profile
from bot.store import Store, migrate
from bot.store.models import Identity, Person
from bot.store.people import claim_person, discard_if_unused, ensure_person

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


async def _count(store: Store, model: type[Person] | type[Identity] | type[Profile]) -> int:
    async with store.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_person_nothing_refers_to_is_discarded_with_their_identity(db_url: str) -> None:
    modules()  # every capability's tables, so every reference to people is known
    migrate.upgrade(db_url)
    store = Store(db_url)
    try:
        async with store.session() as session:
            person = await ensure_person(session, "discord", "42", "Ana", NOW)
        async with store.session() as session:
            assert await discard_if_unused(session, person.id)
        assert await _count(store, Person) == 0
        assert await _count(store, Identity) == 0
    finally:
        await store.close()


async def test_a_person_with_data_is_kept(db_url: str) -> None:
    modules()
    migrate.upgrade(db_url)
    store = Store(db_url)
    try:
        async with store.session() as session:
            person = await ensure_person(session, "discord", "42", "Ana", NOW)
            session.add(
                Profile(
                    person_id=person.id,
                    kind="mentor",
                    topics=["plumbing"],
                    languages=["en"],
                    consent_at=NOW,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        async with store.session() as session:
            assert not await discard_if_unused(session, person.id)
        assert await _count(store, Person) == 1
        assert await _count(store, Identity) == 1
        assert await _count(store, Profile) == 1
    finally:
        await store.close()


async def test_a_new_persons_first_commands_at_once_make_one_person(db_url: str) -> None:
    """Two processes meet someone new at the same moment: one person, both commands served.

    On PostgreSQL the second insert waits on the first's unique identity until the first
    commits, then inserts nothing; the second command then finds the first's person. SQLite lets one
    writer in at a time, so there the second simply finds the first."""
    import asyncio

    modules()
    migrate.upgrade(db_url)
    stores = [Store(db_url), Store(db_url)]
    try:
        one, two = (store.sessions() for store in stores)
        await one.begin()
        first = await ensure_person(one, "discord", "77", "Bea", NOW)
        if stores[0].dialect == "postgresql":
            await two.begin()
            racing = asyncio.create_task(ensure_person(two, "discord", "77", "Bea", NOW))
            await _until_waiting_on_a_lock(stores[0])
            await one.commit()
            second = await racing
        else:
            await one.commit()
            await two.begin()
            second = await ensure_person(two, "discord", "77", "Bea", NOW)
        await two.commit()
        await one.close()
        await two.close()
        assert first.id == second.id
        assert await _count(stores[0], Person) == 1
        assert await _count(stores[0], Identity) == 1
    finally:
        for store in stores:
            await store.close()


async def test_someone_stored_after_a_lookup_found_nobody_stays_one_person(db_url: str) -> None:
    """A lookup found nobody, and another process stored the person before this command's
    own transaction: the command gets that person, and leaves no second one behind."""
    modules()
    migrate.upgrade(db_url)
    store = Store(db_url)
    try:
        async with store.session() as session:
            stored = await ensure_person(session, "discord", "88", "Cem", NOW)
        async with store.session() as session:
            found, created = await claim_person(
                session, "discord", "88", "Cem K.", NOW, absent=True
            )
        assert (found.id, created) == (stored.id, False)
        assert found.display_name == "Cem"
        assert await _count(store, Person) == 1
        async with store.session() as session:
            identity = await session.scalar(select(Identity))
            assert identity is not None and identity.display_name == "Cem K."
    finally:
        await store.close()


async def _until_waiting_on_a_lock(store: Store) -> None:
    """Return once some session of this database waits on a lock (bounded)."""
    import asyncio

    from sqlalchemy import text

    for _ in range(600):
        async with store.session() as session:
            waiting = await session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        if waiting:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the second insert never waited on the first")
