"""The lookup index's memory at scale, beside the index of an earlier revision, in one run.

Usage::

    /work/main/.venv/bin/python -m bench.lookup.memory [--size 100000] [--per-set 200]
        [--baseline-rev REV] [--write-results bench/RESULTS.md]

The store and queries are those of :mod:`bench.lookup.run` (same seed). The earlier index is
the ``knowledge/`` package of ``--baseline-rev`` (by default where this branch left ``main``),
read from git into a temporary folder as ``knowledge_baseline``. Each of four steps runs in a
fresh child process, so its memory is its own:

* **build** — the documents are made first, then the index is built from them: RSS growth over
  the build (the documents themselves are not counted; the index's own copies of their
  texts are), the build's CPU time, then every query (top five ids, CPU time per query), and
  the index saved as a snapshot (:mod:`knowledge.snapshot` of that revision);
* **load** — what the bot does at start: the snapshot is loaded into an empty process, RSS
  growth over the load (everything the index holds, documents included), then every query
  (RSS "after the queries" then also holds what making the queries' documents left).

The parent checks that both revisions give the same top five for every query, built and
loaded alike, and reports recall@5 per query set. Times are CPU time of the child
(``time.process_time``): the machine is shared, and a query waiting for a core costs none.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.lookup.generator import QUERY_SETS, generate_queries, generate_store
from bench.lookup.run import machine
from bench.report import in_child, merge_base, percentile, rss_kib, write_section

RESULTS_HEADING = "## Lookup index memory"
_ROOT = Path(__file__).resolve().parents[2]


def load_package(rev: str, into: Path) -> None:
    """The whole ``knowledge/`` package of ``rev``, importable as ``knowledge_baseline``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "knowledge"],
        cwd=_ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / "knowledge_baseline"
    (into / "knowledge").rename(package)
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        source = source.replace("from knowledge.", "from knowledge_baseline.")
        source = source.replace("import knowledge.", "import knowledge_baseline.")
        path.write_text(source, encoding="utf-8")
    sys.path.insert(0, str(into))


def _modules(variant: str, folder: str, rev: str) -> tuple[ModuleType, ModuleType]:
    if variant == "baseline":
        load_package(rev, Path(folder))
        name = "knowledge_baseline"
    else:
        name = "knowledge"
    return (
        importlib.import_module(f"{name}.engine"),
        importlib.import_module(f"{name}.snapshot"),
    )


def _queries(index: Any, texts: list[str]) -> tuple[list[list[str]], list[float]]:
    """Each query's top five ids and CPU milliseconds (after a few warming queries)."""
    for text in texts[:20]:
        index.search(text, limit=5)
    tops: list[list[str]] = []
    cpu_ms: list[float] = []
    for text in texts:
        start = time.process_time()
        hits = index.search(text, limit=5).hits
        cpu_ms.append((time.process_time() - start) * 1000)
        tops.append([hit.id for hit in hits])
    return tops, cpu_ms


def run_one(mode: str, variant: str, *, size: int, per_set: int, seed: int, rev: str,
            snapshot: str) -> dict[str, Any]:  # fmt: skip
    """One step (``build`` or ``load``) of one variant in this process."""
    with tempfile.TemporaryDirectory() as folder:
        engine, snap = _modules(variant, folder, rev)
        out: dict[str, Any] = {"mode": mode, "variant": variant}
        if mode == "build":
            # Made one by one in the revision's own class (no list of copies to free after).
            fields = engine.Document.__dataclass_fields__
            docs_in = [
                engine.Document(**{name: getattr(doc, name) for name in fields})
                for doc in generate_store(size, seed=seed)
            ]
            texts = [q.text for q in generate_queries(docs_in, per_set=per_set, seed=seed + 4)]
            gc.collect()
            before, cpu = rss_kib(), time.process_time()
            index = engine.LookupIndex.from_documents(docs_in)
            out["cpu_s"] = time.process_time() - cpu
            gc.collect()
            out["rss_mib"] = (rss_kib() - before) / 1024
            out["bytes"] = snap.save(index, Path(snapshot), snap.Stamp(store="bench", revision=1))
        else:
            # Loaded first, into a process that has made nothing yet: memory freed before
            # (the documents the queries are made from) would be reused and hide growth.
            gc.collect()
            before, cpu = rss_kib(), time.process_time()
            index, _ = snap.load(Path(snapshot))
            out["cpu_s"] = time.process_time() - cpu
            gc.collect()
            out["rss_mib"] = (rss_kib() - before) / 1024
            docs = list(generate_store(size, seed=seed))
            texts = [q.text for q in generate_queries(docs, per_set=per_set, seed=seed + 4)]
            del docs
        tops, cpu_ms = _queries(index, texts)
        gc.collect()
        out["rss_queried_mib"] = (rss_kib() - before) / 1024
        out["tops"] = tops
        out["p50_ms"] = statistics.median(cpu_ms)
        out["p99_ms"] = percentile(cpu_ms, 0.99)
        out["mean_ms"] = statistics.fmean(cpu_ms)
        return out


def _recall(size: int, per_set: int, seed: int, tops: list[list[str]]) -> dict[str, float]:
    docs = list(generate_store(size, seed=seed))
    queries = generate_queries(docs, per_set=per_set, seed=seed + 4)
    found: dict[str, list[bool]] = {}
    for query, top in zip(queries, tops, strict=True):
        found.setdefault(query.set, []).append(query.answer in top[:5])
    return {name: sum(rows) / len(rows) for name, rows in found.items()}


def report(runs: dict[str, dict[str, Any]], *, size: int, per_set: int, seed: int, rev: str,
           load: tuple[float, float]) -> str:  # fmt: skip
    base_tops = runs["baseline build"]["tops"]
    same = {
        name: sum(a == b for a, b in zip(base_tops, run["tops"], strict=True))
        for name, run in runs.items()
    }
    recall = {name: _recall(size, per_set, seed, run["tops"]) for name, run in runs.items()}
    lines = [
        RESULTS_HEADING,
        "",
        f"`python -m bench.lookup.memory --size {size}` — the store and {len(base_tops):,} "
        f"queries of `bench.lookup.run` (seed {seed}, {per_set} per set), this revision beside "
        f"the index of `{rev[:10]}`, each step in a fresh process (module docstring). RSS "
        "growth: over the build (documents made before, not counted) or over loading the "
        "snapshot (documents included, as at the bot's start), and again after the queries "
        "(the thesaurus matcher, built at the first query, included). Times are the child's "
        "CPU time.",
        "",
        f"Machine: {machine()}; load average {load[0]:.1f} at start, {load[1]:.1f} at the end.",
        "",
        "| revision | step | RSS growth | after the queries | CPU | search CPU p50 / p99 / mean "
        "| same top 5 as baseline build | snapshot |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, run in runs.items():
        snapshot = f"{run['bytes'] / 2**20:.0f} MiB" if "bytes" in run else ""
        lines.append(
            f"| {name.split()[0]} | {run['mode']} | {run['rss_mib']:.0f} MiB "
            f"| {run['rss_queried_mib']:.0f} MiB | {run['cpu_s']:.1f} s "
            f"| {run['p50_ms']:.2f} / {run['p99_ms']:.2f} / {run['mean_ms']:.2f} ms "
            f"| {same[name]:,} / {len(base_tops):,} | {snapshot} |"
        )
    lines += [
        "",
        "| query set | " + " | ".join(f"R@5 {name}" for name in runs) + " |",
        "|---|" + "---|" * len(runs),
    ]
    for set_name in QUERY_SETS:
        cells = " | ".join(f"{recall[name][set_name]:.3f}" for name in runs)
        lines.append(f"| {set_name} | {cells} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--per-set", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline-rev", default=None)
    parser.add_argument("--write-results", type=Path, default=None)
    parser.add_argument("--one", nargs=3, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    rev = args.baseline_rev or merge_base()
    common = {"size": args.size, "per_set": args.per_set, "seed": args.seed, "rev": rev}
    if args.one is not None:
        mode, variant, snapshot = args.one
        json.dump(run_one(mode, variant, snapshot=snapshot, **common), sys.stdout)
        return
    started = os.getloadavg()[0]
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("build", "load"):
            for variant in ("baseline", "this"):
                print(f"{variant} {mode}…", file=sys.stderr, flush=True)
                runs[f"{variant} {mode}"] = in_child(
                    "bench.lookup.memory", "--one", mode, variant,
                    str(Path(folder) / f"{variant}.snapshot"),
                    "--size", str(args.size), "--per-set", str(args.per_set),
                    "--seed", str(args.seed), "--baseline-rev", rev,
                )  # fmt: skip
    section = report(
        runs, size=args.size, per_set=args.per_set, seed=args.seed, rev=rev,
        load=(started, os.getloadavg()[0]),
    )  # fmt: skip
    print(section)
    if args.write_results is not None:
        write_section(args.write_results, RESULTS_HEADING, section)


if __name__ == "__main__":
    main()
