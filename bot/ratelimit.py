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
import json
from collections import deque
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.sql.expression import Executable

    from bot.ports import Clock
    from bot.store import Store

    #: What a database's SQL says of a stored row's attempts: the cost of those in the
    #: window, those attempts, and they with the new one added.
    Window = tuple[ColumnElement[float], ColumnElement[Any], ColumnElement[Any]]

#: What a fixed read-only answer costs against the limit: five of them weigh one command.
LIGHT: Final = 0.2
#: Slack in comparing sums of costs: five attempts of 0.2 weigh exactly one, never
#: 1.0000000000000002.
EPSILON: Final = 1e-9


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
        if sum(c for _, c in hits) + cost <= self.limit + EPSILON:
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
        if not hits or sum(c for _, c in hits) + 1.0 <= self.limit + EPSILON:
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
    clock's wall-clock seconds (the replicas share no monotonic clock).

    One statement decides each attempt: an ``INSERT … ON CONFLICT DO UPDATE … RETURNING``
    on the sender's row (SQLite 3.35 and later, PostgreSQL), which takes the row's lock,
    keeps the attempts still in the window, adds this one when they leave room for it, and
    returns the row. A sender already told to slow down is not written to at all: the
    update's condition fails and no row comes back, which is the silent ``DROP``.
    """

    def __init__(self, limit: int, window: float, store: Store, clock: Clock) -> None:
        self.limit = limit
        self.window = window
        self.store = store
        self.clock = clock

    async def check(self, key: str, cost: float = 1.0) -> tuple[Verdict, float]:
        """The verdict on an attempt by ``key`` weighing ``cost``, and the seconds until
        ``key`` may send again (0 with ``DROP``, which answers nothing)."""
        from bot.store import dialect_insert

        digest = hashlib.sha256(key.encode()).hexdigest()
        now = self.clock.now()
        at = now.timestamp()
        fits = cost <= self.limit + EPSILON  # what a first attempt meets
        async with self.store.session() as session:
            attempt = _attempt(dialect_insert(session), session.get_bind().dialect.name)
            params = {
                "key": digest,
                "first": [[at, cost]] if fits else [],
                "warned": not fits,
                "now": now,
                "since": at - self.window,
                "cost": cost,
                "ceiling": self.limit + EPSILON,
                "hit": json.dumps([at, cost]),
            }
            row = (await session.execute(attempt, params)).first()
        if row is None:
            return Verdict.DROP, 0.0
        hits, warned = row
        limiter = RateLimiter(self.limit, self.window)
        limiter.restore(digest, hits, warned)
        return (Verdict.WARN if warned else Verdict.ALLOW), limiter.retry_after(digest, at)


@cache
def _attempt(insert: Callable[..., Any], dialect: str) -> Executable:
    """The upsert that decides one attempt as :meth:`RateLimiter.check` would, on the row
    ``:key``, returning its attempts and warning afterwards (no row: ``DROP``), in the
    ``insert`` and SQL of the database kind ``dialect``. Built once a database kind; what
    changes from one attempt to the next is its parameters: the row's first state
    (``:first``, ``:warned``), ``:now``, the window's start ``:since``, the attempt's
    ``:cost``, the ``:ceiling`` of costs and the attempt as JSON (``:hit``)."""
    from sqlalchemy import Boolean, Float, bindparam, case, not_, or_

    from bot.store import UTCDateTime
    from bot.store.models import RateWindow

    window = _window_postgresql if dialect == "postgresql" else _window_sqlite
    used, kept, added = window(bindparam("since", type_=Float), bindparam("hit"))
    room = used + bindparam("cost", type_=Float) <= bindparam("ceiling", type_=Float)
    now = bindparam("now", type_=UTCDateTime())
    upsert: Executable = (
        insert(RateWindow)
        .values(
            key=bindparam("key"),
            hits=bindparam("first", type_=RateWindow.hits.type),
            warned=bindparam("warned", type_=Boolean),
            updated_at=now,
        )
        .on_conflict_do_update(
            index_elements=[RateWindow.key],
            set_={"hits": case((room, added), else_=kept), "warned": not_(room), "updated_at": now},
            where=or_(room, not_(RateWindow.warned)),
        )
        .returning(RateWindow.hits, RateWindow.warned)
    )
    return upsert


def _window_postgresql(since: ColumnElement[float], hit: ColumnElement[Any]) -> Window:
    """Over the stored row's attempts (a JSON array of ``[epoch seconds, cost]``): the cost of
    those after ``since``, those attempts in their order, and they with ``hit`` added."""
    from sqlalchemy import JSON, Float, cast, func, literal, select
    from sqlalchemy.dialects.postgresql import JSONB, aggregate_order_by

    from bot.store.models import RateWindow

    each = (
        func.json_array_elements(RateWindow.hits)
        .table_valued("value", with_ordinality="n")
        .render_derived()
    )
    recent = cast(each.c.value.op("->>")(0), Float) > since
    cost = cast(each.c.value.op("->>")(1), Float)
    used = select(func.coalesce(func.sum(cost), 0.0)).where(recent)
    in_order = func.jsonb_agg(aggregate_order_by(each.c.value, each.c.n))
    kept = select(func.coalesce(in_order, cast(literal("[]"), JSONB))).where(recent)
    kept_value = kept.correlate(RateWindow.__table__).scalar_subquery()
    added = kept_value.op("||")(func.jsonb_build_array(cast(hit, JSONB)))
    return (
        used.correlate(RateWindow.__table__).scalar_subquery(),
        cast(kept_value, JSON),
        cast(added, JSON),
    )


def _window_sqlite(since: ColumnElement[float], hit: ColumnElement[Any]) -> Window:
    """:func:`_window_postgresql` in SQLite's JSON functions."""
    from sqlalchemy import func, select

    from bot.store.models import RateWindow

    each = func.json_each(RateWindow.hits).table_valued("value")
    recent = func.json_extract(each.c.value, "$[0]") > since
    cost = func.json_extract(each.c.value, "$[1]")
    used = select(func.total(cost)).where(recent)
    # json_each walks the array in its order, and the group keeps it.
    kept = select(func.json_group_array(func.json(each.c.value))).where(recent)
    kept_value = kept.correlate(RateWindow.__table__).scalar_subquery()
    added = func.json_insert(kept_value, "$[#]", func.json(hit))
    return used.correlate(RateWindow.__table__).scalar_subquery(), kept_value, added
