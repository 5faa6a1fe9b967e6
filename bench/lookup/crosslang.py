"""Lookups across languages: queries in the bot's eight languages for entries written in
another, the engine of this revision beside the English-only engine it replaced, in one run.

Usage::

    /work/main/.venv/bin/python -m bench.lookup.crosslang [--size 100000] [--per-lang 50]
        [--baseline-rev REV] [--write-results bench/RESULTS.md]

The store holds ``--size`` entries: the usual synthetic store (:func:`generate_store`, six
languages) for the most part, plus ``--cross`` entries written from thesaurus concepts in one
of the eight languages (:func:`generate_crosslang_store`), where twenty entries share each
coined name and only the concepts tell them apart. Each query names an entry's coined name and
its type, topic and audience in another language ("Kovaro guida valutazione tutor
aziendali" for a German "Kovaro: Leitfaden Prüfung für Ausbilder").

The baseline is the lookup as it was before this pipeline (``--baseline-rev``, by default
where this branch left ``main``): its ``knowledge/`` package is read from git into a temporary
folder, renamed ``knowledge_baseline``, and built from the same documents — the English-only
stemmer and stop words, no thesaurus.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.lookup.generator import (
    CROSS_LANGUAGES,
    CrossQuery,
    generate_crosslang_queries,
    generate_crosslang_store,
    generate_store,
)
from bench.lookup.run import machine
from bench.report import in_child, merge_base, percentile, rss_kib, write_section
from knowledge.codes import TYPE_NAMES
from knowledge.engine import Document, LookupIndex
from knowledge.thesaurus import concepts

RESULTS_HEADING = "## Lookup across languages"
_ROOT = Path(__file__).resolve().parents[2]


def load_baseline(rev: str, into: Path) -> ModuleType:
    """The ``knowledge.engine`` module of ``rev``, importable as ``knowledge_baseline.engine``."""
    package = into / "knowledge_baseline"
    package.mkdir()
    for name in ("__init__.py", "text.py", "vocabulary.py", "engine.py"):
        source = subprocess.run(
            ["git", "show", f"{rev}:knowledge/{name}"],
            cwd=_ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        (package / name).write_text(
            source.replace("from knowledge.", "from knowledge_baseline."), encoding="utf-8"
        )
    sys.path.insert(0, str(into))
    return importlib.import_module("knowledge_baseline.engine")


def _measure(queries: list[CrossQuery], answer: Any) -> tuple[dict[str, Any], list[float]]:
    hits: dict[str, list[bool]] = {}
    firsts = 0
    latencies: list[float] = []
    for query in queries:
        start = time.perf_counter()
        ids = answer(query)
        latencies.append((time.perf_counter() - start) * 1000)
        hits.setdefault(query.lang, []).append(query.answer in ids[:5])
        firsts += bool(ids) and ids[0] == query.answer
    every = [hit for rows in hits.values() for hit in rows]
    recall = {
        "r1": firsts / len(queries),
        "r5": sum(every) / len(every),
        "by_lang": {lang: sum(rows) / len(rows) for lang, rows in hits.items()},
    }
    return recall, latencies


def run_one(size: int, *, cross: int, per_lang: int, seed: int, rev: str) -> dict[str, Any]:
    """Build both indexes over one store and answer every query with each."""
    thesaurus = {c: dict(by_lang) for c, by_lang in concepts().items()}
    crossed = list(generate_crosslang_store(cross, thesaurus, TYPE_NAMES, seed=seed))
    docs: list[Document] = [doc for doc, _ in crossed]
    docs += list(generate_store(size - cross, seed=seed))
    queries = generate_crosslang_queries(
        crossed, thesaurus, TYPE_NAMES, per_lang=per_lang, seed=seed + 4
    )
    results: dict[str, Any] = {"size": size, "cross": cross, "queries": len(queries)}

    gc.collect()
    before = rss_kib()
    start = time.perf_counter()
    index = LookupIndex.from_documents(docs)
    results["build_s"] = time.perf_counter() - start
    results["index_mib"] = (rss_kib() - before) / 1024

    def engine(query: CrossQuery) -> list[str]:
        hits = index.search(query.text, prefer_lang=query.lang, limit=5).hits
        return [hit.id for hit in hits]

    with tempfile.TemporaryDirectory() as folder:
        old = load_baseline(rev, Path(folder))
        fields = ("id", "title", "aliases", "summary", "topics", "type", "languages")
        old_docs = [
            old.Document(
                **{name: getattr(doc, name) for name in fields},
                countries=doc.countries,
                sectors=doc.sectors,
                target_groups=doc.target_groups,
                publisher=doc.publisher,
            )
            for doc in docs
        ]
        gc.collect()
        start = time.perf_counter()
        baseline_index = old.LookupIndex.from_documents(old_docs)
        results["baseline_build_s"] = time.perf_counter() - start

        def baseline(query: CrossQuery) -> list[str]:
            hits = baseline_index.search(query.text, prefer_lang=query.lang, limit=5).hits
            return [hit.id for hit in hits]

        for query in queries[:20]:  # warm caches
            engine(query)
            baseline(query)
        for name, answer in (("engine", engine), ("baseline", baseline)):
            recall, latencies = _measure(queries, answer)
            results[name] = {
                **recall,
                "p50": statistics.median(latencies),
                "p99": percentile(latencies, 0.99),
                "max": max(latencies),
            }
    return results


def report(result: dict[str, Any], *, per_lang: int, seed: int, rev: str) -> str:
    """The markdown section for bench/RESULTS.md."""
    engine, baseline = result["engine"], result["baseline"]
    lines = [
        RESULTS_HEADING,
        "",
        "Queries in the bot's eight languages for entries written in another, made by",
        "`python -m bench.lookup.crosslang` (seed "
        f"{seed}): {result['queries']} queries ({per_lang} per language) for entries among",
        f"{result['cross']:,} written from thesaurus concepts in one of the eight languages, in a",
        f"store of {result['size']:,} entries (the rest is the synthetic store of `## Lookup`).",
        "A query names an entry's coined name, which 20 entries share, and its type, topic and",
        "audience as common terms of another language; recall@5: the one right entry is among",
        "the first five. The baseline is the English-only lookup this revision replaced (git",
        f"`{rev[:10]}`), built from the same documents in the same process.",
        "",
        f"Machine: {machine()}.",
        "",
        f"Index build {result['build_s']:.1f} s (baseline {result['baseline_build_s']:.1f} s), "
        f"index memory ≈ {result['index_mib']:.0f} MiB (RSS growth).",
        "",
        "| lookup | recall@1 | recall@5 | p50 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in (("eight languages + thesaurus", engine), ("English-only (before)", baseline)):
        lines.append(
            f"| {name} | {row['r1']:.3f} | {row['r5']:.3f} | {row['p50']:.2f} "
            f"| {row['p99']:.2f} | {row['max']:.1f} |"
        )
    lines += [
        "",
        "Recall@5 by the query's language:",
        "",
        "| lookup | " + " | ".join(CROSS_LANGUAGES) + " |",
        "|---|" + "---|" * len(CROSS_LANGUAGES),
    ]
    for name, row in (("eight languages", engine), ("English-only", baseline)):
        cells = " | ".join(f"{row['by_lang'][lang]:.2f}" for lang in CROSS_LANGUAGES)
        lines.append(f"| {name} | {cells} |")
    ok5, ok99 = engine["r5"] >= 0.90, engine["p99"] <= 10
    lines += [
        "",
        f"Targets at {result['size']:,} entries: recall@5 ≥ 0.90: {engine['r5']:.3f} — "
        f"{'met' if ok5 else '**missed**'}; p99 ≤ 10 ms: {engine['p99']:.2f} ms — "
        f"{'met' if ok99 else '**missed**'}.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--cross", type=int, default=20_000)
    parser.add_argument("--per-lang", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline-rev", default=None)
    parser.add_argument("--write-results", type=Path, default=None)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    rev = args.baseline_rev or merge_base()
    if args.one:
        result = run_one(
            args.size, cross=args.cross, per_lang=args.per_lang, seed=args.seed, rev=rev
        )
        json.dump(result, sys.stdout)
        return
    result = in_child(
        "bench.lookup.crosslang", "--one", "--size", str(args.size),
        "--cross", str(args.cross), "--per-lang", str(args.per_lang),
        "--seed", str(args.seed), "--baseline-rev", rev,
    )  # fmt: skip
    section = report(result, per_lang=args.per_lang, seed=args.seed, rev=rev)
    print(section)
    if args.write_results is not None:
        write_section(args.write_results, RESULTS_HEADING, section)


if __name__ == "__main__":
    main()
