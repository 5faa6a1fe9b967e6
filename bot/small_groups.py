"""Counts of people as reports may show them: never a group of fewer than ``min_group``.

A count of 1 to ``min_group - 1`` is hidden ("fewer than N"). Next to a total, hiding is not
enough: the total minus the shown counts would give the hidden ones away, so
:func:`protect` withholds shown counts too until what is hidden adds up to ``min_group`` or
more (complementary suppression). Survey results and the CPD aggregates both count so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

#: A count :func:`protect` withholds so that the hidden ones cannot be worked out.
WITHHELD: Final = -1


def suppressed(count: int, min_group: int) -> int | None:
    """``count`` as it may be shown: 0 or at least ``min_group``, else ``None``."""
    return count if count == 0 or count >= min_group else None


def protect(counts: Sequence[int], min_group: int) -> tuple[int | None, ...]:
    """``counts`` as they may be shown next to their total: each of 1 to ``min_group - 1``
    hidden, and, while the hidden ones add up to fewer than ``min_group`` (so the total minus
    the shown ones would give them away), the smallest shown one withheld too
    (:data:`WITHHELD`)."""
    shown: list[int | None] = [suppressed(c, min_group) for c in counts]
    while True:
        hidden = sum(c for c, s in zip(counts, shown, strict=True) if s is None or s == WITHHELD)
        if hidden == 0 or hidden >= min_group:
            return tuple(shown)
        visible = [i for i, s in enumerate(shown) if s is not None and s > 0]
        if not visible:
            return tuple(shown)
        shown[min(visible, key=lambda i: counts[i])] = WITHHELD
