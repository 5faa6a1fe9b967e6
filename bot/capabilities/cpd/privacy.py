"""What the CPD capability keeps about a person, for ``!mydata`` and ``!forgetme``: their
self-assessment, their learning log and the network their self-assessment counts in, all
erased whole."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.cpd.tables import CpdLogEntry, CpdMember, CpdRating


async def export(session: AsyncSession, person_id: int) -> dict[str, Any]:
    ratings = (
        await session.scalars(
            select(CpdRating)
            .where(CpdRating.person_id == person_id)
            .order_by(CpdRating.framework_id, CpdRating.competence_id)
        )
    ).all()
    entries = (
        await session.scalars(
            select(CpdLogEntry)
            .where(CpdLogEntry.person_id == person_id)
            .order_by(CpdLogEntry.number)
        )
    ).all()
    member = await session.get(CpdMember, person_id)
    return {
        "counted_in_network": member.network if member is not None else None,
        "ratings": [
            {
                "framework": r.framework_id,
                "competence": r.competence_id,
                "level": r.level,
                "skipped": r.level is None,
                "rated_at": r.rated_at.isoformat(),
            }
            for r in ratings
        ],
        "learning_log": [
            {
                "number": e.number,
                "what": e.what,
                "framework": e.framework_id,
                "competence": e.competence_id,
                "date": e.done_on.isoformat() if e.done_on else None,
                "evidence": e.evidence,
                "created_at": e.created_at.isoformat(),
            }
            for e in entries
        ],
    }


async def erase(session: AsyncSession, person_id: int) -> None:
    await session.execute(delete(CpdRating).where(CpdRating.person_id == person_id))
    await session.execute(delete(CpdLogEntry).where(CpdLogEntry.person_id == person_id))
    await session.execute(delete(CpdMember).where(CpdMember.person_id == person_id))
