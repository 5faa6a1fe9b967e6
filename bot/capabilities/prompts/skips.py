"""Coordinator skips (``!prompt skip``): how they are stored, and how they survive an edit.

A skip is a ``skipped`` delivery row per room at the skipped instant, with an empty ``key``
(the engine's own ``skipped`` rows, for posts stopped at the last moment, carry their key). The
engine's claim of that occurrence then finds the row and posts nothing. ``handled_until`` moves
past the skipped instant, so "next post" and the catch-up after downtime start after it.

When an edit changes a prompt's schedule or rooms, :func:`carry_skips` keeps each pending
skip whose instant the new schedule still posts at (in the new rooms) and clears the others;
the reply says which.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.models import Delivery, Prompt, State, Status
from bot.capabilities.prompts.schedule import Schedule

_TICK = timedelta(microseconds=1)


def finish_if_done(prompt: Prompt, schedule: Schedule) -> bool:
    """Mark a prompt with no occurrence after ``handled_until`` as done; true if so.

    A one-off whose one post was skipped is ``skipped`` (it never posted); a recurring prompt
    whose last occurrence was skipped is ``finished``.
    """
    after = prompt.handled_until
    if after is None or schedule.next_time(after) is not None:
        return False
    prompt.status = Status.SKIPPED if schedule.kind == "at" else Status.FINISHED
    return True


async def pending_skips(session: AsyncSession, prompt_id: int, now: datetime) -> list[datetime]:
    """The coming instants a coordinator skipped (``!prompt skip``), oldest first."""
    rows = await session.execute(
        select(Delivery.scheduled_at)
        .where(
            Delivery.prompt_id == prompt_id,
            Delivery.state == State.SKIPPED,
            Delivery.key == "",
            Delivery.scheduled_at > now,
        )
        .distinct()
    )
    return sorted(rows.scalars().all())


async def pending_skips_of(
    session: AsyncSession, prompt_ids: Collection[int], now: datetime
) -> dict[int, set[datetime]]:
    """:func:`pending_skips` of several prompts in one read."""
    if not prompt_ids:
        return {}
    rows = await session.execute(
        select(Delivery.prompt_id, Delivery.scheduled_at)
        .where(
            Delivery.prompt_id.in_(sorted(prompt_ids)),
            Delivery.state == State.SKIPPED,
            Delivery.key == "",
            Delivery.scheduled_at > now,
        )
        .distinct()
    )
    out: dict[int, set[datetime]] = {}
    for prompt_id, when in rows:
        out.setdefault(int(prompt_id), set()).add(when)
    return out


def add_skip(session: AsyncSession, prompt: Prompt, when: datetime, now: datetime) -> None:
    """Record a skip of ``prompt``'s occurrence at ``when`` in each of its rooms."""
    for target in prompt.targets:
        session.add(
            Delivery(
                prompt_id=prompt.id,
                platform=target.platform,
                room_id=target.room_id,
                scheduled_at=when,
                state=State.SKIPPED,
                key="",
                claimed_at=now,
            )
        )


async def carry_skips(
    session: AsyncSession, prompt: Prompt, schedule: Schedule, now: datetime
) -> tuple[list[datetime], list[datetime]]:
    """Re-apply a prompt's pending skips after its schedule or rooms changed.

    A skipped instant the new schedule still posts at stays skipped (in the new rooms); one it
    does not is cleared. Returns (kept, cleared).
    """
    skips = await pending_skips(session, prompt.id, now)
    if not skips:
        return [], []
    kept = [
        w
        for w in skips
        if (n := schedule.next_time(w - _TICK)) is not None and n.astimezone(UTC) == w
    ]
    cleared = [w for w in skips if w not in kept]
    await session.execute(
        delete(Delivery).where(
            Delivery.prompt_id == prompt.id,
            Delivery.state == State.SKIPPED,
            Delivery.key == "",
            Delivery.scheduled_at > now,
        )
    )
    for when in kept:
        add_skip(session, prompt, when, now)
    return kept, cleared


def skipped_prefix(schedule: Schedule, now: datetime, skipped: list[datetime]) -> datetime:
    """The newest handled instant after a schedule change: ``now``, or the last of the
    skipped instants the new schedule reaches first (so "next post" is the first real one)."""
    handled = now
    while (nxt := schedule.next_time(handled)) is not None and nxt.astimezone(UTC) in skipped:
        handled = nxt.astimezone(UTC)
    return handled
