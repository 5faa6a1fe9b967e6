"""Trainers' requests: asking for a mentor or expert, withdrawing, and where each stands.

A new request is stored and its best candidate asked in the same transaction. Who sees what:
a candidate sees the need, never the requester, until they accept; then both get an
introduction naming the other (:mod:`.proposals`).

Each operation is one transaction; errors are keyed (:mod:`bot.errors`), never text.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.model import MAX_OPEN_REQUESTS, Need, Opened, RequestView
from bot.capabilities.mentoring.proposing import CANDIDATES, Proposer
from bot.capabilities.mentoring.scoring import rank
from bot.capabilities.mentoring.tables import (
    ACTIVE_REQUEST,
    MATCHED,
    OPEN,
    PROPOSED,
    MatchRequest,
)
from bot.capabilities.mentoring.vocabulary import normalise
from bot.errors import Conflict, NotFound
from bot.messages import Cmd
from bot.safety import clip
from bot.settings import DEFAULT_NETWORK
from bot.store import Store

#: The requester found or created inside the request's own transaction: their person id, and
#: whether this call created them (:meth:`bot.context.Context.claim`).
Requester = Callable[[AsyncSession], Awaitable[tuple[int, bool]]]

#: How many of a person's requests ``!match status`` shows, newest first.
SHOWN_REQUESTS = 20


class RequestService:
    """A trainer's requests for a mentor or peer expert."""

    def __init__(self, store: Store, proposer: Proposer) -> None:
        self.store = store
        self.proposer = proposer

    async def open_request(
        self,
        requester: int | Requester,
        *,
        kind: str,
        need: str,
        languages: Sequence[str],
        country: str | None,
        sector: str | None,
        now: datetime,
        network: str = DEFAULT_NETWORK,
        preferred: Collection[int] = (),
    ) -> Opened:
        """Store a request and ask the best candidate at once (if anyone fits); among those
        who fit, the ``preferred`` ones first (people strong in what the need is about).

        Refused (``Conflict``) when the person already has ``MAX_OPEN_REQUESTS`` open, or an
        open request of the same kind whose need reads the same once case, accents and
        punctuation are set aside: asking twice would only ask two mentors for one need.

        ``requester`` is the person's id, or how to find or create them in this transaction
        (a person created for the request is stored with it or not at all).
        """
        async with self.store.session() as session:
            if isinstance(requester, int):
                requester_id, created = requester, False
            else:
                requester_id, created = await requester(session)
            # A person created just now has no requests yet.
            active = [] if created else await repo.active_requests(session, requester_id)
            same = normalise(need)
            for earlier in active:
                if earlier.kind == kind and normalise(earlier.need) == same:
                    raise Conflict.keyed(
                        "mentoring.request_duplicate",
                        id=earlier.id,
                        need=clip(earlier.need, 80),
                        status=Cmd("match status"),
                        cancel=Cmd(f"match cancel {earlier.id}"),
                    )
            if len(active) >= MAX_OPEN_REQUESTS:
                raise Conflict.keyed(
                    "mentoring.too_many_open",
                    limit=MAX_OPEN_REQUESTS,
                    command=Cmd("match status"),
                )
            request = MatchRequest(
                requester_id=requester_id,
                kind=kind,
                need=need,
                languages=list(languages),
                country=country,
                sector=sector,
                network=network,
                status=OPEN,
                tries=0,
                created_at=now,
                updated_at=now,
            )
            # Inserted once, in the state it ends in (proposed or open), by the proposer's
            # flush or the one below: not first as open and then updated.
            session.add(request)
            await self.proposer.next(
                session, request, now, automatic=False, new=True, preferred=preferred
            )
            await session.flush()
            return Opened(request_id=request.id, proposed=request.status == PROPOSED)

    async def fitting(
        self,
        requester_id: int,
        *,
        kind: str,
        need: str,
        languages: Sequence[str],
        country: str | None,
        now: datetime,
        network: str = DEFAULT_NETWORK,
    ) -> int:
        """How many candidates with a free place would be proposed for this need now (at
        most ``CANDIDATES``); stores nothing and names nobody."""
        async with self.store.session() as session:
            index = await self.proposer.population.index(session, now)
        probe = Need(
            request_id=0,
            requester_id=requester_id,
            text=need,
            kind=kind,
            languages=frozenset(languages),
            country=country,
            sector=None,
            network=network,
        )
        window = self.proposer.rest_window
        ranked = rank(probe, index, now=now, limit=CANDIDATES, rested_window=window, reasons=False)
        return len(ranked)

    async def cancel(self, person_id: int, request_id: int | None, now: datetime) -> int:
        """The requester withdraws an open request (the only one, when no ID is given);
        returns its number. A candidate who has its proposal is told."""
        async with self.store.session() as session:
            if request_id is None:
                active = [r.id for r in await repo.active_requests(session, person_id)]
                if not active:
                    raise NotFound.keyed("mentoring.nothing_to_cancel", command=Cmd("match status"))
                if len(active) > 1:
                    raise Conflict.keyed(
                        "mentoring.cancel_which",
                        ids=", ".join(f"#{i}" for i in active),
                        command=Cmd("match cancel ID"),
                    )
                request_id = active[0]
            request = await session.get(MatchRequest, request_id, with_for_update=True)
            if request is None or request.requester_id != person_id:
                raise NotFound.keyed(
                    "mentoring.request_unknown", id=request_id, command=Cmd("match status")
                )
            if request.status == MATCHED:
                match = await repo.accepted_of(session, request.id)
                number = match.id if match is not None else None
                raise Conflict.keyed(
                    "mentoring.request_was_matched",
                    id=request_id,
                    match=number,
                    end=Cmd(f"match end {number}"),
                )
            if request.status not in ACTIVE_REQUEST:  # cancelled: the one status left
                raise Conflict.keyed(
                    "mentoring.request_was_cancelled",
                    id=request_id,
                    status=Cmd("match status"),
                    command=Cmd("match NEED"),
                )
            await self.proposer.cancel(session, request, now)
            return request.id

    async def requests_of(self, person_id: int) -> tuple[RequestView, ...]:
        """The person's requests, newest first (at most ``SHOWN_REQUESTS``), with their match
        or the proposal waiting for an answer."""
        async with self.store.session() as session:
            out: list[RequestView] = []
            for request in await repo.requests_by(session, person_id, newest=SHOWN_REQUESTS):
                match = waiting = None
                mentor = None
                rating = None
                if request.status == MATCHED:
                    match = await repo.accepted_of(session, request.id)
                    who = await repo.contact(session, match.mentor_id if match else None)
                    mentor = who.handle if who is not None else None
                    given = await repo.feedback_of(session, match.id, person_id) if match else None
                    rating = given.rating if given is not None else None
                elif request.status == PROPOSED:
                    waiting = await repo.waiting_of(session, request.id)
                out.append(
                    RequestView(
                        id=request.id,
                        kind=request.kind,
                        need=request.need,
                        status=request.status,
                        tries=request.tries,
                        match=match.id if match is not None else None,
                        mentor=mentor,
                        ended=match is not None and match.ended_at is not None,
                        rating=rating,
                        deadline=waiting.deadline_at if waiting is not None else None,
                    )
                )
            return tuple(out)
