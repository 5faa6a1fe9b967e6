"""Counts of people as reports may show them: never a group of fewer than ``min_group``.

A count of 1 to ``min_group - 1`` is hidden ("fewer than N"). Next to a total, hiding is not
enough: the total minus the shown counts would give the hidden ones away, so
:func:`protect` withholds shown counts too until what is hidden adds up to ``min_group`` or
more (complementary suppression); :func:`protect_sums` does the same for a table whose rows
and columns both have totals. Survey results and the CPD aggregates both count so.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Final, TypeVar

K = TypeVar("K", bound=Hashable)

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


def protect_sums(
    values: Mapping[K, int],
    sums: Sequence[tuple[K, Sequence[K]]],
    min_group: int,
    *,
    hidden: Iterable[K] = (),
) -> dict[K, int | None]:
    """``values`` as they may be shown when some are the sums of others (``sums``: each a
    total and its parts), as in a table with a total per row and per column; ``hidden``
    are hidden whatever their size (a group not shown).

    Each count of 1 to ``min_group - 1`` is hidden (``None``). Then, until nothing changes,
    for every sum: while its total is shown and its hidden parts add up to 1 to
    ``min_group - 1`` (the total minus the shown parts would give them away), or while its
    total is hidden but every part is shown (the parts would give it away), the smallest
    shown part above 0 is withheld too (:data:`WITHHELD`). Only ever hiding more, it ends.
    """
    shown: dict[K, int | None] = {k: suppressed(v, min_group) for k, v in values.items()}
    for key in hidden:
        shown[key] = None if values[key] < min_group else WITHHELD

    def is_hidden(key: K) -> bool:
        return shown[key] is None or shown[key] == WITHHELD

    changed = True
    while changed:
        changed = False
        for total, parts in sums:
            secret = sum(values[p] for p in parts if is_hidden(p))
            if is_hidden(total):
                exposed = values[total] > 0 and not any(is_hidden(p) for p in parts)
            else:
                exposed = 0 < secret < min_group
            if not exposed:
                continue
            visible = [p for p in parts if not is_hidden(p) and values[p] > 0]
            if visible:
                shown[min(visible, key=lambda p: values[p])] = WITHHELD
                changed = True
    return shown
