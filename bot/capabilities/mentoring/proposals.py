"""Proposals answered and the matches they become: accept, decline, the proposals waiting for
someone, and a match's end and ratings.

An accepted proposal is the match itself (its number is the match number); both sides then
get an introduction naming the other. Accepting locks the mentor's profile and counts their
active matches again, so it never takes a mentor above their capacity. Proposals and matches
of others look the same as unknown ones; a request number typed where a proposal or match
number belongs gets an error naming the right number.

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

    async def accept(self, person_id: int, proposal_id: int, now: datetime) -> None:
        """The mentor accepts: the request is matched, both get an introduction.

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
            feedback = Cmd(f"match feedback {proposal.id} 1-5")
            await self.proposer.dm(
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
            await self.proposer.dm(
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
        async with self.store.session() as session:
            proposal, request = await _mine(session, person_id, proposal_id, "decline")
            proposal.status, proposal.answered_at = DECLINED, now
            await self.proposer.next(session, request, now, automatic=True)
            return Declined(asked_next=request.status == PROPOSED, kind=request.kind)

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
    ) -> bool:
        """Record (or replace) the person's rating of a match; ``True`` if it replaced one."""
        async with self.store.session() as session:
            await _match_of(session, person_id, proposal_id, "match feedback {id} 1-5")
            existing = await repo.feedback_of(session, proposal_id, person_id)
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
        async with self.store.session() as session:
            proposal, request = await _match_of(session, person_id, proposal_id, "match end {id}")
            if proposal.ended_at is not None:
                raise Conflict.keyed(
                    "mentoring.match_ended_already",
                    id=proposal_id,
                    command=Cmd(f"match feedback {proposal_id} 1-5"),
                )
            proposal.ended_at = now
            other = request.requester_id if person_id == proposal.mentor_id else proposal.mentor_id
            name = (await repo.names(session, [person_id])).get(person_id, "")
            await self.proposer.dm(
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


async def _mine(
    session: AsyncSession, person_id: int, proposal_id: int, verb: str
) -> tuple[Proposal, MatchRequest]:
    """A pending proposal addressed to ``person_id``, locked, for ``verb`` (accept or
    decline); others' look the same as unknown. When the number is that of a request
    proposed to this person, the error names the proposal number to use instead."""
    proposal = await session.get(Proposal, proposal_id, with_for_update=True)
    if proposal is None or proposal.mentor_id != person_id:
        theirs = await repo.proposal_of_request(session, proposal_id, person_id)
        if theirs is not None:
            raise NotFound.keyed(
                "mentoring.proposal_is_request",
                id=proposal_id,
                proposal=theirs,
                command=Cmd(f"match {verb} {theirs}"),
            )
        raise NotFound.keyed(
            "mentoring.proposal_unknown", id=proposal_id, command=Cmd("match pending")
        )
    request = await session.get(MatchRequest, proposal.request_id, with_for_update=True)
    assert request is not None
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
    session: AsyncSession, person_id: int, proposal_id: int, command: str
) -> tuple[Proposal, MatchRequest]:
    """An accepted proposal (a match) ``person_id`` is one side of. ``command`` is how to
    use a match number (``match end {id}``): when the number given is that of one of the
    person's matched requests, the error shows it with the right number."""
    proposal = await session.get(Proposal, proposal_id, with_for_update=True)
    request = await session.get(MatchRequest, proposal.request_id) if proposal is not None else None
    mine = (
        proposal is not None
        and request is not None
        and person_id in (proposal.mentor_id, request.requester_id)
    )
    if mine and proposal is not None and request is not None and proposal.status == ACCEPTED:
        return proposal, request
    match = await repo.match_of_request(session, proposal_id, person_id)
    if match is not None and match != proposal_id:
        raise NotFound.keyed(
            "mentoring.match_is_request",
            id=proposal_id,
            match=match,
            command=Cmd(command.format(id=match)),
        )
    if not mine:
        raise NotFound.keyed("mentoring.match_unknown", id=proposal_id, command=Cmd("match status"))
    raise Conflict.keyed(
        "mentoring.match_not_accepted", id=proposal_id, command=Cmd("match status")
    )
