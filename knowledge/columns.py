"""Compact storage for the lookup index: per-slot values and postings as a few large buffers.

At 100,000 entries the index's memory went mostly to small Python objects: a string, a
bytes object and a dataclass per entry, an ``array`` per word and field. Each of those costs
its header and its allocator's rounding beside the few bytes it holds. Here the values of
every slot live in one buffer with an offset array (:class:`BytesColumn`), and the postings of
every word in one array of slots with an offset per word and field weight (:class:`Postings`).

Postings have two parts. The *frozen* part is the arrays: built at once (after a bulk build,
a compaction, or for a snapshot) and never changed. The *recent* part takes what is added
later (live edits) as an ``array`` per word and weight, until the owner freezes again. A
reader sees one sequence; :meth:`Postings.frozen` returns the merged, frozen copy.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

__all__ = ["BytesColumn", "Postings"]


class BytesColumn:
    """A sequence of byte strings indexed by slot: appended one at a time, read by slot.

    One growing buffer and the end offset of each value in it; no object per value, so
    nothing to freeze either.
    """

    __slots__ = ("_data", "_ends")

    def __init__(self) -> None:
        self._data = bytearray()
        # The end of each value in _data; value i starts where value i - 1 ends.
        self._ends: array[int] = array("q")

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, slot: int) -> bytes:
        start = self._ends[slot - 1] if slot else 0
        return bytes(self._data[start : self._ends[slot]])

    def text(self, slot: int) -> str:
        """The value at ``slot`` read as UTF-8 (without a copy as bytes first)."""
        start = self._ends[slot - 1] if slot else 0
        return self._data[start : self._ends[slot]].decode()

    def append(self, value: bytes) -> None:
        self._data += value
        self._ends.append(len(self._data))

    def kept(self, slots: Iterable[int]) -> BytesColumn:
        """A new column of the values of ``slots``, in that order."""
        column = BytesColumn()
        for slot in slots:
            column.append(self[slot])
        return column


_NO_SLOTS: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)


class Postings:
    """Per field weight code, each term's slots in ascending order.

    Frozen: the terms sorted (``_terms``), and for term ``t`` and code ``c`` the slots
    ``_slots[_starts[t * codes + c] : _starts[t * codes + c + 1]]``. A term is found by
    bisection: a sorted list of the strings the vocabulary already holds costs a pointer a
    term, where a dictionary from term to row would cost four times that and an integer.
    Recent: a dictionary per code from term to an ``array`` of slots added since.
    """

    __slots__ = ("_codes", "_recent", "_slots", "_starts", "_terms")

    def __init__(self, codes: int) -> None:
        self._codes = codes
        self._terms: list[str] = []
        self._starts: npt.NDArray[np.int32] = np.zeros(1, dtype=np.int32)
        self._slots: npt.NDArray[np.int32] = _NO_SLOTS
        self._recent: tuple[dict[str, array[int]], ...] = tuple({} for _ in range(codes))

    def add(self, term: str, code: int, slot: int) -> None:
        """Post ``slot`` (higher than any posted before) under ``term`` at weight ``code``."""
        at_code = self._recent[code]
        held = at_code.get(term)
        if held is None:
            held = at_code[term] = array("i")
        held.append(slot)

    def held(self, term: str) -> list[tuple[int, npt.NDArray[np.int32]]]:
        """Each weight code under which ``term`` is posted, in order, with its slots in
        ascending order (do not modify them)."""
        found: list[tuple[int, npt.NDArray[np.int32]]] = []
        row = bisect.bisect_left(self._terms, term)
        if row < len(self._terms) and self._terms[row] == term:
            at = row * self._codes
            ends = self._starts[at : at + self._codes + 1].tolist()
            for code in range(self._codes):
                if ends[code] < ends[code + 1]:
                    found.append((code, self._slots[ends[code] : ends[code + 1]]))
        for code, at_code in enumerate(self._recent):
            recent = at_code.get(term)
            if recent is None:
                continue
            added = np.frombuffer(recent, dtype=np.int32)
            earlier = next((i for i, (held_at, _) in enumerate(found) if held_at == code), None)
            if earlier is None:
                found.append((code, added))
            else:
                found[earlier] = (code, np.concatenate((found[earlier][1], added)))
        return sorted(found, key=lambda pair: pair[0]) if len(found) > 1 else found

    def frozen(self, terms: Iterable[str], renumber: npt.NDArray[np.int32]) -> Postings:
        """These postings as a new, wholly frozen set: each slot ``s`` becomes
        ``renumber[s]``, or is dropped where that is negative (a dead slot), and so are the
        terms not among ``terms`` (whose string objects it keeps). ``renumber`` must keep
        the order of the slots it keeps."""
        ordered = sorted(terms)
        parts: list[npt.NDArray[np.int32]] = []
        counts = np.zeros(len(ordered) * self._codes, dtype=np.int64)
        for row, term in enumerate(ordered):
            for code, held in self.held(term):
                kept = renumber[held]
                kept = kept[kept >= 0]
                parts.append(kept)
                counts[row * self._codes + code] = kept.size
        postings = Postings(self._codes)
        postings._terms = ordered
        ends = np.cumsum(counts)
        if ends.size and ends[-1] >= 2**31:
            raise OverflowError("more postings than one array can hold")
        postings._starts = np.concatenate((np.zeros(1, np.int32), ends.astype(np.int32)))
        postings._slots = np.concatenate(parts).astype(np.int32) if parts else _NO_SLOTS
        return postings
