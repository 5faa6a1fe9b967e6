"""Batch matching: capacities, hard rules, optimality against brute force, and the baseline."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.matching.population import candidates as synthetic_candidates
from bench.matching.population import needs as synthetic_needs
from bot.capabilities.mentoring import (
    Assignment,
    Candidate,
    CandidateIndex,
    Need,
    assign,
    greedy,
    rank,
)
from bot.capabilities.mentoring.assignment import _Alike, reference_solve, solve
from bot.capabilities.mentoring.scoring import (
    Pairs,
    candidate_pairs,
    reference_candidate_pairs,
)
from bot.flows import FlowSolver
from tests.mentoring.kit import same_pairs

NOW = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
EVERYONE = 10_000  # a rank limit larger than any test population

TOPICS = ("assessment", "evaluation", "e-learning", "welding", "dual training", "apprenticeship")
# Skewed towards one kind and two languages, so that needs compete for the same people.
LANGS = ("en", "en", "de", "fi")
KINDS = ("mentor", "mentor", "mentor", "mentor", "expert")


@st.composite
def instances(draw: st.DrawFn) -> tuple[list[Need], list[Candidate]]:
    n_cands = draw(st.integers(1, 5))
    cands = []
    for pid in range(1, n_cands + 1):
        capacity = draw(st.integers(0, 2))
        hours = draw(st.one_of(st.none(), st.integers(1, 500)))
        cands.append(
            Candidate(
                person_id=pid,
                kind=draw(st.sampled_from(KINDS)),
                topics=tuple(draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3))),
                bio=draw(st.sampled_from(("", "I like welding.", "Online learning fan."))),
                languages=frozenset(draw(st.sets(st.sampled_from(LANGS), min_size=1, max_size=2))),
                country=draw(st.sampled_from((None, "AT", "DE"))),
                sector=draw(st.sampled_from((None, "ICT", "crafts"))),
                capacity=capacity,
                load=draw(st.integers(0, capacity)),
                last_proposed_at=None if hours is None else NOW - timedelta(hours=hours),
            )
        )
    needs = []
    for rid in range(1, draw(st.integers(1, 6)) + 1):
        words = draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=2))
        needs.append(
            Need(
                request_id=rid,
                requester_id=draw(st.integers(1, n_cands + 2)),
                text="help with " + " and ".join(words),
                kind=draw(st.sampled_from(KINDS)),
                languages=frozenset(draw(st.sets(st.sampled_from(LANGS), max_size=2))),
                country=draw(st.sampled_from((None, "AT", "DE"))),
                sector=draw(st.sampled_from((None, "ICT", "crafts"))),
                excluded=frozenset(draw(st.sets(st.integers(1, n_cands), max_size=2))),
            )
        )
    return needs, cands


def slot_score(need: Need, cands: list[Candidate], person: int, slot: int) -> float:
    """The rank score of ``person`` for ``need`` as if they already had ``slot`` new matches."""
    population = [
        dataclasses.replace(
            c,
            load=c.load + slot,
            last_proposed_at=NOW if slot else c.last_proposed_at,
        )
        if c.person_id == person and c.kind == need.kind
        else c
        for c in cands
    ]
    scored = {s.person_id: s.score for s in rank(need, population, now=NOW, limit=EVERYONE)}
    return scored[person]


def brute_force(needs: list[Need], cands: list[Candidate]) -> tuple[int, float]:
    """The best (matched count, total fit) over every feasible assignment, by enumeration."""
    options = [
        [None, *(s.person_id for s in rank(n, cands, now=NOW, limit=EVERYONE))] for n in needs
    ]
    free = {(c.kind, c.person_id): max(c.capacity - c.load, 0) for c in cands}
    cache: dict[tuple[int, int, int], float] = {}
    best = (0, 0.0)
    for choice in itertools.product(*options):
        used: Counter[tuple[str, int]] = Counter()
        total = 0.0
        for need, person in zip(needs, choice, strict=True):
            if person is None:
                continue
            key = (need.kind, person)
            slot = used[key]
            used[key] += 1
            if used[key] > free[key]:
                break
            if (need.request_id, person, slot) not in cache:
                cache[need.request_id, person, slot] = slot_score(need, cands, person, slot)
            total += cache[need.request_id, person, slot]
        else:
            matched = sum(p is not None for p in choice)
            if (matched, round(total, 6)) > (best[0], round(best[1], 6)):
                best = (matched, total)
    return best


def check_feasible(result: Assignment, needs: list[Need], cands: list[Candidate]) -> None:
    """Every match is allowed by the hard rules (rank allows it) and no capacity is exceeded."""
    by_id = {n.request_id: n for n in needs}
    allowed = {
        n.request_id: {s.person_id for s in rank(n, cands, now=NOW, limit=EVERYONE)} for n in needs
    }
    used: Counter[tuple[str, int]] = Counter()
    for rid, person in result.matches.items():
        need = by_id[rid]
        assert person in allowed[rid]
        assert person != need.requester_id
        assert person not in need.excluded
        used[need.kind, person] += 1
    for c in cands:
        assert used[c.kind, c.person_id] <= max(c.capacity - c.load, 0)
    assert set(result.matches) | set(result.unassigned) == set(by_id)
    assert not set(result.matches) & set(result.unassigned)
    assert result.total_fit == pytest.approx(sum(result.fits.values()), abs=1e-4)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_assign_is_optimal_and_never_worse_than_greedy(
    instance: tuple[list[Need], list[Candidate]],
) -> None:
    needs, cands = instance
    optimal = assign(needs, cands, now=NOW, per_need=EVERYONE)
    baseline = greedy(needs, cands, now=NOW, per_need=EVERYONE)
    check_feasible(optimal, needs, cands)
    check_feasible(baseline, needs, cands)
    matched, total = brute_force(needs, cands)
    assert optimal.matched == matched
    assert optimal.total_fit == pytest.approx(total, abs=1e-4)
    assert (optimal.matched, optimal.total_fit + 1e-4) >= (baseline.matched, baseline.total_fit)


def test_greedy_is_strictly_worse_when_the_first_need_takes_the_shared_expert() -> None:
    def person(pid: int, topics: tuple[str, ...], *, capacity: int, load: int) -> Candidate:
        return Candidate(
            person_id=pid,
            kind="mentor",
            topics=topics,
            bio="",
            languages=frozenset({"en"}),
            country=None,
            sector=None,
            capacity=capacity,
            load=load,
            last_proposed_at=None,
        )

    def asking(rid: int, text: str) -> Need:
        return Need(
            request_id=rid,
            requester_id=100,
            text=text,
            kind="mentor",
            languages=frozenset({"en"}),
            country=None,
            sector=None,
        )

    # Person 1 knows both topics, 2 only assessment, 3 only welding and is busier. Person 1
    # ties with 2 for assessment and wins the tie, so greedy gives them to the first need.
    cands = [
        person(1, ("assessment", "welding"), capacity=2, load=1),
        person(2, ("assessment",), capacity=2, load=1),
        person(3, ("welding",), capacity=3, load=2),
    ]
    needs = [asking(1, "assessment"), asking(2, "welding")]
    optimal = assign(needs, cands, now=NOW)
    baseline = greedy(needs, cands, now=NOW)
    assert baseline.matched == optimal.matched == 2
    assert optimal.matches == {1: 2, 2: 1}
    assert optimal.total_fit > baseline.total_fit + 1.0


def test_greedy_can_leave_a_need_unserved_that_assign_serves() -> None:
    base = Candidate(
        person_id=1,
        kind="expert",
        topics=("assessment", "welding"),
        bio="",
        languages=frozenset({"de"}),
        country=None,
        sector=None,
        capacity=1,
        load=0,
        last_proposed_at=None,
    )
    cands = [base, dataclasses.replace(base, person_id=2, topics=("assessment",))]
    needs = [
        Need(
            request_id=r,
            requester_id=99,
            text=t,
            kind="expert",
            languages=frozenset({"de"}),
            country=None,
            sector=None,
        )
        for r, t in ((1, "assessment"), (2, "welding"))
    ]
    assert greedy(needs, cands, now=NOW).unassigned == (2,)
    optimal = assign(needs, cands, now=NOW)
    assert optimal.matches == {1: 2, 2: 1}
    assert optimal.unassigned == ()


def test_optimal_spreads_load_across_equal_mentors() -> None:
    cands = [
        Candidate(
            person_id=pid,
            kind="mentor",
            topics=("assessment",),
            bio="",
            languages=frozenset({"en"}),
            country=None,
            sector=None,
            capacity=3,
            load=0,
            last_proposed_at=None,
        )
        for pid in (1, 2, 3)
    ]
    needs = [
        Need(
            request_id=r,
            requester_id=99,
            text="assessment",
            kind="mentor",
            languages=frozenset({"en"}),
            country=None,
            sector=None,
        )
        for r in range(1, 4)
    ]
    result = assign(needs, cands, now=NOW)
    assert sorted(result.matches.values()) == [1, 2, 3]


def test_pairs_agree_with_rank() -> None:
    cands = synthetic_candidates(300, seed=5, now=NOW)
    needs = synthetic_needs(40, seed=6, population=300)
    index = CandidateIndex.build(cands)
    pairs = candidate_pairs(index, needs, now=NOW, per_need=7)
    starts = pairs.bounds(len(needs))
    for row, need in enumerate(needs):
        expected = [(s.person_id, s.score) for s in rank(need, index, now=NOW, limit=7)]
        got = [
            (int(index.person_ids[c]), float(s))
            for c, s in zip(
                pairs.candidate[starts[row] : starts[row + 1]],
                pairs.score[starts[row] : starts[row + 1]],
                strict=True,
            )
        ]
        assert got == expected


def test_a_realistic_batch_respects_every_rule_and_beats_greedy() -> None:
    cands = synthetic_candidates(200, seed=1, now=NOW)
    needs = synthetic_needs(300, seed=2, population=200)
    optimal = assign(needs, cands, now=NOW)
    baseline = greedy(needs, cands, now=NOW)
    check_feasible(optimal, needs, cands)
    check_feasible(baseline, needs, cands)
    assert (optimal.matched, optimal.total_fit) > (baseline.matched, baseline.total_fit)


def test_duplicate_request_ids_are_refused() -> None:
    need = Need(
        request_id=1,
        requester_id=9,
        text="x",
        kind="mentor",
        languages=frozenset(),
        country=None,
        sector=None,
    )
    with pytest.raises(ValueError):
        assign([need, need], [], now=NOW)


def test_an_index_with_state_ranks_as_one_built_with_those_loads() -> None:
    """The service keeps one index per profile change and lays loads over it per request."""
    cands = synthetic_candidates(400, seed=8, now=NOW)
    needs = synthetic_needs(60, seed=9, population=400)
    fresh = CandidateIndex.build(
        dataclasses.replace(c, load=0, last_proposed_at=None) for c in cands
    )
    load = {(c.person_id, c.kind): c.load for c in cands if c.load}
    last = {c.person_id: c.last_proposed_at for c in cands if c.last_proposed_at is not None}
    assert load and last
    view = fresh.with_state(load, last)
    built = CandidateIndex.build(cands)
    assert assign(needs, view, now=NOW) == assign(needs, built, now=NOW)
    for need in needs[:20]:
        assert rank(need, view, now=NOW, limit=5) == rank(need, built, now=NOW, limit=5)
    # The kept index itself is untouched: nobody is loaded or was ever proposed there.
    assert not fresh.load.any() and bool(np.isnan(fresh.last_proposed).all())


def clustered(count: int, *, seed: int) -> tuple[list[Need], list[Candidate]]:
    """Needs crowding onto a few topics, languages and mentors with little capacity: every
    choice takes a slot another need wanted, where a wrong choice costs most."""
    rng = np.random.default_rng(seed)
    cands = [
        Candidate(
            person_id=pid,
            kind="mentor",
            topics=tuple(rng.choice(TOPICS, size=2, replace=False).tolist()),
            bio="",
            languages=frozenset(rng.choice(LANGS[1:], size=int(rng.integers(1, 3))).tolist()),
            country=str(rng.choice(["AT", "DE"])),
            sector=None,
            capacity=int(rng.integers(1, 4)),
            load=0,
            last_proposed_at=None if rng.random() < 0.5 else NOW - timedelta(days=3),
        )
        for pid in range(1, count // 3 + 1)
    ]
    needs = [
        Need(
            request_id=rid,
            requester_id=100_000 + rid,
            text="help with " + " and ".join(rng.choice(TOPICS[:3], size=2).tolist()),
            kind="mentor",
            languages=frozenset({str(rng.choice(LANGS[1:]))}),
            country=str(rng.choice(["AT", "DE"])),
            sector=None,
        )
        for rid in range(1, count + 1)
    ]
    return needs, cands


def two_networks(count: int, *, seed: int) -> tuple[list[Need], list[Candidate]]:
    """A random population split over two networks, a quarter of the other network's mentors
    volunteering across the border, and a fifth of the requests from that network."""
    cands = [
        dataclasses.replace(c, network="other", cross_border=c.person_id % 4 == 0)
        if c.person_id % 3 == 0
        else c
        for c in synthetic_candidates(count * 2 // 3, seed=seed, now=NOW)
    ]
    needs = [
        dataclasses.replace(n, network="other") if n.request_id % 5 == 0 else n
        for n in synthetic_needs(count, seed=seed + 1, population=count * 2 // 3)
    ]
    return needs, cands


def alike(count: int, *, seed: int) -> tuple[list[Need], list[Candidate]]:
    """The clustered population with every request asked three times (other request ids and
    requesters, same words): needs with identical pairs, more of them than their mentors'
    slots, so the solver must split each such group."""
    needs, cands = clustered(count // 3, seed=seed)
    copies = [
        dataclasses.replace(
            n, request_id=n.request_id + k * 100_000, requester_id=n.requester_id + k * 100_000
        )
        for k in range(3)
        for n in needs
    ]
    return copies, cands


POPULATIONS = {
    "random": lambda: (
        synthetic_needs(600, seed=4, population=400),
        synthetic_candidates(400, seed=3, now=NOW),
    ),
    "clustered": lambda: clustered(600, seed=5),
    "two networks": lambda: two_networks(300, seed=6),
    "alike": lambda: alike(600, seed=7),
}


@pytest.mark.parametrize("population", sorted(POPULATIONS))
@pytest.mark.parametrize("per_need", [5, 20])
def test_the_flow_solver_matches_the_reference_solver(population: str, per_need: int) -> None:
    needs, cands = POPULATIONS[population]()
    index = CandidateIndex.build(cands)
    pairs = candidate_pairs(index, needs, now=NOW, per_need=per_need)
    flow = solve(index, needs, pairs, now=NOW)
    reference = reference_solve(index, needs, pairs, now=NOW)
    check_feasible(flow, needs, cands)
    assert flow.matched == reference.matched
    # Costs are whole millionths of a point: the totals agree to the rounding of each match.
    assert flow.total_fit == pytest.approx(reference.total_fit, abs=1e-6 * flow.matched)
    assert 50 < flow.matched < len(needs)  # slots are scarce: needs compete for them


def pair_lists(pairs: Pairs) -> dict[int, tuple[tuple[int, float], ...]]:
    """Each need row's kept (candidate, score) list."""
    starts = pairs.bounds(int(pairs.need.max()) + 1)
    return {
        row: tuple(
            zip(
                pairs.candidate[starts[row] : starts[row + 1]].tolist(),
                pairs.score[starts[row] : starts[row + 1]].tolist(),
                strict=True,
            )
        )
        for row in range(starts.size - 1)
        if starts[row + 1] > starts[row]
    }


@pytest.mark.parametrize("weights", ["fixed", "all equal"])
def test_needs_are_grouped_only_with_needs_of_the_same_pairs(weights: str) -> None:
    """With every hash weight zero, all needs with as many pairs collide: the check against
    each group's first need must still keep only identical pair lists together."""
    needs, cands = alike(300, seed=8)
    index = CandidateIndex.build(cands)
    pairs = candidate_pairs(index, needs, now=NOW, per_need=5)
    groups = _Alike.of(pairs) if weights == "fixed" else _Alike.of(pairs, np.zeros(1, np.uint64))
    lists = pair_lists(pairs)
    assert int(groups.size.sum()) == len(lists)
    members: dict[int, list[int]] = {}
    for row in lists:
        members.setdefault(int(groups.group_of_pair[pairs.need == row][0]), []).append(row)
    for group, rows in members.items():
        assert len({lists[row] for row in rows}) == 1
        start = groups.member_start[group]
        assert groups.member_rows[start : start + groups.size[group]].tolist() == rows
    if weights == "fixed":  # no collision here: every set of identical lists is one group
        assert len(members) == len(set(lists.values())) < len(lists)


@pytest.mark.parametrize("per_need", [1, 3, 20])
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_fast_pair_generation_keeps_the_same_pairs_as_scoring_every_pair(
    seed: int, per_need: int
) -> None:
    """The shortlist by score bucket changes nothing: same pairs, same order, same scores."""
    cands = synthetic_candidates(600, seed=seed, now=NOW)
    needs = synthetic_needs(700, seed=seed + 100, population=600)
    # Some cross-border volunteers of another network, and needs of that network too.
    cands = [
        dataclasses.replace(c, network="other", cross_border=c.person_id % 4 == 0)
        if c.person_id % 3 == 0
        else c
        for c in cands
    ]
    needs = [dataclasses.replace(n, network="other") if n.request_id % 5 == 0 else n for n in needs]
    index = CandidateIndex.build(cands)
    fast = candidate_pairs(index, needs, now=NOW, per_need=per_need)
    reference = reference_candidate_pairs(index, needs, now=NOW, per_need=per_need)
    assert len(fast) > per_need * len(needs) // 2
    assert same_pairs(fast, reference)
    # A small batch scores against the whole population and filters afterwards.
    few = needs[:7]
    small = candidate_pairs(index, few, now=NOW, per_need=per_need)
    expected = reference_candidate_pairs(index, few, now=NOW, per_need=per_need)
    assert same_pairs(small, expected)


def test_fast_pair_generation_matches_on_a_clustered_population() -> None:
    needs, cands = clustered(600, seed=7)
    index = CandidateIndex.build(cands)
    for per_need in (2, 20):
        fast = candidate_pairs(index, needs, now=NOW, per_need=per_need)
        reference = reference_candidate_pairs(index, needs, now=NOW, per_need=per_need)
        assert same_pairs(fast, reference)


@pytest.mark.parametrize("population", ["random", "two networks", "clustered"])
def test_kinds_solved_in_solver_processes_give_the_assignment_of_one_solve(
    population: str,
) -> None:
    """``assign`` takes kind by kind, each kind's flow solved in a solver process while the
    next kind's pairs are found: the same assignment, match for match, as one solve of the
    whole batch's pairs in this process."""
    needs, cands = POPULATIONS[population]()
    index = CandidateIndex.build(cands)
    whole = solve(index, needs, candidate_pairs(index, needs, now=NOW, per_need=20), now=NOW)
    solver = FlowSolver(2, min_arcs=1)
    try:
        there = assign(needs, index, now=NOW, solver=solver)
    finally:
        solver.close()
    assert there == whole == assign(needs, index, now=NOW)
    assert whole.matched > 50
    if population == "random":  # needs of two kinds, each its own flow
        assert {n.kind for n in needs} == {"mentor", "expert"}


@pytest.mark.parametrize(
    ("per_need", "window", "message"),
    [(0, timedelta(days=14), "per_need"), (20, timedelta(0), "rest window")],
)
def test_an_empty_batch_still_refuses_bad_parameters(
    per_need: int, window: timedelta, message: str
) -> None:
    index = CandidateIndex.build(synthetic_candidates(20, seed=9, now=NOW))
    with pytest.raises(ValueError, match=message):
        assign([], index, now=NOW, per_need=per_need, rested_window=window)
    assert assign([], index, now=NOW) == Assignment()
