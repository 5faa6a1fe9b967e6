"""How long one ``!match`` takes through the whole bot, beside the pure matcher.

Builds a SQLite store with N opted-in mentors and experts (the seeded population of
``bench.matching.population``, with their current loads as accepted matches), starts the real
app, and times ``App.handle`` for ``!match NEED lang: …`` from new trainers: parsing, the
person lookup, reading every candidate and their loads, ranking, and storing the request and
the proposal. Beside it: the pure ``rank`` on the same population in memory, once with the
index built per call and once over a kept index with the loads laid over it (as the service
does), and one ``!match run`` batch over open requests.

``--baseline`` times the path of before beside it in the same run: requests alternate between
the kept loads and loads read whole per request (``IndexCache(keep_loads=False)``), on the same
app and database, so both meet the same machine load. Wall time and CPU time (of the whole
process, its database thread included) are reported per request.

Run alone: ``python -m bench.matching.service [--sizes 1000 10000] [--requests 60] [--batch 200]
[--baseline]``;
``python -m bench.matching.run`` includes it in the Matching section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, insert

from adapters.console import ConsoleAdapter
from bench.matching.population import candidates, needs
from bench.report import percentile
from bot.app import App
from bot.capabilities.mentoring import CandidateIndex, rank
from bot.capabilities.mentoring.batch import BatchService
from bot.capabilities.mentoring.population import IndexCache
from bot.capabilities.mentoring.tables import MatchRequest, Profile, Proposal
from bot.events import Message
from bot.settings import load_settings
from bot.store.models import Identity, Person

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class _Clock:
    def now(self) -> datetime:
        return NOW

    def monotonic(self) -> float:
        return time.monotonic()


async def _fill(app: App, size: int) -> None:
    """``size`` people with a profile each, plus one matched request per slot in use."""
    population = candidates(size, seed=7, now=NOW)
    trainer = size + 1
    people = [
        {"id": c.person_id, "display_name": f"m{c.person_id}", "created_at": NOW}
        for c in population
    ]
    people.append({"id": trainer, "display_name": "busy trainer", "created_at": NOW})
    idents = [
        {
            "person_id": p["id"],
            "platform": "bench",
            "user_id": f"u{p['id']}",
            "display_name": p["display_name"],
            "created_at": NOW,
            "last_seen_at": NOW,
        }
        for p in people
    ]
    profiles = [
        {
            "person_id": c.person_id,
            "kind": c.kind,
            "topics": list(c.topics),
            "languages": sorted(c.languages),
            "country": c.country,
            "sector": c.sector,
            "capacity": c.capacity,
            "bio": c.bio,
            "paused": False,
            "consent_at": NOW,
            "created_at": NOW,
            "updated_at": NOW,
        }
        for c in population
    ]
    requests, proposals = [], []
    for c in population:
        for _ in range(c.load):
            rid = len(requests) + 1
            when = c.last_proposed_at or NOW - timedelta(days=30)
            requests.append(
                {
                    "id": rid,
                    "requester_id": trainer,
                    "kind": c.kind,
                    "need": "earlier need",
                    "languages": [],
                    "status": "matched",
                    "tries": 1,
                    "created_at": when,
                    "updated_at": when,
                    "matched_at": when,
                    "closed_at": when,
                }
            )
            proposals.append(
                {
                    "request_id": rid,
                    "mentor_id": c.person_id,
                    "score": 50.0,
                    "status": "accepted",
                    "created_at": when,
                    "sent_at": when,
                    "deadline_at": when,
                    "answered_at": when,
                }
            )
    async with app.store.session() as session:
        for model, rows in (
            (Person, people),
            (Identity, idents),
            (Profile, profiles),
            (MatchRequest, requests),
            (Proposal, proposals),
        ):
            for start in range(0, len(rows), 2000):
                await session.execute(insert(model), rows[start : start + 2000])


async def _one_size(size: int, count: int, batch: int, baseline: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(None, {})
        settings = settings.replace("bot", data_dir=tmp)
        settings = settings.replace("store", url=f"sqlite+aiosqlite:///{Path(tmp) / 'b.db'}")
        settings = settings.replace("knowledge", seed=False)
        settings = settings.replace("limits", commands_per_window=10_000)
        app = App(settings, clock=_Clock(), interactive=False)
        app.add_adapter(ConsoleAdapter(out=io.StringIO()))
        await app.start()
        try:
            await _fill(app, size)
            proposer = app.runtime.get(BatchService).proposer
            kept, old = proposer.population, IndexCache(keep_loads=False)
            paths = (kept, old) if baseline else (kept,)
            wanted = needs(count * len(paths) + batch, seed=11, population=size)
            timings: dict[int, list[float]] = {0: [], 1: []}
            cpu: dict[int, list[float]] = {0: [], 1: []}
            # Statements and transactions on the database per request, by path (what the
            # outbox flush after a reply runs lands in the request after it).
            statements, transactions = {0: 0, 1: 0}, {0: 0, 1: 0}
            path = 0

            def count_statement(*_: object) -> None:
                statements[path] += 1

            def count_transaction(*_: object) -> None:
                transactions[path] += 1

            engine = app.store.engine.sync_engine
            event.listen(engine, "before_cursor_execute", count_statement)
            event.listen(engine, "begin", count_transaction)
            proposed = 0
            for i, need in enumerate(wanted[: count * len(paths)]):
                path = i % len(paths)
                proposer.population = paths[path]
                lang = ", ".join(sorted(need.languages))
                message = Message(
                    platform="console",
                    room_id="general",
                    sender_id=f"t{i}",
                    sender_name=f"t{i}",
                    text=f"!match {need.text} lang: {lang}; kind: {need.kind}",
                )
                started, started_cpu = time.perf_counter(), time.process_time()
                actions = await app.handle(message)
                cpu[path].append(time.process_time() - started_cpu)
                timings[path].append(time.perf_counter() - started)
                proposed += any("I've asked" in getattr(a, "text", "") for a in actions)
            event.remove(engine, "before_cursor_execute", count_statement)
            event.remove(engine, "begin", count_transaction)
            proposer.population = kept
            wanted = wanted[:count] + wanted[count * len(paths) :]
            population = candidates(size, seed=7, now=NOW)
            pure = []
            for need in wanted[:count]:
                started = time.perf_counter()
                rank(need, population, now=NOW, limit=1)
                pure.append(time.perf_counter() - started)
            load = {(c.person_id, c.kind): c.load for c in population if c.load}
            last = {c.person_id: c.last_proposed_at for c in population if c.last_proposed_at}
            kept = CandidateIndex.build(population)
            pure_kept = []
            for need in wanted[:count]:
                started = time.perf_counter()
                rank(need, kept.with_state(load, last), now=NOW, limit=1)
                pure_kept.append(time.perf_counter() - started)
            # Open requests for the batch: stored without asking anyone yet.
            async with app.store.session() as session:
                for need in wanted[count:]:
                    session.add(
                        MatchRequest(
                            requester_id=size + 1,
                            kind=need.kind,
                            need=need.text,
                            languages=sorted(need.languages),
                            country=need.country,
                            sector=need.sector,
                            status="open",
                            tries=0,
                            created_at=NOW,
                            updated_at=NOW,
                        )
                    )
            service = app.runtime.get(BatchService)
            started = time.perf_counter()
            result = await service.run_batch(NOW)
            batch_seconds = time.perf_counter() - started
        finally:
            await app.stop()
    base = {}
    if baseline:
        base = {
            "base_p50_ms": 1000 * statistics.median(timings[1]),
            "base_p95_ms": 1000 * percentile(timings[1], 0.95),
            "base_cpu_p50_ms": 1000 * statistics.median(cpu[1]),
            "base_cpu_p95_ms": 1000 * percentile(cpu[1], 0.95),
        }
    return {
        "size": size,
        "match_p50_ms": 1000 * statistics.median(timings[0]),
        "match_p95_ms": 1000 * percentile(timings[0], 0.95),
        "cpu_p50_ms": 1000 * statistics.median(cpu[0]),
        "cpu_p95_ms": 1000 * percentile(cpu[0], 0.95),
        **base,
        "statements": statements[0] / count,
        "transactions": transactions[0] / count,
        "proposed_share": proposed / max(1, count * (2 if baseline else 1)),
        "pure_rank_p50_ms": 1000 * statistics.median(pure),
        "kept_rank_p50_ms": 1000 * statistics.median(pure_kept),
        "batch_open": result.open,
        "batch_proposed": result.proposed,
        "batch_s": batch_seconds,
    }


INTRO = (
    "One `!match NEED lang: …` through the whole bot (`App.handle`: parse, person lookup, "
    "candidates and their loads, `rank`, storing the request and the proposal, "
    "the direct message as an action) on SQLite, with the population above as opted-in "
    "profiles (current loads stored as accepted matches), requests from new trainers; beside "
    "it the pure `rank` on the same population in memory, with the index built per call and "
    "over a kept index with the loads laid over it (`CandidateIndex.with_state`, as the service "
    "does), and one `!match run` batch over open requests. The service keeps the candidate "
    "index and rebuilds it only when a profile changes (or a pause runs out), and keeps the "
    "loads, re-read only when another process changed proposals (`mentoring_revision`); with "
    "`--baseline`, requests alternate with the path of before (loads read whole per request). "
    "CPU is the process's CPU time per request (its database thread included); statements "
    "are those sent to the database (`BEGIN` included), with the transactions begun. "
    "`python -m bench.matching.service` runs this part alone."
)


async def table(sizes: Sequence[int], requests: int, batch: int, baseline: bool = False) -> str:
    """The service benchmark as a Markdown paragraph and table."""
    before = "| before (loads read whole), wall p50 / p95 | CPU p50 / p95 " if baseline else ""
    lines = [
        INTRO,
        "",
        f"| mentors | `!match` wall p50 / p95 ({requests} requests) | CPU p50 / p95 "
        f"{before}| statements (transactions) per request | proposed "
        f"| pure `rank` p50, index built / kept "
        f"| `!match run`, {batch} open requests (proposed) |",
        "|---:|---:|---:|" + ("---:|---:|" if baseline else "") + "---:|---:|---:|---|",
    ]
    for size in sizes:
        r = await _one_size(size, requests, batch, baseline)
        old = (
            f"| {r['base_p50_ms']:.1f} / {r['base_p95_ms']:.1f} ms "
            f"| {r['base_cpu_p50_ms']:.1f} / {r['base_cpu_p95_ms']:.1f} ms "
            if baseline
            else ""
        )
        lines.append(
            f"| {size:,} | {r['match_p50_ms']:.1f} / {r['match_p95_ms']:.1f} ms "
            f"| {r['cpu_p50_ms']:.1f} / {r['cpu_p95_ms']:.1f} ms {old}"
            f"| {r['statements']:.1f} ({r['transactions']:.1f}) "
            f"| {r['proposed_share']:.0%} "
            f"| {r['pure_rank_p50_ms']:.1f} / {r['kept_rank_p50_ms']:.1f} ms "
            f"| {r['batch_s']:.2f} s ({r['batch_proposed']:.0f}) |"
        )
    one, five, fifteen = os.getloadavg()
    lines += [
        "",
        f"Load average at the end: {one:.1f} / {five:.1f} / {fifteen:.1f} (1 / 5 / 15 min).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument(
        "--baseline", action="store_true", help="alternate with loads read whole per request"
    )
    args = parser.parse_args(argv)
    print(asyncio.run(table(args.sizes, args.requests, args.batch, args.baseline)))


if __name__ == "__main__":
    main()
