from __future__ import annotations

import pytest

from bot.ratelimit import LIGHT, RateLimiter, Verdict


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
