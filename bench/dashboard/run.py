"""Dashboard benchmark: the coordinators' pages at 100,000 prompt deliveries and 10,000 matches.

For each database (a SQLite file, and PostgreSQL at 127.0.0.1:5432 when it answers) one
process fills a store with the reports benchmark's rows (:func:`bench.reports.run.fill`), adds
what the other pages show — 300 suggestions waiting for review, 40 weekly prompts in the rooms
(the generator's prompts finished) — serves the dashboard on 127.0.0.1 (a free port), signs a
European-level admin in (every network) and then measures, in the same run:

- **pages**: ``GET /`` (the overview: the last six months' charts), ``GET /review`` and
  ``GET /prompts``, each requested in turn, as milliseconds from sending the request to the
  page's last byte on the loopback (the server's time and the loopback's);
- **overview, this month changed**: the same with the current month read again (as after a
  post, a reply or a lookup that found nothing);
- **overview, first load**: the same with nothing kept in memory (as after a start, or after
  a change in the oldest month shown);
- **naive charts**: the overview's figures from one query per chart per month (the reports'
  own queries, nothing kept), checked equal to the page's figures;
- **whole reports**: the figures as the overview first read them, a whole report per month
  and one for the six months.

Usage: ``python -m bench.dashboard.run [--deliveries N] [--matches N] [--repeat N] [--write]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import insert, select, text, update

from bench.report import machine_lines, percentile, scratch_postgres, write_section
from bench.reports.run import NETWORKS, ROOMS, fill
from bot.app import App
from bot.capabilities.dashboard.access import Access
from bot.capabilities.dashboard.server import Dashboard
from bot.capabilities.dashboard.views import months_back
from bot.capabilities.knowledge.tables import KnowledgeEntry
from bot.capabilities.mentoring.tables import MatchRequest, Proposal
from bot.capabilities.prompts.models import Delivery, Prompt, Target
from bot.capabilities.reports import queries
from bot.capabilities.reports.charts import NEWEST_PROMPTS, Charts, NetworkCharts
from bot.capabilities.reports.model import Period, shown
from bot.capabilities.reports.service import GAP_WORDS, ReportService
from bot.events import Message
from bot.settings import load_settings
from bot.store.models import Identity, Person

RESULTS = Path(__file__).resolve().parents[1] / "RESULTS.md"
HEADING = "## Dashboard"
ADMIN = 10_000_000
WEEKLY = 40
WAITING = 300

_CONFIG = """
[bot]
data_dir = "{data}"
[store]
url = "{url}"
[knowledge]
seed = false
[web]
listen = "127.0.0.1:0"
"""


def _networks_toml() -> str:
    lines = []
    for n in NETWORKS:
        rooms = ", ".join(f'"console:{r}"' for r in ROOMS[n])
        lines += [f"[networks.{n}]", f'country = "{n}"', f"rooms = [{rooms}]"]
        if n == "EU":
            lines.append('admins = ["console:boss"]')
    return "\n".join(lines) + "\n"


async def extras(app: App) -> None:
    """The coordinator, the review queue and the weekly prompts the other pages show."""
    now = datetime.now(UTC)
    rooms = [(n, r) for n in NETWORKS for r in ROOMS[n]]
    async with app.store.session() as session:
        await session.execute(
            insert(Person), [{"id": ADMIN, "display_name": "Boss", "created_at": now}]
        )
        await session.execute(
            insert(Identity),
            [
                {
                    "person_id": ADMIN,
                    "platform": "console",
                    "user_id": "boss",
                    "display_name": "Boss",
                    "created_at": now,
                    "last_seen_at": now,
                }
            ],
        )
        await session.execute(
            insert(KnowledgeEntry),
            [
                {
                    "id": f"w{i}",
                    "title": f"Suggested handbook {i}",
                    "summary": "A guide for in-company trainers.",
                    "url": f"https://example.org/{i}",
                    "status": "pending",
                    "added_via": "chat",
                    "added_by": 1 + i,
                    "network": NETWORKS[i % 3],
                    "created_at": now - timedelta(hours=i),
                    "updated_at": now - timedelta(hours=i),
                }
                for i in range(WAITING)
            ],
        )
        await session.execute(update(Prompt).values(status="finished"))
        top = int(await session.scalar(select(text("max(id)")).select_from(Prompt)) or 0)
        weekly = list(range(top - WEEKLY + 1, top + 1))
        for i, prompt_id in enumerate(weekly):
            await session.execute(
                update(Prompt)
                .where(Prompt.id == prompt_id)
                .values(
                    status="active",
                    text=f"How do you welcome new apprentices? ({i})",
                    schedule={
                        "kind": "cron",
                        "spec": f"0 {8 + i % 8} * * {('mon', 'tue', 'wed', 'thu', 'fri')[i % 5]}",
                        "tz": "Europe/Vienna",
                        "start": None,
                        "end": None,
                        "anchor": None,
                    },
                )
            )
        await session.execute(
            insert(Target),
            [
                {"prompt_id": p, "platform": "console", "room_id": rooms[i % len(rooms)][1]}
                for i, p in enumerate(weekly)
            ],
        )


async def naive_charts(
    app: App, months: Sequence[Period], networks: Sequence[str]
) -> list[NetworkCharts]:
    """The overview's figures from one query per chart per month (the reports' queries)."""
    matches: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    people: dict[str, defaultdict[int, int]] = defaultdict(lambda: defaultdict(int))
    gaps: dict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    asked: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    nets = app.runtime.networks
    async with app.store.session() as session:
        for month in months:
            answered = await queries.proposals_answered(session, month, networks)
            for n in networks:
                matches[n].append((month.label, answered.get((n, "accepted"), 0)))
            for row in await queries.posts(session, month):
                people[nets.of_room(row.platform, row.room_id)][row.prompt_id] += row.participants
            for n, words in (
                await queries.gap_words(session, month, networks, limit=10**6)
            ).items():
                for w, c in words:
                    gaps[n][w] += c
            for n, (a, e) in (await queries.lookups(session, month, networks)).items():
                asked[n][0] += a
                asked[n][1] += e
    out = []
    for n in sorted(networks):
        newest = sorted(people[n].items(), reverse=True)[:NEWEST_PROMPTS]
        most = sorted(gaps[n].items(), key=lambda item: (-item[1], item[0]))[:GAP_WORDS]
        settings = nets.get(n)
        out.append(
            NetworkCharts(
                network=n,
                name=(settings.name if settings else "") or n,
                matches=tuple(matches[n]),
                prompts=tuple((p, shown(c, c)) for p, c in sorted(newest)),
                gaps=tuple(most),
                lookups=(asked[n][0], asked[n][1]),
            )
        )
    return out


async def whole_reports(
    service: ReportService, months: Sequence[Period], networks: Sequence[str]
) -> None:
    """What the overview read before: a whole report per month, one for the six months."""
    for month in months:
        await service.report(month, networks)
    await service.report(Period(months[0].start, months[-1].end), networks)


async def _times(run: Callable[[], Awaitable[Any]], repeat: int) -> list[float]:
    """Milliseconds of ``repeat`` runs after one unmeasured run."""
    await run()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        await run()
        out.append((time.perf_counter() - started) * 1000)
    return out


async def measure(url: str, data_dir: Path, deliveries: int, matches: int, repeat: int) -> Any:
    config = data_dir / "bot.toml"
    config.write_text(_CONFIG.format(data=data_dir, url=url) + _networks_toml(), encoding="utf-8")
    app = App(load_settings(config, {}), interactive=False)
    await app.start()
    server = Dashboard(app.runtime, app.runtime.get(Access))
    try:
        await fill(app, deliveries, matches)
        await extras(app)
        if url.startswith("postgresql"):
            # As autovacuum leaves a table after a bulk load: statistics, and the visibility
            # map that lets counts read an index alone.
            async with app.store.session() as session:
                await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
                await session.execute(text("VACUUM ANALYZE"))
        await server.start()
        charts = app.runtime.get(Charts)
        service = app.runtime.get(ReportService)
        networks = service.known()
        months = months_back(app.runtime.clock.now().date())
        out: dict[str, Any] = {}
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            asked = Message(
                platform="console",
                room_id="eu-room-0",
                sender_id="boss",
                text="",
                roles=frozenset({"admin"}),
            )
            token = app.runtime.get(Access).issue(ADMIN, asked)
            async with http.post(
                server.base_url + "/login",
                data={"token": token},
                headers={"Origin": server.origin},
            ) as response:
                assert response.status == 200, await response.text()

            async def get(path: str) -> None:
                async with http.get(server.base_url + path) as response:
                    assert response.status == 200, response.status
                    await response.read()

            async def cold() -> None:
                charts.kept.clear()
                await get("/")

            async def current() -> None:
                charts.kept.pop(months[-1], None)
                await get("/")

            out["cold"] = await _times(cold, max(3, repeat // 5))
            out["current"] = await _times(current, max(3, repeat // 2))
            pages = {"overview": "/", "review": "/review", "calendar": "/prompts"}
            for name in pages:
                out[name] = []
            await get("/")
            for _ in range(repeat):
                for name, path in pages.items():
                    started = time.perf_counter()
                    await get(path)
                    out[name].append((time.perf_counter() - started) * 1000)
        fast = await charts.figures(months, networks)
        out["naive"] = await _times(lambda: naive_charts(app, months, networks), 3)
        slow = await naive_charts(app, months, networks)
        assert fast == slow, (fast, slow)
        out["reports"] = await _times(lambda: whole_reports(service, months, networks), 1)
        async with app.store.session() as session:
            out["counts"] = {
                "deliveries": await session.scalar(select(text("count(*)")).select_from(Delivery)),
                "requests": await session.scalar(
                    select(text("count(*)")).select_from(MatchRequest)
                ),
                "matches": await session.scalar(
                    select(text("count(*)"))
                    .select_from(Proposal)
                    .where(Proposal.status == "accepted")
                ),
            }
        out["months"] = f"{months[0].label} to {months[-1].label}"
    finally:
        await server.stop()
        await app.stop()
    return out


def _cell(values: Sequence[float]) -> str:
    return f"{percentile(values, 0.5):,.0f} / {percentile(values, 0.95):,.0f}"


def _row(name: str, r: dict[str, Any]) -> str:
    return (
        f"| {name} | {_cell(r['overview'])} | {_cell(r['current'])} | {_cell(r['cold'])} "
        f"| {_cell(r['naive'])} "
        f"| {_cell(r['reports'])} | {_cell(r['review'])} | {_cell(r['calendar'])} |"
    )


async def table(deliveries: int, matches: int, repeat: int) -> str:
    load_before = os.getloadavg()
    rows, r = [], {}
    with tempfile.TemporaryDirectory(prefix="vetbot-dashboard-") as tmp:
        sqlite_dir = Path(tmp) / "sqlite"
        sqlite_dir.mkdir()
        r = await measure(
            f"sqlite+aiosqlite:///{sqlite_dir}/bench.db", sqlite_dir, deliveries, matches, repeat
        )
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
    counts = r["counts"]
    return "\n".join(
        [
            HEADING,
            "",
            "Made by `python -m bench.dashboard.run` (see its docstring): the dashboard's pages",
            "served on 127.0.0.1 to a signed-in European-level admin (every network), each",
            "page's time from the request to its last byte, p50 / p95 in ms of wall time:",
            f"{repeat} requests of each page in turn (overview, review queue, calendar) after one",
            f"unmeasured overview; the overview {max(3, repeat // 2)} times with this month read",
            "again (as after a post, a reply or a lookup), and its first load"
            f" {max(3, repeat // 5)} times",
            "with nothing kept in memory; the overview's figures from one query per chart per",
            "month (the reports' queries, nothing kept; 3 runs, checked equal to the page's),",
            "and as the overview read them before (a whole report per month and one for the six",
            "months; 1 run).",
            f"Data: the reports benchmark's, {counts['deliveries']:,} prompt deliveries over a",
            f"year in 30 rooms of three networks and {counts['matches']:,} accepted matches",
            f"among {counts['requests']:,} requests; the overview shows {r['months']};",
            f"{WAITING} suggestions wait for review; {WEEKLY} weekly prompts.",
            *machine_lines(load_before, load_after),
            "",
            "| database | overview | overview, this month changed | overview, first load "
            "| naive charts, one query per chart per month | whole reports (before) "
            "| review queue | calendar |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
            *rows,
            "",
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=100_000)
    parser.add_argument("--matches", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args(argv)
    section = asyncio.run(table(args.deliveries, args.matches, args.repeat))
    print(section)
    if args.write:
        write_section(RESULTS, HEADING, section)


if __name__ == "__main__":
    main()
