"""The shared rate limit: one upsert a check against the three statements it took before.

``python -m bench.ratelimit [--checks N] [--write]`` measures, on a SQLite file and on
PostgreSQL at 127.0.0.1:5432 (when it answers), each at the newest schema, in one process:

- **now**: :class:`bot.ratelimit.SharedRateLimiter` (one ``INSERT … ON CONFLICT DO UPDATE …
  RETURNING``);
- **before**: the same check as it was written before (``INSERT … ON CONFLICT DO NOTHING``,
  ``SELECT … FOR UPDATE``, then the row's ``UPDATE``), kept here as the baseline.

Two senders: one within the limit (every check allowed, with up to 8 attempts in the
window) and one flooding (every check after the first few refused silently). The two
limiters take turns check by check, so both meet the same load of a shared machine. Figures
are per check: wall time (p50 / p99) and the process's CPU time (mean), and the statements
sent to the database.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import platform
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.dialects.postgresql import insert

from bench.report import cpu_model, percentile, scratch_postgres, write_section
from bot.ports import SystemClock
from bot.ratelimit import RateLimiter, SharedRateLimiter, Verdict
from bot.store import Store, migrate
from bot.store.models import RateWindow

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADING = "## Shared rate limit"


class Before(SharedRateLimiter):
    """The check as it was before the single upsert: three statements a check."""

    async def check(self, key: str, cost: float = 1.0) -> tuple[Verdict, float]:
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


def _rounds(checks: int) -> dict[str, list[str]]:
    """The senders of each kind, one entry a check, in the order they send."""
    senders = max(1, checks // 4)
    return {
        # Four commands from each of many people, a round at a time: the first round
        # writes their rows, the others find them (limit 8 in 30 s: all allowed).
        "within the limit": [f"console:u{n % senders}" for n in range(checks)],
        # One person sending on and on: three allowed, one warning, then silence.
        "flooding": ["console:flood"] * checks,
    }


async def _measure(url: str, checks: int) -> dict[str, dict[str, float]]:
    store = Store(url)
    statements = 0

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal statements
        statements += "rate_windows" in statement

    event.listen(store.engine.sync_engine, "before_cursor_execute", count)
    clock = SystemClock()
    makers: dict[str, Callable[[], SharedRateLimiter]] = {
        "now": lambda: SharedRateLimiter(8, 30.0, store, clock),
        "before": lambda: Before(8, 30.0, store, clock),
    }
    limiters = {name: make() for name, make in makers.items()}
    out: dict[str, dict[str, float]] = {}
    try:
        for sender, keys in _rounds(checks).items():
            wall: dict[str, list[float]] = {name: [] for name in limiters}
            cpu = dict.fromkeys(limiters, 0.0)
            sent = dict.fromkeys(limiters, 0)
            for key in keys:
                for name, limiter in limiters.items():
                    at_start = statements
                    started, started_cpu = time.perf_counter(), time.process_time()
                    await limiter.check(f"{name}:{key}")
                    cpu[name] += time.process_time() - started_cpu
                    wall[name].append((time.perf_counter() - started) * 1000)
                    sent[name] += statements - at_start
            for name in limiters:
                out[f"{sender}|{name}"] = {
                    "p50": percentile(wall[name], 0.5),
                    "p99": percentile(wall[name], 0.99),
                    "cpu": cpu[name] / len(keys) * 1000,
                    "statements": sent[name] / len(keys),
                }
    finally:
        await store.close()
    return out


async def table(checks: int) -> str:
    rows: list[str] = []
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="vetbot-rate-") as tmp:
        databases: list[tuple[str, str, Callable[[], None] | None]] = [
            ("SQLite (file, WAL)", f"sqlite+aiosqlite:///{tmp}/bench.db", None)
        ]
        pg = scratch_postgres()
        if pg is not None:
            databases.append(("PostgreSQL 127.0.0.1", *pg))
        for name, url, drop in databases:
            try:
                await migrate.upgrade_async(url)
                for label, r in (await _measure(url, checks)).items():
                    sender, kind = label.split("|")
                    rows.append(
                        f"| {name} | {sender} | {kind} | {r['p50']:.2f} / {r['p99']:.2f} ms "
                        f"| {r['cpu']:.2f} ms | {r['statements']:.0f} |"
                    )
            finally:
                if drop is not None:
                    drop()
    after = os.getloadavg()
    return "\n".join(
        [
            HEADING,
            "",
            "Made by `python -m bench.ratelimit` (see its docstring): one check of the rate",
            "limit that replicas share, as one upsert (now) and as the three statements of",
            f"before, taking turns in one process; {checks} checks of each kind and each way.",
            f"Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()};",
            f"load average {load[0]:.1f} at the start, {after[0]:.1f} at the end (shared).",
            "",
            "| database | sender | check | wall p50 / p99 | CPU a check | statements a check |",
            "|---|---|---|---:|---:|---:|",
            *rows,
            "",
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--checks", type=int, default=2000)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args(argv)
    section = asyncio.run(table(args.checks))
    print(section)
    if args.write:
        write_section(RESULTS, HEADING, section)


if __name__ == "__main__":
    main()
