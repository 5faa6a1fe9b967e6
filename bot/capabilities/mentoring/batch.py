"""The coordinators' side of matching: a batch run over every open request, and statistics.

A batch run matches all open requests at once, optimally under every candidate's capacity
(:func:`.assignment.assign`), where one request at a time would serve them first come, first
served. Its proposals' messages go through the outbox: ``vetbot match run`` only writes
them, the running bot delivers them. Joining and resuming run a batch of their kind too.
"""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Collection
from datetime import datetime
from types import MappingProxyType

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.assignment import assign
from bot.capabilities.mentoring.model import Actor, BatchResult, Load, Stats
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.scoring import explain
from bot.flows import FlowSolver
from bot.ports import Clock
from bot.store import Store
from bot.store.people import audit


class BatchService:
    """Batch runs and the coordinators' statistics."""

    def __init__(
        self, store: Store, proposer: Proposer, clock: Clock, solver: FlowSolver | None = None
    ) -> None:
        self.store = store
        self.proposer = proposer
        self.clock = clock
        #: Where a large batch's flow is solved (in this process without one).
        self.solver = solver

    async def run_batch(
        self,
        now: datetime | None = None,
        *,
        kind: str | None = None,
        actor: Actor | None = None,
        networks: Collection[str] | None = None,
    ) -> BatchResult:
        """Match every open request (of ``kind``, or all; of ``networks``, or every one) at
        once and make the proposals.

        ``now`` defaults to the clock's. With ``actor`` (a coordinator's ``!match run``, the
        command line) the run goes to the audit log, in the same transaction.
        """
        now = now or self.clock.now()
        async with self.store.session() as session:
            result = await self._run(session, now, kind, networks)
            if actor is not None:
                await audit(
                    session,
                    at=now,
                    platform=actor.platform,
                    actor_id=actor.actor_id,
                    role=actor.role,
                    action="match.run",
                    detail={"open": result.open, "proposed": result.proposed},
                )
            return result

    async def _run(
        self,
        session: AsyncSession,
        now: datetime,
        kind: str | None,
        networks: Collection[str] | None = None,
    ) -> BatchResult:
        requests = await repo.open_requests(session, kind, networks)
        if not requests:
            return BatchResult(open=0, proposed=0, unmatched=())
        asked = await repo.proposed_to(session, [r.id for r in requests])
        needs = [repo.need_of(r, asked[r.id]) for r in requests]
        index = await self.proposer.population.index(session, now)
        window = self.proposer.rest_window
        # In a thread, its flows in the solver's processes: the bot answers meanwhile.
        result = await asyncio.to_thread(
            assign, needs, index, now=now, rested_window=window, solver=self.solver
        )
        proposed = 0
        unmatched = list(result.unassigned)
        # Slots taken by a concurrent request since the loads were read stay taken.
        free = await repo.lock_free_slots(session, result.matches.values())
        for request, need in zip(requests, needs, strict=True):
            mentor = result.matches.get(request.id)
            if mentor is None:
                continue
            if free.get((mentor, request.kind), 0) <= 0:
                unmatched.append(request.id)
                continue
            free[(mentor, request.kind)] -= 1
            why = explain(index, need, mentor, now=now, rested_window=window)
            await self.proposer.propose(
                session, request, mentor, result.fits[request.id], now, reasons=why
            )
            proposed += 1
        return BatchResult(
            open=len(requests), proposed=proposed, unmatched=tuple(sorted(unmatched))
        )

    async def stats(self, now: datetime, networks: Collection[str] | None = None) -> Stats:
        """Requests and proposals by status, the median time to a match, every profile's
        load (fullest first); of the requests and mentors of ``networks`` (``None``: all)."""
        async with self.store.session() as session:
            requests, proposals = await repo.counts_by_status(session, networks)
            exhausted = await repo.exhausted_count(session, networks)
            waits = await repo.hours_to_match(session, networks)
            load, _ = await repo.loads(session)
            profiles = await repo.all_profiles(session, networks)
            who = await repo.names(session, (p.person_id for p in profiles))
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
            requests=MappingProxyType(requests),
            proposals=MappingProxyType(proposals),
            exhausted=exhausted,
            median_hours_to_match=statistics.median(waits) if waits else None,
            loads=tuple(loads),
        )
