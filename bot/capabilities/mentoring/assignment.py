"""Batch matching: many open needs at once, every candidate within their capacity.

``assign`` is optimal: among all assignments of needs to the candidate pairs kept by
``scoring.candidate_pairs`` (so every hard rule holds) that respect every capacity, it serves
as many needs as possible and, among those, has the highest total fit. The fit of a match is
its score with the candidate's load as it stands once the candidate's earlier matches in the
batch are counted (``scoring.slot_penalty``): a person's second mentee counts a little less
than their first, so the optimum spreads load rather than piling it on the best profile.

Serving more needs comes first because a trainer left without anyone is worse off than
another trainer getting their second-best mentor; ties in count are settled by fit.

How: a min-cost flow (OR-Tools' ``SimpleMinCostFlow``, C++): source → need → candidate, one
arc per kept pair costing minus its score, then candidate → sink through one arc per free slot
costing that slot's penalty; the largest flow of least cost is the answer. Needs with the same
kept pairs share one node, and independent parts of the graph are solved apart: with a
:class:`bot.flows.FlowSolver`, large parts in its processes while ``assign`` finds the next
kind's pairs here. Arcs grow with the kept pairs plus the free slots, never with needs ×
candidates; the solver's time grows somewhat faster than they do (bench/RESULTS.md,
Matching). :func:`reference_solve` reaches
the same optimum the earlier way — each slot a column of a bipartite matching solved by SciPy's
sparse Jonker–Volgenant, with a private "unassigned" column per need — and stays as the check
on :func:`solve` (tests, benchmarks).

``greedy`` is the baseline: needs in input order, each taking the best candidate still free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
import numpy.typing as npt

from bot.capabilities.mentoring.index import CandidateIndex, FloatArray, IntArray
from bot.capabilities.mentoring.model import Assignment, Candidate, Need
from bot.capabilities.mentoring.scoring import (
    MAX_SCORE,
    RESTED_WINDOW,
    WEIGHT_CAPACITY,
    WEIGHT_RESTED,
    Pairs,
    candidate_pairs,
    slot_penalty,
    window_seconds,
)
from bot.flows import Flow, FlowSolver, Solving

#: Pairs kept per need by default. The solver's time grows faster than the pairs; at 10,000
#: requests × 10,000 mentors, 20 keeps 99.7% of the total fit of 50 (4 fewer matches of
#: 9,975) in well under half the time (bench/RESULTS.md, Matching).
PER_NEED = 20
#: Fits are scaled to integers for the flow solver: a millionth of a point, the precision
#: fits are reported in.
_COST_SCALE = 1e6
#: An edge costs ``_COST_OFFSET - fit``: at least 1, as SciPy wants no zero weights.
_COST_OFFSET = MAX_SCORE + 1.0
#: The most an edge can cost: a fit of 0 less the largest slot penalty.
_MAX_EDGE_COST = _COST_OFFSET + WEIGHT_CAPACITY + WEIGHT_RESTED


def _index(candidates: Iterable[Candidate] | CandidateIndex) -> CandidateIndex:
    if isinstance(candidates, CandidateIndex):
        return candidates
    return CandidateIndex.build(candidates)


def _check_ids(needs: Sequence[Need]) -> None:
    if len({n.request_id for n in needs}) != len(needs):
        raise ValueError("request ids must be unique within a batch")


def _result(
    index: CandidateIndex,
    needs: Sequence[Need],
    rows: IntArray,
    cols: IntArray,
    fits: FloatArray,
) -> Assignment:
    """The assignment of the matched need rows to index positions ``cols``, with their fits."""
    order = np.argsort(rows, kind="stable")
    rows_list = rows[order].tolist()
    ids = [n.request_id for n in needs]
    matched = [ids[row] for row in rows_list]
    fit = dict(zip(matched, fits[order].tolist(), strict=True))
    people = index.person_ids[cols[order]].tolist()
    left = np.ones(len(needs), dtype=np.bool_)
    left[rows] = False
    return Assignment(
        matches=dict(sorted(zip(matched, people, strict=True))),
        fits=fit,
        total_fit=round(sum(fit.values()), 6),
        unassigned=tuple(ids[row] for row in np.flatnonzero(left).tolist()),
    )


def _nothing(index: CandidateIndex, needs: Sequence[Need]) -> Assignment:
    """The assignment that matches no need."""
    empty = np.zeros(0, dtype=np.int64)
    return _result(index, needs, empty, empty, np.zeros(0))


def _min_cost_matching(
    rows: int, cols: int, edge_row: IntArray, edge_col: IntArray, edge_cost: FloatArray
) -> tuple[IntArray, IntArray]:
    """Match rows to columns along edges: most rows matched, then least total cost.

    Returns the matched (row, column) pairs. Independent parts of the graph (needs that
    share no candidate, such as different kinds or languages nobody else speaks) are solved
    one by one: the solver's work grows faster than linearly with size.
    """
    import scipy.sparse as sp  # only the reference solver needs SciPy here
    from scipy.sparse.csgraph import (
        connected_components,
        min_weight_full_bipartite_matching,
    )

    graph = sp.csr_matrix(
        (np.ones(edge_row.size), (edge_row, rows + edge_col)), shape=(rows + cols, rows + cols)
    )
    count, label = connected_components(graph, directed=False)
    part = label[edge_row]
    order = np.argsort(part, kind="stable")
    bounds = np.searchsorted(part[order], np.arange(count + 1))
    out_rows: list[IntArray] = []
    out_cols: list[IntArray] = []
    for k in range(count):
        edges = order[bounds[k] : bounds[k + 1]]
        if not edges.size:
            continue  # a column nobody can use
        row_ids, local_row = np.unique(edge_row[edges], return_inverse=True)
        if row_ids.size == 1:
            best = int(np.lexsort((edge_col[edges], edge_cost[edges]))[0])
            out_rows.append(row_ids)
            out_cols.append(edge_col[edges[best : best + 1]])
            continue
        col_ids, local_col = np.unique(edge_col[edges], return_inverse=True)
        n = row_ids.size
        # One private "unassigned" column per row, so a full matching always exists. Its cost
        # exceeds what all other edges together could save (n edges, each costing at most
        # _MAX_EDGE_COST), so a row is left out only when no matching can include it.
        unassigned = _MAX_EDGE_COST * (n + 1) + 1.0
        part_graph = sp.csr_matrix(
            (
                np.concatenate([edge_cost[edges], np.full(n, unassigned)]),
                (
                    np.concatenate([local_row, np.arange(n)]),
                    np.concatenate([local_col, col_ids.size + np.arange(n)]),
                ),
            ),
            shape=(n, col_ids.size + n),
        )
        matched_rows, matched_cols = min_weight_full_bipartite_matching(part_graph)
        real = matched_cols < col_ids.size
        out_rows.append(row_ids[matched_rows[real]])
        out_cols.append(col_ids[matched_cols[real]])
    if not out_rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(out_rows), np.concatenate(out_cols)


def solve(
    index: CandidateIndex,
    needs: Sequence[Need],
    pairs: Pairs,
    *,
    now: datetime,
    rested_window: timedelta = RESTED_WINDOW,
    solver: FlowSolver | None = None,
) -> Assignment:
    """The optimal assignment of ``needs`` over the kept ``pairs`` (see module doc).

    A min-cost flow: source → each need (capacity 1) → each kept candidate (one arc per pair,
    cost ``-score``) → sink through one arc per free slot of the candidate, costing that
    slot's penalty. The penalty never falls from one slot to the next, so the flow fills a
    candidate's slots in order and its cost is exactly the batch's fit, negated. The largest
    flow (most needs served) and, among those, the cheapest (highest total fit) is the answer.

    Needs with the same kept pairs (same candidates, same scores: requests worded alike, about
    one in eight at 10,000 requests) are one node with a supply of their number: the same
    flows, fewer arcs. Independent parts (different kinds, languages nobody else speaks) are
    solved apart, the largest first: the solver's work grows faster than the graph. With a
    ``solver``, large parts are solved in its processes (:class:`bot.flows.FlowSolver`).
    """
    _check_ids(needs)
    rested = index.rested(now, rested_window.total_seconds())
    found = _Matching.start(index, pairs, rested, solver or _HERE)
    return _finish(index, needs, *found.matches(), rested)


#: Solves every flow in this process.
_HERE = FlowSolver(0)


class _Matching:
    """The flow of a batch's pairs, its parts being solved (:meth:`start`)."""

    def __init__(
        self, pairs: Pairs, alike: _Alike | None, arc_pair: IntArray, parts: list[_Part]
    ) -> None:
        self.pairs = pairs
        self.alike = alike
        self.arc_pair = arc_pair
        self.parts = parts

    @classmethod
    def start(
        cls, index: CandidateIndex, pairs: Pairs, rested: FloatArray, solver: FlowSolver
    ) -> _Matching:
        """Build the flow of ``pairs`` and set its parts solving, the largest first."""
        if not len(pairs):
            return cls(pairs, None, np.zeros(0, dtype=np.int64), [])
        uses = np.bincount(pairs.candidate, minlength=index.size)
        users = np.flatnonzero(uses)
        slots = np.minimum(index.free[users], uses[users])
        user_of = np.zeros(index.size, dtype=np.int64)
        user_of[users] = np.arange(users.size)
        alike = _Alike.of(pairs)
        arc_pair = alike.lead_pairs
        arc_group = alike.group_of_pair[arc_pair]
        arc_user = user_of[pairs.candidate[arc_pair]]
        arc_cost = _scaled(-pairs.score[arc_pair])
        slot_user = np.repeat(np.arange(users.size), slots)
        slot_rank = np.arange(slot_user.size) - np.repeat(np.cumsum(slots) - slots, slots)
        slot_cost = _scaled(slot_penalty(index, users[slot_user], slot_rank, rested))
        groups = alike.size.size
        part_of_group, part_of_user, count = _parts(groups, users.size, arc_group, arc_user)
        group_local, group_bounds = _by_part(part_of_group, count)
        user_local, _ = _by_part(part_of_user, count)
        arc_order, arc_bounds = _order_by_part(part_of_group[arc_group], count)
        slot_order, slot_bounds = _order_by_part(part_of_user[slot_user], count)
        group_order = np.argsort(part_of_group, kind="stable")
        parts: list[tuple[IntArray, Flow, int]] = []
        for k in range(count):
            arcs = arc_order[arc_bounds[k] : arc_bounds[k + 1]]
            their_slots = slot_order[slot_bounds[k] : slot_bounds[k + 1]]
            if not arcs.size or not their_slots.size:
                continue
            supply = alike.size[group_order[group_bounds[k] : group_bounds[k + 1]]]
            flow = _flow(
                supply,
                group_local[arc_group[arcs]],
                user_local[arc_user[arcs]],
                arc_cost[arcs],
                user_local[slot_user[their_slots]],
                slot_cost[their_slots],
            )
            parts.append((arcs, flow, supply.size))
        parts.sort(key=lambda part: -part[1].arcs)
        solving = [_Part(arcs, solver.solve(flow), first) for arcs, flow, first in parts]
        return cls(pairs, alike, arc_pair, solving)

    def matches(self) -> tuple[IntArray, IntArray, FloatArray]:
        """The matched (need row, candidate, kept score) triples, once every part is solved."""
        if self.alike is None:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        flows = np.zeros(self.arc_pair.size, dtype=np.int64)
        for part in self.parts:
            flows[part.arcs] = part.solving.result()[part.first : part.first + part.arcs.size]
        used = np.repeat(self.arc_pair, flows)
        need_rows = self.alike.members(self.alike.group_of_pair[used])
        return need_rows, self.pairs.candidate[used], self.pairs.score[used]


@dataclass(frozen=True, slots=True)
class _Part:
    """One independent part of a batch's flow: its pair arcs (positions among the flow's
    arcs), being solved, and where those arcs start among the part's own network's arcs."""

    arcs: IntArray
    solving: Solving
    first: int


UintArray = npt.NDArray[np.uint64]
#: Per-position weights of the pair-list hash (any fixed odd numbers; collisions are checked).
_HASH_WEIGHTS = np.random.default_rng(20_251_204).integers(1, 2**62, size=64).astype(
    np.uint64
) | np.uint64(1)
_HASH_MIX = 0x9E3779B97F4A7C15


@dataclass(frozen=True, slots=True, kw_only=True)
class _Alike:
    """Needs with exactly the same kept pairs, grouped (each group one node of the flow).

    ``group_of_pair`` is the group of each pair's need; ``lead_pairs`` are the pairs of each
    group's first need (positions into ``pairs``, in order), the arcs the flow gets;
    ``size`` is each group's number of needs; ``member_rows`` lists the needs (batch rows)
    group by group, ascending within a group, from ``member_start``.
    """

    group_of_pair: IntArray
    lead_pairs: IntArray
    size: IntArray
    member_rows: IntArray
    member_start: IntArray

    @classmethod
    def of(cls, pairs: Pairs, weights: UintArray = _HASH_WEIGHTS) -> _Alike:
        """Group by a hash of each need's (candidate, score) list, then check every member
        against its group's first need pair by pair: a hash collision only splits a group."""
        need = pairs.need
        starts = np.flatnonzero(np.r_[True, need[1:] != need[:-1]])
        length = np.diff(np.r_[starts, need.size])
        row_of_pair = np.repeat(np.arange(starts.size), length)
        at = np.arange(need.size) - starts[row_of_pair]
        weight = weights[np.minimum(at, weights.size - 1)]
        item = pairs.candidate.astype(np.uint64) * np.uint64(_HASH_MIX) ^ _scaled(
            pairs.score
        ).astype(np.uint64)
        digest = np.add.reduceat(item * weight, starts) ^ length.astype(np.uint64)
        _, first, group = np.unique(digest, return_index=True, return_inverse=True)
        lead = first[group]
        # Each pair beside the same-placed pair of its group's first need.
        same_length = length == length[lead]
        twin = starts[lead][row_of_pair] + np.minimum(at, length[lead][row_of_pair] - 1)
        equal = (pairs.candidate == pairs.candidate[twin]) & (pairs.score == pairs.score[twin])
        differs = ~same_length | ~np.logical_and.reduceat(equal, starts)
        if differs.any():  # a collision: those needs go alone
            group = group.copy()
            group[differs] = group.max() + 1 + np.arange(int(differs.sum()))
            _, first, group = np.unique(group, return_index=True, return_inverse=True)
        size = np.bincount(group)
        leading = np.zeros(starts.size, dtype=np.bool_)
        leading[first] = True
        order = np.argsort(group, kind="stable")
        return cls(
            group_of_pair=group[row_of_pair],
            lead_pairs=np.flatnonzero(leading[row_of_pair]),
            size=size,
            member_rows=need[starts][order],
            member_start=np.cumsum(size) - size,
        )

    def members(self, groups: IntArray) -> IntArray:
        """The need rows for a list of groups, one per entry, ordered by group: a group
        listed ``k`` times gives its first ``k`` needs."""
        order = np.argsort(groups, kind="stable")
        sorted_groups = groups[order]
        first = np.searchsorted(sorted_groups, sorted_groups)
        rows = self.member_rows[self.member_start[sorted_groups] + np.arange(groups.size) - first]
        out: IntArray = np.empty_like(rows)
        out[order] = rows
        return out


def _scaled(points: FloatArray) -> IntArray:
    """Points as the flow solver's integer costs (see :data:`_COST_SCALE`)."""
    return np.rint(np.asarray(points, dtype=np.float64) * _COST_SCALE).astype(np.int64)


def _parts(
    rows: int, users: int, arc_row: IntArray, arc_user: IntArray
) -> tuple[IntArray, IntArray, int]:
    """The connected part of the need–candidate graph each row and each user is in."""
    import scipy.sparse as sp  # the candidate index already needs SciPy
    from scipy.sparse.csgraph import connected_components

    size = rows + users
    graph = sp.csr_matrix(
        (np.ones(arc_row.size, dtype=np.int8), (arc_row, rows + arc_user)), shape=(size, size)
    )
    count, label = connected_components(graph, directed=False)
    return label[:rows], label[rows:], int(count)


def _by_part(part: IntArray, parts: int) -> tuple[IntArray, IntArray]:
    """Each item's number within its part (in item order) and where each part starts."""
    counts = np.bincount(part, minlength=parts)
    bounds = np.r_[0, np.cumsum(counts)]
    order = np.argsort(part, kind="stable")
    local = np.empty(part.size, dtype=np.int64)
    local[order] = np.arange(part.size) - bounds[part[order]]
    return local, bounds


def _order_by_part(part: IntArray, parts: int) -> tuple[IntArray, IntArray]:
    """Positions grouped by part (stable) and where each part's positions start."""
    order = np.argsort(part, kind="stable")
    return order, np.r_[0, np.cumsum(np.bincount(part, minlength=parts))]


def _flow(
    supply: IntArray,
    arc_group: IntArray,
    arc_user: IntArray,
    arc_cost: IntArray,
    slot_user: IntArray,
    slot_cost: IntArray,
) -> Flow:
    """One part's network: how many needs of each group go along each arc decides it.

    Nodes: source, sink, the groups (``supply[g]`` needs each), the users; groups and users
    numbered from 0 within this part. The source's arcs to the groups come first (one per
    group), then one arc per pair, then the slots. A group's arcs carry up to its size, a
    slot one.
    """
    groups = supply.size
    first_user = 2 + groups
    # Nodes and capacities as 32-bit integers: half the bytes to hand to a solver process.
    tails = np.concatenate(
        [np.zeros(groups, dtype=np.int64), 2 + arc_group, first_user + slot_user]
    ).astype(np.int32)
    heads = np.concatenate(
        [2 + np.arange(groups), first_user + arc_user, np.ones(slot_user.size, dtype=np.int64)]
    ).astype(np.int32)
    capacities = np.concatenate(
        [supply, supply[arc_group], np.ones(slot_user.size, np.int64)]
    ).astype(np.int32)
    costs = np.concatenate([np.zeros(groups, dtype=np.int64), arc_cost, slot_cost])
    return Flow(
        tails=tails, heads=heads, capacities=capacities, costs=costs, supply=int(supply.sum())
    )


def _finish(
    index: CandidateIndex,
    needs: Sequence[Need],
    need_rows: IntArray,
    owners: IntArray,
    base: FloatArray,
    rested: FloatArray,
) -> Assignment:
    """The assignment of the matched (need row, candidate) pairs, each fit at its slot.

    ``base`` is each pair's kept score. Each candidate's slots go to its matches best first
    (the total is the same in any order; this order makes per-need fits stable).
    """
    order = np.lexsort((need_rows, -base, owners))
    need_rows, owners, base = need_rows[order], owners[order], base[order]
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]][: owners.size])
    slot = np.arange(owners.size) - np.repeat(starts, np.diff(np.r_[starts, owners.size]))
    fit = np.round(base - slot_penalty(index, owners, slot, rested), 6)
    return _result(index, needs, need_rows, owners, fit)


def reference_solve(
    index: CandidateIndex,
    needs: Sequence[Need],
    pairs: Pairs,
    *,
    now: datetime,
    rested_window: timedelta = RESTED_WINDOW,
) -> Assignment:
    """The same optimum as :func:`solve`, by SciPy's sparse Jonker–Volgenant over one column
    per free slot (the earlier solver, slower at scale; kept to check :func:`solve` against)."""
    _check_ids(needs)
    if not len(pairs):
        return _nothing(index, needs)
    rested = index.rested(now, rested_window.total_seconds())
    # Slots per candidate: their free capacity, but never more than the needs that want them.
    users, uses = np.unique(pairs.candidate, return_counts=True)
    slots = np.minimum(index.free[users], uses)
    first_slot = np.zeros(index.size, dtype=np.int64)
    first_slot[users] = np.cumsum(slots) - slots
    slot_count = np.zeros(index.size, dtype=np.int64)
    slot_count[users] = slots
    total_slots = int(slots.sum())

    # Rows: only needs with at least one pair; the others are unassigned anyway.
    active, row_of_pair = np.unique(pairs.need, return_inverse=True)
    per_pair = slot_count[pairs.candidate]
    edge_row = np.repeat(row_of_pair, per_pair)
    edge_cand = np.repeat(pairs.candidate, per_pair)
    edge_slot = np.arange(edge_row.size) - np.repeat(np.cumsum(per_pair) - per_pair, per_pair)
    edge_fit = np.repeat(pairs.score, per_pair) - slot_penalty(index, edge_cand, edge_slot, rested)
    edge_cost = _COST_OFFSET - edge_fit
    edge_col = first_slot[edge_cand] + edge_slot
    matched_rows, matched_cols = _min_cost_matching(
        active.size, total_slots, edge_row, edge_col, edge_cost
    )

    slot_owner = np.repeat(users, slots)
    need_rows, owners = active[matched_rows], slot_owner[matched_cols]
    base = _pair_scores(index, pairs, need_rows, owners)
    return _finish(index, needs, need_rows, owners, base, rested)


def _pair_scores(
    index: CandidateIndex, pairs: Pairs, need_rows: IntArray, owners: IntArray
) -> FloatArray:
    """The kept score of each given (need, candidate) pair; every pair must be kept."""
    keys = pairs.need * index.size + pairs.candidate
    order = np.argsort(keys)
    at = order[np.searchsorted(keys, need_rows * index.size + owners, sorter=order)]
    return pairs.score[at]


def greedy_solve(
    index: CandidateIndex,
    needs: Sequence[Need],
    pairs: Pairs,
    *,
    now: datetime,
    rested_window: timedelta = RESTED_WINDOW,
) -> Assignment:
    """Each need in input order takes its best candidate still free, scored at current load."""
    _check_ids(needs)
    rested = index.rested(now, rested_window.total_seconds())
    used = np.zeros(index.size, dtype=np.int64)
    starts = pairs.bounds(len(needs))
    rows: list[int] = []
    cols: list[int] = []
    fits: list[float] = []
    for row in range(len(needs)):
        lo, hi = starts[row], starts[row + 1]
        if lo == hi:
            continue
        candidates = pairs.candidate[lo:hi]
        open_ = used[candidates] < index.free[candidates]
        if not open_.any():
            continue
        fit = np.round(
            pairs.score[lo:hi] - slot_penalty(index, candidates, used[candidates], rested), 6
        )
        fit = np.where(open_, fit, -np.inf)
        best = int(np.argmax(fit))  # first of equals: pairs are already in tie-break order
        rows.append(row)
        cols.append(int(candidates[best]))
        fits.append(float(fit[best]))
        used[candidates[best]] += 1
    return _result(
        index,
        needs,
        np.array(rows, dtype=np.int64),
        np.array(cols, dtype=np.int64),
        np.array(fits, dtype=np.float64),
    )


def assign(
    needs: Sequence[Need],
    candidates: Iterable[Candidate] | CandidateIndex,
    *,
    now: datetime,
    per_need: int = PER_NEED,
    rested_window: timedelta = RESTED_WINDOW,
    solver: FlowSolver | None = None,
) -> Assignment:
    """Optimally match a batch of ``needs`` (see module doc); ``now`` must be aware.

    Considers the ``per_need`` best allowed candidates of each need. Request ids must be
    unique (``ValueError`` otherwise). ``rested_window`` as for ``rank``.

    Needs of different kinds never share a candidate: each kind is its own problem, taken
    the largest first. With a ``solver`` (:class:`bot.flows.FlowSolver`), a kind's flow is
    solved in its processes while the next kind's pairs are found here.
    """
    index = _index(candidates)
    _check_ids(needs)
    rested = index.rested(now, window_seconds(rested_window))
    kinds: dict[str, list[int]] = {}
    for row, need in enumerate(needs):
        kinds.setdefault(need.kind, []).append(row)
    started: list[tuple[IntArray, _Matching]] = []
    # At least one round, empty if need be: candidate_pairs checks per_need.
    for rows in sorted(kinds.values(), key=len, reverse=True) or [[]]:
        some = [needs[row] for row in rows]
        pairs = candidate_pairs(
            index, some, now=now, per_need=per_need, rested_window=rested_window
        )
        matching = _Matching.start(index, pairs, rested, solver or _HERE)
        started.append((np.array(rows, dtype=np.int64), matching))
    found = [(rows, *matching.matches()) for rows, matching in started]
    need_rows = np.concatenate([rows[local] for rows, local, _, _ in found])
    owners = np.concatenate([owner for _, _, owner, _ in found])
    base = np.concatenate([score for _, _, _, score in found])
    return _finish(index, needs, need_rows, owners, base, rested)


def greedy(
    needs: Sequence[Need],
    candidates: Iterable[Candidate] | CandidateIndex,
    *,
    now: datetime,
    per_need: int = PER_NEED,
    rested_window: timedelta = RESTED_WINDOW,
) -> Assignment:
    """The first-come baseline ``assign`` is measured against, over the same pairs."""
    index = _index(candidates)
    pairs = candidate_pairs(index, needs, now=now, per_need=per_need, rested_window=rested_window)
    return greedy_solve(index, needs, pairs, now=now, rested_window=rested_window)
