"""Per-user rate limiting: a sliding window, answered politely once per burst.

``check(key, now, cost)`` says whether to handle a command (``ALLOW``), answer once with a
"slow down" note (``WARN``), or stay silent (``DROP``) until the window has room again.
Each command costs what it weighs: a command that changes or searches something costs 1, a
fixed read-only answer (``!help``, ``!privacy``) a fraction (:data:`LIGHT`), so a person reading
the help page by page never meets the limit while a flood of anything still does.
Memory is bounded: idle users' windows are dropped.

Replicas of a cluster count together: :class:`SharedRateLimiter` keeps each sender's window in
the database (``rate_windows``, by a digest of the key, the row locked while it is decided), so
messages of one person answered by different replicas meet one limit.
"""

from __future__ import annotations

import hashlib
from collections import deque
from enum import Enum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bot.ports import Clock
    from bot.store import Store

#: What a fixed read-only answer costs against the limit: five of them weigh one command.
LIGHT: Final = 0.2


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"
    DROP = "drop"


class RateLimiter:
    """Commands weighing at most ``limit`` per ``window`` seconds for each key (platform +
    user)."""

    def __init__(self, limit: int, window: float, *, max_keys: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        #: Per key, the attempts in the window as (time, cost).
        self._hits: dict[str, deque[tuple[float, float]]] = {}
        self._warned: set[str] = set()

    def check(self, key: str, now: float, cost: float = 1.0) -> Verdict:
        """Record an attempt weighing ``cost`` by ``key`` at monotonic time ``now`` and decide
        what to do."""
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self.max_keys:
                self._evict(now)
            hits = self._hits[key] = deque()
        while hits and hits[0][0] <= now - self.window:
            hits.popleft()
        # A small epsilon: five attempts of 0.2 weigh exactly one, never 1.0000000000000002.
        if sum(c for _, c in hits) + cost <= self.limit + 1e-9:
            hits.append((now, cost))
            self._warned.discard(key)
            return Verdict.ALLOW
        if key in self._warned:
            return Verdict.DROP
        self._warned.add(key)
        return Verdict.WARN

    def retry_after(self, key: str, now: float) -> float:
        """Seconds until ``key`` may send again."""
        hits = self._hits.get(key)
        if not hits or sum(c for _, c in hits) + 1.0 <= self.limit + 1e-9:
            return 0.0
        return max(0.0, hits[0][0] + self.window - now)

    def _evict(self, now: float) -> None:
        stale = [k for k, h in self._hits.items() if not h or h[-1][0] <= now - self.window]
        for key in stale:
            del self._hits[key]
            self._warned.discard(key)

    def state(self, key: str) -> tuple[list[list[float]], bool]:
        """``key``'s attempts in the window and whether it was warned (to store them)."""
        return [[at, cost] for at, cost in self._hits.get(key, ())], key in self._warned

    def restore(self, key: str, hits: list[list[float]], warned: bool) -> None:
        """Take ``key``'s attempts and warning from storage."""
        self._hits[key] = deque((float(at), float(cost)) for at, cost in hits)
        if warned:
            self._warned.add(key)
        else:
            self._warned.discard(key)


class SharedRateLimiter:
    """The same limit, counted in the database for every replica of a cluster; times are the
    clock's wall-clock seconds (the replicas share no monotonic clock)."""

    def __init__(self, limit: int, window: float, store: Store, clock: Clock) -> None:
        self.limit = limit
        self.window = window
        self.store = store
        self.clock = clock

    async def check(self, key: str, cost: float = 1.0) -> tuple[Verdict, float]:
        """The verdict on an attempt by ``key`` weighing ``cost``, and the seconds until
        ``key`` may send again."""
        from sqlalchemy import select
        from sqlalchemy.dialects.postgresql import insert

        from bot.store.models import RateWindow

        digest = hashlib.sha256(key.encode()).hexdigest()
        now = self.clock.now()
        at = now.timestamp()
        async with self.store.session() as session:
            await session.execute(
                insert(RateWindow)
                .values(key=digest, hits=[], warned=False, updated_at=now)
                .on_conflict_do_nothing()
            )
            row = (
                await session.execute(
                    select(RateWindow).where(RateWindow.key == digest).with_for_update()
                )
            ).scalar_one()
            limiter = RateLimiter(self.limit, self.window)
            limiter.restore(digest, row.hits, row.warned)
            verdict = limiter.check(digest, at, cost)
            wait = limiter.retry_after(digest, at)
            row.hits, row.warned = limiter.state(digest)
            row.updated_at = now
        return verdict, wait
