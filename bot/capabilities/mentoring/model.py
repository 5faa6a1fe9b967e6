"""Mentoring's values: what the matcher reads and returns, and what the services answer.

Plain data, no I/O and no text. The store builds ``Candidate`` and ``Need`` snapshots; the
matcher never looks anything up itself, so the same inputs always give the same ranking. The
services return the frozen outcome values below (never table rows, never words); the chat
layer puts them into words in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from bot.settings import DEFAULT_NETWORK

#: The two kinds of helpers one can opt in as; a need names the kind it asks for.
KINDS: frozenset[str] = frozenset({"mentor", "expert"})
#: Open requests one person may have at a time (a guard against flooding the mentors).
MAX_OPEN_REQUESTS = 3


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
    #: The mentor's network; ``cross_border``: open to requests of other networks too.
    network: str = DEFAULT_NETWORK
    cross_border: bool = False


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
    #: The asker's network: its mentors first, then cross-border volunteers of others.
    network: str = DEFAULT_NETWORK


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


# --- what the services answer -----------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ProfileView:
    """A person's profile of one kind as its owner sees it, with the slots in use now."""

    kind: str
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    country: str | None
    sector: str | None
    capacity: int
    bio: str
    paused: bool
    paused_until: datetime | None
    used: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Opened:
    """The outcome of ``!match NEED``: the stored request and whether someone was asked."""

    request_id: int
    proposed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Declined:
    """The outcome of a decline: the proposal's number, whether someone else was asked, and
    the kind asked for."""

    id: int
    asked_next: bool
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PendingProposal:
    """A proposal waiting for its candidate's answer (``deadline``: ``None`` until its
    message is delivered)."""

    id: int
    kind: str
    need: str
    deadline: datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestView:
    """One of a trainer's requests as ``!match status`` shows it.

    ``status`` is the request's (``open``, ``proposed``, ``matched``, ``cancelled``);
    ``tries`` how many candidates were asked. A matched request has ``match``, the accepted
    proposal's number, and ``mentor``, how to reach that person (``None`` once they erased
    their data); ``ended`` once either side ended the match, and ``rating`` the reader's own
    rating of it, if they gave one. A proposed one has ``deadline``, when the candidate asked
    now must answer (``None`` until the proposal is delivered).
    """

    id: int
    kind: str
    need: str
    status: str
    tries: int
    match: int | None = None
    mentor: str | None = None
    ended: bool = False
    rating: int | None = None
    deadline: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchResult:
    """The outcome of a batch run: open requests seen, proposals made, requests left over."""

    open: int
    proposed: int
    unmatched: tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Load:
    """One mentor's or expert's use of their capacity, for ``!match stats``."""

    name: str
    kind: str
    load: int
    capacity: int
    paused: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Stats:
    """The coordinators' view: request and proposal counts by status, open requests that
    asked everyone, the median time to a match, and every profile's load (fullest first)."""

    requests: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    proposals: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    exhausted: int = 0
    median_hours_to_match: float | None = None
    loads: tuple[Load, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """Who ran a coordinator's action, for the audit log: the platform (``cli`` for the
    command line), their id there, and their role's label."""

    platform: str
    actor_id: str
    role: str
