"""The candidate pool kept between calls: every profile (:class:`ProfileCache`) and the
candidate index built from the active ones (:class:`IndexCache`), re-read only when the
profiles changed; loads kept too and re-read only when proposals changed
(:class:`.loads.LoadCache`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.index import CandidateIndex
from bot.capabilities.mentoring.loads import MAX_AGE, LoadCache, pending
from bot.capabilities.mentoring.model import Candidate
from bot.capabilities.mentoring.tables import Profile


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
    network: str
    cross_border: bool

    def active(self, now: datetime) -> bool:
        """Whether the profile may get proposals at ``now`` (as ``Profile.is_active``)."""
        return not self.paused or (self.paused_until is not None and self.paused_until <= now)


class ProfileCache:
    """Every profile, read once and re-read only when the table changed.

    Reading ten thousand profiles costs far more than ranking them, and profiles change
    rarely; loads change with every proposal and are kept apart (:class:`.loads.LoadCache`).
    The profiles' change counter (``mentoring_revision``, bumped by every vetbot process that
    changes a profile) says when to read again; the fingerprint of before (row count, highest
    id, latest ``updated_at`` — a pass over the table) is still compared every ``MAX_AGE``
    seconds, for writers that do not bump the counter, and at every call with
    ``counted=False``. This process also calls ``clear`` after each change it makes.
    """

    def __init__(self, *, counted: bool = True) -> None:
        self.counted = counted
        #: (counter, fingerprint) of the rows held.
        self._stamp: tuple[int | None, tuple[object, ...]] | None = None
        self._checked_at = 0.0
        self._rows: tuple[_Opted, ...] = ()
        #: Bumped at every re-read, so what was derived from the rows knows when to go.
        self.generation = 0
        #: Positions of the paused rows (few), so "who is active now" costs little to ask.
        self.paused: tuple[int, ...] = ()

    def clear(self) -> None:
        self._stamp = None

    async def _fingerprint(self, session: AsyncSession) -> tuple[object, ...]:
        stmt = select(func.count(Profile.id), func.max(Profile.id), func.max(Profile.updated_at))
        return tuple((await session.execute(stmt)).one())

    async def rows(self, session: AsyncSession, revision: int | None = None) -> tuple[_Opted, ...]:
        """The profiles, given the profiles' counter as read by the caller."""
        if not self.counted:
            revision = None
        held, now = self._stamp, time.monotonic()
        fingerprint = None
        if not self.counted or revision is None or now - self._checked_at >= MAX_AGE:
            fingerprint = await self._fingerprint(session)
            self._checked_at = now
        if (
            held is None
            or held[0] != revision
            or (fingerprint is not None and fingerprint != held[1])
        ):
            if fingerprint is None:
                fingerprint = await self._fingerprint(session)
                self._checked_at = now
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
                Profile.network,
                Profile.cross_border,
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
                    network=r.network,
                    cross_border=r.cross_border,
                )
                for r in result
            )
            self.paused = tuple(i for i, row in enumerate(self._rows) if row.paused)
            self.generation += 1
            self._stamp = (revision, fingerprint)
        return self._rows


class IndexCache:
    """The ``CandidateIndex`` of every active profile, both kinds, kept between calls.

    Building the index (analysing every profile's topics and bio) costs far more than one
    ranking; it is rebuilt only when the profiles were re-read (see ``ProfileCache``) or a
    pause began or ran out. Loads and last proposals (:class:`.loads.LoadCache`) are laid
    over the kept index with ``CandidateIndex.with_state`` when they were read whole, and
    this process's own changes since with ``CandidateIndex.updated``; the view is kept too.
    One index serves both kinds (the matcher keeps kinds apart), so single requests and batch
    runs rank alike and a profile change costs one build.
    """

    def __init__(self, *, keep_loads: bool = True) -> None:
        self.profiles = ProfileCache(counted=keep_loads)
        self.loads = LoadCache(keep=keep_loads)
        self._built: tuple[tuple[object, ...], CandidateIndex] | None = None
        #: The index with loads: (built index, loads version, own changes laid over), view.
        self._view: tuple[tuple[object, int, int], CandidateIndex] | None = None

    def clear(self) -> None:
        """Forget everything (this process changed a profile)."""
        self.profiles.clear()
        self._built = None
        self._view = None

    async def index(self, session: AsyncSession, now: datetime) -> CandidateIndex:
        """Every opted-in, unpaused profile as a candidate, with its load now."""
        proposals, profiles = await repo.revisions(session)
        opted = await self.profiles.rows(session, profiles)
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
                    network=p.network,
                    cross_border=p.cross_border,
                )
                for p in opted
                if p.active(now)
            )
            built = (key, index)
            self._built = built
        loads = self.loads
        whole = await loads.refresh(session, proposals)
        view = self._view
        if view is None or view[0][:2] != (built[1], loads.version):
            state = built[1].with_state(loads.load, loads.last)
        else:
            state = view[1]
            for changes in loads.changes[view[0][2] :]:
                state = state.updated(
                    {k: loads.load.get(k, 0) for k in changes.load},
                    {p: loads.last[p] for p in changes.last if p in loads.last},
                )
        self._view = ((built[1], loads.version, len(loads.changes)), state)
        own = None if whole else pending(session)
        if own is None:
            return state
        # This transaction changed proposals already (a decline moving on to the next
        # candidate): rank with those changes, as a read inside it would see them.
        if own.unknown:
            load, last = await repo.loads(session)
            return built[1].with_state(load, last)
        return state.updated(
            {k: loads.load.get(k, 0) + delta for k, delta in own.load.items()},
            {
                p: max(when, loads.last[p]) if p in loads.last else when
                for p, when in own.last.items()
            },
        )
