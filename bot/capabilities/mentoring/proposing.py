"""Asking candidates: the steps every mentoring service shares, inside the caller's transaction.

A request moves to its next candidate after a decline, an expiry, a withdrawal, a cancelled
match or when it is first stored; batch runs propose many at once. Those steps live here, in
:class:`Proposer`, which opens no session of its own: each service calls it within the one
transaction of its operation, so the change and the messages it owes commit together.

Messages are owed through the outbox (:mod:`bot.outbox`) as message values (:mod:`bot.messages`):
a key with its parameters, rendered for each reader, in their language and with the command
prefix, when delivered. Nothing here writes text.

Capacity is an invariant: proposing locks the candidates' profile rows and counts their slots
in use again, so concurrent requests (several processes on one PostgreSQL) never give a mentor
more than their capacity.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.index import CandidateIndex
from bot.capabilities.mentoring.model import Need, Reason, Scored
from bot.capabilities.mentoring.population import IndexCache
from bot.capabilities.mentoring.scoring import explain, rank
from bot.capabilities.mentoring.tables import (
    ACTIVE_REQUEST,
    CANCELLED,
    EXPIRED,
    OPEN,
    PENDING,
    PROPOSED,
    WITHDRAWN,
    MatchRequest,
    Proposal,
)
from bot.messages import Cmd, Join, Late, Msg, Param
from bot.outbox import in_flight, owe_coordinators, owe_dm
from bot.ports import Clock
from bot.safety import clip
from bot.settings import Settings

log = logging.getLogger(__name__)

#: Candidates tried, best first, when the best ones have no free slot left (taken meanwhile).
CANDIDATES = 10
#: The outbox topic of proposals (its hooks start the deadline when the message is delivered).
PROPOSAL = "mentoring.proposal"
#: The reason codes a proposal names to its candidate ("why you").
_SHOWN_REASONS = ("topic", "bio", "language", "country", "sector")


def proposal_key(proposal_id: int) -> str:
    """The outbox key of a proposal's message (also its Discord nonce and Matrix txn id)."""
    return f"mentoring-proposal-{proposal_id}"


class Proposer:
    """Moves requests to candidates and owes the messages that go with it.

    Holds the candidate pool (:class:`IndexCache`) every service ranks from; whoever changes a
    profile calls :meth:`profiles_changed`. Every method takes the caller's open session.
    """

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock
        #: The candidate index and the loads, kept until someone changes profiles, proposals.
        self.population = IndexCache()

    @property
    def rest_window(self) -> timedelta:
        """How long after a proposal someone counts as fully rested (``recent_days``)."""
        return timedelta(days=float(self.settings.matching.recent_days))

    @property
    def deadline(self) -> timedelta:
        """How long a candidate has to answer, from delivery (``proposal_deadline_hours``)."""
        return timedelta(hours=float(self.settings.matching.proposal_deadline_hours))

    def profiles_changed(self) -> None:
        """This process changed a profile: rank from fresh rows next time."""
        self.population.clear()

    # --- messages owed ------------------------------------------------------------------------
    async def dm(
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
        who = await repo.contact(session, person_id)
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
            now=self.clock.now(),
            key=key,
            topic=topic or "mentoring",
            ref=ref,
        )
        return True

    async def coordinators(
        self, session: AsyncSession, text: Param, network: str | None = None
    ) -> int:
        """Owe ``text`` to the coordinators of ``network`` (else the ``[permissions]
        coordinator_users``); how many there are."""
        return await owe_coordinators(
            session, self.settings, text, now=self.clock.now(), topic="mentoring", network=network
        )

    # --- moving a request on ------------------------------------------------------------------
    async def next(
        self,
        session: AsyncSession,
        request: MatchRequest,
        now: datetime,
        *,
        automatic: bool,
        new: bool = False,
        preferred: Collection[int] = (),
    ) -> None:
        """Ask the best candidate not yet asked who has a free slot; or tell the requester
        honestly nobody is left.

        ``automatic`` (after a decline, an expiry, a withdrawal) stops after ``max_tries``;
        ``new``: the request was added in this transaction, so nobody was asked yet (it may
        be unflushed: it is then inserted with the proposal, already proposed);
        ``preferred``: candidates asked before the others who fit (in ranking order).
        """
        if request.status not in ACTIVE_REQUEST or request.requester_id is None:
            return
        request.status, request.updated_at = OPEN, now
        if automatic and request.tries >= self.settings.matching.max_tries:
            await self.exhausted(session, request, now)
            return
        if new:
            # Nothing read here depends on the new request: it waits for the proposal.
            with session.no_autoflush:
                ranked, index, need = await self._ranked(session, request, now, set(), preferred)
                free = await repo.lock_free_slots(session, (c.person_id for c in ranked))
        else:
            asked = (await repo.proposed_to(session, [request.id]))[request.id]
            ranked, index, need = await self._ranked(session, request, now, asked, preferred)
            free = await repo.lock_free_slots(session, (c.person_id for c in ranked))
        window = self.rest_window
        for best in ranked:
            if free.get((best.person_id, request.kind), 0) > 0:
                why = explain(index, need, best.person_id, now=now, rested_window=window)
                await self.propose(session, request, best.person_id, best.score, now, reasons=why)
                return
        if request.tries:
            await self.exhausted(session, request, now)

    async def _ranked(
        self,
        session: AsyncSession,
        request: MatchRequest,
        now: datetime,
        asked: set[int],
        preferred: Collection[int],
    ) -> tuple[list[Scored], CandidateIndex, Need]:
        """The request's candidates, best first (``preferred`` ones ahead), not counted
        under a lock yet: the index's loads were read before others committed, so the
        caller counts again (:func:`.store.lock_free_slots`)."""
        index = await self.population.index(session, now)
        need = repo.need_of(request, asked)
        window = self.rest_window
        ranked = rank(need, index, now=now, limit=CANDIDATES, rested_window=window, reasons=False)
        if preferred:
            ranked.sort(key=lambda c: c.person_id not in preferred)  # stable: ranking within
        return ranked, index, need

    async def propose(
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
        request.status, request.tries, request.updated_at = PROPOSED, request.tries + 1, now
        if request.id is None:
            await session.flush()  # a new request: inserted once, already proposed
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
        await session.flush()
        why = _reasons(reasons)
        text = Join(
            (
                Msg.of(
                    "mentoring.proposal",
                    id=proposal.id,
                    kind=request.kind,
                    need=request.need,
                    asked=_asked_for(request),
                    deadline=Late("deadline"),
                    accept=Cmd(f"match accept {proposal.id}"),
                    decline=Cmd(f"match decline {proposal.id}"),
                ),
                Msg.of("mentoring.proposal_why", reasons=why) if why.parts else None,
            ),
            sep="\n",
        )
        await self.dm(
            session,
            mentor_id,
            text,
            choices=(
                (Msg.of("mentoring.button_accept"), Cmd(f"match accept {proposal.id}"), "✅"),
                (Msg.of("mentoring.button_decline"), Cmd(f"match decline {proposal.id}"), "❌"),
            ),
            key=proposal_key(proposal.id),
            topic=PROPOSAL,
            ref=proposal.id,
        )

    async def exhausted(self, session: AsyncSession, request: MatchRequest, now: datetime) -> None:
        """Nobody (more) could take the request: say so once, keep it open for newcomers."""
        request.status, request.updated_at = OPEN, now
        if request.exhausted_at is not None:
            return
        request.exhausted_at = now
        told = await self.coordinators(
            session,
            Msg.of(
                "mentoring.exhausted_coordinators",
                id=request.id,
                tries=request.tries,
                kind=request.kind,
                need=clip(request.need, 200),
                stats=Cmd("match stats"),
            ),
            request.network,
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
        await self.dm(session, request.requester_id, text)
        log.info("request found nobody", extra={"request": request.id, "tries": request.tries})

    async def expire(
        self,
        session: AsyncSession,
        proposal: Proposal,
        request: MatchRequest | None,
        now: datetime,
    ) -> None:
        """The proposal's time is up: it expires and the request moves to its next candidate."""
        proposal.status, proposal.answered_at = EXPIRED, now
        if request is not None:
            await self.next(session, request, now, automatic=True)

    # --- taking requests and candidates out ---------------------------------------------------
    async def cancel(self, session: AsyncSession, request: MatchRequest, now: datetime) -> None:
        """Close the request; candidates who got its proposal are told it was withdrawn."""
        request.status, request.closed_at, request.updated_at = CANCELLED, now, now
        for proposal in await repo.pending_of_request(session, request.id):
            proposal.status, proposal.answered_at = WITHDRAWN, now
            # A proposal not on its way yet is simply not sent (the outbox asks first). One
            # being sent right now, or claimed by a process that died sending it, may have
            # reached the mentor: they are told (the delivery hook covers the rest).
            if proposal.sent_at is not None or await in_flight(session, proposal_key(proposal.id)):
                await self.withdrawn(session, proposal)

    async def withdrawn(self, session: AsyncSession, proposal: Proposal) -> None:
        """Owe the mentor word that the trainer withdrew the request behind ``proposal``."""
        await self.dm(
            session,
            proposal.mentor_id,
            Msg.of("mentoring.withdrawn_to_mentor", id=proposal.id),
            key=f"mentoring-withdrawn-{proposal.id}",
        )

    async def withdraw_mentor(
        self, session: AsyncSession, person_id: int, now: datetime, *, kind: str | None
    ) -> int:
        """Withdraw the proposals waiting on this person (of ``kind``, or all) and ask each
        request's next candidate; how many were withdrawn."""
        rows = await repo.pending_to(session, person_id, kind=kind, lock=True)
        for proposal, request in rows:
            proposal.status, proposal.answered_at = WITHDRAWN, now
            await self.next(session, request, now, automatic=True)
        return len(rows)


def _reasons(reasons: Sequence[Reason]) -> Join:
    """Why the candidate was picked, as message values (capacity and rest are not shown)."""
    return Join(
        tuple(
            Msg.of(f"mentoring.reason.{reason.code}", detail=reason.detail)
            for reason in reasons
            if reason.code in _SHOWN_REASONS
        )
    )


def _asked_for(request: MatchRequest) -> Param:
    """What the trainer asked for besides the need (languages, country, sector)."""
    bits: list[Param] = []
    if request.languages:
        bits.append(Msg.of("mentoring.asked.languages", value=", ".join(request.languages)))
    if request.country:
        bits.append(Msg.of("mentoring.asked.country", value=request.country))
    if request.sector:
        bits.append(Msg.of("mentoring.asked.sector", value=request.sector))
    return Join(tuple(bits)) if bits else Msg.of("mentoring.asked.nothing")
