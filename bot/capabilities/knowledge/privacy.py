"""What the knowledge store keeps about a person, for ``!mydata`` and ``!forgetme``.

Entries are the community's shared content and stay; only the link to the person who
suggested or reviewed them is exported and, on erasure, removed. Gaps never name anyone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.knowledge.tables import KnowledgeEntry


async def export(session: AsyncSession, person_id: int) -> dict[str, Any]:
    """The entries this person suggested and the ones they reviewed."""
    rows = (
        await session.execute(
            select(KnowledgeEntry)
            .where(
                or_(KnowledgeEntry.added_by == person_id, KnowledgeEntry.reviewed_by == person_id)
            )
            .order_by(KnowledgeEntry.created_at)
        )
    ).scalars()
    suggested: list[dict[str, Any]] = []
    reviewed: list[dict[str, Any]] = []
    for row in rows:
        if row.added_by == person_id:
            suggested.append(
                {
                    "id": row.id,
                    "title": row.title,
                    "url": row.url,
                    "status": row.status,
                    "suggested_at": row.created_at.isoformat(),
                }
            )
        if row.reviewed_by == person_id:
            reviewed.append(
                {
                    "id": row.id,
                    "status": row.status,
                    "reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
                }
            )
    return {"suggested": suggested, "reviewed": reviewed}


async def erase(session: AsyncSession, person_id: int) -> None:
    """Unlink the person from the entries they suggested or reviewed (the entries stay)."""
    await session.execute(
        update(KnowledgeEntry).where(KnowledgeEntry.added_by == person_id).values(added_by=None)
    )
    await session.execute(
        update(KnowledgeEntry)
        .where(KnowledgeEntry.reviewed_by == person_id)
        .values(reviewed_by=None)
    )
