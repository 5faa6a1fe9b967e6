from __future__ import annotations

import asyncio
import hashlib

import pytest
from sqlalchemy import select

from bot.ratelimit import LIGHT, RateLimiter, SharedRateLimiter, Verdict
from bot.store import Store
from bot.store.models import RateWindow
from tests.botkit import FakeClock


def test_allows_then_warns_once_then_drops_then_recovers() -> None:
    limiter = RateLimiter(3, 10.0)
    verdicts = [limiter.check("u", 100.0 + i * 0.1) for i in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert limiter.retry_after("u", 101.0) == pytest.approx(9.0)
    assert limiter.check("u", 111.0) is Verdict.ALLOW
    # Other users are not affected.
    assert limiter.check("v", 100.5) is Verdict.ALLOW


def test_idle_keys_are_evicted_when_full() -> None:
    limiter = RateLimiter(1, 1.0, max_keys=10)
    for i in range(10):
        limiter.check(f"k{i}", 0.0)
    limiter.check("new", 5.0)
    assert len(limiter._hits) == 1


def test_light_attempts_weigh_a_fraction() -> None:
    limiter = RateLimiter(2, 10.0)
    # Two commands' worth of light answers: 2 / LIGHT of them pass.
    light = [limiter.check("u", 100.0, LIGHT) for _ in range(round(2 / LIGHT))]
    assert light == [Verdict.ALLOW] * round(2 / LIGHT)
    assert limiter.check("u", 100.1) is Verdict.WARN
    # Mixed: one command leaves room for 1 / LIGHT light answers, not one more.
    mixed = RateLimiter(2, 10.0)
    assert mixed.check("v", 0.0) is Verdict.ALLOW
    assert all(mixed.check("v", 0.1, LIGHT) is Verdict.ALLOW for _ in range(round(1 / LIGHT)))
    assert mixed.check("v", 0.2, LIGHT) is Verdict.WARN
    assert mixed.retry_after("v", 5.0) == pytest.approx(5.0)


async def test_replicas_share_one_limit_in_the_database(db_url: str, clock: FakeClock) -> None:
    """Two replicas (two limiters on one database) count one sender's commands together; the
    window moves with the wall clock; the stored key is a digest, never the user id."""
    first, second = Store(db_url), Store(db_url)
    try:
        a = SharedRateLimiter(3, 10.0, first, clock)
        b = SharedRateLimiter(3, 10.0, second, clock)
        told = []
        for limiter in (a, b, a, b, a, b):
            told.append(await limiter.check("discord:42"))
            clock.advance(seconds=0.1)
        verdicts = [verdict for verdict, _wait in told]
        assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
        # The warning says when the first attempt leaves the window.
        assert told[3][1] == pytest.approx(9.7)
        assert (await b.check("discord:43"))[0] is Verdict.ALLOW  # someone else
        clock.advance(seconds=11)
        assert (await b.check("discord:42"))[0] is Verdict.ALLOW
        async with first.session() as session:
            keys = (await session.execute(select(RateWindow.key))).scalars().all()
        digests = {hashlib.sha256(k.encode()).hexdigest() for k in ("discord:42", "discord:43")}
        assert set(keys) == digests
    finally:
        await first.close()
        await second.close()


async def test_the_shared_window_slides_and_weighs_as_the_one_in_memory(
    db_url: str, clock: FakeClock
) -> None:
    """Each attempt leaves the window on its own, light ones weigh a fraction, and the wait
    told is until the oldest attempt leaves: the same verdicts, attempt by attempt, as
    :class:`RateLimiter` in memory."""
    store = Store(db_url)
    try:
        shared = SharedRateLimiter(2, 10.0, store, clock)
        memory = RateLimiter(2, 10.0)
        start = clock.now().timestamp()
        # (seconds after the start, cost)
        attempts = [(0.0, 1.0), (4.0, LIGHT), (5.0, LIGHT), (6.0, LIGHT), (6.5, LIGHT),
                    (7.0, LIGHT), (8.0, 1.0), (9.0, 1.0), (10.5, LIGHT), (11.0, 1.0),
                    (14.5, 1.0), (16.5, 1.0), (30.0, 1.0)]  # fmt: skip
        told: list[tuple[Verdict, float]] = []
        expected: list[tuple[Verdict, float]] = []
        for offset, cost in attempts:
            clock.advance(seconds=start + offset - clock.now().timestamp())
            told.append(await shared.check("matrix:@ana:x", cost))
            at = start + offset
            verdict = memory.check("ana", at, cost)
            wait = memory.retry_after("ana", at) if verdict is not Verdict.DROP else 0.0
            expected.append((verdict, wait))
        assert [v for v, _ in told] == [v for v, _ in expected]
        assert [round(w, 3) for _, w in told] == [round(w, 3) for _, w in expected]
        # The run holds every verdict: allowed, warned once, dropped, and allowed again.
        assert {v for v, _ in told} == set(Verdict)
    finally:
        await store.close()


async def test_a_sender_told_to_slow_down_is_not_written_to_again(
    db_url: str, clock: FakeClock
) -> None:
    store = Store(db_url)
    try:
        limiter = SharedRateLimiter(1, 10.0, store, clock)
        assert (await limiter.check("console:bo"))[0] is Verdict.ALLOW
        clock.advance(seconds=1)
        assert (await limiter.check("console:bo"))[0] is Verdict.WARN
        async with store.session() as session:
            warned = (await session.execute(select(RateWindow))).scalar_one()
            before = (warned.hits, warned.warned, warned.updated_at)
        clock.advance(seconds=1)
        assert (await limiter.check("console:bo"))[0] is Verdict.DROP
        async with store.session() as session:
            row = (await session.execute(select(RateWindow))).scalar_one()
            assert (row.hits, row.warned, row.updated_at) == before
    finally:
        await store.close()


async def test_attempts_at_once_from_two_replicas_meet_one_limit(
    db_url: str, clock: FakeClock
) -> None:
    """Ten attempts at the same moment, five through each replica: the row's lock lets
    exactly the limit through and warns once."""
    first, second = Store(db_url), Store(db_url)
    try:
        a = SharedRateLimiter(3, 10.0, first, clock)
        b = SharedRateLimiter(3, 10.0, second, clock)
        told = await asyncio.gather(*(x.check("discord:7") for x in (a, b) * 5))
        verdicts = [v for v, _ in told]
        assert verdicts.count(Verdict.ALLOW) == 3
        assert verdicts.count(Verdict.WARN) == 1
        assert verdicts.count(Verdict.DROP) == 6
    finally:
        await first.close()
        await second.close()
