"""What ``!more`` continues (and ``!more back`` returns to): the last search per user and room.

A single bot remembers it in memory only: nothing about who searched is stored, the memory is
bounded in number (:data:`PAGING_MEMORY`) and age (:data:`PAGING_SECONDS`) and gone at a
restart. Replicas of a cluster answer one person's messages in turn, so there the search is
kept in the database (``knowledge_pages``, by digests of where and who, for an hour), and
``!more`` works whichever replica answers it; it is part of ``!mydata`` and ``!forgetme``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.knowledge.tables import KnowledgePage
from bot.capabilities.privacy import Subject
from bot.context import Context
from bot.ports import Clock
from bot.store import Store
from knowledge.engine import Filters

#: Remembered searches for ``!more``: at most this many, each for this long.
PAGING_MEMORY: Final = 1000
PAGING_SECONDS: Final = 3600.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Search:
    """A search remembered for ``!more``: what was asked, where the page last shown starts
    (``offset``) and where the next one starts (``next_offset``)."""

    query: str
    filters: Filters
    prefer_lang: str | None
    prefer_country: str | None
    options: str
    next_offset: int
    total: int
    at: float
    browse: bool = False  # options only, no query: every entry they select
    offset: int = 0


class Paging:
    """The last search per (platform, room, thread, user), bounded in number and age; in the
    database when ``store`` is given (replicas), else in memory."""

    def __init__(self, store: Store | None = None, clock: Clock | None = None) -> None:
        self._items: OrderedDict[tuple[str, str, str, str], Search] = OrderedDict()
        self.store = store
        self.clock = clock

    @staticmethod
    def key(ctx: Context) -> tuple[str, str, str, str]:
        msg = ctx.message
        return (msg.platform, msg.room_id, msg.thread_id or "", msg.sender_id)

    async def remember(self, ctx: Context, search: Search) -> None:
        if self.store is not None and self.clock is not None:
            await self._save(ctx, search)
            return
        key = self.key(ctx)
        self._items[key] = search
        self._items.move_to_end(key)
        while len(self._items) > PAGING_MEMORY:
            self._items.popitem(last=False)

    async def recall(self, ctx: Context) -> Search | None:
        if self.store is not None and self.clock is not None:
            return await self._load(ctx)
        search = self._items.get(self.key(ctx))
        if search is None or ctx.runtime.clock.monotonic() - search.at > PAGING_SECONDS:
            return None
        return search

    async def _save(self, ctx: Context, search: Search) -> None:
        assert self.store is not None and self.clock is not None
        now = self.clock.now()
        data = dataclasses.asdict(search)
        key = digest(*self.key(ctx))
        async with self.store.session() as session:
            await session.execute(
                delete(KnowledgePage).where(
                    (KnowledgePage.key == key)
                    | (KnowledgePage.saved_at < now - timedelta(seconds=PAGING_SECONDS))
                )
            )
            session.add(
                KnowledgePage(
                    key=key,
                    user_key=user_digest(ctx.message.platform, ctx.message.sender_id),
                    search=data,
                    saved_at=now,
                )
            )

    async def _load(self, ctx: Context) -> Search | None:
        assert self.store is not None and self.clock is not None
        async with self.store.session() as session:
            row = await session.get(KnowledgePage, digest(*self.key(ctx)))
        if row is None or (self.clock.now() - row.saved_at).total_seconds() > PAGING_SECONDS:
            return None
        return _search(row.search)


def digest(*parts: str) -> str:
    """A digest of ``parts``: rows found by who and where, never naming them."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def user_digest(platform: str, user_id: str) -> str:
    return digest("user", platform, user_id)


def _search(data: dict[str, Any]) -> Search | None:
    try:
        fields = dict(data)
        fields["filters"] = Filters(**fields["filters"])
        return Search(**fields)
    except (TypeError, KeyError):
        return None  # saved by another version: as if nothing was remembered


def _user_keys(subject: Subject) -> list[str]:
    return [user_digest(account.platform, account.user_id) for account in subject.accounts]


async def export(session: AsyncSession, subject: Subject) -> dict[str, Any]:
    """The searches ``!more`` would continue for this person (replicas only)."""
    rows = (
        await session.execute(
            select(KnowledgePage)
            .where(KnowledgePage.user_key.in_(_user_keys(subject)))
            .order_by(KnowledgePage.saved_at)
        )
    ).scalars()
    searches = [
        {
            "query": row.search.get("query", ""),
            "options": row.search.get("options", ""),
            "saved_at": row.saved_at.isoformat(),
        }
        for row in rows
    ]
    return {"searches": searches} if searches else {}


async def erase(session: AsyncSession, subject: Subject) -> None:
    """Forget the searches ``!more`` would continue for this person."""
    await session.execute(
        delete(KnowledgePage).where(KnowledgePage.user_key.in_(_user_keys(subject)))
    )
