"""Proposals answered and the matches they become: accept, decline, the proposals waiting for
someone, and a match's end and ratings.

An accepted proposal is the match itself (its number is the match number); both sides then
get an introduction naming the other. Accepting locks the mentor's profile and counts their
active matches again, so it never takes a mentor above their capacity. Proposals and matches
of others look the same as unknown ones. A person meets one number per thing: the trainer who
asked knows their request's number, the mentor the proposal's; either works wherever it names
one thing of theirs (:func:`number_for`, :func:`_match_of`).

Each operation is one transaction; errors are keyed (:mod:`bot.errors`), never text.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.model import Declined, PendingProposal
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.tables import (
    ACCEPTED,
    DECLINED,
    MATCHED,
    PENDING,
    PROPOSED,
    Feedback,
    MatchRequest,
    Proposal,
)
from bot.errors import Conflict, NotFound
from bot.messages import Cmd, Msg
from bot.store import Store


class ProposalService:
    """A candidate's answers to proposals, and the matches that follow."""

    def __init__(self, store: Store, proposer: Proposer) -> None:
        self.store = store
        self.proposer = proposer

    async def accept(self, person_id: int, proposal_id: int, now: datetime) -> int:
        """The mentor accepts: the request is matched, both get an introduction. Returns the
        proposal's number (the mentor may have named it by its request's number).

        The mentor's profile is locked and their active matches counted again: accepting
        never takes a mentor above their capacity (``Conflict`` instead)."""
        async with self.store.session() as session:
            proposal, request = await _mine(session, person_id, proposal_id, "accept")
            profile = await repo.profile_of(session, person_id, request.kind, lock=True)
            matched = await repo.matches_of(session, person_id, request.kind)
            if profile is not None and matched >= profile.capacity:
                raise Conflict.keyed(
                    "mentoring.accept_full",
                    capacity=profile.capacity,
                    command=Cmd("match status"),
                    decline=Cmd(f"match decline {proposal_id}"),
                )
            proposal.status, proposal.answered_at = ACCEPTED, now
            request.status, request.matched_at, request.closed_at = MATCHED, now, now
            request.updated_at = now
            mentor = await repo.contact(session, person_id)
            mentee = await repo.contact(session, request.requester_id)
            if mentor is None or mentee is None:  # the requester was erased meanwhile
                raise Conflict.keyed(
                    "mentoring.proposal_was_withdrawn", id=proposal_id, pending=Cmd("match pending")
                )
            await self.proposer.dm(
                session,
                request.requester_id,
                Msg.of(
                    "mentoring.intro_requester",
                    kind=request.kind,
                    id=request.id,
                    need=request.need,
                    other=mentor.handle,
                    feedback=Cmd(f"match feedback {request.id} 1-5"),
                ),
                key=f"mentoring-intro-{proposal.id}-requester",
            )
            await self.proposer.dm(
                session,
                person_id,
                Msg.of(
                    "mentoring.intro_mentor",
                    id=proposal.id,
                    need=request.need,
                    other=mentee.handle,
                    feedback=Cmd(f"match feedback {proposal.id} 1-5"),
                    end=Cmd(f"match end {proposal.id}"),
                ),
                key=f"mentoring-intro-{proposal.id}-mentor",
            )
            return proposal.id

    async def decline(self, person_id: int, proposal_id: int, now: datetime) -> Declined:
        """The candidate declines: the next candidate is asked (or the requester told)."""
        async with self.store.session() as session:
            proposal, request = await _mine(session, person_id, proposal_id, "decline")
            proposal.status, proposal.answered_at = DECLINED, now
            await self.proposer.next(session, request, now, automatic=True)
            return Declined(
                id=proposal.id, asked_next=request.status == PROPOSED, kind=request.kind
            )

    async def pending(self, person_id: int) -> tuple[PendingProposal, ...]:
        """Proposals waiting for this person's answer, oldest first."""
        async with self.store.session() as session:
            rows = await repo.pending_to(session, person_id)
        return tuple(
            PendingProposal(
                id=proposal.id, kind=request.kind, need=request.need, deadline=proposal.deadline_at
            )
            for proposal, request in rows
        )

    async def feedback(
        self, person_id: int, proposal_id: int, rating: int, comment: str, now: datetime
    ) -> tuple[int, bool]:
        """Record (or replace) the person's rating of a match, named by the number they know
        it by (see :func:`_match_of`); returns that number and ``True`` if it replaced a
        rating."""
        async with self.store.session() as session:
            proposal, request = await _match_of(session, person_id, proposal_id)
            number = number_for(person_id, proposal, request)
            existing = await repo.feedback_of(session, proposal.id, person_id)
            if existing is not None:
                existing.rating, existing.comment, existing.created_at = rating, comment, now
                return number, True
            session.add(
                Feedback(
                    proposal_id=proposal.id,
                    author_id=person_id,
                    rating=rating,
                    comment=comment,
                    created_at=now,
                )
            )
            return number, False

    async def end(self, person_id: int, proposal_id: int, now: datetime) -> int:
        """End a match, freeing the mentor's slot; the other side is told. Returns the
        number the person knows the match by."""
        async with self.store.session() as session:
            proposal, request = await _match_of(session, person_id, proposal_id)
            number = number_for(person_id, proposal, request)
            if proposal.ended_at is not None:
                raise Conflict.keyed(
                    "mentoring.match_ended_already",
                    id=number,
                    command=Cmd(f"match feedback {number} 1-5"),
                )
            proposal.ended_at = now
            other = request.requester_id if person_id == proposal.mentor_id else proposal.mentor_id
            theirs = number_for(other, proposal, request)
            name = (await repo.names(session, [person_id])).get(person_id, "")
            await self.proposer.dm(
                session,
                other,
                Msg.of(
                    "mentoring.ended_by_other",
                    id=theirs,
                    name=name,
                    command=Cmd(f"match feedback {theirs} 1-5"),
                ),
                key=f"mentoring-ended-{proposal.id}",
            )
            return number


def number_for(person_id: int | None, proposal: Proposal, request: MatchRequest) -> int:
    """The one number ``person_id`` knows a match by: the trainer who asked, their request's
    number; the mentor, the proposal's number they were sent."""
    return request.id if person_id == request.requester_id else proposal.id


async def _mine(
    session: AsyncSession, person_id: int, proposal_id: int, verb: str
) -> tuple[Proposal, MatchRequest]:
    """A pending proposal addressed to ``person_id``, locked, for ``verb`` (accept or
    decline); others' look the same as unknown. When the number is that of a request
    proposed to this person, the error names the proposal number to use instead."""
    mine = await repo.addressee(session, proposal_id) == person_id
    locked = await repo.lock_proposal(session, proposal_id) if mine else None
    if locked is None or locked[0].mentor_id != person_id:
        theirs = await repo.proposal_of_request(session, proposal_id, person_id)
        if theirs is not None and theirs != proposal_id:
            # The request's number, typed for the proposal made of it: the same thing.
            return await _mine(session, person_id, theirs, verb)
        raise NotFound.keyed(
            "mentoring.proposal_unknown", id=proposal_id, command=Cmd("match pending")
        )
    proposal, request = locked
    if proposal.status != PENDING:
        key = f"mentoring.proposal_was_{proposal.status}"
        if proposal.status == ACCEPTED and verb == "decline":
            key = "mentoring.proposal_was_accepted_decline"
        raise Conflict.keyed(
            key,
            id=proposal_id,
            end=Cmd(f"match end {proposal_id}"),
            pending=Cmd("match pending"),
        )
    return proposal, request


async def _match_of(
    session: AsyncSession, person_id: int, number: int
) -> tuple[Proposal, MatchRequest]:
    """The match (an accepted proposal, locked) ``person_id`` means by ``number``: the number
    they were shown for it — their request's number when they asked, the proposal's when they
    were asked — or, as before, the match's own number. When the number names two different
    matches of theirs (one of their requests and a proposal they accepted), the error lists
    both instead of guessing."""
    as_proposal = await session.get(Proposal, number, with_for_update=True)
    request = (
        await session.get(MatchRequest, as_proposal.request_id) if as_proposal is not None else None
    )
    mine = (
        as_proposal is not None
        and request is not None
        and person_id in (as_proposal.mentor_id, request.requester_id)
    )
    direct = (
        (as_proposal, request)
        if mine
        and as_proposal is not None
        and request is not None
        and as_proposal.status == ACCEPTED
        else None
    )
    by_request = await repo.match_of_request(session, number, person_id)
    if by_request is not None and (direct is None or by_request != number):
        if direct is not None:
            raise Conflict.keyed(
                "mentoring.match_number_ambiguous",
                id=number,
                status=Cmd("match status"),
                pending=Cmd("match pending"),
            )
        matched = await session.get(Proposal, by_request, with_for_update=True)
        owner = await session.get(MatchRequest, number)
        if matched is not None and owner is not None:
            return matched, owner
    if direct is not None:
        return direct
    if not mine:
        raise NotFound.keyed("mentoring.match_unknown", id=number, command=Cmd("match status"))
    raise Conflict.keyed("mentoring.match_not_accepted", id=number, command=Cmd("match status"))
