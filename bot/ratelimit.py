"""Per-user rate limiting: a sliding window, answered politely once per burst.

``check(key, now)`` says whether to handle a command (``ALLOW``), answer once with a
"slow down" note (``WARN``), or stay silent (``DROP``) until the window has room again.
Memory is bounded: idle users' windows are dropped.
"""

from __future__ import annotations

from collections import deque
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"
    DROP = "drop"


class RateLimiter:
    """At most ``limit`` commands per ``window`` seconds for each key (platform + user)."""

    def __init__(self, limit: int, window: float, *, max_keys: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._warned: set[str] = set()

    def check(self, key: str, now: float) -> Verdict:
        """Record an attempt by ``key`` at monotonic time ``now`` and decide what to do."""
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self.max_keys:
                self._evict(now)
            hits = self._hits[key] = deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(key)
            return Verdict.ALLOW
        if key in self._warned:
            return Verdict.DROP
        self._warned.add(key)
        return Verdict.WARN

    def retry_after(self, key: str, now: float) -> float:
        """Seconds until ``key`` may send again."""
        hits = self._hits.get(key)
        if not hits or len(hits) < self.limit:
            return 0.0
        return max(0.0, hits[0] + self.window - now)

    def _evict(self, now: float) -> None:
        stale = [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]
        for key in stale:
            del self._hits[key]
            self._warned.discard(key)
