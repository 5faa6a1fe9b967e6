"""Scoring candidates for needs: the hard rules, the 0..100 score, and ranking for one need.

Hard rules (a pair breaking one is never scored, never proposed):

* the candidate's kind is the kind the need asks for;
* the candidate is not the requester, and not in the need's ``excluded`` set;
* the candidate has a free slot (``load < capacity``);
* the candidate covers at least one topic token of the need (topic fit > 0);
* language: if the need names languages and at least one candidate passing the rules above
  speaks one of them, only such candidates stay; if none does, all stay (better a mentor in
  another language than none, and the reasons say the language is not shared).

The score of an allowed pair is a weighted sum, each part in 0..1 (weights in ``WEIGHTS``):
topic fit (see ``index``), shared language, same country, same sector (each full when the
need did not ask), free capacity ``(capacity - load) / capacity``, and rest: how long ago the
candidate was last proposed, as a share of the rest window (``rested_window``, by default
``RESTED_WINDOW``; full if never). The last two
spread the work: among equally fitting people the less busy, less recently asked come first.

Ties are broken by person id, ascending, so results are deterministic. Scores are rounded to
1e-6 so that summation order never decides a tie.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import numpy as np

from bot.capabilities.mentoring.index import (
    NO_CODE,
    BoolArray,
    CandidateIndex,
    FloatArray,
    IntArray,
)
from bot.capabilities.mentoring.model import Candidate, Need, Reason, Scored
from bot.capabilities.mentoring.vocabulary import analyse, sources

if TYPE_CHECKING:
    import scipy.sparse as sp

WEIGHT_TOPIC = 60.0
WEIGHT_LANGUAGE = 8.0
WEIGHT_COUNTRY = 8.0
WEIGHT_SECTOR = 8.0
WEIGHT_CAPACITY = 10.0
WEIGHT_RESTED = 6.0
WEIGHTS = {
    "topic": WEIGHT_TOPIC,
    "language": WEIGHT_LANGUAGE,
    "country": WEIGHT_COUNTRY,
    "sector": WEIGHT_SECTOR,
    "capacity": WEIGHT_CAPACITY,
    "rested": WEIGHT_RESTED,
}
MAX_SCORE = sum(WEIGHTS.values())
#: A candidate proposed this long ago (or never) counts as fully rested, unless the caller
#: gives another window (the service uses ``[matching] recent_days``).
RESTED_WINDOW = timedelta(days=14)
#: A cross-border volunteer's score counts this share: the asker's own network comes first
#: in a batch run, and :func:`rank` lists every one of its mentors before any volunteer.
AWAY_SHARE = 0.5
#: Needs scored per sparse product; bounds the memory of one step of pair generation.
CHUNK_ROWS = 512
#: Below this many needs, score against the whole population and filter afterwards; above,
#: cut the population to the allowed candidates first (cheaper per need).
SMALL_BATCH = 32


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Pairs:
    """The allowed (need, candidate) pairs kept for a batch, best first within each need.

    Parallel arrays: ``need`` is the position in the batch, ``candidate`` the position in the
    index, ``score`` the 0..100 score at the candidate's current load. Sorted by need, then
    score descending, then person id. At most ``per_need`` pairs per need from the asker's
    network, and as many again from cross-border volunteers of others (scored lower).
    """

    need: IntArray
    candidate: IntArray
    score: FloatArray

    def __len__(self) -> int:
        return int(self.need.size)

    def bounds(self, count: int) -> IntArray:
        """``starts`` of length ``count + 1``: need ``i``'s pairs are ``starts[i]:starts[i+1]``."""
        return np.searchsorted(self.need, np.arange(count + 1)).astype(np.int64)


def slot_penalty(
    index: CandidateIndex, candidate: IntArray, slot: IntArray, rested: FloatArray
) -> FloatArray:
    """Points a candidate's score drops when this is their ``slot``-th new match (from 0).

    Each match adds one to the load (less free capacity) and makes the candidate freshly
    proposed (no rest), exactly as if they were scored again after the earlier matches.
    The penalty grows with ``slot``, which is what makes an optimal batch spread the load.
    """
    penalty = WEIGHT_CAPACITY * slot / index.capacity[candidate]
    return penalty + np.where(slot >= 1, WEIGHT_RESTED * rested[candidate], 0.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Batch:
    """Per-need facts for a batch, as arrays aligned with the batch order.

    ``banned_keys`` encodes the pairs never allowed by name (the requester themself, the
    need's excluded people) as ``row * index.size + position``, sorted; ``banned`` counts
    them per row and ``banning`` marks the rows that have any, so only their entries are
    checked.
    """

    kind: tuple[str, ...]
    country: IntArray
    sector: IntArray
    banned_keys: IntArray
    banning: BoolArray
    banned: IntArray
    candidate_country: IntArray
    candidate_sector: IntArray


def _batch_facts(index: CandidateIndex, needs: Sequence[Need]) -> _Batch:
    keys = []
    for row, need in enumerate(needs):
        for person in (need.requester_id, *need.excluded):
            pos = index.position(need.kind, person)
            if pos is not None:
                keys.append(row * index.size + pos)
    banned_keys = np.unique(np.array(keys, dtype=np.int64))
    banned = np.bincount(banned_keys // max(index.size, 1), minlength=len(needs))
    # A batch names few countries and sectors: each is looked up once.
    countries = {c: index.country_code(c) for c in {n.country for n in needs}}
    sectors = {s: index.sector_code(s) for s in {n.sector for n in needs}}
    return _Batch(
        kind=tuple(n.kind for n in needs),
        country=np.array([countries[n.country] for n in needs], dtype=np.int64),
        sector=np.array([sectors[n.sector] for n in needs], dtype=np.int64),
        banned_keys=banned_keys,
        banning=banned > 0,
        banned=banned,
        candidate_country=index.country,
        candidate_sector=index.sector,
    )


def _steady_points(index: CandidateIndex, rested: FloatArray) -> FloatArray:
    """Per candidate, the points that do not depend on the need: free capacity and rest."""
    with np.errstate(divide="ignore", invalid="ignore"):
        free_share = np.where(index.capacity > 0, index.free / index.capacity, 0.0)
    steady: FloatArray = WEIGHT_CAPACITY * free_share + WEIGHT_RESTED * rested
    return steady


def _points(
    batch: _Batch,
    rows: IntArray,
    cols: IntArray,
    fit: FloatArray,
    language: float,
    steady: FloatArray,
) -> FloatArray:
    """The 0..100 score of each (row, col) entry with topic fit ``fit``."""
    index_country, index_sector = batch.candidate_country, batch.candidate_sector
    country = batch.country[rows]
    sector = batch.sector[rows]
    country_ok = (index_country[cols] == country) | (country == NO_CODE)
    sector_ok = (index_sector[cols] == sector) | (sector == NO_CODE)
    score: FloatArray = (
        WEIGHT_TOPIC * fit
        + WEIGHT_LANGUAGE * language
        + WEIGHT_COUNTRY * country_ok
        + WEIGHT_SECTOR * sector_ok
        + steady[cols]
    )
    rounded: FloatArray = np.round(score, 6)
    return rounded


def _top(
    rows: IntArray, cols: IntArray, score: FloatArray, per_need: int
) -> tuple[IntArray, IntArray, FloatArray]:
    """Keep the ``per_need`` best entries of each row; sorted by row, -score, position.

    ``rows`` must be grouped (equal rows adjacent). Rows with more entries are first cut to
    those scoring at least their ``per_need``-th best score (a linear partition per row, far
    cheaper than sorting everything); only that remainder is sorted.
    """
    if rows.size:
        first = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        ends = np.r_[first[1:], rows.size]
        crowded = np.flatnonzero(ends - first > per_need)
        if crowded.size:
            floor = np.full(rows.size, -np.inf)
            for g in crowded:
                lo, hi = first[g], ends[g]
                kth = np.partition(score[lo:hi], hi - lo - per_need)[hi - lo - per_need]
                floor[lo:hi] = kth
            keep = score >= floor
            rows, cols, score = rows[keep], cols[keep], score[keep]
    # Index positions follow person ids, so the position is the person-id tie-break.
    order = np.lexsort((cols, -score, rows))
    rows, cols, score = rows[order], cols[order], score[order]
    if rows.size:
        first = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        start = np.repeat(first, np.diff(np.r_[first, rows.size]))
        keep = np.arange(rows.size) - start < per_need
        rows, cols, score = rows[keep], cols[keep], score[keep]
    return rows, cols, score


def _reference_score_rows(
    index: CandidateIndex,
    batch: _Batch,
    queries: sp.csr_matrix,
    rows: IntArray,
    allowed: BoolArray,
    language: float,
    steady: FloatArray,
    per_need: int,
    out: list[tuple[IntArray, IntArray, FloatArray]],
) -> IntArray:
    """Score ``rows`` of the batch against the ``allowed`` candidates; return rows left empty."""
    import scipy.sparse as sp  # loaded already: the candidate index was built with it

    allowed_cols = np.flatnonzero(allowed)
    if not rows.size or not allowed_cols.size:
        return rows
    whole = rows.size <= SMALL_BATCH
    postings = index.postings if whole else index.postings[:, allowed_cols]
    filled: list[IntArray] = []
    for begin in range(0, rows.size, CHUNK_ROWS):
        chunk = rows[begin : begin + CHUNK_ROWS]
        product = sp.csr_matrix(queries[chunk] @ postings)
        r = np.repeat(chunk, np.diff(product.indptr))
        c = product.indices.astype(np.int64) if whole else allowed_cols[product.indices]
        # Weights are positive, so every stored product entry is a pair sharing a token.
        fit = np.minimum(product.data, 1.0)
        keep = allowed[c] if whole else np.ones(c.size, dtype=np.bool_)
        check = np.flatnonzero(batch.banning[r])
        if check.size:
            keys = r[check] * index.size + c[check]
            keep[check[np.isin(keys, batch.banned_keys)]] = False
        r, c, fit = r[keep], c[keep], fit[keep]
        score = _points(batch, r, c, fit, language, steady)
        r, c, score = _top(r, c, score, per_need)
        out.append((r, c, score))
        filled.append(r[np.r_[True, r[1:] != r[:-1]][: r.size]])
    done = np.concatenate(filled) if filled else np.zeros(0, dtype=np.int64)
    return np.setdiff1d(rows, done)


#: Score buckets per point when pair generation first cuts each need's pairs to a shortlist.
_BUCKETS_PER_POINT = 4
_BUCKETS = int(MAX_SCORE) * _BUCKETS_PER_POINT + _BUCKETS_PER_POINT + 1
#: Up to this many needs, pair generation scores against the whole population and filters
#: afterwards: for one need that costs less than cutting the population to the allowed
#: candidates first; for a handful of needs, cutting first is already cheaper.
_FEW_ROWS = 4
#: Cells of a (needs × candidate country/sector) bonus table scored at once.
_TABLE_CELLS = 1 << 20
#: Scores as whole millionths fit in this many bits (100 points is 1e8 millionths).
_SCORE_BITS = 27


def _bonus_codes(codes: IntArray, wanted: IntArray) -> tuple[IntArray, BoolArray]:
    """Candidate ``codes`` numbered 0.. among the codes present (``NO_CODE`` one of them)
    and, per needed code in ``wanted``, which of those numbers it accepts: its own, or all
    of them when not asked. Only the codes present count: the candidates speaking a group's
    languages live in few of the countries, so its bonus table stays small."""
    seen = np.bincount(codes + 1) > 0
    values = np.flatnonzero(seen) - 1
    accepts = (values[None, :] == wanted[:, None]) | (wanted == NO_CODE)[:, None]
    numbered: IntArray = (np.cumsum(seen) - 1)[codes + 1]
    return numbered, accepts


def _shortlist(tally: IntArray, wanted: IntArray) -> BoolArray:
    """Per bin of a chunk's histogram ``tally`` (row ``i``'s bins at ``i * _BUCKETS``, best
    score first), whether the pairs in it stay on the shortlist.

    Row ``i`` keeps its bins down to the one holding its ``wanted[i]``-th best pair, and one
    more: a pair's close score may sit a rounding error off its exact one.
    """
    rows = wanted.size
    ends = np.arange(1, rows + 1) * _BUCKETS
    running = np.cumsum(tally)
    before = np.r_[0, running[ends[:-1] - 1]]
    # The first bin where the row's running count reaches ``wanted``; past the row if never.
    cut = np.searchsorted(running, before + wanted)
    kept = np.minimum(cut + 2, ends) - (ends - _BUCKETS)
    spans = np.empty(2 * rows, dtype=np.int64)
    spans[0::2] = kept
    spans[1::2] = _BUCKETS - kept
    keep: BoolArray = np.repeat(np.tile(np.array([True, False]), rows), spans)
    return keep


def _score_rows(
    index: CandidateIndex,
    batch: _Batch,
    queries: sp.csr_matrix,
    rows: IntArray,
    allowed: BoolArray,
    language: float,
    steady: FloatArray,
    per_need: int,
    out: list[tuple[IntArray, IntArray, FloatArray]],
) -> IntArray:
    """Score ``rows`` of the batch against the ``allowed`` candidates; return rows left empty.

    Gives exactly what :func:`_reference_score_rows` gives, with less work per pair: each
    need's pairs are first cut to those in or above the score bucket (a quarter point wide)
    where its ``per_need``-th best lies, counted for all needs at once with one histogram;
    only that shortlist is scored exactly and sorted. A pair sharing a topic word costs a
    handful of array passes: its close score, counted down from its row's last bucket
    (the row's offset is folded into the country/sector table), is at once its bin in the
    histogram and what the cut reads. People never to propose are not looked for among all
    pairs: a need naming ``n`` of them keeps ``per_need + n`` on its shortlist and drops them
    from that.
    """
    import scipy.sparse as sp  # loaded already: the candidate index was built with it

    allowed_cols = np.flatnonzero(allowed)
    if not rows.size or not allowed_cols.size:
        return rows
    whole = rows.size <= _FEW_ROWS
    universe = np.arange(index.size) if whole else allowed_cols
    # The allowed candidates' profile rows, transposed: the same matrix as the postings'
    # allowed columns, two to three times quicker to get.
    postings = index.postings if whole else index.profile[allowed_cols].T.tocsr()
    # Per candidate of the universe, in buckets: the points that do not depend on the need,
    # and the country/sector cell whose bonus does.
    base = (steady[universe] + WEIGHT_LANGUAGE * language) * _BUCKETS_PER_POINT
    country, country_ok = _bonus_codes(batch.candidate_country[universe], batch.country[rows])
    sector, sector_ok = _bonus_codes(batch.candidate_sector[universe], batch.sector[rows])
    cells = country_ok.shape[1] * sector_ok.shape[1]
    cell = (country * sector_ok.shape[1] + sector).astype(np.intp)
    country_bonus = WEIGHT_COUNTRY * _BUCKETS_PER_POINT * country_ok
    sector_bonus = WEIGHT_SECTOR * _BUCKETS_PER_POINT * sector_ok
    step = max(1, min(CHUNK_ROWS, _TABLE_CELLS // cells, 2**31 // (cells + _BUCKETS)))
    wide = step * 2**_SCORE_BITS * index.size >= 2**63
    topic = WEIGHT_TOPIC * _BUCKETS_PER_POINT
    served = np.zeros(rows.size, dtype=np.bool_)
    for begin in range(0, rows.size, step):
        chunk = rows[begin : begin + step]
        m = chunk.size
        # Rows of one group follow one another: a slice, not a pick, of the query matrix.
        asked = (
            queries[chunk[0] : chunk[-1] + 1] if chunk[-1] - chunk[0] == m - 1 else queries[chunk]
        )
        product = sp.csr_matrix(asked @ postings)
        counts = np.diff(product.indptr)
        local = product.indices.astype(np.intp)
        fit = product.data
        if whole:
            kept = np.flatnonzero(np.take(allowed, local))
            counts = np.bincount(np.repeat(np.arange(m), counts)[kept], minlength=m)
            local, fit = local[kept], fit[kept]
        # The close score, as buckets below the row's last: the exact score adds the same
        # parts in another order, a rounding error apart. The fit is not capped at 1 here:
        # it passes 1 by a rounding error at most, and a row's range has buckets to spare
        # below its lowest close score (_BUCKETS counts one point more than MAX_SCORE), so
        # a pair's bucket never leaves its row's range.
        last = (np.arange(1, m + 1) * _BUCKETS - 1)[:, None]
        ahead = last - country_bonus[begin : begin + m]
        table = (ahead[:, :, None] - sector_bonus[begin : begin + m, None, :]).ravel()
        place = np.repeat(np.arange(0, m * cells, cells), counts)
        place += np.take(cell, local)
        rough = np.take(table, place)
        rough -= np.take(base, local)
        rough -= fit * topic
        bucket = rough.astype(np.intp)
        tally = np.bincount(bucket, minlength=m * _BUCKETS)
        keep = np.flatnonzero(np.take(_shortlist(tally, per_need + batch.banned[chunk]), bucket))
        r = bucket[keep] // _BUCKETS
        c = universe[local[keep]]
        score = _points(batch, chunk[r], c, np.minimum(fit[keep], 1.0), language, steady)
        r, c, score = _ranked(r, c, score, index.size, wide=wide)
        r, c, score = _unbanned(index, batch, chunk, r, c, score)
        if r.size:
            first = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
            start = np.repeat(first, np.diff(np.r_[first, r.size]))
            top = np.arange(r.size) - start < per_need
            served[begin + r[first]] = True
            r, c, score = r[top], c[top], score[top]
        out.append((chunk[r], c, score))
    return rows[~served]


def _ranked(
    r: IntArray, c: IntArray, score: FloatArray, size: int, *, wide: bool
) -> tuple[IntArray, IntArray, FloatArray]:
    """The entries sorted by row, score descending, then candidate position.

    Unless the row numbers are ``wide``, the three are packed into one integer, sorted and
    read back: a rounded score is a whole number of millionths, so it comes back exactly.
    """
    if wide:
        order = np.lexsort((c, -score, r))
        return r[order], c[order], score[order]
    low = 2**_SCORE_BITS - 1
    millionths = np.rint(score * 1e6).astype(np.int64)
    key = (r * 2**_SCORE_BITS + (low - millionths)) * size + c
    key.sort(kind="stable")  # runs of one row each: far quicker than a quicksort
    rest = key // size
    ranked: FloatArray = (low - (rest & low)) / 1e6
    return rest >> _SCORE_BITS, key - rest * size, ranked


def _unbanned(
    index: CandidateIndex,
    batch: _Batch,
    chunk: IntArray,
    r: IntArray,
    c: IntArray,
    score: FloatArray,
) -> tuple[IntArray, IntArray, FloatArray]:
    """The entries (row ``r`` of ``chunk``, candidate ``c``) whose need did not name them."""
    check = np.flatnonzero(batch.banned[chunk][r])
    if not check.size or not batch.banned_keys.size:
        return r, c, score
    keys = chunk[r[check]] * index.size + c[check]
    at = np.minimum(np.searchsorted(batch.banned_keys, keys), batch.banned_keys.size - 1)
    stay = np.ones(r.size, dtype=np.bool_)
    stay[check[batch.banned_keys[at] == keys]] = False
    return r[stay], c[stay], score[stay]


class _RowScorer(Protocol):
    def __call__(
        self,
        index: CandidateIndex,
        batch: _Batch,
        queries: sp.csr_matrix,
        rows: IntArray,
        allowed: BoolArray,
        language: float,
        steady: FloatArray,
        per_need: int,
        out: list[tuple[IntArray, IntArray, FloatArray]],
    ) -> IntArray: ...


def candidate_pairs(
    index: CandidateIndex,
    needs: Sequence[Need],
    *,
    now: datetime,
    per_need: int,
    rested_window: timedelta = RESTED_WINDOW,
) -> Pairs:
    """The allowed pairs of a batch, at most ``per_need`` best per need (see module doc).

    Work and memory grow with the pairs that share a topic token, chunk by chunk, and what is
    kept grows with ``len(needs) * per_need``; needs and candidates are never crossed in full.
    """
    return _candidate_pairs(_score_rows, index, needs, now, per_need, rested_window)


def reference_candidate_pairs(
    index: CandidateIndex,
    needs: Sequence[Need],
    *,
    now: datetime,
    per_need: int,
    rested_window: timedelta = RESTED_WINDOW,
) -> Pairs:
    """The same pairs as :func:`candidate_pairs`, scoring and sorting every pair that shares
    a topic token (the earlier way, slower at scale; kept to check the faster one against)."""
    return _candidate_pairs(_reference_score_rows, index, needs, now, per_need, rested_window)


def _candidate_pairs(
    score_rows: _RowScorer,
    index: CandidateIndex,
    needs: Sequence[Need],
    now: datetime,
    per_need: int,
    rested_window: timedelta,
) -> Pairs:
    if per_need < 1:
        raise ValueError("per_need must be at least 1")
    steady = _steady_points(index, index.rested(now, window_seconds(rested_window)))
    groups: dict[tuple[str, frozenset[str], str], list[int]] = {}
    # A batch names few language sets: each is normalised once.
    normalised: dict[frozenset[str], frozenset[str]] = {}
    for row, need in enumerate(needs):
        langs = normalised.get(need.languages)
        if langs is None:
            langs = frozenset(lang.strip().casefold() for lang in need.languages)
            normalised[need.languages] = langs
        groups.setdefault((need.kind, langs, need.network), []).append(row)
    # The needs taken group by group, so that a group's rows of the query matrix are one
    # slice of it; rows are numbered in this order until the end.
    arranged = [row for members in groups.values() for row in members]
    ordered = [needs[row] for row in arranged]
    batch = _batch_facts(index, ordered)
    queries = index.need_matrix(ordered)
    out: list[tuple[IntArray, IntArray, FloatArray]] = []
    begin = 0
    for (kind, langs, network), members in groups.items():
        rows = np.arange(begin, begin + len(members))
        begin += len(members)
        home = index.network_mask(network)
        open_ = index.open_mask(kind) & home
        # Volunteers of other networks, who must speak a language the need names.
        away = index.open_mask(kind) & index.cross_border & ~home
        if langs:
            away &= index.language_mask(langs)
        if away.any():
            found: list[tuple[IntArray, IntArray, FloatArray]] = []
            score_rows(index, batch, queries, rows, away, 1.0, steady, per_need, found)
            out.extend((r, c, np.round(s * AWAY_SHARE, 6)) for r, c, s in found)
        if not langs:
            score_rows(index, batch, queries, rows, open_, 1.0, steady, per_need, out)
            continue
        speakers = open_ & index.language_mask(langs)
        unserved = score_rows(index, batch, queries, rows, speakers, 1.0, steady, per_need, out)
        # Nobody allowed speaks the need's languages: fall back to everyone allowed.
        score_rows(index, batch, queries, unserved, open_, 0.0, steady, per_need, out)
    if not out:
        empty = np.zeros(0, dtype=np.int64)
        return Pairs(need=empty, candidate=empty, score=np.zeros(0, dtype=np.float64))
    rows = np.array(arranged, dtype=np.int64)[np.concatenate([o[0] for o in out])]
    cols = np.concatenate([o[1] for o in out])
    score = np.concatenate([o[2] for o in out])
    # Each part is sorted already, and a need's pairs mostly come from one part: a stable
    # sort by need alone (runs merged) is then the order, unless a need's pairs from two
    # parts (its network's, volunteers') interleave.
    order = np.argsort(rows, kind="stable")
    rows, cols, score = rows[order], cols[order], score[order]
    same = rows[1:] == rows[:-1]
    later = score[1:] - score[:-1]
    if np.any(same & ((later > 0) | ((later == 0) & (cols[1:] < cols[:-1])))):
        order = np.lexsort((cols, -score, rows))
        rows, cols, score = rows[order], cols[order], score[order]
    return Pairs(need=rows, candidate=cols, score=score)


def window_seconds(window: timedelta) -> float:
    """The rest window in seconds; ``ValueError`` unless it is positive."""
    if window <= timedelta(0):
        raise ValueError("the rest window must be positive")
    return window.total_seconds()


def _own_words(candidate: Candidate, tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """The candidate's topics, and failing those the words of their bio, behind ``tokens``.

    A need matched through a synonym group ("apprenticeship" meeting "dual training") is
    explained with what the candidate wrote, never with the group's name. Bio words are
    given in bio order, neighbours joined ("Digital Tools", not "Digital, Tools").
    """
    topics: list[str] = []
    spans: list[tuple[int, int]] = []
    found = sources(candidate.bio) if candidate.bio else ()
    for token in tokens:
        own = [t for t in candidate.topics if token in analyse(t)]
        if own:
            topics.extend(t for t in own if t not in topics)
            continue
        span = next(((start, end) for t, start, end in found if t == token), None)
        if span is not None and span not in spans:
            spans.append(span)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and not candidate.bio[merged[-1][1] : start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    bio = [" ".join(candidate.bio[start:end].split()) for start, end in merged]
    return topics, bio


def _reasons(index: CandidateIndex, need: Need, col: int, rested: float) -> tuple[Reason, ...]:
    candidate: Candidate = index.candidates[col]
    vector = index.need_vector(need.text)
    row = index.profile.getrow(col)
    covered = [int(v) for v in row.indices if int(v) in vector]
    covered.sort(key=lambda v: (-vector[v], index.tokens[v]))
    topics, bio = _own_words(candidate, [index.tokens[v] for v in covered])
    reasons = []
    if topics:
        reasons.append(Reason(code="topic", detail=", ".join(topics)))
    if bio:
        reasons.append(Reason(code="bio", detail=", ".join(bio)))
    wanted = {lang.strip().casefold() for lang in need.languages}
    shared = sorted(wanted & {lang.strip().casefold() for lang in candidate.languages})
    if shared:
        reasons.append(Reason(code="language", detail=", ".join(shared)))
    if need.country and index.country_code(need.country) == index.country[col] != NO_CODE:
        reasons.append(Reason(code="country", detail=candidate.country or ""))
    if need.sector and index.sector_code(need.sector) == index.sector[col] != NO_CODE:
        reasons.append(Reason(code="sector", detail=candidate.sector or ""))
    free = int(index.free[col])
    reasons.append(Reason(code="capacity", detail=f"{free}/{candidate.capacity}"))
    if rested >= 1.0:
        reasons.append(Reason(code="rested"))
    return tuple(reasons)


def explain(
    index: CandidateIndex,
    need: Need,
    person_id: int,
    *,
    now: datetime,
    rested_window: timedelta = RESTED_WINDOW,
) -> tuple[Reason, ...]:
    """Why ``person_id`` fits ``need``, as ``rank`` would say it; ``()`` if they are not in
    the index. Checks no hard rule: it explains a match already made (by a batch, say)."""
    col = index.position(need.kind, person_id)
    if col is None:
        return ()
    rested = index.rested(now, window_seconds(rested_window))
    return _reasons(index, need, col, float(rested[col]))


def rank(
    need: Need,
    candidates: Iterable[Candidate] | CandidateIndex,
    *,
    now: datetime,
    limit: int = 10,
    rested_window: timedelta = RESTED_WINDOW,
    reasons: bool = True,
) -> list[Scored]:
    """The best ``limit`` candidates for ``need``, best first, each with its reasons
    (``reasons=False``: none, for a caller that explains only the one it picks with
    :func:`explain`; reasons cost more than the ranking of a few).

    ``candidates`` is the opted-in, unpaused population, or a ``CandidateIndex`` built from it
    (build one when ranking many needs against the same population). Only pairs allowed by
    the hard rules appear; an empty list means nobody fits. ``now`` must be aware;
    ``rested_window`` is how long after a proposal a candidate counts as fully rested.
    """
    index = (
        candidates if isinstance(candidates, CandidateIndex) else CandidateIndex.build(candidates)
    )
    if limit < 1:
        return []
    pairs = candidate_pairs(index, [need], now=now, per_need=limit, rested_window=rested_window)
    rested = index.rested(now, window_seconds(rested_window))
    home = index.network_mask(need.network)
    # The asker's network first, then volunteers of others (a stable sort keeps the order).
    order = sorted(range(len(pairs)), key=lambda i: not home[pairs.candidate[i]])[:limit]
    pairs = Pairs(
        need=pairs.need[order], candidate=pairs.candidate[order], score=pairs.score[order]
    )
    return [
        Scored(
            person_id=int(index.person_ids[col]),
            score=float(score),
            reasons=_reasons(index, need, int(col), float(rested[col])) if reasons else (),
        )
        for col, score in zip(pairs.candidate, pairs.score, strict=True)
    ]
