"""Proposal deadlines: they start when the proposal is delivered, and a proposal past its
deadline (or that cannot be delivered at all) expires, and its request moves on.

The outbox calls :meth:`DeadlineService.delivery_hooks` around delivering a proposal: it is
not sent if it was withdrawn meanwhile, its text gets the deadline counted from now, and its
deadline starts when it is out. The running bot runs :meth:`DeadlineService.sweep` every
:data:`SWEEP_MINUTES`, and once at start to catch up after downtime.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.tables import (
    CANCELLED,
    PENDING,
    PROPOSED,
    WITHDRAWN,
    MatchRequest,
    Proposal,
)
from bot.messages import Msg, Param, When
from bot.outbox import Hooks
from bot.ports import Clock, Outbox
from bot.store import Store
from bot.store.models import OutboxEntry

log = logging.getLogger(__name__)

#: How often the deadline job looks for overdue proposals.
SWEEP_MINUTES = 5


class DeadlineService:
    """Starts proposals' deadlines at delivery and expires the overdue ones."""

    def __init__(self, store: Store, proposer: Proposer, outbox: Outbox, clock: Clock) -> None:
        self.store = store
        self.proposer = proposer
        self.outbox = outbox
        self.clock = clock

    def delivery_hooks(self) -> Hooks:
        """What happens around delivering a proposal: its deadline starts at delivery; a
        proposal withdrawn meanwhile is not sent; one that cannot be delivered expires."""
        return Hooks(prepare=self._prepare, delivered=self._delivered, abandoned=self._abandoned)

    async def _prepare(
        self, session: AsyncSession, entry: OutboxEntry, now: datetime
    ) -> dict[str, Param] | None:
        proposal = await session.get(Proposal, entry.ref) if entry.ref is not None else None
        if proposal is None or proposal.status != PENDING:
            return None
        return {"deadline": When(proposal.deadline_at or now + self.proposer.deadline)}

    async def _delivered(self, session: AsyncSession, entry: OutboxEntry, now: datetime) -> None:
        await repo.start_deadline(session, entry.ref, now, now + self.proposer.deadline)
        # Withdrawn while it was on its way (after the cancel looked): the mentor has it now.
        proposal = await session.get(Proposal, entry.ref, populate_existing=True)
        if proposal is not None and proposal.status == WITHDRAWN:
            request = await session.get(MatchRequest, proposal.request_id)
            if request is not None and request.status == CANCELLED:
                await self.proposer.withdrawn(session, proposal)

    async def _abandoned(self, session: AsyncSession, entry: OutboxEntry, now: datetime) -> None:
        locked = await repo.lock_proposal(session, entry.ref) if entry.ref is not None else None
        if locked is None or locked[0].status != PENDING:
            return
        proposal, request = locked
        await self.proposer.expire(session, proposal, request, now)

    async def expire_overdue(self, now: datetime) -> int:
        """Proposals past their deadline expire; each request moves to its next candidate,
        and the candidate is told. Returns how many expired."""
        async with self.store.session() as session:
            due = await repo.overdue(session, now)
        expired = 0
        for proposal_id in due:
            # One transaction per proposal: one failure does not hold back the others.
            try:
                async with self.store.session() as session:
                    locked = await repo.lock_proposal(session, proposal_id)
                    if locked is None or locked[0].status != PENDING:
                        continue
                    proposal, request = locked
                    await self.proposer.expire(session, proposal, request, now)
                    asked_next = request.status == PROPOSED
                    await self.proposer.dm(
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
        expired = await self.expire_overdue(self.clock.now())
        if expired:
            self.outbox.kick()
        return expired
