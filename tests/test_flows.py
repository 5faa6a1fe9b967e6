"""Min-cost flows solved in solver processes: the same flows as here, and a process that
dies costs no answer."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator

import numpy as np
import pytest

from bot.flows import Flow, FlowSolver, max_flow_min_cost


def bipartite(needs: int, users: int, *, per_need: int, seed: int) -> Flow:
    """Source → needs → users (random arcs and costs) → sink through two slots per user,
    the second dearer: fewer slots than needs, so needs compete."""
    rng = np.random.default_rng(seed)
    arc_need = np.repeat(np.arange(needs), per_need)
    arc_user = rng.integers(0, users, arc_need.size)
    first_user = 2 + needs
    tails = np.concatenate(
        [np.zeros(needs, np.int64), 2 + arc_need, first_user + np.repeat(np.arange(users), 2)]
    )
    heads = np.concatenate(
        [2 + np.arange(needs), first_user + arc_user, np.ones(2 * users, np.int64)]
    )
    costs = np.concatenate(
        [
            np.zeros(needs, np.int64),
            rng.integers(-100_000_000, 0, arc_need.size),
            np.tile([0, 10_000_000], users),
        ]
    )
    return Flow(
        tails=tails,
        heads=heads,
        capacities=np.ones(tails.size, np.int64),
        costs=costs,
        supply=needs,
    )


@pytest.fixture
def solver() -> Iterator[FlowSolver]:
    found = FlowSolver(1, min_arcs=1)
    yield found
    found.close()


def children() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.pid is not None}


def test_a_flow_solved_in_a_solver_process_is_the_one_solved_here(solver: FlowSolver) -> None:
    flow = bipartite(600, 250, per_need=8, seed=1)
    here = max_flow_min_cost(flow)
    before = children()
    there = solver.solve(flow).result()
    assert children() - before  # a solver process was started for it
    assert np.array_equal(there, here)
    assert 400 < int(here[:600].sum()) <= 500  # 500 slots for 600 needs: some go unserved


def test_small_flows_and_a_solver_without_processes_stay_here() -> None:
    before = children()
    small = FlowSolver(2)  # the default threshold: far above this flow
    inline = FlowSolver(0, min_arcs=1)
    flow = bipartite(50, 30, per_need=4, seed=2)
    assert np.array_equal(small.solve(flow).result(), max_flow_min_cost(flow))
    assert np.array_equal(inline.solve(flow).result(), max_flow_min_cost(flow))
    inline.start()  # nothing to start
    assert children() == before


def test_a_solver_process_that_dies_costs_no_answer_and_is_replaced(solver: FlowSolver) -> None:
    flow = bipartite(400, 200, per_need=6, seed=3)
    here = max_flow_min_cost(flow)
    before = children()
    solver.start()
    started = children() - before
    assert len(started) == 1
    for pid in started:
        os.kill(pid, signal.SIGKILL)
    assert np.array_equal(solver.solve(flow).result(), here)
    # The next flow gets a new process, and the same answer.
    assert np.array_equal(solver.solve(flow).result(), here)
    assert children() - before - started


def test_a_closed_solver_ends_its_processes_and_solves_here(solver: FlowSolver) -> None:
    flow = bipartite(300, 150, per_need=5, seed=4)
    before = children()
    solver.start()
    assert children() - before
    solver.close()
    assert children() == before
    assert np.array_equal(solver.solve(flow).result(), max_flow_min_cost(flow))
    solver.start()
    assert children() == before  # closed for good: nothing starts again


def test_flows_waiting_when_the_solver_closes_are_solved_here(solver: FlowSolver) -> None:
    """Closing (the bot stopping) while flows wait for the one process: the one it solves
    and those it never took all come back, the same as solved here."""
    flows = [bipartite(400, 180, per_need=6, seed=seed) for seed in (5, 6, 7)]
    solving = [solver.solve(flow) for flow in flows]
    solver.close()
    for flow, pending in zip(flows, solving, strict=True):
        assert np.array_equal(pending.result(), max_flow_min_cost(flow))


def test_a_solver_process_ignores_ctrl_c_and_a_dead_one_is_replaced_at_start(
    solver: FlowSolver,
) -> None:
    before = children()
    solver.start()
    (pid,) = children() - before
    os.kill(pid, signal.SIGINT)  # Ctrl-C in the terminal reaches the whole process group
    flow = bipartite(300, 120, per_need=5, seed=8)
    assert np.array_equal(solver.solve(flow).result(), max_flow_min_cost(flow))
    assert children() - before == {pid}  # the same process solved it
    os.kill(pid, signal.SIGKILL)
    solver.start()
    assert (children() - before) - {pid}


def test_solver_processes_end_when_idle_and_start_again_for_the_next_flow() -> None:
    solver = FlowSolver(1, min_arcs=1, idle_seconds=0.2)
    flow = bipartite(300, 120, per_need=5, seed=9)
    before = children()
    try:
        assert np.array_equal(solver.solve(flow).result(), max_flow_min_cost(flow))
        first = children() - before
        assert first
        deadline = time.monotonic() + 20
        while children() - before:
            assert time.monotonic() < deadline, "the idle solver process did not end"
            time.sleep(0.05)
        assert np.array_equal(solver.solve(flow).result(), max_flow_min_cost(flow))
        assert (children() - before) - first
    finally:
        solver.close()


def test_a_negative_number_of_processes_is_refused() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        FlowSolver(-1)
