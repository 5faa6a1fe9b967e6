"""What ``!more`` continues (and ``!more back`` returns to): the last search per user and room,
remembered in memory only.

Nothing about who searched is stored: the memory is bounded in number
(:data:`PAGING_MEMORY`) and age (:data:`PAGING_SECONDS`) and gone at a restart.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Final

from bot.context import Context
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
    """The last search per (platform, room, thread, user), bounded in number and age."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[str, str, str, str], Search] = OrderedDict()

    @staticmethod
    def key(ctx: Context) -> tuple[str, str, str, str]:
        msg = ctx.message
        return (msg.platform, msg.room_id, msg.thread_id or "", msg.sender_id)

    def remember(self, ctx: Context, search: Search) -> None:
        key = self.key(ctx)
        self._items[key] = search
        self._items.move_to_end(key)
        while len(self._items) > PAGING_MEMORY:
            self._items.popitem(last=False)

    def recall(self, ctx: Context) -> Search | None:
        search = self._items.get(self.key(ctx))
        if search is None or ctx.runtime.clock.monotonic() - search.at > PAGING_SECONDS:
            return None
        return search
