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
from bot.capabilities.mentoring.model import utc_minute
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.tables import PENDING, PROPOSED, MatchRequest, Proposal
from bot.messages import Msg, Param
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
        return {"deadline": utc_minute(proposal.deadline_at or now + self.proposer.deadline)}

    async def _delivered(self, session: AsyncSession, entry: OutboxEntry, now: datetime) -> None:
        await repo.start_deadline(session, entry.ref, now, now + self.proposer.deadline)

    async def _abandoned(self, session: AsyncSession, entry: OutboxEntry, now: datetime) -> None:
        proposal = (
            await session.get(Proposal, entry.ref, with_for_update=True)
            if entry.ref is not None
            else None
        )
        if proposal is None or proposal.status != PENDING:
            return
        request = await session.get(MatchRequest, proposal.request_id, with_for_update=True)
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
                    proposal = await session.get(Proposal, proposal_id, with_for_update=True)
                    if proposal is None or proposal.status != PENDING:
                        continue
                    request = await session.get(
                        MatchRequest, proposal.request_id, with_for_update=True
                    )
                    assert request is not None
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
