from __future__ import annotations

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


@pytest.mark.postgres
async def test_replicas_share_one_limit_in_the_database(pg_url: str, clock: FakeClock) -> None:
    """Two replicas (two limiters on one database) count one sender's commands together; the
    window moves with the wall clock; the stored key is a digest, never the user id."""
    first, second = Store(pg_url), Store(pg_url)
    try:
        a = SharedRateLimiter(3, 10.0, first, clock)
        b = SharedRateLimiter(3, 10.0, second, clock)
        verdicts = []
        for limiter in (a, b, a, b, a, b):
            verdict, _wait = await limiter.check("discord:42")
            verdicts.append(verdict)
            clock.advance(seconds=0.1)
        assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
        assert (await b.check("discord:43"))[0] is Verdict.ALLOW  # someone else
        _, wait = await a.check("discord:42")
        assert 9.0 <= wait <= 10.0
        clock.advance(seconds=11)
        assert (await b.check("discord:42"))[0] is Verdict.ALLOW
        async with first.session() as session:
            keys = (await session.execute(select(RateWindow.key))).scalars().all()
        digests = {hashlib.sha256(k.encode()).hexdigest() for k in ("discord:42", "discord:43")}
        assert set(keys) == digests
    finally:
        await first.close()
        await second.close()
