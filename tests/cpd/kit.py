"""Helpers for the CPD tests."""

from __future__ import annotations

from bot.store import Store
from bot.store.people import claim_person
from tests.botkit import FakeClock


async def person(store: Store, user: str, clock: FakeClock) -> int:
    async with store.session() as session:
        found, _ = await claim_person(session, "console", user, user, clock.now())
        return found.id
