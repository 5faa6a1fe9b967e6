"""Undoing a person a failed command created, on both databases: gone when nothing refers to
them, kept (with everything of theirs) when something does."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.capabilities import modules
from bot.capabilities.mentoring.tables import Profile
from bot.store import Store, migrate
from bot.store.models import Identity, Person
from bot.store.people import discard_if_unused, ensure_person

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
