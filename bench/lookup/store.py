"""The lookup benchmark's database dimension: the synthetic store in SQLite and PostgreSQL.

Usage::

    /work/venv/bin/python -m bench.lookup.store [--sizes 1000,10000,100000] [--per-set 100]
        [--databases sqlite,postgresql] [--write-results bench/RESULTS.md]

For each size (in its own child process) and each database, the synthetic store of
:mod:`bench.lookup.generator` goes in through the real import path
(:meth:`bot.capabilities.knowledge.service.KnowledgeService.import_rows`, one transaction,
bulk writes); then a fresh service loads its index from that database, as the bot does at
start, timed in two parts (reading the published rows, building the index); then every query
of the query sets is asked
through :meth:`KnowledgeService.search` — the engine plus the one database read that fetches
the page's entries — with recall@5 beside it. The naive scan (rapidfuzz ``WRatio`` over every
title, as in :mod:`bench.lookup.run`) runs on a subset in the same process for comparison.

PostgreSQL is the one at ``VETBOT_TEST_PG`` (default ``postgresql://postgres@127.0.0.1:5432/test``);
the benchmark creates a database of its own there and drops it afterwards. With
``--write-results`` the report replaces the ``### From the database`` part of the ``## Lookup``
section (``bench.lookup.run --write-results`` rewrites the whole section, so run this after it).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from bench.lookup.generator import QUERY_SETS, Query, generate_queries, generate_store
from bench.lookup.run import RESULTS_HEADING, machine
from bench.report import in_child, percentile
from bot.capabilities.knowledge.service import KnowledgeService
from bot.ports import SystemClock
from bot.store import Store, migrate
from knowledge.codes import canonical_target_group
from knowledge.engine import Document
from knowledge.io import RawRow

SUBHEADING = "### From the database"
PG_ADMIN = os.environ.get("VETBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def import_rows(docs: list[Document]) -> list[RawRow]:
    """The synthetic documents as import rows (what a CSV of them would give).

    The generator's audiences are not all target groups the store knows ("apprentices"); those
    that are map to their canonical name, the rest are left out, as a curator would.
    """
    rows = []
    for number, doc in enumerate(docs, start=1):
        groups = [g for g in (canonical_target_group(a) for a in doc.target_groups) if g]
        rows.append(
            RawRow(
                row=number,
                fields={
                    "id": doc.id,
                    "title": doc.title,
                    "aliases": list(doc.aliases),
                    "summary": doc.summary,
                    "url": f"https://bench.example/{doc.id}",
                    "type": doc.type,
                    "languages": sorted(doc.languages),
                    "countries": sorted(doc.countries),
                    "sectors": sorted(doc.sectors),
                    "target_groups": groups,
                    "topics": list(doc.topics),
                },
            )
        )
    return rows


def _pg_database() -> tuple[str, str]:
    """A fresh PostgreSQL database: (its async URL, its name)."""
    import psycopg

    name = f"vetbot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{base}/{name}", name


def _pg_drop(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _measure_database(
    url: str, rows: list[RawRow], queries: list[Query], size: int
) -> dict[str, Any]:
    await migrate.upgrade_async(url)
    writer = KnowledgeService(Store(url), SystemClock())
    try:
        start = time.perf_counter()
        report = await writer.import_rows(rows)
        import_s = time.perf_counter() - start
        assert not report.problems and len(report.created) == size, report.summary()
    finally:
        await writer.store.close()

    gc.collect()
    reader = KnowledgeService(Store(url), SystemClock())
    try:
        # The bot's start: read the published rows, build the index (timed apart).
        from bot.capabilities.knowledge import store as repository

        start = time.perf_counter()
        async with reader.store.session() as session:
            loaded = await repository.documents(session)
        read_s = time.perf_counter() - start
        del loaded
        gc.collect()
        start = time.perf_counter()
        count = await reader.load()
        load_s = time.perf_counter() - start
        assert count == size

        for query in queries[:20]:  # warm the connection pool and the index
            await reader.search(query.text)
        latencies: list[float] = []
        hits: dict[str, list[bool]] = {}
        for query in queries:
            start = time.perf_counter()
            page = await reader.search(query.text, limit=5)
            latencies.append((time.perf_counter() - start) * 1000)
            ids = [found.entry.id for found in page.items]
            hits.setdefault(query.set, []).append(query.answer in ids)
    finally:
        await reader.store.close()
    return {
        "import_s": import_s,
        "read_s": read_s,
        "load_s": load_s,
        "search_ms": {
            "p50": statistics.median(latencies),
            "p99": percentile(latencies, 0.99),
            "max": max(latencies),
        },
        "r5": {name: sum(v) / len(v) for name, v in hits.items()},
    }


def run_one(size: int, *, per_set: int, seed: int, databases: list[str]) -> dict[str, Any]:
    """All databases for one size, in this process; the numbers as plain data."""
    docs = list(generate_store(size, seed=seed))
    queries = generate_queries(docs, per_set=per_set, seed=seed + 4)
    rows = import_rows(docs)
    result: dict[str, Any] = {"size": size, "queries": len(queries), "databases": {}}
    for kind in databases:
        if kind == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
                result["databases"][kind] = asyncio.run(_measure_database(url, rows, queries, size))
        else:
            url, name = _pg_database()
            try:
                result["databases"][kind] = asyncio.run(_measure_database(url, rows, queries, size))
            finally:
                _pg_drop(name)
        gc.collect()

    # The naive baseline beside it: every title scanned per query (a subset at large sizes).
    per = max(5, min(per_set, 2_000_000 // size))
    subset = [q for name in QUERY_SETS for q in [x for x in queries if x.set == name][:per]]
    titles = [utils.default_process(doc.title) for doc in docs]
    naive_ms: list[float] = []
    naive_hits = 0
    for query in subset:
        start = time.perf_counter()
        matches = process.extract(
            utils.default_process(query.text), titles, scorer=fuzz.WRatio, processor=None, limit=5
        )
        naive_ms.append((time.perf_counter() - start) * 1000)
        naive_hits += query.answer in [docs[i].id for _, _, i in matches]
    result["naive"] = {
        "n": len(subset),
        "p50": statistics.median(naive_ms),
        "p99": percentile(naive_ms, 0.99),
        "r5": naive_hits / len(subset),
    }
    return result


def report(results: list[dict[str, Any]], *, per_set: int, seed: int) -> str:
    """The markdown subsection for bench/RESULTS.md."""
    lines = [
        SUBHEADING,
        "",
        "The same synthetic stores (seed "
        f"{seed}, {per_set} queries per set) put into each database through the import code",
        "(`KnowledgeService.import_rows`: validation, upsert planning, bulk inserts in one",
        "transaction), then loaded by a fresh service as the bot does at start: *read* is the",
        "query for the published rows, *load* is read plus building the index. Search goes",
        "through `KnowledgeService.search`: the engine plus one database read for the page's",
        "entries. Made by `python -m bench.lookup.store`; SQLite on local disk, PostgreSQL 15 on",
        "127.0.0.1. The machine has 2 cores shared with other jobs running at the same time, so",
        "single numbers can be off by tens of percent; each size ran once.",
        "",
        f"Machine: {machine()}.",
        "",
        "| entries | database | import | import rows/s | read | load (read + index) "
        "| search p50 | search p99 | recall@5 (all sets) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        size = result["size"]
        for kind, numbers in result["databases"].items():
            ms = numbers["search_ms"]
            recall = statistics.mean(numbers["r5"].values())
            lines.append(
                f"| {size:,} | {kind} | {numbers['import_s']:.1f} s "
                f"| {size / numbers['import_s']:,.0f} | {numbers['read_s']:.2f} s "
                f"| {numbers['load_s']:.1f} s | {ms['p50']:.2f} ms | {ms['p99']:.2f} ms "
                f"| {recall:.3f} |"
            )
        naive = result["naive"]
        lines.append(
            f"| {size:,} | naive scan, in memory ({naive['n']} queries) | — | — | — | — "
            f"| {naive['p50']:.1f} ms | {naive['p99']:.1f} ms | {naive['r5']:.3f} |"
        )
    lines.append("")
    return "\n".join(lines)


def write_subsection(path: Path, text: str) -> None:
    """Put ``text`` in place of the ``### From the database`` part of the Lookup section."""
    content = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    section = content.find(RESULTS_HEADING + "\n")
    if section < 0:
        content = content.rstrip("\n") + f"\n\n{RESULTS_HEADING}\n\n"
        section = content.find(RESULTS_HEADING + "\n")
    section_end = content.find("\n## ", section + len(RESULTS_HEADING))
    section_end = len(content) if section_end < 0 else section_end + 1
    start = content.find(SUBHEADING + "\n", section, section_end)
    if start < 0:
        content = content[:section_end].rstrip("\n") + "\n\n" + text + content[section_end:]
    else:
        end = min(
            (i for i in (content.find("\n### ", start + 1), content.find("\n## ", start + 1))
             if 0 <= i < section_end),
            default=section_end,
        )  # fmt: skip
        content = content[:start] + text.rstrip("\n") + "\n" + content[end:]
    path.write_text(content.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--per-set", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--write-results", type=Path, default=None)
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    databases = [d.strip() for d in args.databases.split(",") if d.strip()]
    if args.one is not None:
        result = run_one(args.one, per_set=args.per_set, seed=args.seed, databases=databases)
        json.dump(result, sys.stdout)
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        print(f"running {size:,} entries…", file=sys.stderr, flush=True)
        results.append(
            in_child(
                "bench.lookup.store", "--one", str(size),
                "--per-set", str(args.per_set), "--seed", str(args.seed),
                "--databases", ",".join(databases),
            )
        )  # fmt: skip
    text = report(results, per_set=args.per_set, seed=args.seed)
    print(text)
    if args.write_results is not None:
        write_subsection(args.write_results, text)


if __name__ == "__main__":
    main()
