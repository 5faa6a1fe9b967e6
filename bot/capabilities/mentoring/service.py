"""The matching service: profiles, requests, proposals and their answers, batch runs, the
deadline sweep, anonymisation, and the personal-data export and erasure of mentoring.

Every operation is one transaction. The messages it owes (direct messages to the mentor, the
requester, coordinators) are written to the outbox (:mod:`bot.outbox`) in that same
transaction, as message values rendered for each reader on delivery; so a crash or a
one-shot process can neither lose nor double them. A proposal's deadline starts when its
message is delivered (``sent_at``, ``deadline_at`` set by the outbox's delivery hook); a
proposal whose message cannot be delivered at all expires and the next candidate is asked.

Capacity is an invariant: proposing to a mentor and accepting lock the mentor's profile row
and count their slots in use again, so concurrent requests (several processes on one
PostgreSQL) never give a mentor more than their capacity.

Who sees what: a candidate sees the need, never the requester, until they accept; then both
get an introduction naming the other. Errors a user can fix are raised as ``NotFound`` /
``Conflict`` with a translated text, and change nothing (the transaction rolls back).
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import queries as q
from bot.capabilities.mentoring.assignment import assign
from bot.capabilities.mentoring.fields import ProfileFields
from bot.capabilities.mentoring.model import Reason
from bot.capabilities.mentoring.scoring import explain, rank
from bot.capabilities.mentoring.tables import (
    ACCEPTED,
    ACTIVE_REQUEST,
    CANCELLED,
    DECLINED,
    EXPIRED,
    MATCHED,
    OPEN,
    PENDING,
    PROPOSED,
    WITHDRAWN,
    Feedback,
    MatchRequest,
    Profile,
    Proposal,
)
from bot.capabilities.mentoring.vocabulary import normalise
from bot.errors import Conflict, NotFound
from bot.i18n import t
from bot.messages import Cmd, Join, Late, Msg, Param
from bot.outbox import Hooks, owe_coordinators, owe_dm
from bot.runtime import Runtime
from bot.safety import clip
from bot.store.models import OutboxEntry

log = logging.getLogger(__name__)

#: Open requests one person may have at a time (a guard against flooding the mentors).
MAX_OPEN_REQUESTS = 3
#: Candidates tried, best first, when the best ones have no free slot left (taken meanwhile).
CANDIDATES = 10
#: The outbox topic of proposals (its hooks start the deadline when the message is delivered).
PROPOSAL = "mentoring.proposal"


@dataclass(frozen=True, slots=True, kw_only=True)
class Opened:
    """The outcome of ``!match NEED``: the stored request and whether someone was asked."""

    request_id: int
    proposed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Declined:
    """The outcome of a decline: whether someone else was asked, and the messages to send."""

    asked_next: bool
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestView:
    """One of a trainer's requests as ``!match status`` shows it.

    ``match`` is the accepted proposal (its id is the match number) and ``mentor`` how to
    reach that person; ``waiting`` is the proposal pending now, if any.
    """

    request: MatchRequest
    match: Proposal | None = None
    mentor: str | None = None
    waiting: Proposal | None = None


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
    """The coordinators' view: request and proposal counts, time to a match, load."""

    requests: dict[str, int]
    proposals: dict[str, int]
    exhausted: int
    median_hours_to_match: float | None
    loads: tuple[Load, ...] = field(default_factory=tuple)


class MatchingService:
    """The mentoring flow over the store; see the module doc for its contract."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        #: The candidate index, kept until a profile changes (loads are read per call).
        self.population = q.IndexCache()

    # --- helpers ------------------------------------------------------------------------------
    @property
    def _settings(self) -> Any:
        return self.runtime.settings.matching

    def t(self, key: str, /, **params: object) -> str:
        """A text in the bot's default language (messages to people who did not just ask)."""
        settings = self.runtime.settings.bot
        return t(key, settings.language, prefix=settings.prefix, **params)

    @property
    def _rest_window(self) -> timedelta:
        """How long after a proposal someone counts as fully rested (``recent_days``)."""
        return timedelta(days=float(self._settings.recent_days))

    @property
    def _deadline(self) -> timedelta:
        return timedelta(hours=float(self._settings.proposal_deadline_hours))

    def _cmd(self, text: str) -> str:
        return f"{self.runtime.settings.bot.prefix}{text}"

    @staticmethod
    def _when(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M UTC")

    async def _dm(
        self,
        session: AsyncSession,
        person_id: int | None,
        text: Param,
        *,
        choices: Sequence[tuple[Param, Param, str | None]] = (),
        key: str | None = None,
        topic: str = "",
        ref: int | None = None,
    ) -> bool:
        """Owe ``person_id`` a direct message (outbox, this transaction); false if the person
        is gone."""
        who = await q.contact(session, person_id)
        if who is None:
            return False
        await owe_dm(
            session,
            platform=who.platform,
            user_id=who.user_id,
            user_name=who.name,
            person_id=person_id,
            text=text,
            choices=choices,
            now=self.runtime.clock.now(),
            key=key,
            topic=topic or "mentoring",
            ref=ref,
        )
        return True

    async def _coordinators(self, session: AsyncSession, text: Param) -> int:
        """Owe ``text`` to the ``[permissions] coordinator_users``; how many there are."""
        return await owe_coordinators(
            session, self.runtime.settings, text, now=self.runtime.clock.now(), topic="mentoring"
        )

    @staticmethod
    def _reasons(reasons: Sequence[Reason]) -> Join:
        return Join(
            tuple(
                Msg.of(f"mentoring.reason.{reason.code}", detail=reason.detail)
                for reason in reasons
                if reason.code in ("topic", "bio", "language", "country", "sector")
            )
        )

    @staticmethod
    def _asked_for(request: MatchRequest) -> Param:
        bits: list[Param] = []
        if request.languages:
            bits.append(Msg.of("mentoring.asked.languages", value=", ".join(request.languages)))
        if request.country:
            bits.append(Msg.of("mentoring.asked.country", value=request.country))
        if request.sector:
            bits.append(Msg.of("mentoring.asked.sector", value=request.sector))
        return Join(tuple(bits)) if bits else Msg.of("mentoring.asked.nothing")

    # --- outbox hooks -------------------------------------------------------------------------
    def delivery_hooks(self) -> Hooks:
        """What happens around delivering a proposal: its deadline starts at delivery; a
        proposal withdrawn meanwhile is not sent; one that cannot be delivered expires."""
        return Hooks(
            prepare=self._proposal_prepare,
            delivered=self._proposal_delivered,
            abandoned=self._proposal_abandoned,
        )

    async def _proposal_prepare(
        self, session: AsyncSession, entry: OutboxEntry, now: datetime
    ) -> dict[str, Param] | None:
        proposal = await session.get(Proposal, entry.ref) if entry.ref is not None else None
        if proposal is None or proposal.status != PENDING:
            return None
        return {"deadline": self._when(proposal.deadline_at or now + self._deadline)}

    async def _proposal_delivered(
        self, session: AsyncSession, entry: OutboxEntry, now: datetime
    ) -> None:
        await session.execute(
            update(Proposal)
            .where(Proposal.id == entry.ref, Proposal.sent_at.is_(None))
            .values(sent_at=now, deadline_at=now + self._deadline)
        )

    async def _proposal_abandoned(
        self, session: AsyncSession, entry: OutboxEntry, now: datetime
    ) -> None:
        proposal = (
            await session.get(Proposal, entry.ref, with_for_update=True)
            if entry.ref is not None
            else None
        )
        if proposal is None or proposal.status != PENDING:
            return
        request = await session.get(MatchRequest, proposal.request_id, with_for_update=True)
        proposal.status, proposal.answered_at = EXPIRED, now
        if request is not None:
            await self._next(session, request, now, automatic=True)

    # --- profiles -----------------------------------------------------------------------------
    async def join(
        self, person_id: int, kind: str, fields: ProfileFields, now: datetime
    ) -> Profile:
        """Create the profile (consent was given); then offer it the requests that wait."""
        async with self.runtime.store.session() as session:
            if await q.profile_of(session, person_id, kind) is not None:
                raise Conflict(
                    self.t(
                        "mentoring.already_joined", kind=kind, command=self._cmd(f"{kind} update")
                    )
                )
            profile = Profile(
                person_id=person_id,
                kind=kind,
                topics=list(fields.topics or ()),
                languages=list(fields.languages or (self.runtime.settings.bot.language,)),
                country=fields.country,
                sector=fields.sector,
                capacity=fields.capacity or 2,
                bio=fields.bio or "",
                paused=False,
                paused_until=None,
                consent_at=now,
                created_at=now,
                updated_at=now,
            )
            session.add(profile)
            await session.flush()
        self.population.clear()
        await self.run_batch(now, kind=kind)
        return profile

    async def update(
        self, person_id: int, kind: str, fields: ProfileFields, now: datetime
    ) -> Profile:
        async with self.runtime.store.session() as session:
            profile = await self._profile(session, person_id, kind)
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
            profile.updated_at = now
        self.population.clear()
        return profile

    async def profile(self, person_id: int, kind: str) -> tuple[Profile, int] | None:
        """The profile and its slots in use, or ``None``."""
        async with self.runtime.store.session() as session:
            profile = await q.profile_of(session, person_id, kind)
            if profile is None:
                return None
            load, _ = await q.loads(session)
            return profile, load.get((person_id, kind), 0)

    async def pause(
        self, person_id: int, kind: str, until: datetime | None, now: datetime
    ) -> Profile:
        async with self.runtime.store.session() as session:
            profile = await self._profile(session, person_id, kind)
            profile.paused, profile.paused_until, profile.updated_at = True, until, now
        self.population.clear()
        return profile

    async def resume(self, person_id: int, kind: str, now: datetime) -> None:
        async with self.runtime.store.session() as session:
            profile = await self._profile(session, person_id, kind)
            if profile.is_active(now):
                raise Conflict(self.t("mentoring.not_paused", kind=kind))
            profile.paused, profile.paused_until, profile.updated_at = False, None, now
        self.population.clear()
        await self.run_batch(now, kind=kind)

    async def leave(self, person_id: int, kind: str, now: datetime) -> int:
        """Delete the profile; withdraw its pending proposals and ask the next candidates."""
        async with self.runtime.store.session() as session:
            profile = await self._profile(session, person_id, kind)
            await session.delete(profile)
            await session.flush()
            self.population.clear()
            return await self._withdraw_mentor(session, person_id, now, kind=kind)

    async def _profile(self, session: AsyncSession, person_id: int, kind: str) -> Profile:
        profile = await q.profile_of(session, person_id, kind, lock=True)
        if profile is None:
            raise NotFound(
                self.t("mentoring.not_joined", kind=kind, command=self._cmd(f"{kind} join"))
            )
        return profile

    async def _withdraw_mentor(
        self, session: AsyncSession, person_id: int, now: datetime, *, kind: str | None
    ) -> int:
        stmt = (
            select(Proposal, MatchRequest)
            .join(MatchRequest, MatchRequest.id == Proposal.request_id)
            .where(Proposal.mentor_id == person_id, Proposal.status == PENDING)
            .with_for_update()
        )
        if kind is not None:
            stmt = stmt.where(MatchRequest.kind == kind)
        rows = list(await session.execute(stmt))
        for proposal, request in rows:
            proposal.status, proposal.answered_at = WITHDRAWN, now
            await self._next(session, request, now, automatic=True)
        return len(rows)

    # --- requests and proposals ---------------------------------------------------------------
    async def open_request(
        self,
        requester_id: int,
        *,
        kind: str,
        need: str,
        languages: Sequence[str],
        country: str | None,
        sector: str | None,
        now: datetime,
    ) -> Opened:
        """Store a request and ask the best candidate at once (if anyone fits).

        Refused (``Conflict``) when the person already has ``MAX_OPEN_REQUESTS`` open, or an
        open request of the same kind whose need reads the same once case, accents and
        punctuation are set aside: asking twice would only ask two mentors for one need.
        """
        async with self.runtime.store.session() as session:
            active = list(
                (
                    await session.execute(
                        select(MatchRequest)
                        .where(
                            MatchRequest.requester_id == requester_id,
                            MatchRequest.status.in_(ACTIVE_REQUEST),
                        )
                        .order_by(MatchRequest.id)
                    )
                ).scalars()
            )
            same = normalise(need)
            for earlier in active:
                if earlier.kind == kind and normalise(earlier.need) == same:
                    raise Conflict(
                        self.t(
                            "mentoring.request_duplicate",
                            id=earlier.id,
                            need=clip(earlier.need, 80),
                            status=self._cmd("match status"),
                            cancel=self._cmd(f"match cancel {earlier.id}"),
                        )
                    )
            if len(active) >= MAX_OPEN_REQUESTS:
                raise Conflict(
                    self.t(
                        "mentoring.too_many_open",
                        limit=MAX_OPEN_REQUESTS,
                        command=self._cmd("match status"),
                    )
                )
            request = MatchRequest(
                requester_id=requester_id,
                kind=kind,
                need=need,
                languages=list(languages),
                country=country,
                sector=sector,
                status=OPEN,
                tries=0,
                created_at=now,
                updated_at=now,
            )
            session.add(request)
            await session.flush()
            await self._next(session, request, now, automatic=False)
            return Opened(request_id=request.id, proposed=request.status == PROPOSED)

    async def _next(
        self, session: AsyncSession, request: MatchRequest, now: datetime, *, automatic: bool
    ) -> None:
        """Ask the best candidate not yet asked who has a free slot; or tell the requester
        honestly nobody is left.

        ``automatic`` (after a decline, an expiry, a withdrawal) stops after ``max_tries``.
        """
        if request.status not in ACTIVE_REQUEST or request.requester_id is None:
            return
        request.status, request.updated_at = OPEN, now
        if automatic and request.tries >= self._settings.max_tries:
            await self._exhausted(session, request, now)
            return
        asked = (await q.proposed_to(session, [request.id]))[request.id]
        index = await self.population.index(session, now)
        ranked = rank(
            q.need_of(request, asked),
            index,
            now=now,
            limit=CANDIDATES,
            rested_window=self._rest_window,
        )
        # The index's loads were read before others committed: count again under the lock.
        free = await q.lock_free_slots(session, (c.person_id for c in ranked))
        for best in ranked:
            if free.get((best.person_id, request.kind), 0) > 0:
                await self._propose(
                    session, request, best.person_id, best.score, now, reasons=best.reasons
                )
                return
        if request.tries:
            await self._exhausted(session, request, now)

    async def _propose(
        self,
        session: AsyncSession,
        request: MatchRequest,
        mentor_id: int,
        score: float,
        now: datetime,
        *,
        reasons: Sequence[Reason],
    ) -> None:
        """Store the proposal and owe its message; the deadline starts at delivery."""
        proposal = Proposal(
            request_id=request.id,
            mentor_id=mentor_id,
            score=score,
            status=PENDING,
            created_at=now,
            sent_at=None,
            deadline_at=None,
        )
        session.add(proposal)
        request.status, request.tries, request.updated_at = PROPOSED, request.tries + 1, now
        await session.flush()
        why = self._reasons(reasons)
        text = Join(
            (
                Msg.of(
                    "mentoring.proposal",
                    id=proposal.id,
                    kind=request.kind,
                    need=request.need,
                    asked=self._asked_for(request),
                    deadline=Late("deadline"),
                    accept=Cmd(f"match accept {proposal.id}"),
                    decline=Cmd(f"match decline {proposal.id}"),
                ),
                Msg.of("mentoring.proposal_why", reasons=why) if why.parts else None,
            ),
            sep="\n",
        )
        await self._dm(
            session,
            mentor_id,
            text,
            choices=(
                (Msg.of("mentoring.button_accept"), Cmd(f"match accept {proposal.id}"), "✅"),
                (Msg.of("mentoring.button_decline"), Cmd(f"match decline {proposal.id}"), "❌"),
            ),
            key=f"mentoring-proposal-{proposal.id}",
            topic=PROPOSAL,
            ref=proposal.id,
        )

    async def _explain(
        self, session: AsyncSession, request: MatchRequest, mentor_id: int | None, now: datetime
    ) -> tuple[Reason, ...]:
        if mentor_id is None or request.requester_id is None:
            return ()
        index = await self.population.index(session, now)
        need = q.need_of(request, ())
        return explain(index, need, mentor_id, now=now, rested_window=self._rest_window)

    async def _exhausted(self, session: AsyncSession, request: MatchRequest, now: datetime) -> None:
        """Nobody (more) could take the request: say so once, keep it open for newcomers."""
        request.status, request.updated_at = OPEN, now
        if request.exhausted_at is not None:
            return
        request.exhausted_at = now
        told = await self._coordinators(
            session,
            Msg.of(
                "mentoring.exhausted_coordinators",
                id=request.id,
                tries=request.tries,
                kind=request.kind,
                need=clip(request.need, 200),
                stats=Cmd("match stats"),
            ),
        )
        # "The coordinators know" only when someone was actually told.
        text = Join(
            (
                Msg.of(
                    "mentoring.exhausted", id=request.id, tries=request.tries, kind=request.kind
                ),
                Msg.of("mentoring.exhausted_told") if told else None,
            ),
            sep=" ",
        )
        await self._dm(session, request.requester_id, text)
        log.info("request found nobody", extra={"request": request.id, "tries": request.tries})

    async def _mine(
        self, session: AsyncSession, person_id: int, proposal_id: int, verb: str
    ) -> tuple[Proposal, MatchRequest]:
        """A pending proposal addressed to ``person_id``, locked, for ``verb`` (accept or
        decline); others' look the same as unknown. When the number is that of a request
        proposed to this person, the error names the proposal number to use instead."""
        proposal = await session.get(Proposal, proposal_id, with_for_update=True)
        if proposal is None or proposal.mentor_id != person_id:
            theirs = await session.scalar(
                select(Proposal.id)
                .where(Proposal.request_id == proposal_id, Proposal.mentor_id == person_id)
                .order_by(Proposal.id.desc())
                .limit(1)
            )
            if theirs is not None:
                raise NotFound(
                    self.t(
                        "mentoring.proposal_is_request",
                        id=proposal_id,
                        proposal=theirs,
                        command=self._cmd(f"match {verb} {theirs}"),
                    )
                )
            raise NotFound(
                self.t(
                    "mentoring.proposal_unknown", id=proposal_id, command=self._cmd("match pending")
                )
            )
        request = await session.get(MatchRequest, proposal.request_id, with_for_update=True)
        assert request is not None
        if proposal.status != PENDING:
            key = f"mentoring.proposal_was_{proposal.status}"
            if proposal.status == ACCEPTED and verb == "decline":
                key = "mentoring.proposal_was_accepted_decline"
            raise Conflict(
                self.t(
                    key,
                    id=proposal_id,
                    end=self._cmd(f"match end {proposal_id}"),
                    pending=self._cmd("match pending"),
                )
            )
        return proposal, request

    async def accept(self, person_id: int, proposal_id: int, now: datetime) -> None:
        """The mentor accepts: the request is matched, both get an introduction.

        The mentor's profile is locked and their active matches counted again: accepting
        never takes a mentor above their capacity (``Conflict`` instead)."""
        async with self.runtime.store.session() as session:
            proposal, request = await self._mine(session, person_id, proposal_id, "accept")
            profile = await q.profile_of(session, person_id, request.kind, lock=True)
            matched = await q.matches_of(session, person_id, request.kind)
            if profile is not None and matched >= profile.capacity:
                raise Conflict(
                    self.t(
                        "mentoring.accept_full",
                        capacity=profile.capacity,
                        command=self._cmd("match status"),
                        decline=self._cmd(f"match decline {proposal_id}"),
                    )
                )
            proposal.status, proposal.answered_at = ACCEPTED, now
            request.status, request.matched_at, request.closed_at = MATCHED, now, now
            request.updated_at = now
            mentor = await q.contact(session, person_id)
            mentee = await q.contact(session, request.requester_id)
            if mentor is None or mentee is None:  # the requester was erased meanwhile
                raise Conflict(self.t("mentoring.proposal_was_withdrawn", id=proposal_id))
            feedback = Cmd(f"match feedback {proposal.id} 1-5")
            await self._dm(
                session,
                request.requester_id,
                Msg.of(
                    "mentoring.intro_requester",
                    kind=request.kind,
                    id=request.id,
                    need=request.need,
                    other=mentor.handle,
                    feedback=feedback,
                ),
                key=f"mentoring-intro-{proposal.id}-requester",
            )
            await self._dm(
                session,
                person_id,
                Msg.of(
                    "mentoring.intro_mentor",
                    id=proposal.id,
                    need=request.need,
                    other=mentee.handle,
                    feedback=feedback,
                    end=Cmd(f"match end {proposal.id}"),
                ),
                key=f"mentoring-intro-{proposal.id}-mentor",
            )

    async def decline(self, person_id: int, proposal_id: int, now: datetime) -> Declined:
        """The candidate declines: the next candidate is asked (or the requester told)."""
        async with self.runtime.store.session() as session:
            proposal, request = await self._mine(session, person_id, proposal_id, "decline")
            proposal.status, proposal.answered_at = DECLINED, now
            await self._next(session, request, now, automatic=True)
            return Declined(asked_next=request.status == PROPOSED, kind=request.kind)

    async def cancel(self, person_id: int, request_id: int | None, now: datetime) -> int:
        """The requester withdraws an open request (the only one, when no ID is given)."""
        async with self.runtime.store.session() as session:
            if request_id is None:
                active = list(
                    (
                        await session.execute(
                            select(MatchRequest.id).where(
                                MatchRequest.requester_id == person_id,
                                MatchRequest.status.in_(ACTIVE_REQUEST),
                            )
                        )
                    ).scalars()
                )
                if not active:
                    raise NotFound(
                        self.t("mentoring.nothing_to_cancel", command=self._cmd("match status"))
                    )
                if len(active) > 1:
                    ids = ", ".join(f"#{i}" for i in active)
                    raise Conflict(
                        self.t(
                            "mentoring.cancel_which", ids=ids, command=self._cmd("match cancel ID")
                        )
                    )
                request_id = active[0]
            request = await session.get(MatchRequest, request_id, with_for_update=True)
            if request is None or request.requester_id != person_id:
                raise NotFound(
                    self.t(
                        "mentoring.request_unknown",
                        id=request_id,
                        command=self._cmd("match status"),
                    )
                )
            if request.status == MATCHED:
                match = await session.scalar(
                    select(Proposal.id).where(
                        Proposal.request_id == request.id, Proposal.status == ACCEPTED
                    )
                )
                raise Conflict(
                    self.t(
                        "mentoring.request_was_matched",
                        id=request_id,
                        match=match,
                        end=self._cmd(f"match end {match}"),
                    )
                )
            if request.status not in ACTIVE_REQUEST:
                raise Conflict(
                    self.t(
                        f"mentoring.request_was_{request.status}",
                        id=request_id,
                        status=self._cmd("match status"),
                        command=self._cmd("match NEED"),
                    )
                )
            await self._cancel(session, request, now)
            return request.id

    async def _cancel(self, session: AsyncSession, request: MatchRequest, now: datetime) -> None:
        request.status, request.closed_at, request.updated_at = CANCELLED, now, now
        for proposal in await q.pending_of_request(session, request.id):
            proposal.status, proposal.answered_at = WITHDRAWN, now
            # A proposal not delivered yet is simply not sent (the outbox asks first).
            if proposal.sent_at is not None:
                await self._dm(
                    session,
                    proposal.mentor_id,
                    Msg.of("mentoring.withdrawn_to_mentor", id=proposal.id),
                    key=f"mentoring-withdrawn-{proposal.id}",
                )

    async def _match_of(
        self, session: AsyncSession, person_id: int, proposal_id: int, command: str
    ) -> tuple[Proposal, MatchRequest]:
        """An accepted proposal (a match) ``person_id`` is one side of. ``command`` is how to
        use a match number (``match end {id}``): when the number given is that of one of the
        person's matched requests, the error shows it with the right number."""
        proposal = await session.get(Proposal, proposal_id, with_for_update=True)
        request = (
            await session.get(MatchRequest, proposal.request_id) if proposal is not None else None
        )
        mine = (
            proposal is not None
            and request is not None
            and person_id in (proposal.mentor_id, request.requester_id)
        )
        if mine and proposal is not None and request is not None and proposal.status == ACCEPTED:
            return proposal, request
        match = await session.scalar(
            select(Proposal.id)
            .join(MatchRequest, MatchRequest.id == Proposal.request_id)
            .where(
                Proposal.request_id == proposal_id,
                Proposal.status == ACCEPTED,
                (MatchRequest.requester_id == person_id) | (Proposal.mentor_id == person_id),
            )
        )
        if match is not None and match != proposal_id:
            raise NotFound(
                self.t(
                    "mentoring.match_is_request",
                    id=proposal_id,
                    match=match,
                    command=self._cmd(command.format(id=match)),
                )
            )
        if not mine:
            raise NotFound(
                self.t("mentoring.match_unknown", id=proposal_id, command=self._cmd("match status"))
            )
        raise Conflict(
            self.t(
                "mentoring.match_not_accepted", id=proposal_id, command=self._cmd("match status")
            )
        )

    async def feedback(
        self, person_id: int, proposal_id: int, rating: int, comment: str, now: datetime
    ) -> bool:
        """Record (or replace) the person's rating of a match; ``True`` if it replaced one."""
        async with self.runtime.store.session() as session:
            await self._match_of(session, person_id, proposal_id, "match feedback {id} 1-5")
            stmt = select(Feedback).where(
                Feedback.proposal_id == proposal_id, Feedback.author_id == person_id
            )
            existing = (await session.execute(stmt)).scalar_one_or_none()
            if existing is not None:
                existing.rating, existing.comment, existing.created_at = rating, comment, now
                return True
            session.add(
                Feedback(
                    proposal_id=proposal_id,
                    author_id=person_id,
                    rating=rating,
                    comment=comment,
                    created_at=now,
                )
            )
            return False

    async def end(self, person_id: int, proposal_id: int, now: datetime) -> None:
        """End a match, freeing the mentor's slot; the other side is told."""
        async with self.runtime.store.session() as session:
            proposal, request = await self._match_of(
                session, person_id, proposal_id, "match end {id}"
            )
            if proposal.ended_at is not None:
                raise Conflict(
                    self.t(
                        "mentoring.match_ended_already",
                        id=proposal_id,
                        command=self._cmd(f"match feedback {proposal_id} 1-5"),
                    )
                )
            proposal.ended_at = now
            other = request.requester_id if person_id == proposal.mentor_id else proposal.mentor_id
            name = (await q.names(session, [person_id])).get(person_id, "")
            await self._dm(
                session,
                other,
                Msg.of(
                    "mentoring.ended_by_other",
                    id=proposal_id,
                    name=name,
                    command=Cmd(f"match feedback {proposal_id} 1-5"),
                ),
                key=f"mentoring-ended-{proposal_id}",
            )

    # --- views --------------------------------------------------------------------------------
    async def pending(self, person_id: int) -> list[tuple[Proposal, MatchRequest]]:
        """Proposals waiting for this person's answer, oldest first."""
        async with self.runtime.store.session() as session:
            stmt = (
                select(Proposal, MatchRequest)
                .join(MatchRequest, MatchRequest.id == Proposal.request_id)
                .where(Proposal.mentor_id == person_id, Proposal.status == PENDING)
                .order_by(Proposal.id)
            )
            return [(p, r) for p, r in await session.execute(stmt)]

    async def requests_of(self, person_id: int) -> list[RequestView]:
        """The person's requests, newest first (at most 20), with their match or the
        proposal waiting for an answer."""
        async with self.runtime.store.session() as session:
            stmt = (
                select(MatchRequest)
                .where(MatchRequest.requester_id == person_id)
                .order_by(MatchRequest.id.desc())
                .limit(20)
            )
            out: list[RequestView] = []
            for request in list((await session.execute(stmt)).scalars()):
                if request.status == MATCHED:
                    match = await session.scalar(
                        select(Proposal).where(
                            Proposal.request_id == request.id, Proposal.status == ACCEPTED
                        )
                    )
                    who = await q.contact(session, match.mentor_id if match else None)
                    out.append(
                        RequestView(
                            request=request, match=match, mentor=who.handle if who else None
                        )
                    )
                elif request.status == PROPOSED:
                    waiting = await session.scalar(
                        select(Proposal)
                        .where(Proposal.request_id == request.id, Proposal.status == PENDING)
                        .order_by(Proposal.id.desc())
                        .limit(1)
                    )
                    out.append(RequestView(request=request, waiting=waiting))
                else:
                    out.append(RequestView(request=request))
            return out

    async def stats(self, now: datetime) -> Stats:
        async with self.runtime.store.session() as session:
            requests = {
                status: int(count)
                for status, count in await session.execute(
                    select(MatchRequest.status, func.count()).group_by(MatchRequest.status)
                )
            }
            proposals = {
                status: int(count)
                for status, count in await session.execute(
                    select(Proposal.status, func.count()).group_by(Proposal.status)
                )
            }
            exhausted = await session.scalar(
                select(func.count()).where(
                    MatchRequest.exhausted_at.is_not(None), MatchRequest.status == OPEN
                )
            )
            waits = [
                (matched - created).total_seconds() / 3600
                for created, matched in await session.execute(
                    select(MatchRequest.created_at, MatchRequest.matched_at).where(
                        MatchRequest.matched_at.is_not(None)
                    )
                )
                if matched is not None
            ]
            load, _ = await q.loads(session)
            profiles = list((await session.execute(select(Profile))).scalars())
            who = await q.names(session, (p.person_id for p in profiles))
            loads = sorted(
                (
                    Load(
                        name=who.get(p.person_id, f"#{p.person_id}"),
                        kind=p.kind,
                        load=load.get((p.person_id, p.kind), 0),
                        capacity=p.capacity,
                        paused=not p.is_active(now),
                    )
                    for p in profiles
                ),
                key=lambda x: (-x.load / x.capacity, -x.load, x.name),
            )
        return Stats(
            requests=requests,
            proposals=proposals,
            exhausted=int(exhausted or 0),
            median_hours_to_match=statistics.median(waits) if waits else None,
            loads=tuple(loads),
        )

    # --- batch and background work ------------------------------------------------------------
    async def run_batch(self, now: datetime, *, kind: str | None = None) -> BatchResult:
        """Match every open request at once, optimally (``assign``), and make the proposals
        (their messages go through the outbox: ``vetbot match run`` only writes them, the
        running bot delivers them)."""
        async with self.runtime.store.session() as session:
            stmt = select(MatchRequest).where(
                MatchRequest.status == OPEN, MatchRequest.requester_id.is_not(None)
            )
            if kind is not None:
                stmt = stmt.where(MatchRequest.kind == kind)
            requests = list(
                (await session.execute(stmt.order_by(MatchRequest.id).with_for_update())).scalars()
            )
            if not requests:
                return BatchResult(open=0, proposed=0, unmatched=())
            asked = await q.proposed_to(session, [r.id for r in requests])
            needs = [q.need_of(r, asked[r.id]) for r in requests]
            index = await self.population.index(session, now)
            result = assign(needs, index, now=now, rested_window=self._rest_window)
            proposed = 0
            unmatched = list(result.unassigned)
            # Slots taken by a concurrent request since the loads were read stay taken.
            free = await q.lock_free_slots(session, result.matches.values())
            for request, need in zip(requests, needs, strict=True):
                mentor = result.matches.get(request.id)
                if mentor is None:
                    continue
                if free.get((mentor, request.kind), 0) <= 0:
                    unmatched.append(request.id)
                    continue
                free[(mentor, request.kind)] -= 1
                why = explain(index, need, mentor, now=now, rested_window=self._rest_window)
                await self._propose(
                    session, request, mentor, result.fits[request.id], now, reasons=why
                )
                proposed += 1
            return BatchResult(
                open=len(requests), proposed=proposed, unmatched=tuple(sorted(unmatched))
            )

    async def expire_overdue(self, now: datetime) -> int:
        """Proposals past their deadline expire; each request moves to its next candidate."""
        async with self.runtime.store.session() as session:
            due = list(
                (
                    await session.execute(
                        select(Proposal.id)
                        .where(Proposal.status == PENDING, Proposal.deadline_at <= now)
                        .order_by(Proposal.deadline_at)
                    )
                ).scalars()
            )
        expired = 0
        for proposal_id in due:
            # One transaction per proposal: one failure does not hold back the others.
            try:
                async with self.runtime.store.session() as session:
                    proposal = await session.get(Proposal, proposal_id, with_for_update=True)
                    if proposal is None or proposal.status != PENDING:
                        continue
                    request = await session.get(
                        MatchRequest, proposal.request_id, with_for_update=True
                    )
                    assert request is not None
                    proposal.status, proposal.answered_at = EXPIRED, now
                    await self._next(session, request, now, automatic=True)
                    asked_next = request.status == PROPOSED
                    await self._dm(
                        session,
                        proposal.mentor_id,
                        Msg.of(
                            "mentoring.expired_to_mentor"
                            if asked_next
                            else "mentoring.expired_to_mentor_last",
                            id=proposal.id,
                        ),
                        key=f"mentoring-expired-{proposal.id}",
                    )
                expired += 1
            except Exception:
                log.exception("expiring a proposal failed", extra={"proposal": proposal_id})
        return expired

    async def sweep(self) -> int:
        """The deadline job: expire overdue proposals (what that owes goes to the outbox)."""
        expired = await self.expire_overdue(self.runtime.clock.now())
        if expired:
            self.runtime.outbox.kick()
        return expired

    async def anonymise(self, now: datetime) -> int:
        """Strip personal details from requests closed more than ``anonymise_after_days`` ago."""
        cutoff = now - timedelta(days=self._settings.anonymise_after_days)
        async with self.runtime.store.session() as session:
            ids = list(
                (
                    await session.execute(
                        select(MatchRequest.id).where(
                            MatchRequest.status.in_((MATCHED, CANCELLED)),
                            MatchRequest.closed_at <= cutoff,
                            MatchRequest.anonymised_at.is_(None),
                        )
                    )
                ).scalars()
            )
            await _anonymise_requests(session, ids, now)
        if ids:
            log.info("requests anonymised", extra={"count": len(ids)})
        return len(ids)

    # --- personal data ------------------------------------------------------------------------
    async def export(self, session: AsyncSession, person_id: int) -> dict[str, Any]:
        """Everything mentoring stores about the person (for ``!mydata``)."""
        profiles = (
            await session.execute(select(Profile).where(Profile.person_id == person_id))
        ).scalars()
        requests = list(
            (
                await session.execute(
                    select(MatchRequest)
                    .where(MatchRequest.requester_id == person_id)
                    .order_by(MatchRequest.id)
                )
            ).scalars()
        )
        proposals = (
            await session.execute(
                select(Proposal).where(Proposal.mentor_id == person_id).order_by(Proposal.id)
            )
        ).scalars()
        feedback = (
            await session.execute(
                select(Feedback).where(Feedback.author_id == person_id).order_by(Feedback.id)
            )
        ).scalars()
        return {
            "profiles": [_row(p, exclude=("person_id",)) for p in profiles],
            "requests": [_row(r, exclude=("requester_id",)) for r in requests],
            "proposals_to_you": [_row(p, exclude=("mentor_id",)) for p in proposals],
            "feedback_given": [_row(f, exclude=("author_id",)) for f in feedback],
        }

    async def erase(self, session: AsyncSession, person_id: int) -> None:
        """Erase the person from mentoring, keeping only anonymous counts (for ``!forgetme``).

        Their profiles go; proposals waiting on them move to the next candidate; their open
        requests are cancelled (the asked mentor is told); their requests lose the need and
        every detail, their own ratings the link and comment, their proposals the link. The
        other side of each match keeps what is theirs (their proposal row or request, their
        rating and comment); a match still running ends, and the other side is told.
        """
        now = self.runtime.clock.now()
        await session.execute(delete(Profile).where(Profile.person_id == person_id))
        self.population.clear()
        await self._withdraw_mentor(session, person_id, now, kind=None)
        requests = list(
            (
                await session.execute(
                    select(MatchRequest)
                    .where(MatchRequest.requester_id == person_id)
                    .with_for_update()
                )
            ).scalars()
        )
        for request in requests:
            if request.status in ACTIVE_REQUEST:
                await self._cancel(session, request, now)
        running = (
            await session.execute(
                select(Proposal, MatchRequest)
                .join(MatchRequest, MatchRequest.id == Proposal.request_id)
                .where(
                    Proposal.status == ACCEPTED,
                    Proposal.ended_at.is_(None),
                    (Proposal.mentor_id == person_id) | (MatchRequest.requester_id == person_id),
                )
                .order_by(Proposal.id)
                .with_for_update(of=Proposal)
            )
        ).all()
        for match, request in running:
            match.ended_at = now
            other = request.requester_id if match.mentor_id == person_id else match.mentor_id
            if other == person_id:
                continue
            await self._dm(
                session,
                other,
                Msg.of(
                    "mentoring.ended_by_erasure",
                    id=match.id,
                    command=Cmd(f"match feedback {match.id} 1-5"),
                ),
                key=f"mentoring-ended-{match.id}",
            )
        await _anonymise_requests(session, [r.id for r in requests], now)
        await session.execute(
            update(Proposal).where(Proposal.mentor_id == person_id).values(mentor_id=None)
        )
        await session.execute(
            update(Feedback)
            .where(Feedback.author_id == person_id)
            .values(author_id=None, comment="")
        )


async def _anonymise_requests(session: AsyncSession, ids: Sequence[int], now: datetime) -> None:
    """Strip the requester's side from requests ``ids``: the need and every detail of the
    request, the requester's link, and their ratings' link and comment. The mentors' side
    stays theirs (their proposal rows, their ratings and comments) until they erase it."""
    if not ids:
        return
    ids = list(ids)
    by_requester = (
        select(Feedback.id)
        .join(Proposal, Proposal.id == Feedback.proposal_id)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(MatchRequest.id.in_(ids), Feedback.author_id == MatchRequest.requester_id)
    )
    await session.execute(
        update(Feedback).where(Feedback.id.in_(by_requester)).values(author_id=None, comment="")
    )
    await session.execute(
        update(MatchRequest)
        .where(MatchRequest.id.in_(ids))
        .values(
            requester_id=None, need="", languages=[], country=None, sector=None, anonymised_at=now
        )
    )


def _row(row: Any, *, exclude: Sequence[str] = ()) -> dict[str, Any]:
    """A table row as plain data (for the export)."""
    out: dict[str, Any] = {}
    for column in row.__table__.columns:
        if column.name in exclude:
            continue
        value = getattr(row, column.key)
        out[column.name] = value.isoformat() if isinstance(value, datetime) else value
    return out
