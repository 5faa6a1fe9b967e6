"""Batch matching at 10,000 requests × 10,000 mentors: the min-cost flow beside the earlier
solver, at several candidate pairs per request, in one run.

Usage: ``python -m bench.matching.flow [--per-need 20,50,100] [--size 10000] [--before REV]``.
Prints a markdown table: pairs kept, time to generate them (``candidate_pairs``, and beside it
``reference_candidate_pairs``, which scores every pair sharing a topic word: the generation
before; both must give the same pairs), then per solver (``solve``: OR-Tools
min-cost flow; ``solve_before``: the same flow before needs with the same pairs were merged,
loaded from git at ``--before``, d7be193 by default; ``reference_solve``: SciPy's sparse
Jonker–Volgenant, the solver before both; ``greedy_solve``: first come, first served) its
time, matches and total fit. Wall times and, in brackets, this process's CPU time for the
same step (the machine is shared). The solvers' modules are imported before anything is
timed.

A second table times what a batch run calls, ``assign`` (pairs and flow, kind by kind), in
this process alone and with a :class:`bot.flows.FlowSolver` of ``--processes`` solver
processes (started before the timing, as a running bot keeps them), alternating, ``--rounds``
times each: median and best wall time, and this process's CPU time (the solver processes'
own is not in it). Both must give the same assignment.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np

from bench.matching.population import NOW, candidates, needs
from bench.matching.run import machine
from bench.report import module_at
from bot.capabilities.mentoring import Assignment, CandidateIndex, Need
from bot.capabilities.mentoring.assignment import assign, greedy_solve, reference_solve, solve
from bot.capabilities.mentoring.scoring import candidate_pairs, reference_candidate_pairs
from bot.flows import FlowSolver


def _timed(step: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = step()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-need", default="20,50,100")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--no-reference-above", type=int, default=50)
    parser.add_argument("--before", default="d7be193", help="the revision of solve_before")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    solve_before = module_at(
        args.before, "bot/capabilities/mentoring/assignment.py", "earlier_assignment"
    ).solve
    size = args.size
    print(f"Machine: {machine()}; load average {os.getloadavg()}.\n")
    index = CandidateIndex.build(candidates(size, seed=1, now=NOW))
    batch = needs(size, seed=2, population=size)
    index.need_matrix(batch)  # the fuzzy look-ups of the requests' words, cached for both
    import ortools.graph.python.min_cost_flow  # noqa: F401  (not timed: loaded once per process)
    import scipy.sparse.csgraph  # noqa: F401

    print(
        "| per_need | pairs | generate | generate (before) | flow solve | flow solve (before) "
        "| generate + solve | flow matched / fit | before matched / fit | reference solve "
        "| reference matched / fit | greedy matched / fit |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for per_need in (int(p) for p in args.per_need.split(",")):
        pairs, gen, gen_cpu = _timed(
            partial(candidate_pairs, index, batch, now=NOW, per_need=per_need)
        )
        before, old, old_cpu = _timed(
            partial(reference_candidate_pairs, index, batch, now=NOW, per_need=per_need)
        )
        same = (
            np.array_equal(before.need, pairs.need)
            and np.array_equal(before.candidate, pairs.candidate)
            and np.array_equal(before.score, pairs.score)
        )
        if not same:
            raise SystemExit(f"per_need {per_need}: the pairs differ from the reference")
        flow, fs, fs_cpu = _timed(partial(solve, index, batch, pairs, now=NOW))
        old_flow, ofs, ofs_cpu = _timed(partial(solve_before, index, batch, pairs, now=NOW))
        greedy: Assignment = greedy_solve(index, batch, pairs, now=NOW)
        if per_need <= args.no_reference_above:
            ref, rs, rs_cpu = _timed(partial(reference_solve, index, batch, pairs, now=NOW))
            ref_time = f"{rs:.2f} s ({rs_cpu:.2f} s)"
            ref_result = f"{ref.matched:,} / {ref.total_fit:,.1f}"
        else:
            ref_time, ref_result = "not run", "—"
        print(
            f"| {per_need} | {len(pairs):,} | {gen:.2f} s ({gen_cpu:.2f} s) "
            f"| {old:.2f} s ({old_cpu:.2f} s) "
            f"| {fs:.2f} s ({fs_cpu:.2f} s) | {ofs:.2f} s ({ofs_cpu:.2f} s) "
            f"| {gen + fs:.2f} s ({gen_cpu + fs_cpu:.2f} s) "
            f"| {flow.matched:,} / {flow.total_fit:,.1f} "
            f"| {old_flow.matched:,} / {old_flow.total_fit:,.1f} "
            f"| {ref_time} | {ref_result} | {greedy.matched:,} / {greedy.total_fit:,.1f} |",
            flush=True,
        )
    print()
    _assign_rounds(index, batch, args)


def _assign_rounds(index: CandidateIndex, batch: list[Need], args: argparse.Namespace) -> None:
    solver = FlowSolver(args.processes)
    solver.start()
    print(f"`assign`, {args.rounds} rounds each, alternating; load average {os.getloadavg()}.\n")
    print(
        "| per_need | here: median (best) | CPU | "
        f"{args.processes} solver processes: median (best) | CPU here | matched / fit |"
    )
    print("|---|---|---|---|---|---|")
    try:
        for per_need in (int(p) for p in args.per_need.split(",")):
            times: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
            found: dict[bool, Assignment] = {}
            for _ in range(args.rounds):
                for apart in (False, True):
                    step = partial(
                        assign,
                        batch,
                        index,
                        now=NOW,
                        per_need=per_need,
                        solver=solver if apart else None,
                    )
                    found[apart], wall, cpu = _timed(step)
                    times[apart].append((wall, cpu))
            if found[True] != found[False]:
                raise SystemExit(f"per_need {per_need}: solver processes changed the assignment")
            cells = []
            for apart in (False, True):
                walls = [wall for wall, _ in times[apart]]
                cpus = [cpu for _, cpu in times[apart]]
                cells.append(
                    f"{statistics.median(walls):.3f} s ({min(walls):.3f} s) "
                    f"| {statistics.median(cpus):.3f} s"
                )
            result = found[True]
            print(
                f"| {per_need} | {cells[0]} | {cells[1]} "
                f"| {result.matched:,} / {result.total_fit:,.1f} |",
                flush=True,
            )
    finally:
        solver.close()


if __name__ == "__main__":
    main()
