"""The report's queries: one aggregate (GROUP BY) per kind of figure over the whole period,
read by the indexes of migration ``0011`` (deliveries by time, requests, proposals, ratings
and entries by their times) and the day tables of lookups.

Every query returns counts and sums, grouped by network where the table records one; prompt
posts record their room, so they are grouped by room (and prompt) and the rooms are then
placed in their networks by the caller. None reads a text, a name or an account.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, true, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.knowledge.tables import GapDay, KnowledgeEntry, LookupDay
from bot.capabilities.mentoring.tables import (
    ACCEPTED,
    Feedback,
    MatchRequest,
    Profile,
    Proposal,
)
from bot.capabilities.prompts.models import Delivery, Part, Participant, Prompt, State
from bot.capabilities.reports.model import Period

#: A post's summary states before its count of people is written on it.
_SUMMARY_PENDING = ("due", "posting")
#: How knowledge entries suggested in chat are marked (``added_via``).
SUGGESTED = "chat"


@dataclass(frozen=True, slots=True)
class PostRow:
    """A prompt's posts in one room in the period, with their summed counts."""

    platform: str
    room_id: str
    prompt_id: int
    series_id: int | None
    posts: int
    replies: int
    participants: int
    most: int


def _in(column: Any, period: Period) -> Any:
    return and_(column >= period.since, column < period.until)


def _networks(column: Any, networks: Collection[str] | None) -> Any:
    return true() if networks is None else column.in_(sorted(networks))


async def posts(session: AsyncSession, period: Period) -> list[PostRow]:
    """Per room and prompt: the posts sent in the period (discussion prompts only, not a
    series' opening or closing), their replies and the people who answered — counted from
    who replied so far for a thread whose summary is not posted yet (the count is written
    on the post with its summary)."""
    so_far = (
        select(Participant.delivery_id.label("delivery_id"), func.count().label("people"))
        .group_by(Participant.delivery_id)
        .subquery()
    )
    people = case(
        (Delivery.summary_state.in_(_SUMMARY_PENDING), func.coalesce(so_far.c.people, 0)),
        else_=Delivery.participants,
    )
    stmt = (
        select(
            Delivery.platform,
            Delivery.room_id,
            Delivery.prompt_id,
            Prompt.series_id,
            func.count(),
            func.coalesce(func.sum(Delivery.replies), 0),
            func.coalesce(func.sum(people), 0),
            func.coalesce(func.max(people), 0),
        )
        .join(Prompt, Prompt.id == Delivery.prompt_id)
        .outerjoin(so_far, so_far.c.delivery_id == Delivery.id)
        .where(
            Delivery.state == State.SENT,
            _in(Delivery.scheduled_at, period),
            Prompt.part == Part.PROMPT,
        )
        .group_by(Delivery.platform, Delivery.room_id, Delivery.prompt_id, Prompt.series_id)
    )
    return [
        PostRow(p, r, int(i), s, int(n), int(rep), int(par), int(most))
        for p, r, i, s, n, rep, par, most in await session.execute(stmt)
    ]


async def requests_made(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, int]:
    """Requests for a mentor or expert made in the period, per network."""
    stmt = (
        select(MatchRequest.network, func.count())
        .where(_in(MatchRequest.created_at, period), _networks(MatchRequest.network, networks))
        .group_by(MatchRequest.network)
    )
    return {n: int(c) for n, c in await session.execute(stmt)}


async def proposals_made(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, int]:
    """Proposals made in the period, per network of their request."""
    stmt = (
        select(MatchRequest.network, func.count())
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(_in(Proposal.created_at, period), _networks(MatchRequest.network, networks))
        .group_by(MatchRequest.network)
    )
    return {n: int(c) for n, c in await session.execute(stmt)}


async def proposals_answered(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[tuple[str, str], int]:
    """Proposals answered in the period (accepted, declined, expired, withdrawn), per network
    and outcome."""
    stmt = (
        select(MatchRequest.network, Proposal.status, func.count())
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(_in(Proposal.answered_at, period), _networks(MatchRequest.network, networks))
        .group_by(MatchRequest.network, Proposal.status)
    )
    return {(n, s): int(c) for n, s, c in await session.execute(stmt)}


async def matches_ended(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, int]:
    """Matches ended in the period, per network."""
    stmt = (
        select(MatchRequest.network, func.count())
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(
            Proposal.status == ACCEPTED,
            _in(Proposal.ended_at, period),
            _networks(MatchRequest.network, networks),
        )
        .group_by(MatchRequest.network)
    )
    return {n: int(c) for n, c in await session.execute(stmt)}


async def hours_to_match(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, list[float]]:
    """For each request matched in the period, the hours from asking to the match, per
    network (the median is taken by the caller: SQLite has no percentile)."""
    stmt = select(MatchRequest.network, MatchRequest.created_at, MatchRequest.matched_at).where(
        _in(MatchRequest.matched_at, period), _networks(MatchRequest.network, networks)
    )
    out: dict[str, list[float]] = {}
    for network, created, matched in await session.execute(stmt):
        if matched is not None:
            out.setdefault(network, []).append((matched - created).total_seconds() / 3600)
    return out


async def feedback(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, tuple[int, float]]:
    """Ratings given in the period, per network: how many and their average."""
    stmt = (
        select(MatchRequest.network, func.count(), func.avg(Feedback.rating))
        .select_from(Feedback)
        .join(Proposal, Proposal.id == Feedback.proposal_id)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(_in(Feedback.created_at, period), _networks(MatchRequest.network, networks))
        .group_by(MatchRequest.network)
    )
    return {n: (int(c), float(a or 0)) for n, c, a in await session.execute(stmt)}


async def mentor_loads(
    session: AsyncSession, at: datetime, networks: Collection[str] | None
) -> dict[str, list[tuple[int, int]]]:
    """Per network, each mentor's (matches held at ``at``, capacity): mentors whose profile
    existed then and is active now (pauses are not kept as a history)."""
    held = (
        select(Proposal.mentor_id.label("mentor_id"), func.count().label("held"))
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(
            MatchRequest.kind == "mentor",
            Proposal.status == ACCEPTED,
            Proposal.answered_at < at,
            or_(Proposal.ended_at.is_(None), Proposal.ended_at >= at),
        )
        .group_by(Proposal.mentor_id)
        .subquery()
    )
    stmt = (
        select(Profile.network, func.coalesce(held.c.held, 0), Profile.capacity)
        .outerjoin(held, held.c.mentor_id == Profile.person_id)
        .where(
            Profile.kind == "mentor",
            Profile.created_at < at,
            or_(Profile.paused.is_(False), Profile.paused_until <= at),
            _networks(Profile.network, networks),
        )
    )
    out: dict[str, list[tuple[int, int]]] = {}
    for network, load, capacity in await session.execute(stmt):
        out.setdefault(network, []).append((int(load), int(capacity)))
    return out


async def lookups(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, tuple[int, int]]:
    """Lookups asked in the period and those that found nothing, per network."""
    stmt = (
        select(LookupDay.network, func.sum(LookupDay.asked), func.sum(LookupDay.found_nothing))
        .where(
            LookupDay.day >= period.start,
            LookupDay.day <= period.end,
            _networks(LookupDay.network, networks),
        )
        .group_by(LookupDay.network)
    )
    return {n: (int(a or 0), int(e or 0)) for n, a, e in await session.execute(stmt)}


async def gap_words(
    session: AsyncSession, period: Period, networks: Collection[str] | None, *, limit: int
) -> dict[str, list[tuple[str, int]]]:
    """Per network, the normalised lookups that found nothing most often in the period (at
    most ``limit``), most asked first."""
    total = func.sum(GapDay.count).label("total")
    stmt = (
        select(GapDay.network, GapDay.query, total)
        .where(
            GapDay.day >= period.start,
            GapDay.day <= period.end,
            _networks(GapDay.network, networks),
        )
        .group_by(GapDay.network, GapDay.query)
        .order_by(GapDay.network, total.desc(), GapDay.query)
    )
    out: dict[str, list[tuple[str, int]]] = {}
    for network, query, count in await session.execute(stmt):
        words = out.setdefault(network, [])
        if len(words) < limit:
            words.append((query, int(count)))
    return out


async def suggestions_made(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, int]:
    """Knowledge suggestions made in chat in the period, per network."""
    stmt = (
        select(KnowledgeEntry.network, func.count())
        .where(
            KnowledgeEntry.added_via == SUGGESTED,
            _in(KnowledgeEntry.created_at, period),
            _networks(KnowledgeEntry.network, networks),
        )
        .group_by(KnowledgeEntry.network)
    )
    return {n: int(c) for n, c in await session.execute(stmt)}


async def review_hours(
    session: AsyncSession, period: Period, networks: Collection[str] | None
) -> dict[str, list[float]]:
    """For each suggestion reviewed in the period, the hours it waited, per network."""
    stmt = select(
        KnowledgeEntry.network, KnowledgeEntry.created_at, KnowledgeEntry.reviewed_at
    ).where(
        KnowledgeEntry.added_via == SUGGESTED,
        _in(KnowledgeEntry.reviewed_at, period),
        _networks(KnowledgeEntry.network, networks),
    )
    out: dict[str, list[float]] = {}
    for network, created, reviewed in await session.execute(stmt):
        if reviewed is not None:
            out.setdefault(network, []).append((reviewed - created).total_seconds() / 3600)
    return out


# --- the dashboard's charts: a few figures over consecutive months, grouped by month ---------


def _month_index(column: Any, months: Sequence[Period], *, days: bool = False) -> Any:
    """The index in ``months`` (consecutive periods, oldest first) of ``column``'s value, for
    rows already limited to the months' span."""
    whens = [
        ((column <= m.end) if days else (column < m.until), i) for i, m in enumerate(months[:-1])
    ]
    if not whens:
        return literal(0)
    return case(*whens, else_=len(months) - 1)


def _span(column: Any, months: Sequence[Period], *, days: bool = False) -> Any:
    if days:
        return and_(column >= months[0].start, column <= months[-1].end)
    return and_(column >= months[0].since, column < months[-1].until)


async def people_by_month(
    session: AsyncSession, months: Sequence[Period], *, newest: int
) -> list[tuple[int, str, str, int, int]]:
    """Per month, room and prompt: the people who answered the prompt's posts sent that month
    (as :func:`posts` counts them), for the ``newest`` prompts of each room and month only
    (the highest ids). The ``newest`` prompts of a network over several months are among
    them: a prompt with fewer than ``newest`` newer ones in the network has fewer in each of
    its rooms and months. Rows ``(month index, platform, room, prompt, people)``."""
    so_far = (
        select(func.count())
        .select_from(Participant)
        .where(Participant.delivery_id == Delivery.id)
        .scalar_subquery()
    )
    people = case(
        (Delivery.summary_state.in_(_SUMMARY_PENDING), so_far),
        else_=Delivery.participants,
    )
    month = _month_index(Delivery.scheduled_at, months).label("month")
    grouped = (
        select(
            month,
            Delivery.platform.label("platform"),
            Delivery.room_id.label("room_id"),
            Delivery.prompt_id.label("prompt_id"),
            func.coalesce(func.sum(people), 0).label("people"),
            func.row_number()
            .over(
                partition_by=(month, Delivery.platform, Delivery.room_id),
                order_by=Delivery.prompt_id.desc(),
            )
            .label("rank"),
        )
        .join(Prompt, Prompt.id == Delivery.prompt_id)
        .where(
            Delivery.state == State.SENT,
            _span(Delivery.scheduled_at, months),
            Prompt.part == Part.PROMPT,
        )
        .group_by(month, Delivery.platform, Delivery.room_id, Delivery.prompt_id)
        .subquery()
    )
    stmt = select(
        grouped.c.month,
        grouped.c.platform,
        grouped.c.room_id,
        grouped.c.prompt_id,
        grouped.c.people,
    ).where(grouped.c.rank <= newest)
    return [(int(m), p, r, int(i), int(n)) for m, p, r, i, n in await session.execute(stmt)]


async def posts_stamp(session: AsyncSession, months: Sequence[Period]) -> dict[int, int]:
    """Per month: how many posts were sent, read from the index of posts by state and time
    alone (one range of it per month: a CASE over every row costs more). A sent post stays
    sent and is never deleted, so the count moves with every change of the month's sent
    posts."""
    parts = [
        select(literal(i), func.count()).where(
            Delivery.state == State.SENT, _in(Delivery.scheduled_at, m)
        )
        for i, m in enumerate(months)
    ]
    return {int(m): int(c) for m, c in await session.execute(union_all(*parts))}


async def counting_posts(session: AsyncSession) -> list[tuple[int, datetime, str, int]]:
    """The posts whose summary is not posted yet (a few: the last hours' posts), each with
    how many people replied so far: ``(id, scheduled, state, people)``. Read by the index of
    summary states."""
    stmt = (
        select(Delivery.id, Delivery.scheduled_at, Delivery.state, func.count(Participant.id))
        .outerjoin(Participant, Participant.delivery_id == Delivery.id)
        .where(Delivery.summary_state.in_(_SUMMARY_PENDING))
        .group_by(Delivery.id, Delivery.scheduled_at, Delivery.state)
    )
    return [(int(i), at, str(st), int(n)) for i, at, st, n in await session.execute(stmt)]


async def accepted_by_month(
    session: AsyncSession, months: Sequence[Period]
) -> dict[tuple[int, str], int]:
    """Proposals accepted in each month (by when they were answered), per network of their
    request, as :func:`proposals_answered` counts them."""
    month = _month_index(Proposal.answered_at, months).label("month")
    stmt = (
        select(month, MatchRequest.network, func.count())
        .select_from(Proposal)
        .join(MatchRequest, MatchRequest.id == Proposal.request_id)
        .where(Proposal.status == ACCEPTED, _span(Proposal.answered_at, months))
        .group_by(month, MatchRequest.network)
    )
    return {(int(m), n): int(c) for m, n, c in await session.execute(stmt)}


async def lookups_by_month(
    session: AsyncSession, months: Sequence[Period]
) -> dict[tuple[int, str], tuple[int, int, int]]:
    """Per month and network: lookups asked, those that found nothing, and how many day rows
    they were added up from."""
    month = _month_index(LookupDay.day, months, days=True).label("month")
    stmt = (
        select(
            month,
            LookupDay.network,
            func.sum(LookupDay.asked),
            func.sum(LookupDay.found_nothing),
            func.count(),
        )
        .where(_span(LookupDay.day, months, days=True))
        .group_by(month, LookupDay.network)
    )
    return {
        (int(m), n): (int(a or 0), int(e or 0), int(c))
        for m, n, a, e, c in await session.execute(stmt)
    }


async def gaps_by_month(
    session: AsyncSession, months: Sequence[Period]
) -> dict[tuple[int, str, str], int]:
    """Per month, network and normalised lookup: how often it found nothing (every one: the
    most asked over several months are taken from the sums)."""
    month = _month_index(GapDay.day, months, days=True).label("month")
    stmt = (
        select(month, GapDay.network, GapDay.query, func.sum(GapDay.count))
        .where(_span(GapDay.day, months, days=True))
        .group_by(month, GapDay.network, GapDay.query)
    )
    return {(int(m), n, q): int(c or 0) for m, n, q, c in await session.execute(stmt)}


async def gaps_stamp(session: AsyncSession, months: Sequence[Period]) -> dict[int, tuple[int, int]]:
    """Per month: the gap day rows (how many, their counts added up)."""
    month = _month_index(GapDay.day, months, days=True).label("month")
    stmt = (
        select(month, func.count(), func.sum(GapDay.count))
        .where(_span(GapDay.day, months, days=True))
        .group_by(month)
    )
    return {int(m): (int(c), int(s or 0)) for m, c, s in await session.execute(stmt)}
