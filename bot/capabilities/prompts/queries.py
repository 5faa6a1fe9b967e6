"""The reads behind ``!prompt list|show`` and ``!series list``, kept out of the handlers."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.models import Delivery, Part, Prompt, Series, Status


async def listed_prompts(session: AsyncSession, limit: int = 50) -> list[Prompt]:
    """Active and paused prompts (not series openings/closings), oldest first."""
    stmt = (
        select(Prompt)
        .where(Prompt.part == Part.PROMPT, Prompt.status.in_((Status.ACTIVE, Status.PAUSED)))
        .order_by(Prompt.id)
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars().all())


async def delivery_counts(session: AsyncSession, prompt_id: int) -> dict[str, int]:
    """How many of the prompt's deliveries are in each state (sent, missed, skipped…)."""
    stmt = (
        select(Delivery.state, func.count())
        .where(Delivery.prompt_id == prompt_id)
        .group_by(Delivery.state)
    )
    return {state: count for state, count in (await session.execute(stmt)).all()}


async def recent_series(session: AsyncSession, limit: int = 30) -> list[Series]:
    """The newest series first."""
    stmt = select(Series).order_by(Series.id.desc()).limit(limit)
    return list((await session.execute(stmt)).scalars().all())
