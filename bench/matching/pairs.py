"""Batch pair generation beside an earlier revision's, in one process, on its CPU clock.

Usage: ``python -m bench.matching.pairs [--against REV] [--per-need 20,50,100] [--rounds 7]
[--size 10000]``. Loads ``bot/capabilities/mentoring/index.py`` and ``scoring.py`` as they
were at the git revision ``REV`` beside the current ones, builds an index of each from the
same seeded population (``bench.matching.population``), reads the requests' words once with
each (the fuzzy look-ups cached, as ``bench.matching.flow`` does), then times the two
``candidate_pairs`` in turn, ``rounds`` times each, on this process's CPU clock (the
machine is shared, so wall time says little). Both must give the pairs of the current
``reference_candidate_pairs``, in the same order with the same scores; the run stops
otherwise. Prints a markdown table: per ``per_need`` the pairs kept, the fastest and the
median CPU time of each, and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import types
from typing import Any

import numpy as np

from bench.matching.population import NOW, candidates, needs
from bench.matching.run import machine
from bench.report import module_at
from bot.capabilities.mentoring import CandidateIndex
from bot.capabilities.mentoring.scoring import Pairs, candidate_pairs, reference_candidate_pairs

_PACKAGE = "bot/capabilities/mentoring"


def earlier(rev: str) -> types.ModuleType:
    """``scoring`` as it was at ``rev``, over the ``index`` of that revision."""
    module_at(rev, f"{_PACKAGE}/index.py", "earlier_index")
    return module_at(
        rev,
        f"{_PACKAGE}/scoring.py",
        "earlier_scoring",
        {"from bot.capabilities.mentoring.index import": "from earlier_index import"},
    )


def _same(a: Pairs, b: Pairs) -> bool:
    return (
        np.array_equal(a.need, b.need)
        and np.array_equal(a.candidate, b.candidate)
        and np.array_equal(a.score, b.score)
    )


def _cpu(step: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    start = time.process_time()
    out = step(*args, **kwargs)
    return out, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="d7be193")
    parser.add_argument("--per-need", default="20,50,100")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    before = earlier(args.against)
    population = candidates(args.size, seed=1, now=NOW)
    batch = needs(args.size, seed=2, population=args.size)
    index = CandidateIndex.build(population)
    old_index = before.CandidateIndex.build(population)
    index.need_matrix(batch)
    old_index.need_matrix(batch)
    print(f"Machine: {machine()}.\n")
    print(
        f"| per_need | pairs | now: min / median CPU | {args.against}: min / median CPU "
        "| ratio of medians |"
    )
    print("|---|---|---|---|---|")
    for per_need in (int(p) for p in args.per_need.split(",")):
        expected = reference_candidate_pairs(index, batch, now=NOW, per_need=per_need)
        now_cpu: list[float] = []
        then_cpu: list[float] = []
        for _ in range(args.rounds):
            pairs, cpu = _cpu(candidate_pairs, index, batch, now=NOW, per_need=per_need)
            now_cpu.append(cpu)
            old, cpu = _cpu(before.candidate_pairs, old_index, batch, now=NOW, per_need=per_need)
            then_cpu.append(cpu)
            if not (_same(pairs, expected) and _same(old, expected)):
                raise SystemExit(f"per_need {per_need}: the pairs differ from the reference")
        now_med, then_med = statistics.median(now_cpu), statistics.median(then_cpu)
        print(
            f"| {per_need} | {len(expected):,} | {min(now_cpu):.3f} / {now_med:.3f} s "
            f"| {min(then_cpu):.3f} / {then_med:.3f} s | {now_med / then_med:.2f} |",
            flush=True,
        )
    print(f"\nLoad average at the end {os.getloadavg()}.")


if __name__ == "__main__":
    main()
