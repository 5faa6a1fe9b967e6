"""The min-cost flow solver as it was before needs with the same pairs were merged into one
flow node (and before the NumPy around the solver was trimmed), kept verbatim so
``bench.matching.flow`` can time both in the same run on the same pairs. It reaches the same
optimum as ``assignment.solve``; nothing in the bot uses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np

from bot.capabilities.mentoring.assignment import _check_ids
from bot.capabilities.mentoring.index import CandidateIndex, FloatArray, IntArray
from bot.capabilities.mentoring.model import Assignment, Need
from bot.capabilities.mentoring.scoring import RESTED_WINDOW, Pairs, slot_penalty

#: Fits are scaled to integers for the flow solver, as in ``assignment``.
_COST_SCALE = 1e6


def _result(
    index: CandidateIndex,
    needs: Sequence[Need],
    chosen: dict[int, tuple[int, float]],
) -> Assignment:
    matches = {
        needs[row].request_id: int(index.person_ids[col]) for row, (col, _) in chosen.items()
    }
    fits = {needs[row].request_id: fit for row, (_, fit) in sorted(chosen.items())}
    return Assignment(
        matches=dict(sorted(matches.items())),
        fits=fits,
        total_fit=round(sum(fits.values()), 6),
        unassigned=tuple(n.request_id for row, n in enumerate(needs) if row not in chosen),
    )


def solve_before(
    index: CandidateIndex,
    needs: Sequence[Need],
    pairs: Pairs,
    *,
    now: datetime,
    rested_window: timedelta = RESTED_WINDOW,
) -> Assignment:
    """The earlier ``solve``: one flow node per need, each connected part solved apart.

    A min-cost flow: source → each need (capacity 1) → each kept candidate (one arc per pair,
    cost ``-score``) → sink through one arc per free slot of the candidate, costing that
    slot's penalty. The penalty never falls from one slot to the next, so the flow fills a
    candidate's slots in order and its cost is exactly the batch's fit, negated. OR-Tools'
    ``solve_max_flow_with_min_cost`` finds the largest flow (most needs served) and, among
    those, the cheapest (highest total fit).
    """
    _check_ids(needs)
    if not len(pairs):
        return _result(index, needs, {})
    rested = index.rested(now, rested_window.total_seconds())
    users, uses = np.unique(pairs.candidate, return_counts=True)
    slots = np.minimum(index.free[users], uses)
    active, row_of_pair = np.unique(pairs.need, return_inverse=True)
    user_of = np.zeros(index.size, dtype=np.int64)
    user_of[users] = np.arange(users.size)
    pair_user = user_of[pairs.candidate]
    slot_user = np.repeat(np.arange(users.size), slots)
    slot_rank = np.arange(slot_user.size) - np.repeat(np.cumsum(slots) - slots, slots)
    slot_cost = _scaled(slot_penalty(index, users[slot_user], slot_rank, rested))
    pair_cost = _scaled(-pairs.score)
    # Independent parts (different kinds, languages nobody else speaks) are solved apart:
    # the solver's work grows faster than the graph.
    part_of_row, part_of_user, parts = _parts(active.size, users.size, row_of_pair, pair_user)
    pair_part = part_of_row[row_of_pair]
    slot_part = part_of_user[slot_user]
    pair_order = np.argsort(pair_part, kind="stable")
    slot_order = np.argsort(slot_part, kind="stable")
    pair_bounds = np.searchsorted(pair_part[pair_order], np.arange(parts + 1))
    slot_bounds = np.searchsorted(slot_part[slot_order], np.arange(parts + 1))
    used: list[IntArray] = []
    for k in range(parts):
        these = pair_order[pair_bounds[k] : pair_bounds[k + 1]]
        their_slots = slot_order[slot_bounds[k] : slot_bounds[k + 1]]
        if these.size and their_slots.size:
            taken = _max_flow_min_cost(
                row_of_pair[these],
                pair_user[these],
                pair_cost[these],
                slot_user[their_slots],
                slot_cost[their_slots],
            )
            used.append(these[taken])
    chosen = np.concatenate(used) if used else np.zeros(0, dtype=np.int64)
    return _finish(index, needs, pairs, pairs.need[chosen], pairs.candidate[chosen], rested)


def _scaled(points: FloatArray) -> IntArray:
    """Points as the flow solver's integer costs (see :data:`_COST_SCALE`)."""
    return np.rint(np.asarray(points, dtype=np.float64) * _COST_SCALE).astype(np.int64)


def _parts(
    rows: int, users: int, pair_row: IntArray, pair_user: IntArray
) -> tuple[IntArray, IntArray, int]:
    """The connected part of the need–candidate graph each row and each user is in."""
    import scipy.sparse as sp  # the candidate index already needs SciPy
    from scipy.sparse.csgraph import connected_components

    size = rows + users
    graph = sp.csr_matrix(
        (np.ones(pair_row.size), (pair_row, rows + pair_user)), shape=(size, size)
    )
    count, label = connected_components(graph, directed=False)
    return label[:rows], label[rows:], int(count)


def _max_flow_min_cost(
    pair_row: IntArray,
    pair_user: IntArray,
    pair_cost: IntArray,
    slot_user: IntArray,
    slot_cost: IntArray,
) -> IntArray:
    """Which pairs the largest, then cheapest flow uses (positions into the pair arrays).

    Nodes: source, sink, the rows, the users (renumbered from 0 here). Every arc carries one.
    """
    from ortools.graph.python.min_cost_flow import SimpleMinCostFlow

    rows, row_node = np.unique(pair_row, return_inverse=True)
    _, user_node = np.unique(np.concatenate([pair_user, slot_user]), return_inverse=True)
    user_node = user_node + 2 + rows.size
    n_pairs = pair_row.size
    tails = np.concatenate([np.zeros(rows.size, dtype=np.int64), 2 + row_node, user_node[n_pairs:]])
    heads = np.concatenate(
        [2 + np.arange(rows.size), user_node[:n_pairs], np.ones(slot_user.size, dtype=np.int64)]
    )
    costs = np.concatenate([np.zeros(rows.size, dtype=np.int64), pair_cost, slot_cost])
    flow = SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        tails, heads, np.ones(tails.size, dtype=np.int64), costs
    )
    flow.set_node_supply(0, int(rows.size))
    flow.set_node_supply(1, -int(rows.size))
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:  # cannot happen: every capacity and cost is in range
        raise RuntimeError(f"min-cost flow failed: {status}")
    pair_arcs = rows.size + np.arange(n_pairs, dtype=np.int64)
    return np.flatnonzero(flow.flows(pair_arcs) > 0)


def _finish(
    index: CandidateIndex,
    needs: Sequence[Need],
    pairs: Pairs,
    need_rows: IntArray,
    owners: IntArray,
    rested: FloatArray,
) -> Assignment:
    """The assignment of the matched (need row, candidate) pairs, each fit at its slot.

    Each candidate's slots go to its matches best first (the total is the same in any order;
    this order makes per-need fits stable).
    """
    base = _pair_scores(index, pairs, need_rows, owners)
    order = np.lexsort((need_rows, -base, owners))
    need_rows, owners, base = need_rows[order], owners[order], base[order]
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]][: owners.size])
    slot = np.arange(owners.size) - np.repeat(starts, np.diff(np.r_[starts, owners.size]))
    fit = np.round(base - slot_penalty(index, owners, slot, rested), 6)
    chosen = {int(r): (int(c), float(f)) for r, c, f in zip(need_rows, owners, fit, strict=True)}
    return _result(index, needs, chosen)


def _pair_scores(
    index: CandidateIndex, pairs: Pairs, need_rows: IntArray, owners: IntArray
) -> FloatArray:
    """The kept score of each given (need, candidate) pair; every pair must be kept."""
    keys = pairs.need * index.size + pairs.candidate
    order = np.argsort(keys)
    at = order[np.searchsorted(keys, need_rows * index.size + owners, sorter=order)]
    return pairs.score[at]
