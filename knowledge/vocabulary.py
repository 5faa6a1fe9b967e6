"""The lookup index's vocabulary: every indexed word, found by exact form, prefix or typo.

A typo'd query word must be mapped to the words that are really in the index without
comparing it to all of them. :class:`Vocabulary` keeps, beside the live document count of each
word, a *deletion index* (the SymSpell idea): every word is filed under each form it takes with
one character deleted. Two words within one edit share an entry — a substitution or an adjacent
swap deletes to the same form on both sides, an insertion or a deletion to the word itself — so
typo candidates come from a handful of dictionary look-ups, and rapidfuzz's OSA distance
(Levenshtein plus adjacent transpositions) then confirms each one.

Contract: a word is present while at least one live document holds it; :meth:`Vocabulary.discard`
of its last holder removes it from every structure, so a removed document's words are never
offered again. Prefix look-ups use a sorted copy of the words, made on first use and then
kept sorted. Words are also filed under their stem in each language of the text pipeline
(:func:`~knowledge.text.stems`, computed once per word), so the forms of one word ("mentor",
"mentors", "mentoring"; "Ausbilder", "Ausbildern") are found from any of them in the languages
a query is read in. Concept tokens (``~apprenticeship``, from :mod:`knowledge.concepts`) are
counted but never offered as a typo, a prefix or an inflection of a word.
"""

from __future__ import annotations

import bisect
import heapq
import zlib
from collections.abc import Iterable, Iterator
from typing import Final

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.text import LANGUAGES, stems

__all__ = ["Vocabulary", "allowed_edits"]

#: Tokens starting with this are concepts, not words (see :mod:`knowledge.concepts`).
CONCEPT_PREFIX: Final = "~"
#: Words shorter than this get no typo tolerance: "art" and "arm" are different words.
_MIN_FUZZY_LEN: Final = 4
#: Words at least this long tolerate two edits; shorter ones one.
_TWO_EDITS_LEN: Final = 8
#: Longer tokens are not expanded by deletion (no real word is this long; bounds the work).
_MAX_FUZZY_LEN: Final = 24
#: Each stemming language as one bit of a mask; a word filed under a stem carries the mask
#: of the languages in which that is its stem.
_LANG_BITS: Final = {lang: 1 << i for i, lang in enumerate(LANGUAGES)}
_EVERY_LANG: Final = (1 << len(LANGUAGES)) - 1


def allowed_edits(word: str) -> int:
    """How many edits (insert, delete, substitute, swap) a query word of this length may carry."""
    if len(word) < _MIN_FUZZY_LEN or len(word) > _MAX_FUZZY_LEN:
        return 0
    return 2 if len(word) >= _TWO_EDITS_LEN else 1


def _deletions(word: str) -> Iterator[str]:
    """Each distinct form of ``word`` with exactly one character removed."""
    seen: set[str] = set()
    for i in range(len(word)):
        form = word[:i] + word[i + 1 :]
        if form not in seen:
            seen.add(form)
            yield form


def _form_key(form: str) -> int:
    """A deletion form as a 32-bit number, the same in every process (unlike ``hash``). Two
    forms may share one: a word found through its key is checked to have the form itself."""
    return zlib.crc32(form.encode())


def _has_form(word: str, form: str) -> bool:
    """Whether ``form`` is ``word`` with one character deleted."""
    if len(word) != len(form) + 1:
        return False
    i = 0
    while i < len(form) and word[i] == form[i]:
        i += 1
    return word[i + 1 :] == form[i:]


def _stem_masks(term: str) -> dict[str, int]:
    """``term``'s stems, each with the mask of the languages in which it is the stem."""
    masks: dict[str, int] = {}
    for lang, stem in stems(term):
        masks[stem] = masks.get(stem, 0) | _LANG_BITS[lang]
    return masks


class Vocabulary:
    """Indexed words with live document counts, searchable by exact form, prefix and typo."""

    __slots__ = (
        "_deferred",
        "_deletes",
        "_df",
        "_filed",
        "_filed_keys",
        "_filed_words",
        "_sorted",
        "_stems",
    )

    def __init__(self) -> None:
        self._df: dict[str, int] = {}
        # stem -> the words that have it, in the order they came: a word alone if it has that
        # stem in every language (most do), else (word, language mask, word, mask, ...).
        # Memory, not speed: one entry per distinct stem rather than per (language, stem).
        self._stems: dict[str, str | tuple[str | int, ...]] = {}
        # deleted form -> the word that has it, or a tuple of them (most forms have one): the
        # words added since the deletion index was last filed (see file_deletions).
        self._deletes: dict[str, str | tuple[str, ...]] = {}
        # The filed deletion index: sorted form keys (_form_key) and, for each, the position
        # in _filed of a word that has the form. A word discarded since stays in it (it is
        # offered only while it is in the vocabulary).
        self._filed: list[str] = []
        self._filed_keys: npt.NDArray[np.uint32] = np.zeros(0, dtype=np.uint32)
        self._filed_words: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)
        self._sorted: list[str] | None = None
        # While set, new words wait for file_deletions to be indexed by deletion (a bulk
        # build files them all at its end; no typo look-up may come in between).
        self._deferred = False

    def __len__(self) -> int:
        return len(self._df)

    def __contains__(self, term: object) -> bool:
        return term in self._df

    def terms(self) -> Iterator[str]:
        """Every present word and concept token, as the very string objects held here (an
        index keyed by them shares them rather than holding copies)."""
        return iter(self._df)

    def df(self, term: str) -> int:
        """The number of live documents holding ``term`` (0 if none)."""
        return self._df.get(term, 0)

    def add(self, term: str) -> None:
        """Count one more live document holding ``term``."""
        count = self._df.get(term, 0)
        self._df[term] = count + 1
        if count or term.startswith(CONCEPT_PREFIX):
            return
        if self._sorted is not None:  # keep it sorted in place: a re-sort stalls a query
            bisect.insort(self._sorted, term)
        for stem, mask in _stem_masks(term).items():
            held = self._stems.get(stem)
            if held is None:
                self._stems[term if stem == term else stem] = (
                    term if mask == _EVERY_LANG else (term, mask)
                )
            elif isinstance(held, str):
                self._stems[stem] = (held, _EVERY_LANG, term, mask)
            else:
                self._stems[stem] = (*held, term, mask)
        if len(term) >= _MIN_FUZZY_LEN - 1 and not self._deferred:  # 3-letter words too
            for form in _deletions(term):
                holders = self._deletes.get(form)
                if holders is None:
                    self._deletes[form] = term
                else:
                    self._deletes[form] = (
                        (holders, term) if isinstance(holders, str) else (*holders, term)
                    )

    def discard(self, term: str) -> None:
        """Count one less live document holding ``term``; forget it when none is left."""
        count = self._df.get(term, 0)
        if count > 1:
            self._df[term] = count - 1
            return
        if not count:
            return
        del self._df[term]
        if term.startswith(CONCEPT_PREFIX):
            return
        if self._sorted is not None:
            del self._sorted[bisect.bisect_left(self._sorted, term)]
        for stem in _stem_masks(term):
            held = self._stems.get(stem)
            if held is None:
                continue
            if isinstance(held, str):
                if held == term:
                    del self._stems[stem]
                continue
            pairs = [(held[i], held[i + 1]) for i in range(0, len(held), 2) if held[i] != term]
            if not pairs:
                del self._stems[stem]
            elif len(pairs) == 1 and pairs[0][1] == _EVERY_LANG:
                self._stems[stem] = str(pairs[0][0])
            else:
                self._stems[stem] = tuple(part for pair in pairs for part in pair)
        if len(term) >= _MIN_FUZZY_LEN - 1:
            for form in _deletions(term):
                holders = self._deletes.get(form)
                if holders is None:
                    continue
                if isinstance(holders, str):
                    if holders == term:
                        del self._deletes[form]
                    continue
                rest = tuple(word for word in holders if word != term)
                self._deletes[form] = rest[0] if len(rest) == 1 else rest

    def defer_deletions(self) -> None:
        """Index the words added from now on by deletion only at :meth:`file_deletions` (a
        bulk build: saves building, then dropping, the dictionary of every form)."""
        self._deferred = True

    def file_deletions(self) -> None:
        """Move the deletion index of every present word into compact sorted arrays (twelve
        bytes a form rather than a string and a dictionary slot); words added later are
        indexed as before until the next filing. Costs a pass over the vocabulary."""
        words = [w for w in self._df if not w.startswith(CONCEPT_PREFIX)]
        keys: list[int] = []
        owners: list[int] = []
        for position, word in enumerate(words):
            if len(word) >= _MIN_FUZZY_LEN - 1:
                for form in _deletions(word):
                    keys.append(_form_key(form))
                    owners.append(position)
        key_array = np.array(keys, dtype=np.uint32)
        order = np.argsort(key_array, kind="stable")
        self._filed = words
        self._filed_keys = key_array[order]
        self._filed_words = np.array(owners, dtype=np.int32)[order]
        self._deletes = {}
        self._deferred = False

    def _holders(self, probes: Iterable[str]) -> Iterator[str]:
        """The present words filed under any of ``probes`` (a word may come more than once)."""
        probes = list(probes)
        for probe in probes:
            holders = self._deletes.get(probe, ())
            yield from (holders,) if isinstance(holders, str) else holders
        if not self._filed_keys.size or not probes:
            return
        keys = np.fromiter(map(_form_key, probes), dtype=np.uint32, count=len(probes))
        filed = self._filed_keys
        at = np.searchsorted(filed, keys)
        # Most probes are filed under no word: only the ones that are go on in Python.
        hit = np.flatnonzero(filed[np.minimum(at, filed.size - 1)] == keys)
        for j in hit.tolist():
            probe, key, i = probes[j], int(keys[j]), int(at[j])
            while i < filed.size and int(filed[i]) == key:
                word = self._filed[int(self._filed_words[i])]
                if word in self._df and _has_form(word, probe):
                    yield word
                i += 1

    def inflections(self, word: str, langs: Iterable[str] = ("en",)) -> list[str]:
        """Vocabulary words sharing ``word``'s stem in one of ``langs`` (``word`` itself too,
        if present), each once."""
        found: dict[str, None] = {}
        for lang, stem in stems(word, langs):
            held = self._stems.get(stem)
            bit = _LANG_BITS.get(lang, 0)
            if held is None or not bit:
                continue
            if isinstance(held, str):
                found[held] = None
                continue
            for i in range(0, len(held), 2):
                term, mask = held[i], held[i + 1]
                if isinstance(mask, int) and mask & bit:
                    found[str(term)] = None
        return list(found)

    def typo_candidates(self, word: str, *, max_edits: int) -> list[tuple[str, int]]:
        """Vocabulary words within ``max_edits`` (OSA distance) of ``word``, with their distance.

        The word itself is included (distance 0) when present. One edit is found through the
        deletion index; two edits (only asked for long words) also try the word's own
        two-deletion forms, which covers a doubled letter or an extra plus a wrong letter.
        """
        found: dict[str, int] = {}
        if word in self._df:
            found[word] = 0
        if max_edits <= 0:
            return list(found.items())
        probes: set[str] = {word}
        firsts = set(_deletions(word))
        probes |= firsts
        if max_edits >= 2:
            for form in firsts:
                probes.update(_deletions(form))
        for probe in probes:
            if probe in self._df and probe not in found:
                self._check(word, probe, max_edits, found)
        for term in self._holders(probes):
            if term not in found:
                self._check(word, term, max_edits, found)
        return list(found.items())

    @staticmethod
    def _check(word: str, term: str, max_edits: int, found: dict[str, int]) -> None:
        distance = OSA.distance(word, term, score_cutoff=max_edits)
        if distance <= max_edits:
            found[term] = distance

    def corrections(self, word: str, *, max_edits: int) -> list[tuple[str, int]]:
        """Words within ``max_edits`` of ``word`` for a "did you mean", closest first.

        Wider than :meth:`typo_candidates` (which misses, for instance, a dropped plus a wrong
        letter): it also compares ``word`` with every word sharing its first or second letter —
        a slice of the sorted vocabulary, not all of it. Meant for queries that found nothing.
        """
        found = dict(self.typo_candidates(word, max_edits=max_edits))
        words = self._sorted_words()
        for letter in dict.fromkeys(word[:2]):
            start = bisect.bisect_left(words, letter)
            end = bisect.bisect_left(words, letter + "\U0010ffff", lo=start)
            for term, distance, _ in process.extract(
                word,
                words[start:end],
                scorer=OSA.distance,
                score_cutoff=max_edits,
                limit=8,
            ):
                found.setdefault(term, int(distance))
        return sorted(found.items(), key=lambda item: (item[1], -self._df[item[0]], item[0]))

    def with_prefix(self, prefix: str, *, limit: int) -> list[str]:
        """Up to ``limit`` words starting with ``prefix`` (itself included), most frequent first."""
        if not prefix or limit <= 0:
            return []
        words = self._sorted_words()
        start = bisect.bisect_left(words, prefix)
        # The successor of the prefix bounds the range without scanning it word by word.
        end = bisect.bisect_left(words, prefix + "\U0010ffff", lo=start)
        if end - start <= limit:
            return words[start:end]
        return heapq.nlargest(limit, words[start:end], key=self._df.__getitem__)

    def _sorted_words(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(w for w in self._df if not w.startswith(CONCEPT_PREFIX))
        return self._sorted
