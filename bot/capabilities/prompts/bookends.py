"""A series' opening and closing messages, planned from its prompts.

The opening posts at the same instant as the first prompt (just before it); the closing
``[prompts] summary_after_hours`` after the last one, when its discussion is summarised. Both
are prompt rows (``part`` opening/closing, no thread, not managed with ``!prompt``), and
:func:`replan` moves them whenever the series' prompts change — added, edited, skipped,
paused, resumed or cancelled — until they have been posted. A series with no prompt left to
post has no opening or closing planned (they are cancelled, and come back when a prompt is
added); a series whose opening or closing text is empty has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.models import Part, Prompt, Series, Status, Target
from bot.capabilities.prompts.schedule import Schedule

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: Prompt statuses that do not count towards a series' span: they will never post.
NOT_POSTING = (Status.CANCELLED, Status.SKIPPED)


def instant_of(prompt: Prompt) -> datetime:
    """When a one-off prompt row posts (aware UTC); the first occurrence of any other."""
    when = Schedule.from_dict(prompt.schedule).next_time(_EPOCH)
    assert when is not None  # a stored schedule always has an occurrence
    return when.astimezone(UTC)


def at_utc(when: datetime) -> dict[str, str | None]:
    """The stored one-off schedule for instant ``when``, written in UTC."""
    spec = when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return Schedule(kind="at", spec=spec, tz="UTC").to_dict()


async def series_parts(session: AsyncSession, series_id: int) -> list[Prompt]:
    """Every row of a series (prompts, opening, closing), by id."""
    stmt = select(Prompt).where(Prompt.series_id == series_id).order_by(Prompt.id)
    return list((await session.execute(stmt)).scalars().all())


def posting_prompts(parts: list[Prompt]) -> list[Prompt]:
    """The series' prompts that have posted or still may, by time."""
    return sorted(
        (p for p in parts if p.part == Part.PROMPT and p.status not in NOT_POSTING),
        key=instant_of,
    )


def bookend(parts: list[Prompt], part: Part) -> Prompt | None:
    """The series' opening or closing row, if it has one."""
    return next((p for p in parts if p.part == part), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Replanned:
    """What :func:`replan` changed: rows for the engine to re-plan, and whether the series
    was left with nothing to post (its opening/closing cancelled for now)."""

    changed: tuple[int, ...] = ()
    emptied: bool = False


async def replan(
    session: AsyncSession, series: Series, now: datetime, summary_after: timedelta
) -> Replanned:
    """Renumber a series' prompts by time and re-plan its opening and closing.

    ``changed`` holds the ids of the rows whose schedule or status changed. An opening or
    closing already posted stays as it went out; one due in the past (the last remaining
    prompt was discussed long ago) is planned for the next second, to post at once.
    """
    if series.status != Status.ACTIVE:
        return Replanned()
    parts = await series_parts(session, series.id)
    prompts = posting_prompts(parts)
    for position, prompt in enumerate(prompts, start=1):
        prompt.position = position
    changed: list[int] = []
    emptied = False
    # Not before the next whole second: a row must lie after its own created_at to be posted.
    soonest = now.astimezone(UTC).replace(microsecond=0) + timedelta(seconds=1)
    first = instant_of(prompts[0]) if prompts else soonest
    last = instant_of(prompts[-1]) + summary_after if prompts else soonest
    plans = (
        (Part.OPENING, series.opening, 0, first),
        (Part.CLOSING, series.closing, len(prompts) + 1, last),
    )
    for part, text, position, when in plans:
        row = bookend(parts, part)
        if row is not None and row.status == Status.FINISHED:
            continue
        if not text or not prompts:
            if row is not None and row.status != Status.CANCELLED:
                row.status = Status.CANCELLED
                row.updated_at = now
                changed.append(row.id)
                emptied = emptied or not prompts
            continue
        schedule = at_utc(max(when, soonest))
        if row is None:
            row = Prompt(
                part=part,
                series_id=series.id,
                author_person_id=series.author_person_id,
                author_platform=series.author_platform,
                author_user_id=series.author_user_id,
                author_name=series.author_name,
                created_at=now,
            )
            row.targets = [
                Target(
                    platform=x["platform"], room_id=x["room_id"], room_name=x.get("room_name", "")
                )
                for x in series.targets
            ]
            session.add(row)
        elif (row.text, row.status, row.schedule, row.position) == (
            text,
            Status.ACTIVE,
            schedule,
            position,
        ):
            continue
        row.text = text
        row.status = Status.ACTIVE
        row.schedule = dict(schedule)
        row.position = position
        row.updated_at = now
        await session.flush()
        changed.append(row.id)
    return Replanned(changed=tuple(changed), emptied=emptied)


def posted_opening(parts: list[Prompt]) -> datetime | None:
    """When the series' opening went out, if it has: no prompt may come before it."""
    row = bookend(parts, Part.OPENING)
    return instant_of(row) if row is not None and row.status == Status.FINISHED else None
