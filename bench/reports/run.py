"""Reports benchmark: a coordinators' report at 100,000 prompt deliveries and 10,000 matches.

For each database (a SQLite file, and PostgreSQL at 127.0.0.1:5432 when it answers) one
process fills a store through the migrated schema — a year of prompt posts in 30 rooms of three
networks, 12,000 requests with 10,000 accepted matches beside declined and expired proposals,
ratings, 600 mentors, knowledge suggestions and a year of lookup counts — and then measures,
in the same run:

- **report**: :meth:`ReportService.report` for one month and for the whole year, every
  network (the aggregate GROUP BY queries of ``bot/capabilities/reports/queries.py``);
- **without the indexes**: the same after dropping the range indexes of migration ``0011``;
- **naive**: the same figures from a Python-side scan — every row of the tables read and
  filtered in Python — checked equal to the report's, so both compute the same thing.

Usage: ``python -m bench.reports.run [--deliveries N] [--matches N] [--repeat N] [--write]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from bench.report import machine_lines, scratch_postgres, write_section
from bot.app import App
from bot.capabilities.knowledge.tables import GapDay, KnowledgeEntry, LookupDay
from bot.capabilities.mentoring.tables import Feedback, MatchRequest, Profile, Proposal
from bot.capabilities.prompts.models import Delivery, Prompt, Series
from bot.capabilities.reports.model import Period, Report
from bot.capabilities.reports.service import ReportService
from bot.settings import load_settings
from bot.store.models import Person

RESULTS = Path(__file__).resolve().parents[1] / "RESULTS.md"
HEADING = "## Reports"
NETWORKS = ("AT", "FR", "EU")
ROOMS = {n: [f"{n.lower()}-room-{i}" for i in range(10)] for n in NETWORKS}
YEAR = 2026
CHUNK = 5000

_CONFIG = """
[bot]
data_dir = "{data}"
[store]
url = "{url}"
[knowledge]
seed = false
"""


def _networks_toml() -> str:
    lines = []
    for n in NETWORKS:
        rooms = ", ".join(f'"console:{r}"' for r in ROOMS[n])
        lines += [f"[networks.{n}]", f'country = "{n}"', f"rooms = [{rooms}]"]
    return "\n".join(lines) + "\n"


def _at(rng: random.Random) -> datetime:
    start = datetime(YEAR, 1, 1, tzinfo=UTC)
    return start + timedelta(seconds=rng.randrange(364 * 86400))


async def _insert(app: App, table: Any, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), CHUNK):
        async with app.store.session() as session:
            await session.execute(insert(table), rows[i : i + CHUNK])


async def fill(app: App, deliveries: int, matches: int, seed: int = 7) -> None:
    """The store's rows, made at random but the same for a seed."""
    rng = random.Random(seed)
    now = datetime(YEAR, 1, 1, tzinfo=UTC)
    people = 3000 + matches
    await _insert(
        app,
        Person.__table__,
        [{"id": i, "display_name": "", "created_at": now} for i in range(1, people + 1)],
    )
    series = [
        {"id": i, "title": "", "tz": "UTC", "targets": [], "created_at": now, "updated_at": now}
        for i in range(1, 41)
    ]
    await _insert(app, Series.__table__, series)
    prompts = deliveries // 50
    await _insert(
        app,
        Prompt.__table__,
        [
            {
                "id": i,
                "text": "",
                "schedule": {},
                "series_id": (i % 40) + 1 if i % 5 == 0 else None,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(1, prompts + 1)
        ],
    )
    rooms = [(n, r) for n in NETWORKS for r in ROOMS[n]]
    rows = []
    for i in range(deliveries):
        _, room = rooms[i % len(rooms)]
        people_here = rng.randrange(0, 12)
        rows.append(
            {
                "prompt_id": (i % prompts) + 1,
                "platform": "console",
                "room_id": room,
                "scheduled_at": _at(rng) + timedelta(microseconds=i),
                "state": "sent" if i % 20 else "missed",
                "key": f"k{i}",
                "replies": people_here + rng.randrange(0, 5),
                "participants": people_here,
            }
        )
    await _insert(app, Delivery.__table__, rows)
    mentors = 600
    await _insert(
        app,
        Profile.__table__,
        [
            {
                "person_id": i,
                "kind": "mentor",
                "capacity": rng.randrange(1, 4),
                "consent_at": now,
                "created_at": now,
                "updated_at": now,
                "network": NETWORKS[i % 3],
            }
            for i in range(1, mentors + 1)
        ],
    )
    requests = matches + matches // 5
    request_rows, proposal_rows, feedback_rows = [], [], []
    proposal_id = 0
    for r in range(1, requests + 1):
        asked = _at(rng)
        matched = asked + timedelta(hours=rng.randrange(1, 200)) if r <= matches else None
        request_rows.append(
            {
                "id": r,
                "requester_id": mentors + (r % (people - mentors)) + 1,
                "kind": "mentor",
                "status": "matched" if matched else "open",
                "created_at": asked,
                "updated_at": asked,
                "matched_at": matched,
                "network": NETWORKS[r % 3],
            }
        )
        for status in ("declined", "expired") if r % 4 == 0 else ():
            proposal_id += 1
            proposal_rows.append(
                {
                    "id": proposal_id,
                    "request_id": r,
                    "mentor_id": rng.randrange(1, mentors + 1),
                    "status": status,
                    "created_at": asked,
                    "answered_at": asked + timedelta(hours=1),
                    "ended_at": None,
                }
            )
        if matched:
            proposal_id += 1
            ended = matched + timedelta(days=rng.randrange(10, 90)) if r % 3 else None
            proposal_rows.append(
                {
                    "id": proposal_id,
                    "request_id": r,
                    "mentor_id": rng.randrange(1, mentors + 1),
                    "status": "accepted",
                    "created_at": asked,
                    "answered_at": matched,
                    "ended_at": ended,
                }
            )
            if r % 5 < 4:
                feedback_rows.append(
                    {
                        "proposal_id": proposal_id,
                        "author_id": request_rows[-1]["requester_id"],
                        "rating": rng.randrange(1, 6),
                        "created_at": matched + timedelta(days=3),
                    }
                )
    await _insert(app, MatchRequest.__table__, request_rows)
    await _insert(app, Proposal.__table__, proposal_rows)
    await _insert(app, Feedback.__table__, feedback_rows)
    await _insert(
        app,
        KnowledgeEntry.__table__,
        [
            {
                "id": f"s{i}",
                "title": "",
                "status": "published",
                "added_via": "chat",
                "network": NETWORKS[i % 3],
                "created_at": (made := _at(rng)),
                "updated_at": made,
                "reviewed_at": made + timedelta(hours=rng.randrange(1, 300)),
            }
            for i in range(2000)
        ],
    )
    days = [date(YEAR, 1, 1) + timedelta(days=d) for d in range(365)]
    await _insert(
        app,
        LookupDay.__table__,
        [
            {
                "network": n,
                "day": d,
                "asked": rng.randrange(20, 200),
                "found_nothing": rng.randrange(0, 20),
            }
            for n in NETWORKS
            for d in days
        ],
    )
    await _insert(
        app,
        GapDay.__table__,
        [
            {"network": n, "day": d, "query": f"word{q}", "count": rng.randrange(1, 4)}
            for n in NETWORKS
            for d in days
            for q in rng.sample(range(300), 15)
        ],
    )


# --- the naive version: every row read, filtered and added up in Python ---------------------


async def naive(app: App, period: Period, networks: Sequence[str]) -> dict[tuple[str, str], Any]:
    """A subset of the report's totals (the ones every section has), from a Python-side scan
    of whole tables."""
    room_net = {f"console:{r}": n for n in NETWORKS for r in ROOMS[n]}
    since, until = period.since, period.until
    out: dict[tuple[str, str], Any] = {}
    async with app.store.session() as session:
        part = {p.id: p.part for p in (await session.execute(select(Prompt))).scalars()}
        posts: dict[str, list[Delivery]] = defaultdict(list)
        for d in (await session.execute(select(Delivery))).scalars():
            if (
                d.state == "sent"
                and since <= d.scheduled_at < until
                and part[d.prompt_id] == "prompt"
            ):
                posts[room_net.get(f"{d.platform}:{d.room_id}", "default")].append(d)
        requests = {r.id: r for r in (await session.execute(select(MatchRequest))).scalars()}
        proposals = list((await session.execute(select(Proposal))).scalars())
        by_id = {p.id: p for p in proposals}
        ratings = list((await session.execute(select(Feedback))).scalars())
        lookups = list((await session.execute(select(LookupDay))).scalars())
    for n in networks:
        mine = posts.get(n, [])
        out[(n, "posts")] = len(mine)
        out[(n, "replies")] = sum(d.replies for d in mine)
        out[(n, "requested")] = sum(
            1 for r in requests.values() if r.network == n and since <= r.created_at < until
        )
        out[(n, "accepted")] = sum(
            1
            for p in proposals
            if p.status == "accepted"
            and p.answered_at is not None
            and since <= p.answered_at < until
            and requests[p.request_id].network == n
        )
        rated = [
            f.rating
            for f in ratings
            if since <= f.created_at < until
            and requests[by_id[f.proposal_id].request_id].network == n
        ]
        out[(n, "feedback_count")] = len(rated)
        out[(n, "lookups_asked")] = sum(
            x.asked for x in lookups if x.network == n and period.start <= x.day <= period.end
        )
    return out


def _same(report: Report, figures: dict[tuple[str, str], Any]) -> None:
    names = {
        "posts": "prompts",
        "replies": "prompts",
        "requested": "matching",
        "accepted": "matching",
        "feedback_count": "matching",
        "lookups_asked": "knowledge",
    }
    for network in report.networks:
        for name, section in names.items():
            got = network.value(section, name)
            want = figures[(network.network, name)]
            if name in ("replies", "feedback_count") and isinstance(got, str):
                continue  # shown as "fewer than 5"
            assert got == want, (network.network, name, got, want)


async def _timed(run: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median wall and CPU milliseconds of ``repeat`` runs after one unmeasured run (this
    process's CPU: SQLite's work included, PostgreSQL's server not)."""
    result = await run()
    wall, cpu = [], []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        result = await run()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


async def measure(
    url: str, data_dir: Path, deliveries: int, matches: int, repeat: int
) -> dict[str, Any]:
    config = data_dir / "bot.toml"
    config.write_text(_CONFIG.format(data=data_dir, url=url) + _networks_toml(), encoding="utf-8")
    app = App(load_settings(config, {}), interactive=False)
    await app.start()
    try:
        started = time.perf_counter()
        await fill(app, deliveries, matches)
        filled = time.perf_counter() - started
        if url.startswith("postgresql"):
            async with app.store.session() as session:
                await session.execute(text("ANALYZE"))
        service = app.runtime.get(ReportService)
        networks = service.known()
        month, year = Period.month(f"{YEAR}-06"), Period.between(f"{YEAR}-01-01", f"{YEAR}-12-31")
        out: dict[str, Any] = {"fill_s": filled}
        for label, period in (("month", month), ("year", year)):
            out[f"{label}_ms"], out[f"{label}_cpu"], report = await _timed(
                lambda p=period: service.report(p, networks), repeat
            )
            out[f"{label}_naive_ms"], out[f"{label}_naive_cpu"], figures = await _timed(
                lambda p=period: naive(app, p, networks), max(1, repeat // 3)
            )
            _same(report, figures)
        async with app.store.session() as session:
            for name in (
                "ix_prompt_deliveries_state_scheduled_at",
                "ix_mentoring_requests_created_at",
                "ix_mentoring_proposals_created_at",
                "ix_mentoring_proposals_answered_at",
                "ix_mentoring_feedback_created_at",
                "ix_knowledge_entries_created_at",
            ):
                await session.execute(text(f"DROP INDEX {name}"))
        out["month_noindex_ms"], out["month_noindex_cpu"], _ = await _timed(
            lambda: service.report(month, networks), repeat
        )
        async with app.store.session() as session:
            counts = {
                "deliveries": await session.scalar(select(text("count(*)")).select_from(Delivery)),
                "matches": await session.scalar(
                    select(text("count(*)"))
                    .select_from(Proposal)
                    .where(Proposal.status == "accepted")
                ),
                "proposals": await session.scalar(select(text("count(*)")).select_from(Proposal)),
                "requests": await session.scalar(
                    select(text("count(*)")).select_from(MatchRequest)
                ),
                "ratings": await session.scalar(select(text("count(*)")).select_from(Feedback)),
            }
        out["counts"] = counts
    finally:
        await app.stop()
    return out


def _row(name: str, r: dict[str, Any]) -> str:
    def cell(key: str) -> str:
        return f"{r[key + '_ms']:,.0f} ({r[key + '_cpu']:,.0f})"

    return (
        f"| {name} | {cell('month')} | {cell('month_noindex')} | {cell('month_naive')} "
        f"| {cell('year')} | {cell('year_naive')} | {r['fill_s']:.0f} s |"
    )


async def table(deliveries: int, matches: int, repeat: int) -> str:
    load_before = os.getloadavg()
    rows, counts = [], {}
    with tempfile.TemporaryDirectory(prefix="vetbot-reports-") as tmp:
        sqlite_dir = Path(tmp) / "sqlite"
        sqlite_dir.mkdir()
        r = await measure(
            f"sqlite+aiosqlite:///{sqlite_dir}/bench.db", sqlite_dir, deliveries, matches, repeat
        )
        counts = r["counts"]
        rows.append(_row("SQLite (file, WAL)", r))
        pg = scratch_postgres()
        if pg is not None:
            url, drop = pg
            pg_dir = Path(tmp) / "pg"
            pg_dir.mkdir()
            try:
                rows.append(
                    _row(
                        "PostgreSQL 127.0.0.1",
                        await measure(url, pg_dir, deliveries, matches, repeat),
                    )
                )
            finally:
                drop()
    load_after = os.getloadavg()
    return "\n".join(
        [
            HEADING,
            "",
            "Made by `python -m bench.reports.run` (see its docstring): a coordinators' report",
            "(`!report`, `vetbot report`) for every network, from the aggregate queries, beside",
            "the same figures from a Python-side scan of whole tables (checked equal in the run),",
            "and beside the report without the range indexes of migration 0011. Median of",
            f"{repeat} runs after one unmeasured run (the naive one of {max(1, repeat // 3)}),",
            "in ms of wall time, and in brackets ms of this process's CPU (SQLite's work included,",
            "the PostgreSQL server's not).",
            f"Data: {counts['deliveries']:,} prompt deliveries over a year in 30 rooms of three",
            f"networks, {counts['requests']:,} requests, {counts['proposals']:,} proposals"
            " (of them",
            f"{counts['matches']:,} accepted matches), {counts['ratings']:,} ratings, 600 mentors,",
            "2,000 reviewed suggestions, a year of daily lookup and gap counts.",
            *machine_lines(load_before, load_after),
            "",
            "| database | report, one month | without the 0011 indexes | naive scan, one month "
            "| report, whole year | naive scan, whole year | filling the store |",
            "|---|---:|---:|---:|---:|---:|---:|",
            *rows,
            "",
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=100_000)
    parser.add_argument("--matches", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args(argv)
    section = asyncio.run(table(args.deliveries, args.matches, args.repeat))
    print(section)
    if args.write:
        write_section(RESULTS, HEADING, section)


if __name__ == "__main__":
    main()
