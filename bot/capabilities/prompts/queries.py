"""What the prompt services read and write in the prompt tables, beyond a row by its id.

Skips have their own module (:mod:`.skips`), and so do a series' opening and closing
(:mod:`.bookends`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.models import Delivery, Part, Prompt, Series, Status, Target
from bot.capabilities.prompts.schedule import Schedule
from bot.targets import RoomRef


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


def set_targets(prompt: Prompt, targets: Sequence[RoomRef]) -> None:
    """Point ``prompt`` at ``targets``. A room it already posts in keeps its row: a new row
    for it would be inserted before the old one is deleted, and clash with it."""
    kept = {(row.platform, row.room_id): row for row in prompt.targets}
    rows: dict[tuple[str, str], Target] = {}
    for ref in targets:
        key = (ref.platform, ref.room_id)
        if key in rows:
            continue
        row = kept.get(key) or Target(platform=ref.platform, room_id=ref.room_id)
        row.room_name = ref.room_name
        rows[key] = row
    prompt.targets = list(rows.values())


def targets_of(prompt: Prompt) -> tuple[RoomRef, ...]:
    """The rooms ``prompt`` posts in, as values."""
    return tuple(
        RoomRef(platform=x.platform, room_id=x.room_id, room_name=x.room_name)
        for x in prompt.targets
    )


def next_post(prompt: Prompt, now: datetime) -> datetime | None:
    """The next occurrence of an active prompt not yet handled."""
    if prompt.status != Status.ACTIVE:
        return None
    schedule = Schedule.from_dict(prompt.schedule)
    after = max(prompt.handled_until or now, now)
    return schedule.next_time(after)
