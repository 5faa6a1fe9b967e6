"""Run the lookup benchmark: the engine beside a naive rapidfuzz scan, at several store sizes.

Usage::

    /work/venv/bin/python -m bench.lookup.run [--sizes 1000,10000,100000] [--per-set 200]
        [--seed 7] [--write-results bench/RESULTS.md]

Each size runs in its own child process (``--one SIZE``), so peak memory and the index's RSS
growth belong to that size alone. The parent prints a markdown report and, with
``--write-results``, puts it in place of the ``## Lookup`` section of that file.

The index is built by :func:`build_index` from any iterable of :class:`Document`; to measure a
real store, pass another loader (for instance one reading the database) in place of
:func:`bench.lookup.generator.generate_store` — the queries then need known answers too.

The naive baseline is what a bot without an index would do: rapidfuzz's ``process.extract``
with ``WRatio`` over every title, titles pre-processed once (``utils.default_process``). It is
slow at 100,000 entries, so it answers a subset of each query set (``--naive-budget``
comparisons in all); the engine's recall on that same subset is reported beside it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import statistics
import string
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from bench.lookup.generator import QUERY_SETS, Query, generate_queries, generate_store
from bench.report import cpu_model, in_child, percentile, rss_kib, write_section
from knowledge.engine import Document, LookupIndex

RESULTS_HEADING = "## Lookup"


def build_index(docs: Iterable[Document]) -> LookupIndex:
    """The index under test, built from any source of documents (generator or database)."""
    return LookupIndex.from_documents(docs)


def _measure(
    queries: list[Query], answer: Callable[[str], list[str]]
) -> tuple[dict[str, dict[str, float]], list[float]]:
    """Recall@1, recall@5 per query set, and every query's latency in milliseconds."""
    found: dict[str, list[tuple[bool, bool]]] = {}
    latencies: list[float] = []
    for query in queries:
        start = time.perf_counter()
        ids = answer(query.text)
        latencies.append((time.perf_counter() - start) * 1000)
        found.setdefault(query.set, []).append(
            (bool(ids) and ids[0] == query.answer, query.answer in ids[:5])
        )
    recall = {
        name: {
            "n": len(rows),
            "r1": sum(r1 for r1, _ in rows) / len(rows),
            "r5": sum(r5 for _, r5 in rows) / len(rows),
        }
        for name, rows in found.items()
    }
    return recall, latencies


def run_one(size: int, *, per_set: int, seed: int, naive_budget: int) -> dict[str, object]:
    """Benchmark one store size in this process; return the numbers as plain data."""
    docs = list(generate_store(size, seed=seed))
    queries = generate_queries(docs, per_set=per_set, seed=seed + 4)
    gc.collect()
    rss_before = rss_kib()
    start = time.perf_counter()
    index = build_index(docs)
    build_s = time.perf_counter() - start
    gc.collect()
    index_mib = (rss_kib() - rss_before) / 1024

    def engine(text: str) -> list[str]:
        return [hit.id for hit in index.search(text, limit=5).hits]

    for query in queries[:20]:  # warm caches and lazily built structures
        engine(query.text)
    recall, latencies = _measure(queries, engine)

    prefixes = [q.text[: max(3, len(q.text) // 3)] for q in queries if q.set == "reordered"]
    complete_ms: list[float] = []
    for prefix in prefixes:
        start = time.perf_counter()
        index.complete(prefix)
        complete_ms.append((time.perf_counter() - start) * 1000)

    # Queries that match nothing take the "did you mean" path; it must stay fast too.
    rng = random.Random(seed)
    nonsense = [
        " ".join(
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 10)))
            for _ in range(rng.randint(1, 3))
        )
        for _ in range(200)
    ]
    _, nonsense_ms = _measure([Query(set="nonsense", text=t, answer="") for t in nonsense], engine)

    # Keeping the index in step: re-index then remove documents (the store's write path).
    changed = docs[: min(1000, size // 2)]
    start = time.perf_counter()
    for doc in changed:
        index.upsert(doc)
    upsert_ms = (time.perf_counter() - start) * 1000 / len(changed)
    start = time.perf_counter()
    for doc in changed:
        index.remove(doc.id)
    remove_ms = (time.perf_counter() - start) * 1000 / len(changed)
    for doc in changed:
        index.upsert(doc)

    naive_per_set = max(5, min(per_set, naive_budget // size))
    subset = [
        q for name in QUERY_SETS for q in [x for x in queries if x.set == name][:naive_per_set]
    ]
    titles = [utils.default_process(doc.title) for doc in docs]

    def naive(text: str) -> list[str]:
        matches = process.extract(
            utils.default_process(text), titles, scorer=fuzz.WRatio, processor=None, limit=5
        )
        return [docs[i].id for _, _, i in matches]

    engine_subset, engine_subset_ms = _measure(subset, engine)
    naive_recall, naive_ms = _measure(subset, naive)
    return {
        "size": size,
        "queries": len(queries),
        "vocabulary": len(index._vocab),
        "build_s": build_s,
        "index_mib": index_mib,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "engine": recall,
        "engine_ms": {
            "p50": statistics.median(latencies),
            "p99": percentile(latencies, 0.99),
            "max": max(latencies),
        },
        "complete_ms": {
            "p50": statistics.median(complete_ms),
            "p99": percentile(complete_ms, 0.99),
        },
        "nonsense_ms": {
            "p50": statistics.median(nonsense_ms),
            "p99": percentile(nonsense_ms, 0.99),
        },
        "upsert_ms": upsert_ms,
        "remove_ms": remove_ms,
        "naive_queries": len(subset),
        "engine_same": engine_subset,
        "engine_same_ms": {"p50": statistics.median(engine_subset_ms)},
        "naive": naive_recall,
        "naive_ms": {"p50": statistics.median(naive_ms), "p99": percentile(naive_ms, 0.99)},
    }


def machine() -> str:
    """The machine line of the Lookup section (shared by the in-memory and database runs)."""
    return (
        f"{os.cpu_count()} cores (nproc), CPU {cpu_model()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}"
    )


def report(results: list[dict[str, object]], *, per_set: int, seed: int) -> str:
    """The markdown section for bench/RESULTS.md."""
    lines = [
        RESULTS_HEADING,
        "",
        "Knowledge lookup (`knowledge.engine.LookupIndex`) against a naive scan (rapidfuzz",
        "`process.extract`, `WRatio`, every title), made by `python -m bench.lookup.run` on",
        f"synthetic stores from `bench/lookup/generator.py` (seed {seed}), {per_set} queries per",
        "set. Recall@k: the one right document is among the first k hits. Latencies are single",
        "queries on one thread, in milliseconds, on a machine shared with other jobs.",
        "",
        f"Machine: {machine()}.",
        "",
        "Reading the numbers: `summary_only` queries name a partner organisation and a city; the",
        "partner's coined name is often another entry's project name, and a title match outranks",
        "a summary match by design, so the right entry is usually in the top 5 but not first.",
        "`missing_words` keeps about half of a title's words, which can fit several entries. The",
        "naive scan needs ~0.3-1 s a query at 100k, so it answers only a subset there (`naive n`);",
        "`engine R@5 (same)` is the engine on exactly that subset.",
        "",
    ]
    for result in results:
        engine = result["engine"]
        same = result["engine_same"]
        naive = result["naive"]
        e_ms, n_ms = result["engine_ms"], result["naive_ms"]
        c_ms, same_ms = result["complete_ms"], result["engine_same_ms"]
        x_ms = result["nonsense_ms"]
        assert isinstance(engine, dict) and isinstance(same, dict) and isinstance(naive, dict)
        assert isinstance(e_ms, dict) and isinstance(n_ms, dict) and isinstance(c_ms, dict)
        assert isinstance(same_ms, dict) and isinstance(x_ms, dict)
        lines += [
            f"### {result['size']:,} entries",
            "",
            f"Index build {result['build_s']:.1f} s, index memory ≈ {result['index_mib']:.0f} MiB "
            f"(RSS growth), process peak RSS {result['peak_rss_mib']:.0f} MiB, "
            f"{result['vocabulary']:,} distinct words.",
            f"Engine latency over all {result['queries']} queries: p50 {e_ms['p50']:.2f} ms, "
            f"p99 {e_ms['p99']:.2f} ms (max {e_ms['max']:.1f}). Autocomplete: p50 "
            f"{c_ms['p50']:.2f} ms, p99 {c_ms['p99']:.2f} ms. Queries matching nothing "
            f'("did you mean" path): p50 {x_ms["p50"]:.2f} ms, p99 {x_ms["p99"]:.2f} ms.',
            f"Upsert of an existing entry {result['upsert_ms']:.3f} ms, "
            f"remove {result['remove_ms']:.3f} ms (mean of up to 1,000).",
            f"Naive over {result['naive_queries']} of the queries: p50 {n_ms['p50']:.1f} ms, "
            f"p99 {n_ms['p99']:.1f} ms — engine p50 on the same queries {same_ms['p50']:.2f} ms, "
            f"{n_ms['p50'] / same_ms['p50']:.0f}× faster.",
            "",
            "| query set | engine R@1 | engine R@5 | naive n | engine R@5 (same) | naive R@1 "
            "| naive R@5 |",
            "|---|---|---|---|---|---|---|",
        ]
        for name in QUERY_SETS:
            e, s, n = engine[name], same[name], naive[name]
            lines.append(
                f"| {name} | {e['r1']:.3f} | {e['r5']:.3f} | {n['n']} | {s['r5']:.3f} "
                f"| {n['r1']:.3f} | {n['r5']:.3f} |"
            )
        lines.append("")
    largest = max(results, key=lambda r: int(str(r["size"])), default=None)
    if largest is not None and int(str(largest["size"])) >= 100_000:
        lines += _targets(largest)
    return "\n".join(lines)


def _targets(result: dict[str, Any]) -> list[str]:
    """The targets set for 100,000 entries, each with the measured value and met / missed."""
    typo_sets = [name for name in QUERY_SETS if name.startswith("typo_")]
    typo_r5 = min(result["engine"][name]["r5"] for name in typo_sets)
    same = result["engine_same"]
    naive = result["naive"]
    at_least_naive = all(same[name]["r5"] >= naive[name]["r5"] for name in QUERY_SETS)
    speedup = result["naive_ms"]["p50"] / result["engine_same_ms"]["p50"]
    p99 = result["engine_ms"]["p99"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    return [
        f"Targets at {result['size']:,} entries:",
        "",
        f"- search p99 ≤ 20 ms: {p99:.2f} ms — {verdict(p99 <= 20)}",
        f"- recall@5 ≥ 0.95 on every typo set: lowest {typo_r5:.3f} — {verdict(typo_r5 >= 0.95)}",
        f"- ≥ 10× faster than naive (p50) at equal or better recall@5 on every set: {speedup:.0f}×,"
        f" recall {'equal or better' if at_least_naive else 'lower on some set'} — "
        f"{verdict(speedup >= 10 and at_least_naive)}",
        "",
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--per-set", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--naive-budget",
        type=int,
        default=2_000_000,
        help="titles the naive scan may compare per query set (bounds its run time)",
    )
    parser.add_argument("--write-results", type=Path, default=None)
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        result = run_one(
            args.one, per_set=args.per_set, seed=args.seed, naive_budget=args.naive_budget
        )
        json.dump(result, sys.stdout)
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        print(f"running {size:,} entries…", file=sys.stderr, flush=True)
        results.append(
            in_child(
                "bench.lookup.run", "--one", str(size),
                "--per-set", str(args.per_set), "--seed", str(args.seed),
                "--naive-budget", str(args.naive_budget),
            )
        )  # fmt: skip
    section = report(results, per_set=args.per_set, seed=args.seed)
    print(section)
    if args.write_results is not None:
        write_section(args.write_results, RESULTS_HEADING, section)


if __name__ == "__main__":
    main()
