"""Time to the first lookup after a restart, and the memory the index holds.

Usage::

    python -m bench.lookup.start [--sizes 1000,10000,100000] [--databases sqlite,postgresql]
        [--write-results bench/RESULTS.md] [--baseline DIR [--repeat N]]

Per size and database, the synthetic store of :mod:`bench.lookup.generator` goes in through
the import code once; then fresh processes start a :class:`KnowledgeService` on it the way the
bot does and ask one ``!tool`` query, timed by the parent from spawning the process (so the
interpreter and every import count) until the answer is printed:

* **rebuild (before)** — the earlier start: read every published row, build the index, then
  answer (no snapshot, never in the background);
* **no snapshot** — today's start on a store without a usable snapshot: above 20,000 entries
  the first answer comes from the slower path (a database scan ranked by a small index) while
  the index builds in the background and is saved; *ready* is when the full index took over;
* **snapshot** — today's start with the snapshot the previous run saved.

RSS is the child's resident memory after its imports (before the service starts) and once the
index is ready; their difference is the index's memory. Each figure is one run.

With ``--baseline DIR`` (a checkout of the code to compare with, e.g. ``git archive main``
unpacked there) every start runs twice on the same store, once with that code and once with
this one, one after the other (each with its own snapshot file), and ``--repeat N`` runs the
pair N times; the report then has a column saying which code ran, and the load average
before and after each size and database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SECTION = "### Time to the first lookup after start"
QUERY = "mentoring guide for apprentices"


async def _child(url: str, mode: str, snapshot: str) -> dict[str, Any]:
    """The bot's start, then one lookup; timings from this process's own clock."""
    from bench.report import rss_kib
    from bot.capabilities.knowledge.service import KnowledgeService
    from bot.ports import SystemClock
    from bot.store import Store

    rss_imports = rss_kib()
    started = time.perf_counter()
    service = KnowledgeService(
        Store(url),
        SystemClock(),
        snapshot_path=None if mode == "rebuild" else Path(snapshot),
        **({"build_in_background_above": 10**12} if mode == "rebuild" else {}),
    )
    await service.start(seed=False)
    page = await service.search(QUERY)
    first = time.perf_counter() - started
    first_cpu = time.process_time()  # this process's CPU since it began, imports included
    print(json.dumps({"answered": len(page.items)}), flush=True)  # the parent's stopwatch
    from_index = service.ready
    await service.wait_ready()
    ready = time.perf_counter() - started
    ready_cpu = time.process_time()
    rss_ready = rss_kib()
    await service.store.close()
    return {
        "first_s": first,
        "ready_s": ready,
        "first_cpu_s": first_cpu,
        "ready_cpu_s": ready_cpu,
        "first_from_index": from_index,
        "loaded_from": service.loaded_from,
        "rss_imports_mib": rss_imports / 1024,
        "rss_ready_mib": rss_ready / 1024,
    }


def _spawn(url: str, mode: str, snapshot: Path, code: Path | None = None) -> dict[str, Any]:
    """One start in a fresh process, with the code in ``code`` (``None``: this checkout)."""
    env = None if code is None else {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.lookup.start", "--child", url, mode, str(snapshot)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=code,
        env=env,
    )
    assert child.stdout is not None
    json.loads(child.stdout.readline())
    wall = time.perf_counter() - started
    result: dict[str, Any] = json.loads(child.stdout.readline())
    if child.wait() != 0:
        raise RuntimeError(f"child failed: {mode}")
    result["wall_first_s"] = wall
    return result


MODES = ("rebuild", "fresh", "snapshot")


def _measure(
    url: str, size: int, seed: int, baseline: Path | None = None, repeat: int = 1
) -> dict[str, Any]:
    from bench.lookup.generator import generate_store
    from bench.lookup.store import import_rows
    from bot.capabilities.knowledge.service import KnowledgeService
    from bot.ports import SystemClock
    from bot.store import Store, migrate

    async def fill() -> None:
        await migrate.upgrade_async(url)
        writer = KnowledgeService(Store(url), SystemClock())
        try:
            report = await writer.import_rows(import_rows(list(generate_store(size, seed=seed))))
            assert len(report.created) == size, report.summary()
        finally:
            await writer.store.close()

    asyncio.run(fill())
    with tempfile.TemporaryDirectory() as folder:
        snapshot = Path(folder) / "knowledge-index.snapshot"
        if baseline is None:
            runs: dict[str, Any] = {mode: _spawn(url, mode, snapshot) for mode in MODES}
            runs["snapshot_bytes"] = snapshot.stat().st_size
            return runs
        before = Path(folder) / "before.snapshot"
        load = os.getloadavg()
        pairs: dict[str, Any] = {mode: [] for mode in MODES}
        for _ in range(repeat):
            for mode in MODES:
                pairs[mode].append(
                    {
                        "before": _spawn(url, mode, before, baseline.resolve()),
                        "this": _spawn(url, mode, snapshot),
                    }
                )
        pairs["load"] = [round(x, 2) for x in (*load, *os.getloadavg())]
        pairs["snapshot_bytes"] = snapshot.stat().st_size
    return pairs


def run(
    sizes: list[int],
    databases: list[str],
    seed: int,
    baseline: Path | None = None,
    repeat: int = 1,
) -> list[dict[str, Any]]:
    from bench.lookup.store import _pg_database, _pg_drop

    rows = []
    for size in sizes:
        for kind in databases:
            print(f"{size:,} entries, {kind}…", file=sys.stderr, flush=True)
            if kind == "sqlite":
                with tempfile.TemporaryDirectory() as folder:
                    url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
                    measured = _measure(url, size, seed, baseline, repeat)
                    rows.append({"size": size, "db": kind, **measured})
                print(json.dumps(rows[-1]), file=sys.stderr, flush=True)  # kept if cut short
            else:
                url, name = _pg_database()
                try:
                    measured = _measure(url, size, seed, baseline, repeat)
                    rows.append({"size": size, "db": kind, **measured})
                    print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
                finally:
                    _pg_drop(name)
    return rows


def report(rows: list[dict[str, Any]]) -> str:
    from bench.lookup.run import machine

    lines = [
        SECTION,
        "",
        "Made by `python -m bench.lookup.start` (module docstring: what each start does). First",
        "lookup = from spawning a fresh Python process (interpreter and imports included) until",
        "its first `KnowledgeService.search` returned; ready = until the full index answers (from",
        "the service's start). In brackets the process's CPU time at that moment (since it began,",
        "imports included): on a shared machine the wall time waits for the CPU, this does not.",
        "Index memory = RSS once ready less RSS after the imports. One run each.",
        "",
        f"Machine: {machine()}.",
        "",
        "| entries | database | start | first lookup (CPU) | answered by | ready (CPU) "
        "| RSS after imports | RSS ready | index memory |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    names = {
        "rebuild": "rebuild (before)",
        "fresh": "no snapshot yet",
        "snapshot": "from the snapshot",
    }
    for row in rows:
        for mode, name in names.items():
            run = row[mode]
            by = "full index" if run["first_from_index"] else "slower path (scan)"
            lines.append(
                f"| {row['size']:,} | {row['db']} | {name} "
                f"| {run['wall_first_s']:.2f} s ({run['first_cpu_s']:.2f} s) | {by} "
                f"| {run['ready_s']:.2f} s ({run['ready_cpu_s']:.2f} s) "
                f"| {run['rss_imports_mib']:.0f} MiB "
                f"| {run['rss_ready_mib']:.0f} MiB "
                f"| {run['rss_ready_mib'] - run['rss_imports_mib']:.0f} MiB |"
            )
    sizes = ", ".join(
        f"{row['size']:,} {row['db']} {row['snapshot_bytes'] / 2**20:.1f} MiB" for row in rows
    )
    lines += ["", f"Snapshot file sizes: {sizes}.", ""]
    return "\n".join(lines)


def compared(rows: list[dict[str, Any]]) -> str:
    """The report of a ``--baseline`` run: each start with the baseline's code and with this
    checkout's, side by side."""
    from bench.lookup.run import machine

    lines = [
        f"Machine: {machine()}.",
        "",
        "| entries | database | start | code | first lookup (CPU) | answered by | ready (CPU) "
        "| RSS ready | index memory |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    names = {"rebuild": "rebuild", "fresh": "no snapshot yet", "snapshot": "from the snapshot"}
    loads = []
    for row in rows:
        loads.append(f"{row['size']:,} {row['db']}: {' / '.join(map(str, row['load']))}")
        for mode, name in names.items():
            for pair in row[mode]:
                for code in ("before", "this"):
                    run = pair[code]
                    by = "full index" if run["first_from_index"] else "slower path (scan)"
                    lines.append(
                        f"| {row['size']:,} | {row['db']} | {name} | {code} "
                        f"| {run['wall_first_s']:.2f} s ({run['first_cpu_s']:.2f} s) | {by} "
                        f"| {run['ready_s']:.2f} s ({run['ready_cpu_s']:.2f} s) "
                        f"| {run['rss_ready_mib']:.0f} MiB "
                        f"| {run['rss_ready_mib'] - run['rss_imports_mib']:.0f} MiB |"
                    )
    lines += [
        "",
        "Load average (1, 5, 15 min) before / after each store's starts: " + "; ".join(loads) + ".",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        url, mode, snapshot = argv[1:4]
        print(json.dumps(asyncio.run(_child(url, mode, snapshot))), flush=True)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="also keep the raw numbers")
    parser.add_argument(
        "--baseline", type=Path, default=None, help="a checkout to compare each start with"
    )
    parser.add_argument("--repeat", type=int, default=1, help="with --baseline: runs per pair")
    args = parser.parse_args(argv)
    rows = run(
        [int(s) for s in args.sizes.split(",") if s.strip()],
        [d.strip() for d in args.databases.split(",") if d.strip()],
        args.seed,
        args.baseline,
        args.repeat,
    )
    if args.json is not None:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(report(rows) if args.baseline is None else compared(rows))


if __name__ == "__main__":
    main()
