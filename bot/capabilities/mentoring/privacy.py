"""What mentoring keeps about a person: the export for ``!mydata``, the erasure for
``!forgetme``, and the anonymisation of requests a while after they close.

Erasure and anonymisation keep anonymous counts: rows lose the link to the person and every
detail they wrote, and stay as numbers for the coordinators' statistics. Export and erasure
run inside the privacy capability's transaction (the session is given); anonymisation is a
daily job of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.mentoring import store as repo
from bot.capabilities.mentoring.proposals import number_for
from bot.capabilities.mentoring.proposing import Proposer
from bot.capabilities.mentoring.tables import ACTIVE_REQUEST, MatchRequest, Proposal
from bot.messages import Cmd, Msg
from bot.ports import Clock
from bot.store import Store

log = logging.getLogger(__name__)


class MentoringPrivacy:
    """Mentoring's part of ``!mydata`` and ``!forgetme``, and its retention of requests."""

    def __init__(
        self, store: Store, proposer: Proposer, clock: Clock, *, anonymise_after_days: int
    ) -> None:
        self.store = store
        self.proposer = proposer
        self.clock = clock
        self.anonymise_after = timedelta(days=anonymise_after_days)

    async def export(self, session: AsyncSession, person_id: int) -> dict[str, Any]:
        """Everything mentoring stores about the person (for ``!mydata``), as they know it:
        requests and proposals by the numbers they use in commands, each rating under the
        match number they know it by; row links and matching scores left out (they mean
        nothing to the person)."""
        rows = await repo.person_rows(session, person_id)
        feedback = []
        for f in rows["feedback"]:
            row = _row(f, exclude=("id", "author_id", "proposal_id"))
            proposal = await session.get(Proposal, f.proposal_id)
            request = await session.get(MatchRequest, proposal.request_id) if proposal else None
            if proposal is not None and request is not None:
                row = {"match": number_for(person_id, proposal, request), **row}
            feedback.append(row)
        return {
            "profiles": [_row(p, exclude=("id", "person_id")) for p in rows["profiles"]],
            "requests": [
                _row(r, exclude=("requester_id", "tries", "anonymised_at"))
                for r in rows["requests"]
            ],
            "proposals_to_you": [
                _row(p, exclude=("mentor_id", "request_id", "score")) for p in rows["proposals"]
            ],
            "feedback_given": feedback,
        }

    async def erase(self, session: AsyncSession, person_id: int) -> None:
        """Erase the person from mentoring, keeping only anonymous counts (for ``!forgetme``).

        Their profiles go; proposals waiting on them move to the next candidate; their open
        requests are cancelled (the asked mentor is told); their requests lose the need and
        every detail, their own ratings the link and comment, their proposals the link. The
        other side of each match keeps what is theirs (their proposal row or request, their
        rating and comment); a match still running ends, and the other side is told.
        """
        now = self.clock.now()
        await repo.delete_profiles(session, person_id)
        self.proposer.profiles_changed()
        await self.proposer.withdraw_mentor(session, person_id, now, kind=None)
        requests = await repo.requests_by(session, person_id, lock=True)
        for request in requests:
            if request.status in ACTIVE_REQUEST:
                await self.proposer.cancel(session, request, now)
        for match, request in await repo.running_matches(session, person_id):
            match.ended_at = now
            other = request.requester_id if match.mentor_id == person_id else match.mentor_id
            if other == person_id:
                continue
            await self.proposer.dm(
                session,
                other,
                Msg.of(
                    "mentoring.ended_by_erasure",
                    id=(theirs := number_for(other, match, request)),
                    command=Cmd(f"match feedback {theirs} 1-5"),
                ),
                key=f"mentoring-ended-{match.id}",
            )
        await repo.anonymise_requests(session, [r.id for r in requests], now)
        await repo.unlink_person(session, person_id)

    async def anonymise(self, now: datetime) -> int:
        """Strip personal details from requests closed more than ``anonymise_after_days``
        ago; returns how many."""
        async with self.store.session() as session:
            ids = await repo.closed_before(session, now - self.anonymise_after)
            await repo.anonymise_requests(session, ids, now)
        if ids:
            log.info("requests anonymised", extra={"count": len(ids)})
        return len(ids)


def _row(row: Any, *, exclude: Sequence[str] = ()) -> dict[str, Any]:
    """A table row as plain data (for the export)."""
    out: dict[str, Any] = {}
    for column in row.__table__.columns:
        if column.name in exclude:
            continue
        value = getattr(row, column.key)
        out[column.name] = value.isoformat() if isinstance(value, datetime) else value
    return out
