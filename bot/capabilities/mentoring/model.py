"""The values the matcher reads and returns; plain data, no behaviour beyond validation.

The store builds ``Candidate`` and ``Need`` snapshots; the matcher never looks anything up
itself, so the same inputs always give the same ranking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

#: The two kinds of helpers one can opt in as; a need names the kind it asks for.
KINDS: frozenset[str] = frozenset({"mentor", "expert"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """An opted-in, not paused mentor or peer expert as seen by the matcher.

    ``load`` counts the person's active (proposed or accepted) matches now; a candidate with
    ``load >= capacity`` is full and never proposed. ``last_proposed_at`` is aware UTC, or
    ``None`` if the person was never proposed. A person who opted in both as mentor and as
    expert appears as two candidates, one per kind, each with its own capacity.
    """

    person_id: int
    kind: str
    topics: tuple[str, ...]
    bio: str
    languages: frozenset[str]
    country: str | None
    sector: str | None
    capacity: int
    load: int
    last_proposed_at: datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Need:
    """A trainer's open request for a mentor or expert.

    ``languages``, ``country`` and ``sector`` are what the trainer asked for (empty or
    ``None`` when they did not say). ``excluded`` holds person ids never to propose again for
    this request (they declined, or were proposed before).
    """

    request_id: int
    requester_id: int
    text: str
    kind: str
    languages: frozenset[str]
    country: str | None
    sector: str | None
    excluded: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Reason:
    """One machine-readable reason a candidate scored well.

    ``code`` is one of ``topic`` (``detail``: the candidate's own topics that matched, as
    they wrote them, comma separated), ``bio`` (words of their bio that matched a topic of
    the need, when no declared topic did), ``language`` (shared language codes),
    ``country``, ``sector``, ``capacity`` (``"free/capacity"``) and ``rested`` (not
    proposed recently). The chat layer turns codes into translated text; the matcher itself
    shows nothing to users.
    """

    code: str
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Scored:
    """A candidate ranked for one need: ``score`` is 0..100, higher is a better match."""

    person_id: int
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """The outcome of matching a batch of needs at once.

    ``matches`` maps request id → person id (of the kind the need asked for); ``fits`` maps
    request id → the fit of that match (0..100, scored with the person's load as it was when
    this match was added, so a person's second mentee in the batch scores a little lower);
    ``total_fit`` is their sum; ``unassigned`` lists the request ids left without a match,
    in input order.
    """

    matches: Mapping[int, int] = field(default_factory=dict)
    fits: Mapping[int, float] = field(default_factory=dict)
    total_fit: float = 0.0
    unassigned: tuple[int, ...] = ()

    @property
    def matched(self) -> int:
        """How many needs got a match."""
        return len(self.matches)
