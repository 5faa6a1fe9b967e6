"""A prepared, read-only view of a candidate population, built once and queried many times.

Ranking one need or assigning ten thousand both start from the same question: which candidates
talk about what this need talks about? ``CandidateIndex`` answers it without comparing every
need with every candidate:

* every candidate's topics (and the topic words found in their bio) become a sparse *profile*
  row over a shared vocabulary of topic tokens (see ``vocabulary``); the transposed profile is
  an inverted index, token → candidates;
* a need becomes a sparse weight vector over the same vocabulary; its words are matched to the
  vocabulary exactly or, failing that, with rapidfuzz (typos forgiven), and weighted by how
  rare the token is among candidates (IDF), so "assessment" counts more than "training";
* the *topic fit* of a pair is need-vector · profile-row, in 0..1: the share of what the need
  asks about that the candidate covers (a declared topic covers fully, a word met only in the
  bio covers ``BIO_WEIGHT``). Only pairs that share a token get a non-zero fit, and sparse
  products touch only those pairs.

The index also holds the per-candidate facts scoring needs (kind, load, capacity, country,
sector, languages, last proposal) as arrays, in a fixed order: by person id, then kind.
Contract: building never mutates the candidates; queries never mutate the index, except
for a cache of fuzzy word lookups, which does not change any result.

Profiles change rarely, loads with every proposal: ``with_state`` gives a view of a built
index with other loads and last-proposal times, sharing everything else, so a long-lived
service builds the index once per profile change and pays only for the state per request;
``updated`` replaces a few candidates' state (the proposals made since).
The state arrays (``load``, ``free``, ``last_proposed``) are what scoring reads; a
candidate's own ``load`` and ``last_proposed_at`` only seed them at build time.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bot.capabilities.mentoring.model import KINDS, Candidate, Need
from bot.capabilities.mentoring.vocabulary import (
    analyse,
    analyse_all,
    analyse_forms,
    concept_words,
    is_concept,
    normalise,
)

if TYPE_CHECKING:
    import scipy.sparse as sp

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: How much a topic word found only in a candidate's bio counts, against a declared topic.
BIO_WEIGHT = 0.35
#: rapidfuzz ratio (0..100) a need word must reach to count as a misspelt vocabulary word.
FUZZY_CUTOFF = 85.0
#: Shorter words are matched exactly only: a one-letter slip in a short word is another word.
FUZZY_MIN_LENGTH = 5
#: Fuzzy look-ups remembered per index; a long-lived index forgets them past this many.
FUZZY_CACHE_SIZE = 50_000
_NOT_CACHED = object()
#: Marks "no value" in the country and sector code arrays, and "asked for something no
#: candidate has" in a need's code (so it equals no candidate's code).
NO_CODE = -1
UNKNOWN_CODE = -2


def _language_key(code: str) -> str:
    return code.strip().casefold()


def _country_key(code: str | None) -> str | None:
    return (code.strip().casefold() or None) if code else None


def _sector_key(sector: str | None) -> str | None:
    return (normalise(sector) or None) if sector else None


class CandidateIndex:
    """The prepared candidate population; build it with ``CandidateIndex.build``."""

    def __init__(
        self,
        *,
        candidates: tuple[Candidate, ...],
        vocab: dict[str, int],
        idf: FloatArray,
        profile: sp.csr_matrix,
        forms: Mapping[str, str] | None = None,
    ) -> None:
        self.candidates = candidates
        self.size = len(candidates)
        self.vocab = vocab
        self.tokens = sorted(vocab, key=vocab.__getitem__)
        self.idf = idf
        #: Per vocabulary token, its id and weight: reading a need's words costs a dict
        #: look-up a word, not a trip through numpy.
        weights = idf.tolist()
        self._weights: dict[str, tuple[int, float]] = {t: (i, weights[i]) for t, i in vocab.items()}
        #: candidates × tokens; the fit of a need vector ``q`` is ``profile @ q``.
        self.profile = profile
        #: tokens × candidates: row ``v`` lists the candidates covering token ``v``.
        self.postings: sp.csr_matrix = profile.T.tocsr()

        self.person_ids: IntArray = np.array([c.person_id for c in candidates], dtype=np.int64)
        self.capacity: FloatArray = np.array([c.capacity for c in candidates], dtype=np.float64)
        self.load: FloatArray = np.array([c.load for c in candidates], dtype=np.float64)
        self.free: IntArray = np.array(
            [max(c.capacity - c.load, 0) for c in candidates], dtype=np.int64
        )
        self.last_proposed: FloatArray = np.array(
            [
                math.nan if c.last_proposed_at is None else c.last_proposed_at.timestamp()
                for c in candidates
            ],
            dtype=np.float64,
        )
        self._kind: dict[str, BoolArray] = {
            kind: np.array([c.kind == kind for c in candidates], dtype=np.bool_) for kind in KINDS
        }
        self._country_codes: dict[str, int] = {}
        self._sector_codes: dict[str, int] = {}
        self.country: IntArray = self._encode(
            (_country_key(c.country) for c in candidates), self._country_codes
        )
        self.sector: IntArray = self._encode(
            (_sector_key(c.sector) for c in candidates), self._sector_codes
        )
        self._languages: dict[str, BoolArray] = {}
        for i, c in enumerate(candidates):
            for lang in c.languages:
                mask = self._languages.setdefault(
                    _language_key(lang), np.zeros(self.size, dtype=np.bool_)
                )
                mask[i] = True
        self._position = {(c.kind, c.person_id): i for i, c in enumerate(candidates)}
        self._networks: dict[str, BoolArray] = {}
        for i, c in enumerate(candidates):
            self._networks.setdefault(c.network, np.zeros(self.size, dtype=np.bool_))[i] = True
        #: Candidates open to requests of other networks than their own.
        self.cross_border: BoolArray = np.array(
            [c.cross_border for c in candidates], dtype=np.bool_
        )
        self._fuzzy_choices: list[str] = [t for t in self.tokens if not is_concept(t)]
        self._fuzzy_targets: list[int] = [vocab[t] for t in self._fuzzy_choices]
        for word, concept in concept_words().items():
            if concept in vocab and word not in vocab:
                self._fuzzy_choices.append(word)
                self._fuzzy_targets.append(vocab[concept])
        # Words as written ("training" for the token "train"): a typo is compared with what
        # it misspells, which stemming would have cut shorter.
        for form, token in (forms or {}).items():
            if token in vocab and form not in vocab:
                self._fuzzy_choices.append(form)
                self._fuzzy_targets.append(vocab[token])
        self._fuzzy_cache: dict[str, tuple[int, float] | None] = {}

    def with_state(
        self,
        load: Mapping[tuple[int, str], int],
        last_proposed: Mapping[int, datetime],
    ) -> CandidateIndex:
        """This index with other loads and last proposals; the profiles' parts are shared.

        ``load`` maps (person id, kind) to slots in use, ``last_proposed`` a person id to the
        aware time they were last proposed (for any kind); people not named have load 0 and
        were never proposed. Costs time in the entries given, not in the population.
        """
        view = copy.copy(self)
        view.load = np.zeros(self.size, dtype=np.float64)
        for (person_id, kind), count in load.items():
            pos = self._position.get((kind, person_id))
            if pos is not None:
                view.load[pos] = count
        view.free = np.maximum(self.capacity - view.load, 0).astype(np.int64)
        view.last_proposed = np.full(self.size, math.nan, dtype=np.float64)
        if last_proposed:
            ids = np.fromiter(last_proposed, dtype=np.int64, count=len(last_proposed))
            stamps = np.fromiter(
                (when.timestamp() for when in last_proposed.values()),
                dtype=np.float64,
                count=len(last_proposed),
            )
            # person_ids is sorted; a person opted in as both kinds has two positions, the
            # first and the last of their run.
            first = np.searchsorted(self.person_ids, ids, side="left")
            last = np.searchsorted(self.person_ids, ids, side="right") - 1
            for at in (first, last):
                hit = (at >= 0) & (at < self.size)
                hit[hit] &= self.person_ids[at[hit]] == ids[hit]
                view.last_proposed[at[hit]] = stamps[hit]
        return view

    def updated(
        self,
        load: Mapping[tuple[int, str], int],
        last_proposed: Mapping[int, datetime],
    ) -> CandidateIndex:
        """This index with the named candidates' loads and last proposals replaced, everyone
        else's kept (a few changes since the state was laid over; costs a copy of the state
        arrays, not a pass over the loads)."""
        view = copy.copy(self)
        view.load = self.load.copy()
        view.free = self.free.copy()
        view.last_proposed = self.last_proposed.copy()
        for (person_id, kind), count in load.items():
            pos = self._position.get((kind, person_id))
            if pos is not None:
                view.load[pos] = count
                view.free[pos] = max(int(self.capacity[pos]) - count, 0)
        for person_id, when in last_proposed.items():
            for kind in KINDS:
                pos = self._position.get((kind, person_id))
                if pos is not None:
                    view.last_proposed[pos] = when.timestamp()
        return view

    @classmethod
    def build(cls, candidates: Iterable[Candidate]) -> CandidateIndex:
        """Prepare ``candidates`` for matching.

        Raises ``ValueError`` for an unknown kind or for a person listed twice with one kind.
        """
        ordered = tuple(sorted(candidates, key=lambda c: (c.person_id, c.kind)))
        seen: set[tuple[str, int]] = set()
        for c in ordered:
            if c.kind not in KINDS:
                raise ValueError(f"unknown candidate kind {c.kind!r}")
            if (c.kind, c.person_id) in seen:
                raise ValueError(f"person {c.person_id} listed twice as {c.kind}")
            seen.add((c.kind, c.person_id))

        topic_tokens = [set(analyse_all(c.topics)) for c in ordered]
        forms: dict[str, str] = {}
        for text in sorted({topic for c in ordered for topic in c.topics}):
            for token, form in analyse_forms(text):
                if form != token and not is_concept(token):
                    forms.setdefault(form, token)
        vocab: dict[str, int] = {}
        for token in sorted(set().union(*topic_tokens)):
            vocab[token] = len(vocab)
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for i, (c, topics) in enumerate(zip(ordered, topic_tokens, strict=True)):
            # Bio words count only where they name a topic someone declared: the bio
            # supports topics, it does not widen the vocabulary to every word of prose.
            bio_only = {t for t in analyse(c.bio) if t in vocab} - topics
            for token in topics:
                rows.append(i)
                cols.append(vocab[token])
                vals.append(1.0)
            for token in bio_only:
                rows.append(i)
                cols.append(vocab[token])
                vals.append(BIO_WEIGHT)
        import scipy.sparse as sp  # imported when an index is built, not with the bot

        profile = sp.csr_matrix(
            (np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(ordered), len(vocab))
        )
        profile.sort_indices()
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocab))
        idf = np.log((1.0 + len(ordered)) / (1.0 + df)) + 1.0
        return cls(candidates=ordered, vocab=vocab, idf=idf, profile=profile, forms=forms)

    @staticmethod
    def _encode(keys: Iterable[str | None], codes: dict[str, int]) -> IntArray:
        out = [NO_CODE if k is None else codes.setdefault(k, len(codes)) for k in keys]
        return np.array(out, dtype=np.int64)

    # --- per-need look-ups -------------------------------------------------------------

    def _fuzzy(self, word: str) -> tuple[int, float] | None:
        # One look-up, not a test and a read: a batch in another thread may clear the cache
        # between the two.
        cached = self._fuzzy_cache.get(word, _NOT_CACHED)
        if cached is not _NOT_CACHED:
            return cached  # type: ignore[return-value]
        if len(self._fuzzy_cache) >= FUZZY_CACHE_SIZE:
            self._fuzzy_cache.clear()
        found = None
        if self._fuzzy_choices:
            best = process.extractOne(
                word, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if best is not None:
                found = (self._fuzzy_targets[best[2]], best[1] / 100.0)
        self._fuzzy_cache[word] = found
        return found

    def _need_weights(self, text: str) -> dict[int, float]:
        """The need's weights over vocabulary ids before they are made to sum to 1: per id,
        the best of its words' similarity times the id's IDF."""
        weights: dict[int, float] = {}
        for token, form in analyse_forms(text):
            known = self._weights.get(token)
            if known is not None:
                hit, weight = known
            else:
                if is_concept(token) or len(form) < FUZZY_MIN_LENGTH:
                    continue
                fuzzy = self._fuzzy(form)
                if fuzzy is None:
                    continue
                hit, similarity = fuzzy
                weight = similarity * float(self.idf[hit])
            if weight > weights.get(hit, 0.0):
                weights[hit] = weight
        return weights

    def need_vector(self, text: str) -> dict[int, float]:
        """The need's weights over vocabulary ids, summing to 1 (empty if nothing matches)."""
        weights = self._need_weights(text)
        total = sum(weights.values())
        return {k: v / total for k, v in weights.items()} if total > 0 else {}

    def need_matrix(self, needs: Sequence[Need]) -> sp.csr_matrix:
        """One need vector per row, in the order of ``needs`` (the same numbers as
        :meth:`need_vector`, divided in one array operation rather than need by need)."""
        indptr = [0]
        indices: list[int] = []
        raw: list[float] = []
        totals: list[float] = []
        for need in needs:
            weights = self._need_weights(need.text)
            indices.extend(weights)
            values = weights.values()
            raw.extend(values)
            totals.append(sum(values))
            indptr.append(len(indices))
        import scipy.sparse as sp  # loaded already: the index was built with it

        data = np.array(raw, dtype=np.float64) / np.repeat(totals, np.diff(indptr))
        return sp.csr_matrix(
            (data, np.array(indices, dtype=np.int64), indptr),
            shape=(len(needs), len(self.vocab)),
        )

    def open_mask(self, kind: str) -> BoolArray:
        """Candidates of ``kind`` with at least one free slot."""
        kind_mask = self._kind.get(kind)
        if kind_mask is None:
            return np.zeros(self.size, dtype=np.bool_)
        return kind_mask & (self.free > 0)

    def network_mask(self, network: str) -> BoolArray:
        """The candidates of ``network``."""
        found = self._networks.get(network)
        return found if found is not None else np.zeros(self.size, dtype=np.bool_)

    def language_mask(self, languages: Iterable[str]) -> BoolArray:
        """Candidates who speak at least one of ``languages``."""
        mask = np.zeros(self.size, dtype=np.bool_)
        for lang in languages:
            found = self._languages.get(_language_key(lang))
            if found is not None:
                mask |= found
        return mask

    def country_code(self, country: str | None) -> int:
        """The code a need's country compares against (``NO_CODE`` when not asked)."""
        key = _country_key(country)
        return NO_CODE if key is None else self._country_codes.get(key, UNKNOWN_CODE)

    def sector_code(self, sector: str | None) -> int:
        """The code a need's sector compares against (``NO_CODE`` when not asked)."""
        key = _sector_key(sector)
        return NO_CODE if key is None else self._sector_codes.get(key, UNKNOWN_CODE)

    def position(self, kind: str, person_id: int) -> int | None:
        """The array position of the candidate ``person_id`` of ``kind``, if present."""
        return self._position.get((kind, person_id))

    def rested(self, now: datetime, window_seconds: float) -> FloatArray:
        """Per candidate, 0..1: how long since the last proposal, as a share of the window.

        1 for a candidate never proposed or proposed at least a window ago.
        """
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        elapsed = now.astimezone(UTC).timestamp() - self.last_proposed
        share = np.clip(elapsed / window_seconds, 0.0, 1.0)
        return np.where(np.isnan(self.last_proposed), 1.0, share)
