"""Mentors' and peer experts' profiles: opting in (with consent), changing, pausing, resuming
and leaving.

A profile is what the matcher ranks; every change here tells the candidate pool
(:meth:`.proposing.Proposer.profiles_changed`). Someone who joins or comes back from a pause
may be the one the waiting requests need: they are offered those requests at once, in a batch
run of their kind after the change is committed. Leaving withdraws the proposals waiting on
the person, and each of those requests moves to its next candidate.

Each operation is one transaction; errors are keyed (:mod:`bot.errors`), never text.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.batch import BatchService
from bot.capabilities.mentoring.fields import ProfileFields
from bot.capabilities.mentoring.model import ProfileView
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.tables import Profile
from bot.errors import Conflict, NotFound
from bot.messages import Cmd
from bot.settings import DEFAULT_NETWORK
from bot.store import Store

#: The capacity of a profile that did not give one.
DEFAULT_CAPACITY = 2


class ProfileService:
    """Profiles of mentors and peer experts (``kind`` is ``mentor`` or ``expert``)."""

    def __init__(
        self, store: Store, proposer: Proposer, batch: BatchService, *, default_language: str
    ) -> None:
        self.store = store
        self.proposer = proposer
        self.batch = batch
        #: The languages of a profile that gave none (``[bot] language``).
        self.default_language = default_language

    async def join(
        self,
        person_id: int,
        kind: str,
        fields: ProfileFields,
        now: datetime,
        *,
        network: str = DEFAULT_NETWORK,
    ) -> ProfileView:
        """Create the profile (consent was given) in ``network``; then offer it the requests
        that wait."""
        async with self.store.session() as session:
            if await repo.profile_of(session, person_id, kind) is not None:
                raise Conflict.keyed(
                    "mentoring.already_joined", kind=kind, command=Cmd(f"{kind} update")
                )
            profile = Profile(
                person_id=person_id,
                kind=kind,
                topics=list(fields.topics or ()),
                languages=list(fields.languages or (self.default_language,)),
                country=fields.country,
                sector=fields.sector,
                capacity=fields.capacity or DEFAULT_CAPACITY,
                bio=fields.bio or "",
                network=network,
                cross_border=bool(fields.cross_border),
                paused=False,
                paused_until=None,
                consent_at=now,
                created_at=now,
                updated_at=now,
            )
            session.add(profile)
            await session.flush()
            view = _view(profile, used=0)
        self.proposer.profiles_changed()
        await self.batch.run_batch(now, kind=kind)
        return view

    async def update(
        self, person_id: int, kind: str, fields: ProfileFields, now: datetime
    ) -> ProfileView:
        """Change the fields given; the profile as it is now, with its slots in use."""
        async with self.store.session() as session:
            profile = await self._locked(session, person_id, kind)
            if fields.topics is not None:
                profile.topics = list(fields.topics)
            if fields.languages is not None:
                profile.languages = list(fields.languages)
            if fields.country is not None or fields.clear_country:
                profile.country = fields.country
            if fields.sector is not None or fields.clear_sector:
                profile.sector = fields.sector
            if fields.capacity is not None:
                profile.capacity = fields.capacity
            if fields.bio is not None:
                profile.bio = fields.bio
            if fields.cross_border is not None:
                profile.cross_border = fields.cross_border
            profile.updated_at = now
            view = await self._with_load(session, profile)
        self.proposer.profiles_changed()
        return view

    async def profile(self, person_id: int, kind: str) -> ProfileView | None:
        """The profile with its slots in use, or ``None``."""
        async with self.store.session() as session:
            profile = await repo.profile_of(session, person_id, kind)
            if profile is None:
                return None
            return await self._with_load(session, profile)

    async def pause(self, person_id: int, kind: str, until: datetime | None, now: datetime) -> None:
        """No new proposals until ``until`` (or until resumed); those sent stay open."""
        async with self.store.session() as session:
            profile = await self._locked(session, person_id, kind)
            profile.paused, profile.paused_until, profile.updated_at = True, until, now
        self.proposer.profiles_changed()

    async def resume(self, person_id: int, kind: str, now: datetime) -> None:
        """Proposals again; the requests that wait are offered at once."""
        async with self.store.session() as session:
            profile = await self._locked(session, person_id, kind)
            if profile.is_active(now):
                raise Conflict.keyed(
                    "mentoring.not_paused", kind=kind, command=Cmd(f"{kind} pause")
                )
            profile.paused, profile.paused_until, profile.updated_at = False, None, now
        self.proposer.profiles_changed()
        await self.batch.run_batch(now, kind=kind)

    async def leave(self, person_id: int, kind: str, now: datetime) -> int:
        """Delete the profile; withdraw its pending proposals and ask the next candidates.
        Returns how many proposals were withdrawn."""
        async with self.store.session() as session:
            profile = await self._locked(session, person_id, kind)
            await session.delete(profile)
            await session.flush()
            self.proposer.profiles_changed()
            return await self.proposer.withdraw_mentor(session, person_id, now, kind=kind)

    @staticmethod
    async def _locked(session: AsyncSession, person_id: int, kind: str) -> Profile:
        profile = await repo.profile_of(session, person_id, kind, lock=True)
        if profile is None:
            raise NotFound.keyed("mentoring.not_joined", kind=kind, command=Cmd(f"{kind} join"))
        return profile

    @staticmethod
    async def _with_load(session: AsyncSession, profile: Profile) -> ProfileView:
        load, _ = await repo.loads(session)
        return _view(profile, used=load.get((profile.person_id, profile.kind), 0))


def _view(profile: Profile, *, used: int) -> ProfileView:
    return ProfileView(
        kind=profile.kind,
        topics=tuple(profile.topics),
        languages=tuple(profile.languages),
        country=profile.country,
        sector=profile.sector,
        capacity=profile.capacity,
        bio=profile.bio,
        paused=profile.paused,
        paused_until=profile.paused_until,
        used=used,
    )
