"""Reading mentoring rows into the matcher's values, and small lookups the service shares.

Everything here takes an open session and returns plain values or ORM rows; nothing commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring.index import CandidateIndex
from bot.capabilities.mentoring.model import Candidate, Need
from bot.capabilities.mentoring.tables import (
    ACCEPTED,
    PENDING,
    MatchRequest,
    Profile,
    Proposal,
)
from bot.store.models import Identity, Person


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """Where to reach a person: their most recently seen identity."""

    platform: str
    user_id: str
    name: str

    @property
    def handle(self) -> str:
        """How the other side can find them: ``name (platform: user id)``."""
        if self.name and self.name != self.user_id:
            return f"{self.name} ({self.platform}: {self.user_id})"
        return f"{self.user_id} ({self.platform})"


async def contact(session: AsyncSession, person_id: int | None) -> Contact | None:
    """The identity last seen for ``person_id`` (``None`` if the person is gone)."""
    if person_id is None:
        return None
    stmt = (
        select(Identity)
        .where(Identity.person_id == person_id)
        .order_by(Identity.last_seen_at.desc(), Identity.id.desc())
        .limit(1)
    )
    identity = (await session.execute(stmt)).scalar_one_or_none()
    if identity is None:
        return None
    return Contact(
        platform=identity.platform,
        user_id=identity.user_id,
        name=identity.display_name or identity.user_id,
    )


async def names(session: AsyncSession, person_ids: Iterable[int]) -> dict[int, str]:
    """Display names by person id (for coordinator views)."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    rows = await session.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids)))
    return {pid: name or f"#{pid}" for pid, name in rows}


def active_load() -> ColumnElement[int]:
    """SQL: 1 for a proposal holding one of its mentor's slots (pending, or accepted and not
    ended), else 0."""
    return case(
        (
            or_(
                Proposal.status == PENDING,
                and_(Proposal.status == ACCEPTED, Proposal.ended_at.is_(None)),
            ),
            1,
        ),
        else_=0,
    )


async def loads(
    session: AsyncSession,
) -> tuple[dict[tuple[int, str], int], dict[int, datetime]]:
    """Slots in use per (person, kind), and when each person was last proposed."""
    used = func.sum(active_load())
    stmt = (
        select(Proposal.mentor_id, MatchRequest.kind, used, func.max(Proposal.created_at))
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.mentor_id.is_not(None))
        .group_by(Proposal.mentor_id, MatchRequest.kind)
    )
    load: dict[tuple[int, str], int] = {}
    last: dict[int, datetime] = {}
    for person_id, kind, count, latest in await session.execute(stmt):
        assert person_id is not None
        load[(person_id, kind)] = int(count or 0)
        if latest is not None and (person_id not in last or latest > last[person_id]):
            last[person_id] = latest
    return load, last


async def lock_free_slots(
    session: AsyncSession, person_ids: Iterable[int]
) -> dict[tuple[int, str], int]:
    """Free slots per (person, kind) of these people's profiles, the profile rows locked in
    id order: concurrent proposals to one mentor wait for each other here, and two
    transactions locking overlapping sets cannot deadlock."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    profiles = list(
        await session.execute(
            select(Profile.id, Profile.person_id, Profile.kind, Profile.capacity)
            .where(Profile.person_id.in_(ids))
            .order_by(Profile.id)
            .with_for_update()
        )
    )
    stmt = (
        select(Proposal.mentor_id, MatchRequest.kind, func.sum(active_load()))
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.mentor_id.in_(ids))
        .group_by(Proposal.mentor_id, MatchRequest.kind)
    )
    used = {(pid, kind): int(n or 0) for pid, kind, n in await session.execute(stmt)}
    return {
        (person_id, kind): capacity - used.get((person_id, kind), 0)
        for _, person_id, kind, capacity in profiles
    }


async def matches_of(session: AsyncSession, person_id: int, kind: str) -> int:
    """Active matches (accepted, not ended) of one mentor's profile of ``kind``."""
    stmt = (
        select(func.count())
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(
            Proposal.mentor_id == person_id,
            MatchRequest.kind == kind,
            Proposal.status == ACCEPTED,
            Proposal.ended_at.is_(None),
        )
    )
    return int((await session.execute(stmt)).scalar_one())


@dataclass(frozen=True, slots=True, kw_only=True)
class _Opted:
    """The parts of a profile the matcher reads, as loaded (loads are added per call)."""

    person_id: int
    kind: str
    topics: tuple[str, ...]
    bio: str
    languages: frozenset[str]
    country: str | None
    sector: str | None
    capacity: int
    paused: bool
    paused_until: datetime | None

    def active(self, now: datetime) -> bool:
        """Whether the profile may get proposals at ``now`` (as ``Profile.is_active``)."""
        return not self.paused or (self.paused_until is not None and self.paused_until <= now)


class ProfileCache:
    """Every profile, read once and re-read only when the table changed.

    Reading ten thousand profiles costs far more than ranking them, and profiles change
    rarely; loads change with every proposal and are always read fresh. The fingerprint
    (row count, highest id, latest ``updated_at``) notices changes made by other processes
    (``vetbot say``); this process also calls ``clear`` after each change it makes.
    """

    def __init__(self) -> None:
        self._stamp: tuple[object, ...] | None = None
        self._rows: tuple[_Opted, ...] = ()
        #: Bumped at every re-read, so what was derived from the rows knows when to go.
        self.generation = 0
        #: Positions of the paused rows (few), so "who is active now" costs little to ask.
        self.paused: tuple[int, ...] = ()

    def clear(self) -> None:
        self._stamp = None

    async def rows(self, session: AsyncSession) -> tuple[_Opted, ...]:
        stamp = tuple(
            (
                await session.execute(
                    select(
                        func.count(Profile.id), func.max(Profile.id), func.max(Profile.updated_at)
                    )
                )
            ).one()
        )
        if stamp != self._stamp:
            columns = (
                Profile.person_id,
                Profile.kind,
                Profile.topics,
                Profile.bio,
                Profile.languages,
                Profile.country,
                Profile.sector,
                Profile.capacity,
                Profile.paused,
                Profile.paused_until,
            )
            result = await session.execute(select(*columns).order_by(Profile.person_id))
            self._rows = tuple(
                _Opted(
                    person_id=r.person_id,
                    kind=r.kind,
                    topics=tuple(r.topics),
                    bio=r.bio,
                    languages=frozenset(r.languages),
                    country=r.country,
                    sector=r.sector,
                    capacity=r.capacity,
                    paused=r.paused,
                    paused_until=r.paused_until,
                )
                for r in result
            )
            self.paused = tuple(i for i, row in enumerate(self._rows) if row.paused)
            self.generation += 1
            self._stamp = stamp
        return self._rows


class IndexCache:
    """The ``CandidateIndex`` of every active profile, both kinds, kept between calls.

    Building the index (analysing every profile's topics and bio) costs far more than one
    ranking; it is rebuilt only when the profiles were re-read (see ``ProfileCache``) or a
    pause began or ran out. Loads and last proposals are read fresh at every call and laid
    over the kept index with ``CandidateIndex.with_state``. One index serves both kinds (the
    matcher keeps kinds apart), so single requests and batch runs rank alike and a profile
    change costs one build.
    """

    def __init__(self) -> None:
        self.profiles = ProfileCache()
        self._built: tuple[tuple[object, ...], CandidateIndex] | None = None

    def clear(self) -> None:
        """Forget everything (this process changed a profile)."""
        self.profiles.clear()
        self._built = None

    async def index(self, session: AsyncSession, now: datetime) -> CandidateIndex:
        """Every opted-in, unpaused profile as a candidate, with its load now."""
        opted = await self.profiles.rows(session)
        resting = tuple(i for i in self.profiles.paused if not opted[i].active(now))
        key = (self.profiles.generation, resting)
        built = self._built
        if built is None or built[0] != key:
            index = CandidateIndex.build(
                Candidate(
                    person_id=p.person_id,
                    kind=p.kind,
                    topics=p.topics,
                    bio=p.bio,
                    languages=p.languages,
                    country=p.country,
                    sector=p.sector,
                    capacity=p.capacity,
                    load=0,
                    last_proposed_at=None,
                )
                for p in opted
                if p.active(now)
            )
            built = (key, index)
            self._built = built
        load, last = await loads(session)
        return built[1].with_state(load, last)


async def proposed_to(session: AsyncSession, request_ids: Sequence[int]) -> dict[int, set[int]]:
    """For each request, the people already asked (never asked again)."""
    out: dict[int, set[int]] = {rid: set() for rid in request_ids}
    if not request_ids:
        return out
    stmt = select(Proposal.request_id, Proposal.mentor_id).where(
        Proposal.request_id.in_(list(request_ids)), Proposal.mentor_id.is_not(None)
    )
    for request_id, mentor_id in await session.execute(stmt):
        assert mentor_id is not None
        out[request_id].add(mentor_id)
    return out


def need_of(request: MatchRequest, excluded: Iterable[int]) -> Need:
    """The matcher's view of a stored request."""
    assert request.requester_id is not None
    return Need(
        request_id=request.id,
        requester_id=request.requester_id,
        text=request.need,
        kind=request.kind,
        languages=frozenset(request.languages),
        country=request.country,
        sector=request.sector,
        excluded=frozenset(excluded),
    )


async def profile_of(
    session: AsyncSession, person_id: int, kind: str, *, lock: bool = False
) -> Profile | None:
    stmt = select(Profile).where(Profile.person_id == person_id, Profile.kind == kind)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def pending_of_request(session: AsyncSession, request_id: int) -> list[Proposal]:
    stmt = select(Proposal).where(Proposal.request_id == request_id, Proposal.status == PENDING)
    return list((await session.execute(stmt.with_for_update())).scalars())
