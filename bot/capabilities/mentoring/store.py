"""The queries on mentoring's tables: rows read into the matcher's values, the lookups and
bulk changes the services make.

Everything here takes an open session and returns plain values or ORM rows; nothing commits
(the service that opened the session owns the transaction). ``lock=True`` and the functions
that say "locked" take row locks (``SELECT … FOR UPDATE`` on PostgreSQL), so concurrent
operations on one proposal or one mentor wait for each other. Locks are taken in one order: a
request, then its proposals, then profiles (by id), so no two operations wait for each other
in a circle (PostgreSQL would abort one: "deadlock detected").

Grouped by what they serve: people and loads (the matcher's inputs), requests, proposals and
matches, statistics, personal data. All of mentoring's SQL lives here, so it is a little over
the house's few hundred lines.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    and_,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring.model import Need
from bot.capabilities.mentoring.tables import (
    ACCEPTED,
    ACTIVE_REQUEST,
    CANCELLED,
    MATCHED,
    OPEN,
    PENDING,
    PROFILES,
    PROPOSALS,
    Feedback,
    MatchRequest,
    MentoringRevision,
    Profile,
    Proposal,
)
from bot.store.models import Identity, Person

# --- people, profiles and loads ---------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """Where to reach a person: their most recently seen identity."""

    platform: str
    user_id: str
    name: str

    @property
    def handle(self) -> str:
        """How the other side can find them: ``name (platform: user id)``."""
        if self.name and self.name != self.user_id:
            return f"{self.name} ({self.platform}: {self.user_id})"
        return f"{self.user_id} ({self.platform})"


async def contact(session: AsyncSession, person_id: int | None) -> Contact | None:
    """The identity last seen for ``person_id`` (``None`` if the person is gone)."""
    if person_id is None:
        return None
    found = (await session.execute(_statements().contact, {"person": person_id})).first()
    if found is None:
        return None
    platform, user_id, name = found
    return Contact(platform=platform, user_id=user_id, name=name or user_id)


@dataclass(frozen=True, slots=True)
class _Statements:
    """Statements every ``!match`` runs, built once: building a statement and its cache
    key anew each time costs more Python than running it on SQLite."""

    contact: Any
    revisions: Any
    free_slots: Any


@cache
def _statements() -> _Statements:
    ids: BindParameter[int] = bindparam("ids", expanding=True)
    used = (
        select(func.coalesce(func.sum(active_load()), 0))
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.mentor_id == Profile.person_id, MatchRequest.kind == Profile.kind)
        .scalar_subquery()
    )
    return _Statements(
        contact=select(Identity.platform, Identity.user_id, Identity.display_name)
        .where(Identity.person_id == bindparam("person"))
        .order_by(Identity.last_seen_at.desc(), Identity.id.desc())
        .limit(1),
        revisions=select(MentoringRevision.id, MentoringRevision.value),
        free_slots=select(Profile.person_id, Profile.kind, Profile.capacity - used).where(
            Profile.person_id.in_(ids)
        ),
    )


async def names(session: AsyncSession, person_ids: Iterable[int]) -> dict[int, str]:
    """Display names by person id (for coordinator views)."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    rows = await session.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids)))
    return {pid: name or f"#{pid}" for pid, name in rows}


async def profile_of(
    session: AsyncSession, person_id: int, kind: str, *, lock: bool = False
) -> Profile | None:
    """The person's profile of ``kind`` (``lock``: locked for a change), or ``None``."""
    stmt = select(Profile).where(Profile.person_id == person_id, Profile.kind == kind)
    if lock:
        stmt = stmt.with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


def active_load() -> ColumnElement[int]:
    """SQL: 1 for a proposal holding one of its mentor's slots (pending, or accepted and not
    ended), else 0."""
    return case(
        (
            or_(
                Proposal.status == PENDING,
                and_(Proposal.status == ACCEPTED, Proposal.ended_at.is_(None)),
            ),
            1,
        ),
        else_=0,
    )


def _loads_query() -> Any:
    """Per (mentor, kind): slots in use, and the latest proposal's time."""
    used = func.sum(active_load())
    return (
        select(
            Proposal.mentor_id.label("mentor_id"),
            MatchRequest.kind.label("kind"),
            used.label("used"),
            func.max(Proposal.created_at).label("latest"),
        )
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.mentor_id.is_not(None))
        .group_by(Proposal.mentor_id, MatchRequest.kind)
    )


def _gather(
    rows: Iterable[tuple[Any, ...]],
) -> tuple[dict[tuple[int, str], int], dict[int, datetime]]:
    load: dict[tuple[int, str], int] = {}
    last: dict[int, datetime] = {}
    for person_id, kind, count, latest in rows:
        if person_id is None:  # no proposals at all (the outer join's empty side)
            continue
        load[(person_id, kind)] = int(count or 0)
        if latest is not None and (person_id not in last or latest > last[person_id]):
            last[person_id] = latest
    return load, last


async def loads(
    session: AsyncSession,
) -> tuple[dict[tuple[int, str], int], dict[int, datetime]]:
    """Slots in use per (person, kind), and when each person was last proposed."""
    return _gather(tuple(row) for row in await session.execute(_loads_query()))


async def revision(session: AsyncSession) -> int:
    """The proposals' change counter (see :class:`.tables.MentoringRevision`)."""
    found = await session.scalar(
        select(MentoringRevision.value).where(MentoringRevision.id == PROPOSALS)
    )
    return int(found or 0)


async def revisions(session: AsyncSession) -> tuple[int | None, int | None]:
    """The proposals' and the profiles' change counters, in one read (``None``: no row)."""
    found = await session.execute(_statements().revisions)
    rows: dict[int, int] = {int(key): int(value) for key, value in found}
    return rows.get(PROPOSALS), rows.get(PROFILES)


async def loads_at_revision(
    session: AsyncSession,
) -> tuple[int, dict[tuple[int, str], int], dict[int, datetime]]:
    """:func:`loads` with the change counter they belong to, read in one statement: one
    snapshot, even on PostgreSQL where each statement sees the commits made before it."""
    grouped = _loads_query().subquery()
    stmt = (
        select(
            MentoringRevision.value,
            grouped.c.mentor_id,
            grouped.c.kind,
            grouped.c.used,
            grouped.c.latest,
        )
        .select_from(MentoringRevision)
        .outerjoin(grouped, true())
        .where(MentoringRevision.id == PROPOSALS)
    )
    rows = [tuple(row) for row in await session.execute(stmt)]
    stamp = int(rows[0][0]) if rows else 0
    load, last = _gather(row[1:] for row in rows)
    return stamp, load, last


async def lock_free_slots(
    session: AsyncSession, person_ids: Iterable[int]
) -> dict[tuple[int, str], int]:
    """Free slots per (person, kind) of these people's profiles, the profile rows locked in
    id order: concurrent proposals to one mentor wait for each other here, and two
    transactions locking overlapping sets cannot deadlock."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    if session.get_bind().dialect.name == "sqlite":
        return await _free_slots_held(session, ids)
    profiles = list(
        await session.execute(
            select(Profile.id, Profile.person_id, Profile.kind, Profile.capacity)
            .where(Profile.person_id.in_(ids))
            .order_by(Profile.id)
            .with_for_update()
        )
    )
    # Counted by a statement of its own, after the locks: on PostgreSQL a statement sees
    # what was committed when it began, so a count in the locking statement could miss the
    # proposal of the transaction it waited for.
    stmt = (
        select(Proposal.mentor_id, MatchRequest.kind, func.sum(active_load()))
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.mentor_id.in_(ids))
        .group_by(Proposal.mentor_id, MatchRequest.kind)
    )
    used = {(pid, kind): int(n or 0) for pid, kind, n in await session.execute(stmt)}
    return {
        (person_id, kind): capacity - used.get((person_id, kind), 0)
        for _, person_id, kind, capacity in profiles
    }


async def _free_slots_held(session: AsyncSession, ids: Sequence[int]) -> dict[tuple[int, str], int]:
    """:func:`lock_free_slots` on SQLite, in one statement: every transaction there holds
    the database's write lock from its start (:mod:`bot.store.database`), so nobody can
    propose between reading the capacities and counting the slots in use."""
    rows = await session.execute(_statements().free_slots, {"ids": list(ids)})
    return {(person_id, kind): int(free) for person_id, kind, free in rows}


async def matches_of(session: AsyncSession, person_id: int, kind: str) -> int:
    """Active matches (accepted, not ended) of one mentor's profile of ``kind``."""
    stmt = (
        select(func.count())
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(
            Proposal.mentor_id == person_id,
            MatchRequest.kind == kind,
            Proposal.status == ACCEPTED,
            Proposal.ended_at.is_(None),
        )
    )
    return int((await session.execute(stmt)).scalar_one())


# --- requests -------------------------------------------------------------------------------


async def proposed_to(session: AsyncSession, request_ids: Sequence[int]) -> dict[int, set[int]]:
    """For each request, the people already asked (never asked again)."""
    out: dict[int, set[int]] = {rid: set() for rid in request_ids}
    if not request_ids:
        return out
    stmt = select(Proposal.request_id, Proposal.mentor_id).where(
        Proposal.request_id.in_(list(request_ids)), Proposal.mentor_id.is_not(None)
    )
    for request_id, mentor_id in await session.execute(stmt):
        assert mentor_id is not None
        out[request_id].add(mentor_id)
    return out


def need_of(request: MatchRequest, excluded: Iterable[int]) -> Need:
    """The matcher's view of a request (``request_id`` 0 while it is not flushed yet)."""
    assert request.requester_id is not None
    return Need(
        request_id=request.id or 0,
        requester_id=request.requester_id,
        text=request.need,
        kind=request.kind,
        languages=frozenset(request.languages),
        country=request.country,
        sector=request.sector,
        excluded=frozenset(excluded),
        network=request.network,
    )


async def active_requests(session: AsyncSession, requester_id: int) -> list[MatchRequest]:
    """The person's requests still looking for someone (open or proposed), oldest first."""
    stmt = (
        select(MatchRequest)
        .where(
            MatchRequest.requester_id == requester_id,
            MatchRequest.status.in_(ACTIVE_REQUEST),
        )
        .order_by(MatchRequest.id)
    )
    return list((await session.execute(stmt)).scalars())


async def open_requests(
    session: AsyncSession, kind: str | None, networks: Collection[str] | None = None
) -> list[MatchRequest]:
    """Every open request (of ``kind``, of ``networks``, when given) that still has its
    requester, locked, oldest first: what a batch run matches."""
    stmt = select(MatchRequest).where(
        MatchRequest.status == OPEN, MatchRequest.requester_id.is_not(None)
    )
    if kind is not None:
        stmt = stmt.where(MatchRequest.kind == kind)
    if networks is not None:
        stmt = stmt.where(MatchRequest.network.in_(sorted(networks)))
    return list((await session.execute(stmt.order_by(MatchRequest.id).with_for_update())).scalars())


async def requests_by(
    session: AsyncSession, person_id: int, *, newest: int | None = None, lock: bool = False
) -> list[MatchRequest]:
    """The person's requests: oldest first, or the ``newest`` few newest first."""
    stmt = select(MatchRequest).where(MatchRequest.requester_id == person_id)
    if newest is not None:
        stmt = stmt.order_by(MatchRequest.id.desc()).limit(newest)
    else:
        stmt = stmt.order_by(MatchRequest.id)
    if lock:
        stmt = stmt.with_for_update()
    return list((await session.execute(stmt)).scalars())


# --- proposals and matches ------------------------------------------------------------------


async def pending_to(
    session: AsyncSession, person_id: int, *, kind: str | None = None, lock: bool = False
) -> list[tuple[Proposal, MatchRequest]]:
    """Proposals waiting for this person's answer (of requests of ``kind``, when given), with
    their requests, oldest first."""
    stmt = (
        select(Proposal, MatchRequest)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.mentor_id == person_id, Proposal.status == PENDING)
        .order_by(Proposal.id)
    )
    if kind is not None:
        stmt = stmt.where(MatchRequest.kind == kind)
    if lock:
        stmt = stmt.with_for_update()
    return [(p, r) for p, r in await session.execute(stmt)]


async def lock_proposal(
    session: AsyncSession, proposal_id: int
) -> tuple[Proposal, MatchRequest] | None:
    """A proposal and its request, both locked, the request first: the order in which every
    operation locks them (a cancel locks a request, then its proposals). Taken the other way
    round, an accept and a cancel of one request would each hold what the other waits for,
    and PostgreSQL would abort one of them. ``None`` if the proposal is not there."""
    request_id = await session.scalar(select(Proposal.request_id).where(Proposal.id == proposal_id))
    if request_id is None:
        return None
    request = await session.get(MatchRequest, request_id, with_for_update=True)
    proposal = await session.get(
        Proposal, proposal_id, with_for_update=True, populate_existing=True
    )
    if request is None or proposal is None:
        return None
    return proposal, request


async def addressee(session: AsyncSession, proposal_id: int) -> int | None:
    """Whom the proposal asks (not locked), or ``None`` for no such proposal."""
    return await session.scalar(select(Proposal.mentor_id).where(Proposal.id == proposal_id))


async def pending_of_request(session: AsyncSession, request_id: int) -> list[Proposal]:
    """The proposals of a request waiting for an answer, locked."""
    stmt = select(Proposal).where(Proposal.request_id == request_id, Proposal.status == PENDING)
    return list((await session.execute(stmt.with_for_update())).scalars())


async def accepted_of(session: AsyncSession, request_id: int) -> Proposal | None:
    """The accepted proposal (the match) of a request, if any."""
    return await session.scalar(
        select(Proposal).where(Proposal.request_id == request_id, Proposal.status == ACCEPTED)
    )


async def waiting_of(session: AsyncSession, request_id: int) -> Proposal | None:
    """The latest proposal of a request that waits for an answer, if any."""
    return await session.scalar(
        select(Proposal)
        .where(Proposal.request_id == request_id, Proposal.status == PENDING)
        .order_by(Proposal.id.desc())
        .limit(1)
    )


async def proposal_of_request(session: AsyncSession, request_id: int, mentor_id: int) -> int | None:
    """The number of the latest proposal of request ``request_id`` made to ``mentor_id``
    (someone who typed a request number where a proposal number belongs)."""
    return await session.scalar(
        select(Proposal.id)
        .where(Proposal.request_id == request_id, Proposal.mentor_id == mentor_id)
        .order_by(Proposal.id.desc())
        .limit(1)
    )


async def match_of_request(session: AsyncSession, request_id: int, person_id: int) -> int | None:
    """The match number of request ``request_id`` when ``person_id`` is one of its sides."""
    return await session.scalar(
        select(Proposal.id)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(
            Proposal.request_id == request_id,
            Proposal.status == ACCEPTED,
            (MatchRequest.requester_id == person_id) | (Proposal.mentor_id == person_id),
        )
    )


async def running_matches(
    session: AsyncSession, person_id: int
) -> list[tuple[Proposal, MatchRequest]]:
    """Accepted matches not ended that the person is either side of, the proposals locked."""
    stmt = (
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
    return [(p, r) for p, r in (await session.execute(stmt)).all()]


async def overdue(session: AsyncSession, now: datetime) -> list[int]:
    """Proposals waiting past their deadline, the most overdue first."""
    stmt = (
        select(Proposal.id)
        .where(Proposal.status == PENDING, Proposal.deadline_at <= now)
        .order_by(Proposal.deadline_at)
    )
    return list((await session.execute(stmt)).scalars())


async def start_deadline(
    session: AsyncSession, proposal_id: int | None, now: datetime, deadline: datetime
) -> None:
    """The proposal's message was delivered at ``now``: its answer is due at ``deadline``
    (only the first delivery counts)."""
    await session.execute(
        update(Proposal)
        .where(Proposal.id == proposal_id, Proposal.sent_at.is_(None))
        .values(sent_at=now, deadline_at=deadline)
    )


async def feedback_of(session: AsyncSession, proposal_id: int, author_id: int) -> Feedback | None:
    """The person's rating of a match, if they gave one."""
    stmt = select(Feedback).where(
        Feedback.proposal_id == proposal_id, Feedback.author_id == author_id
    )
    return (await session.execute(stmt)).scalar_one_or_none()


# --- statistics -----------------------------------------------------------------------------


def _of_networks(networks: Collection[str] | None) -> Any:
    """The condition that a request belongs to ``networks`` (``None``: any)."""
    return true() if networks is None else MatchRequest.network.in_(sorted(networks))


async def counts_by_status(
    session: AsyncSession, networks: Collection[str] | None = None
) -> tuple[dict[str, int], dict[str, int]]:
    """How many requests and how many proposals there are in each status (of the requests
    of ``networks``, when given)."""
    requests = {
        status: int(count)
        for status, count in await session.execute(
            select(MatchRequest.status, func.count())
            .where(_of_networks(networks))
            .group_by(MatchRequest.status)
        )
    }
    proposals = {
        status: int(count)
        for status, count in await session.execute(
            select(Proposal.status, func.count())
            .join(MatchRequest, MatchRequest.id == Proposal.request_id)
            .where(_of_networks(networks))
            .group_by(Proposal.status)
        )
    }
    return requests, proposals


async def exhausted_count(session: AsyncSession, networks: Collection[str] | None = None) -> int:
    """Open requests that asked every fitting candidate and wait for newcomers."""
    count = await session.scalar(
        select(func.count()).where(
            MatchRequest.exhausted_at.is_not(None),
            MatchRequest.status == OPEN,
            _of_networks(networks),
        )
    )
    return int(count or 0)


async def hours_to_match(
    session: AsyncSession, networks: Collection[str] | None = None
) -> list[float]:
    """For every matched request (of ``networks``), the hours from asking to the match."""
    rows = await session.execute(
        select(MatchRequest.created_at, MatchRequest.matched_at).where(
            MatchRequest.matched_at.is_not(None), _of_networks(networks)
        )
    )
    return [
        (matched - created).total_seconds() / 3600
        for created, matched in rows
        if matched is not None
    ]


async def all_profiles(
    session: AsyncSession, networks: Collection[str] | None = None
) -> list[Profile]:
    """Every profile, both kinds (of mentors of ``networks``, when given)."""
    stmt = select(Profile)
    if networks is not None:
        stmt = stmt.where(Profile.network.in_(sorted(networks)))
    return list((await session.execute(stmt)).scalars())


# --- personal data --------------------------------------------------------------------------


async def closed_before(session: AsyncSession, cutoff: datetime) -> list[int]:
    """Requests matched or cancelled at or before ``cutoff`` and not anonymised yet."""
    stmt = select(MatchRequest.id).where(
        MatchRequest.status.in_((MATCHED, CANCELLED)),
        MatchRequest.closed_at <= cutoff,
        MatchRequest.anonymised_at.is_(None),
    )
    return list((await session.execute(stmt)).scalars())


async def anonymise_requests(session: AsyncSession, ids: Sequence[int], now: datetime) -> None:
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


async def person_rows(session: AsyncSession, person_id: int) -> dict[str, list[Any]]:
    """Every row that names the person: their profiles, their requests, the proposals made
    to them and the ratings they gave, each oldest first."""
    profiles = await session.execute(select(Profile).where(Profile.person_id == person_id))
    proposals = await session.execute(
        select(Proposal).where(Proposal.mentor_id == person_id).order_by(Proposal.id)
    )
    feedback = await session.execute(
        select(Feedback).where(Feedback.author_id == person_id).order_by(Feedback.id)
    )
    return {
        "profiles": list(profiles.scalars()),
        "requests": await requests_by(session, person_id),
        "proposals": list(proposals.scalars()),
        "feedback": list(feedback.scalars()),
    }


async def delete_profiles(session: AsyncSession, person_id: int) -> None:
    """Delete the person's profiles, both kinds."""
    await session.execute(delete(Profile).where(Profile.person_id == person_id))


async def unlink_person(session: AsyncSession, person_id: int) -> None:
    """Take the person's link off the proposals made to them, and off their ratings with
    their comments (the counts stay)."""
    await session.execute(
        update(Proposal).where(Proposal.mentor_id == person_id).values(mentor_id=None)
    )
    await session.execute(
        update(Feedback).where(Feedback.author_id == person_id).values(author_id=None, comment="")
    )
