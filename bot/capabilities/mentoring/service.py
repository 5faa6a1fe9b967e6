"""The matching service: profiles, requests, proposals and their answers, batch runs, the
deadline sweep, anonymisation, and the personal-data export and erasure of mentoring.

Every operation is one transaction and returns the actions it implies (direct messages to the
mentor, the requester, coordinators); the chat layer adds them to its reply, background work
sends them through the runtime's outbox. State is written first, messages follow, so a restart
between any two steps resumes from the database: a pending proposal keeps its deadline, and a
proposal not yet delivered (``sent_at`` NULL, made by ``vetbot match run`` or while its
platform was away) is delivered by the next sweep, its deadline counted from then.

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

from bot.actions import Action, Choice, DirectMessage
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
from bot.runtime import Runtime
from bot.safety import clip

log = logging.getLogger(__name__)

#: Open requests one person may have at a time (a guard against flooding the mentors).
MAX_OPEN_REQUESTS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Opened:
    """The outcome of ``!match NEED``: the stored request and whether someone was asked."""

    request_id: int
    proposed: bool
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Declined:
    """The outcome of a decline: whether someone else was asked, and the messages to send."""

    asked_next: bool
    kind: str
    actions: tuple[Action, ...] = ()


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
    actions: tuple[Action, ...] = ()


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
        self, session: AsyncSession, person_id: int | None, text: str, **kw: Any
    ) -> list[Action]:
        who = await q.contact(session, person_id)
        if who is None:
            return []
        return [
            DirectMessage(
                platform=who.platform,
                user_id=who.user_id,
                user_name=who.name,
                text=text,
                choices=tuple(kw.get("choices", ())),
                key=kw.get("key"),
            )
        ]

    def _coordinators(self, text: str) -> list[Action]:
        """Direct messages to the ``[permissions] coordinator_users`` (none if there are none)."""
        out: list[Action] = []
        for entry in self.runtime.settings.permissions.coordinator_users:
            platform, sep, user_id = entry.partition(":")
            if sep and user_id:
                out.append(DirectMessage(platform=platform, user_id=user_id, text=text))
        return out

    def _reasons(self, reasons: Sequence[Reason]) -> str:
        parts = []
        for reason in reasons:
            if reason.code in ("topic", "bio", "language", "country", "sector"):
                parts.append(self.t(f"mentoring.reason.{reason.code}", detail=reason.detail))
        return "; ".join(p for p in parts if p)

    def _asked_for(self, request: MatchRequest) -> str:
        bits = []
        if request.languages:
            bits.append(self.t("mentoring.asked.languages", value=", ".join(request.languages)))
        if request.country:
            bits.append(self.t("mentoring.asked.country", value=request.country))
        if request.sector:
            bits.append(self.t("mentoring.asked.sector", value=request.sector))
        return "; ".join(bits) or self.t("mentoring.asked.nothing")

    # --- profiles -----------------------------------------------------------------------------
    async def join(
        self, person_id: int, kind: str, fields: ProfileFields, now: datetime
    ) -> tuple[Profile, list[Action]]:
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
        result = await self.run_batch(now, kind=kind, deliver=True)
        return profile, list(result.actions)

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

    async def resume(self, person_id: int, kind: str, now: datetime) -> list[Action]:
        async with self.runtime.store.session() as session:
            profile = await self._profile(session, person_id, kind)
            if profile.is_active(now):
                raise Conflict(self.t("mentoring.not_paused", kind=kind))
            profile.paused, profile.paused_until, profile.updated_at = False, None, now
        self.population.clear()
        return list((await self.run_batch(now, kind=kind, deliver=True)).actions)

    async def leave(self, person_id: int, kind: str, now: datetime) -> tuple[int, list[Action]]:
        """Delete the profile; withdraw its pending proposals and ask the next candidates."""
        async with self.runtime.store.session() as session:
            profile = await self._profile(session, person_id, kind)
            await session.delete(profile)
            await session.flush()
            self.population.clear()
            actions, withdrawn = await self._withdraw_mentor(session, person_id, now, kind=kind)
            return withdrawn, actions

    async def _profile(self, session: AsyncSession, person_id: int, kind: str) -> Profile:
        profile = await q.profile_of(session, person_id, kind, lock=True)
        if profile is None:
            raise NotFound(
                self.t("mentoring.not_joined", kind=kind, command=self._cmd(f"{kind} join"))
            )
        return profile

    async def _withdraw_mentor(
        self, session: AsyncSession, person_id: int, now: datetime, *, kind: str | None
    ) -> tuple[list[Action], int]:
        stmt = (
            select(Proposal, MatchRequest)
            .join(MatchRequest, MatchRequest.id == Proposal.request_id)
            .where(Proposal.mentor_id == person_id, Proposal.status == PENDING)
            .with_for_update()
        )
        if kind is not None:
            stmt = stmt.where(MatchRequest.kind == kind)
        actions: list[Action] = []
        rows = list(await session.execute(stmt))
        for proposal, request in rows:
            proposal.status, proposal.answered_at = WITHDRAWN, now
            actions.extend(await self._next(session, request, now, automatic=True))
        return actions, len(rows)

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
            actions = await self._next(session, request, now, automatic=False)
            return Opened(
                request_id=request.id, proposed=request.status == PROPOSED, actions=tuple(actions)
            )

    async def _next(
        self, session: AsyncSession, request: MatchRequest, now: datetime, *, automatic: bool
    ) -> list[Action]:
        """Ask the best candidate not yet asked; or tell the requester honestly nobody is left.

        ``automatic`` (after a decline, an expiry, a withdrawal) stops after ``max_tries``.
        """
        if request.status not in ACTIVE_REQUEST or request.requester_id is None:
            return []
        request.status, request.updated_at = OPEN, now
        if automatic and request.tries >= self._settings.max_tries:
            return await self._exhausted(session, request, now)
        asked = (await q.proposed_to(session, [request.id]))[request.id]
        index = await self.population.index(session, now)
        best = rank(
            q.need_of(request, asked), index, now=now, limit=1, rested_window=self._rest_window
        )
        if not best:
            return await self._exhausted(session, request, now) if request.tries else []
        return await self._propose(
            session, request, best[0].person_id, best[0].score, now, reasons=best[0].reasons
        )

    async def _propose(
        self,
        session: AsyncSession,
        request: MatchRequest,
        mentor_id: int,
        score: float,
        now: datetime,
        *,
        reasons: Sequence[Reason] | None = None,
        deliver: bool = True,
    ) -> list[Action]:
        proposal = Proposal(
            request_id=request.id,
            mentor_id=mentor_id,
            score=score,
            status=PENDING,
            created_at=now,
            sent_at=now if deliver else None,
            deadline_at=now + self._deadline if deliver else None,
        )
        session.add(proposal)
        request.status, request.tries, request.updated_at = PROPOSED, request.tries + 1, now
        await session.flush()
        if not deliver:
            return []
        return await self._proposal_message(session, proposal, request, now, reasons)

    async def _proposal_message(
        self,
        session: AsyncSession,
        proposal: Proposal,
        request: MatchRequest,
        now: datetime,
        reasons: Sequence[Reason] | None = None,
    ) -> list[Action]:
        """The proposal's direct message to the candidate; ``reasons`` are worked out from
        the current profiles when not given (a batch run, a delayed delivery)."""
        assert proposal.deadline_at is not None
        if reasons is None:
            reasons = await self._explain(session, request, proposal.mentor_id, now)
        why = self._reasons(reasons)
        text = self.t(
            "mentoring.proposal",
            id=proposal.id,
            kind=request.kind,
            need=request.need,
            asked=self._asked_for(request),
            deadline=self._when(proposal.deadline_at),
            accept=self._cmd(f"match accept {proposal.id}"),
            decline=self._cmd(f"match decline {proposal.id}"),
        )
        if why:
            text += "\n" + self.t("mentoring.proposal_why", reasons=why)
        choices = (
            Choice(
                label=self.t("mentoring.button_accept"),
                command=self._cmd(f"match accept {proposal.id}"),
                emoji="✅",
            ),
            Choice(
                label=self.t("mentoring.button_decline"),
                command=self._cmd(f"match decline {proposal.id}"),
                emoji="❌",
            ),
        )
        return await self._dm(
            session,
            proposal.mentor_id,
            text,
            choices=choices,
            key=f"mentoring-proposal-{proposal.id}",
        )

    async def _explain(
        self, session: AsyncSession, request: MatchRequest, mentor_id: int | None, now: datetime
    ) -> tuple[Reason, ...]:
        if mentor_id is None or request.requester_id is None:
            return ()
        index = await self.population.index(session, now)
        need = q.need_of(request, ())
        return explain(index, need, mentor_id, now=now, rested_window=self._rest_window)

    async def _exhausted(
        self, session: AsyncSession, request: MatchRequest, now: datetime
    ) -> list[Action]:
        """Nobody (more) could take the request: say so once, keep it open for newcomers."""
        request.status, request.updated_at = OPEN, now
        if request.exhausted_at is not None:
            return []
        request.exhausted_at = now
        told = self._coordinators(
            self.t(
                "mentoring.exhausted_coordinators",
                id=request.id,
                tries=request.tries,
                kind=request.kind,
                need=clip(request.need, 200),
                stats=self._cmd("match stats"),
            )
        )
        # "The coordinators know" only when someone was actually told.
        text = self.t("mentoring.exhausted", id=request.id, tries=request.tries, kind=request.kind)
        if told:
            text += " " + self.t("mentoring.exhausted_told")
        actions = await self._dm(session, request.requester_id, text)
        actions.extend(told)
        log.info("request found nobody", extra={"request": request.id, "tries": request.tries})
        return actions

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

    async def accept(self, person_id: int, proposal_id: int, now: datetime) -> list[Action]:
        """The mentor accepts: the request is matched, both get an introduction."""
        async with self.runtime.store.session() as session:
            proposal, request = await self._mine(session, person_id, proposal_id, "accept")
            proposal.status, proposal.answered_at = ACCEPTED, now
            request.status, request.matched_at, request.closed_at = MATCHED, now, now
            request.updated_at = now
            mentor = await q.contact(session, person_id)
            mentee = await q.contact(session, request.requester_id)
            if mentor is None or mentee is None:  # the requester was erased meanwhile
                raise Conflict(self.t("mentoring.proposal_was_withdrawn", id=proposal_id))
            feedback = self._cmd(f"match feedback {proposal.id} 1-5")
            actions = await self._dm(
                session,
                request.requester_id,
                self.t(
                    "mentoring.intro_requester",
                    kind=request.kind,
                    id=request.id,
                    need=request.need,
                    other=mentor.handle,
                    feedback=feedback,
                ),
            )
            actions += await self._dm(
                session,
                person_id,
                self.t(
                    "mentoring.intro_mentor",
                    id=proposal.id,
                    need=request.need,
                    other=mentee.handle,
                    feedback=feedback,
                    end=self._cmd(f"match end {proposal.id}"),
                ),
            )
            return actions

    async def decline(self, person_id: int, proposal_id: int, now: datetime) -> Declined:
        """The candidate declines: the next candidate is asked (or the requester told)."""
        async with self.runtime.store.session() as session:
            proposal, request = await self._mine(session, person_id, proposal_id, "decline")
            proposal.status, proposal.answered_at = DECLINED, now
            actions = await self._next(session, request, now, automatic=True)
            return Declined(
                asked_next=request.status == PROPOSED, kind=request.kind, actions=tuple(actions)
            )

    async def cancel(
        self, person_id: int, request_id: int | None, now: datetime
    ) -> tuple[int, list[Action]]:
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
            actions = await self._cancel(session, request, now)
            return request.id, actions

    async def _cancel(
        self, session: AsyncSession, request: MatchRequest, now: datetime
    ) -> list[Action]:
        request.status, request.closed_at, request.updated_at = CANCELLED, now, now
        actions: list[Action] = []
        for proposal in await q.pending_of_request(session, request.id):
            proposal.status, proposal.answered_at = WITHDRAWN, now
            if proposal.sent_at is not None:
                actions += await self._dm(
                    session,
                    proposal.mentor_id,
                    self.t("mentoring.withdrawn_to_mentor", id=proposal.id),
                )
        return actions

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

    async def end(self, person_id: int, proposal_id: int, now: datetime) -> list[Action]:
        """End a match, freeing the mentor's slot; returns the notice to the other side."""
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
            return await self._dm(
                session,
                other,
                self.t(
                    "mentoring.ended_by_other",
                    id=proposal_id,
                    name=name,
                    command=self._cmd(f"match feedback {proposal_id} 1-5"),
                ),
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
    async def run_batch(
        self, now: datetime, *, kind: str | None = None, deliver: bool = True
    ) -> BatchResult:
        """Match every open request at once, optimally (``assign``), and make the proposals.

        ``deliver=False`` (the ``vetbot match run`` command, which has no chat connection)
        leaves them for the running bot's next sweep to deliver.
        """
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
            actions: list[Action] = []
            for request, need in zip(requests, needs, strict=True):
                mentor = result.matches.get(request.id)
                if mentor is not None:
                    why = explain(index, need, mentor, now=now, rested_window=self._rest_window)
                    actions += await self._propose(
                        session,
                        request,
                        mentor,
                        result.fits[request.id],
                        now,
                        reasons=why,
                        deliver=deliver,
                    )
            return BatchResult(
                open=len(requests),
                proposed=result.matched,
                unmatched=tuple(result.unassigned),
                actions=tuple(actions),
            )

    async def expire_overdue(self, now: datetime) -> list[Action]:
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
        actions: list[Action] = []
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
                    following = await self._next(session, request, now, automatic=True)
                    asked_next = request.status == PROPOSED
                    actions += await self._dm(
                        session,
                        proposal.mentor_id,
                        self.t(
                            "mentoring.expired_to_mentor"
                            if asked_next
                            else "mentoring.expired_to_mentor_last",
                            id=proposal.id,
                        ),
                    )
                    actions += following
            except Exception:
                log.exception("expiring a proposal failed", extra={"proposal": proposal_id})
        return actions

    async def deliver_unsent(self, now: datetime) -> int:
        """Send proposals not delivered yet; each one's deadline starts when it is delivered."""
        async with self.runtime.store.session() as session:
            rows = list(
                await session.execute(
                    select(Proposal, MatchRequest)
                    .join(MatchRequest, MatchRequest.id == Proposal.request_id)
                    .where(Proposal.status == PENDING, Proposal.sent_at.is_(None))
                    .order_by(Proposal.id)
                )
            )
        delivered = 0
        for proposal, request in rows:
            proposal.deadline_at = now + self._deadline
            async with self.runtime.store.session() as session:
                actions = await self._proposal_message(session, proposal, request, now)
            if not actions:
                continue
            results = await self.runtime.outbox.send(actions)
            if not any(r is not None for r in results):
                continue  # not delivered (platform away): try again on the next sweep
            async with self.runtime.store.session() as session:
                await session.execute(
                    update(Proposal)
                    .where(Proposal.id == proposal.id, Proposal.sent_at.is_(None))
                    .values(sent_at=now, deadline_at=now + self._deadline)
                )
            delivered += 1
        return delivered

    async def sweep(self) -> None:
        """The deadline job: expire overdue proposals, send what that implies, deliver the rest."""
        now = self.runtime.clock.now()
        actions = await self.expire_overdue(now)
        if actions:
            await self.runtime.outbox.send(actions)
        await self.deliver_unsent(now)

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

    async def erase(self, session: AsyncSession, person_id: int) -> list[Action]:
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
        actions, _ = await self._withdraw_mentor(session, person_id, now, kind=None)
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
                actions += await self._cancel(session, request, now)
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
            actions += await self._dm(
                session,
                other,
                self.t(
                    "mentoring.ended_by_erasure",
                    id=match.id,
                    command=self._cmd(f"match feedback {match.id} 1-5"),
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
        return actions


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
