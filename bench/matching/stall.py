"""How long a large batch stops the bot's event loop: in the loop, as batches ran before,
beside in a thread with its flows in solver processes, as they run now.

Builds the 10,000 × 10,000 population of ``bench.matching.flow``, then runs ``assign`` over
it ``--rounds`` times each way, alternating, while a ticker on the same event loop asks to
wake every ``--tick`` milliseconds: what stands between a chat message and its answer is how
late the ticker wakes. Reports per way the batch's wall time and the ticker's longest and
99th-percentile lateness over all rounds.

Run: ``python -m bench.matching.stall [--size 10000] [--rounds 5] [--tick 5]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable

from bench.matching.population import NOW, candidates, needs
from bench.matching.run import machine
from bench.report import percentile
from bot.capabilities.mentoring import Assignment, CandidateIndex, Need
from bot.capabilities.mentoring.assignment import assign
from bot.flows import FlowSolver


async def _ticking(
    batch: Callable[[], Awaitable[Assignment]], tick: float
) -> tuple[Assignment, float, list[float]]:
    """The batch's result and wall time, and how late each tick woke meanwhile (seconds)."""
    late: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            asked = time.perf_counter()
            await asyncio.sleep(tick)
            late.append(time.perf_counter() - asked - tick)

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(tick * 4)  # the ticker runs before the batch starts
    start = time.perf_counter()
    result = await batch()
    wall = time.perf_counter() - start
    done.set()
    await ticking
    return result, wall, late


async def _rounds(
    index: CandidateIndex, batch: list[Need], solver: FlowSolver, rounds: int, tick: float
) -> None:
    async def in_loop() -> Assignment:  # as a batch ran before: assign called in the loop
        return assign(batch, index, now=NOW)

    async def beside() -> Assignment:  # as it runs now
        return await asyncio.to_thread(assign, batch, index, now=NOW, solver=solver)

    ways = {"in the event loop (before)": in_loop, "thread + solver processes (now)": beside}
    walls: dict[str, list[float]] = {name: [] for name in ways}
    lates: dict[str, list[float]] = {name: [] for name in ways}
    found: dict[str, Assignment] = {}
    for _ in range(rounds):
        for name, way in ways.items():
            found[name], wall, late = await _ticking(way, tick)
            walls[name].append(wall)
            lates[name].extend(late)
    first, second = found.values()
    if first != second:
        raise SystemExit("the two ways gave different assignments")
    print(f"Load average after: {os.getloadavg()}.\n")
    print("| batch runs | batch wall (median) | ticker: longest late | ticker: p99 late | ticks |")
    print("|---|---|---|---|---|")
    for name in ways:
        late = sorted(lates[name])
        print(
            f"| {name} | {statistics.median(walls[name]):.3f} s "
            f"| {max(late) * 1000:.0f} ms | {percentile(late, 0.99) * 1000:.0f} ms | {len(late)} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tick", type=float, default=5.0, help="milliseconds")
    args = parser.parse_args()
    print(f"Machine: {machine()}.\n")
    index = CandidateIndex.build(candidates(args.size, seed=1, now=NOW))
    batch = needs(args.size, seed=2, population=args.size)
    index.need_matrix(batch)  # the fuzzy look-ups of the requests' words, cached for both
    solver = FlowSolver(2)
    solver.start()  # as a running bot keeps them after its first large batch
    try:
        asyncio.run(_rounds(index, batch, solver, args.rounds, args.tick / 1000))
    finally:
        solver.close()


if __name__ == "__main__":
    main()
