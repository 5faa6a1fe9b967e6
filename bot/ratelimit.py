"""Per-user rate limiting: a sliding window, answered politely once per burst.

``check(key, now, cost)`` says whether to handle a command (``ALLOW``), answer once with a
"slow down" note (``WARN``), or stay silent (``DROP``) until the window has room again.
Each command costs what it weighs: a command that changes or searches something costs 1, a
fixed read-only answer (``!help``, ``!privacy``) a fraction (:data:`LIGHT`), so a person reading
the help page by page never meets the limit while a flood of anything still does.
Memory is bounded: idle users' windows are dropped.
"""

from __future__ import annotations

from collections import deque
from enum import Enum
from typing import Final

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
