"""The delivery log and the engine's working records: plain-SQL reads of prompts, claims of
delivery rows, idempotency keys, and the direct messages that tell an author what did not post.

Kept apart from :mod:`~bot.capabilities.prompts.engine` (which decides *when*) because these
are the pieces that touch the tables on the hot path of a burst.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.models import Delivery, Prompt, State, Target
from bot.messages import Msg, When
from bot.outbox import owe_dm
from bot.safety import clip, one_line
from bot.store import dialect_insert
from bot.targets import RoomRef


@dataclass(slots=True, kw_only=True)
class PromptRecord:
    """The engine's working copy of a prompt row, read with plain SQL (no ORM identity map).

    Mutable on purpose: while handling a batch the engine advances ``handled_until`` and
    ``status`` here exactly as it writes them to the table.
    """

    id: int
    text: str
    part: str
    position: int
    series_id: int | None
    schedule: dict[str, Any]
    status: str
    created_at: datetime
    updated_at: datetime
    handled_until: datetime | None
    author_platform: str
    author_user_id: str
    author_name: str
    targets: list[RoomRef] = field(default_factory=list)


async def load_records(session: AsyncSession, *where: Any) -> dict[int, PromptRecord]:
    """The prompts matching ``where`` (conditions on ``Prompt``) with their targets, by id."""
    table = Prompt.__table__
    rows = (await session.execute(select(table).where(*where).order_by(table.c.id))).all()
    records = {
        r.id: PromptRecord(
            id=r.id,
            text=r.text,
            part=r.part,
            position=r.position,
            series_id=r.series_id,
            schedule=r.schedule,
            status=r.status,
            created_at=r.created_at,
            updated_at=r.updated_at,
            handled_until=r.handled_until,
            author_platform=r.author_platform,
            author_user_id=r.author_user_id,
            author_name=r.author_name,
        )
        for r in rows
    }
    if records:
        targets = await session.execute(
            select(Target.prompt_id, Target.platform, Target.room_id, Target.room_name)
            .join(Prompt, Prompt.id == Target.prompt_id)
            .where(*where)
            .order_by(Target.id)
        )
        for t_row in targets:
            record = records.get(t_row.prompt_id)
            if record is not None:
                record.targets.append(
                    RoomRef(
                        platform=t_row.platform, room_id=t_row.room_id, room_name=t_row.room_name
                    )
                )
    return records


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A delivery row claimed for sending (what sending and recording it needs)."""

    id: int
    prompt_id: int
    platform: str
    room_id: str
    scheduled_at: datetime
    key: str
    attempts: int


def delivery_key(prompt_id: int, platform: str, room_id: str, scheduled_at: datetime) -> str:
    """The idempotency key of one delivery: stable, short enough for a Discord nonce (25)."""
    raw = f"{prompt_id}|{platform}|{room_id}|{scheduled_at.astimezone(UTC).isoformat()}"
    return "vp" + hashlib.sha256(raw.encode()).hexdigest()[:20]


def new_row(
    prompt_id: int, platform: str, room_id: str, when: datetime, state: State, now: datetime
) -> dict[str, Any]:
    when = when.astimezone(UTC)
    return {
        "prompt_id": prompt_id,
        "platform": platform,
        "room_id": room_id,
        "scheduled_at": when,
        "state": str(state),
        "key": delivery_key(prompt_id, platform, room_id, when),
        "attempts": 1 if state == State.SENDING else 0,
        "claimed_at": now,
        "replies": 0,
        "participants": 0,
        "note": "",
    }


_CLAIM_COLUMNS = (
    Delivery.id,
    Delivery.prompt_id,
    Delivery.platform,
    Delivery.room_id,
    Delivery.scheduled_at,
    Delivery.key,
    Delivery.attempts,
)


async def claim(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> list[Claim]:
    """Insert delivery rows, skipping any occurrence already in the log; returns the new ones.

    One executemany INSERT … ON CONFLICT DO NOTHING … RETURNING: only rows this call inserted
    come back, so only they may be sent. (Rows inserted as ``missed`` come back with 0
    attempts and are not sent.)
    """
    if not rows:
        return []
    insert = dialect_insert(session)
    stmt = (
        insert(cast(Table, Delivery.__table__))
        .on_conflict_do_nothing(index_elements=["prompt_id", "platform", "room_id", "scheduled_at"])
        .returning(*_CLAIM_COLUMNS)
    )
    result = await session.execute(stmt, list(rows))
    return [
        Claim(
            id=r.id,
            prompt_id=r.prompt_id,
            platform=r.platform,
            room_id=r.room_id,
            scheduled_at=r.scheduled_at,
            key=r.key,
            attempts=r.attempts,
        )
        for r in result
    ]


def as_claim(delivery: Delivery) -> Claim:
    return Claim(
        id=delivery.id,
        prompt_id=delivery.prompt_id,
        platform=delivery.platform,
        room_id=delivery.room_id,
        scheduled_at=delivery.scheduled_at,
        key=delivery.key,
        attempts=delivery.attempts,
    )


def later_of(current: datetime | None, when: datetime) -> datetime:
    return when if current is None or when > current else current


async def owe_author_notice(
    session: AsyncSession,
    prompt: PromptRecord,
    key: str,
    times: Sequence[datetime],
    truncated: bool,
    now: datetime,
) -> bool:
    """Owe the prompt's author a direct message about occurrences that did not post (in the
    outbox, with the change that records them); false when the prompt has no author.

    Its outbox key is made of the prompt, the notice and the times, so two processes that
    see the same missed occurrences owe one message, not two."""
    if not prompt.author_user_id or not prompt.author_platform or not times:
        return False
    tz = str(prompt.schedule.get("tz") or "UTC")
    ordered = sorted(t.astimezone(UTC) for t in times)
    digest = hashlib.sha256(
        "|".join([str(prompt.id), key, *(t.isoformat() for t in ordered)]).encode()
    ).hexdigest()[:24]
    if len(ordered) == 1 and not truncated:
        key += "_one"
    await owe_dm(
        session,
        platform=prompt.author_platform,
        user_id=prompt.author_user_id,
        user_name=prompt.author_name,
        text=Msg.of(
            key,
            id=prompt.id,
            count=len(ordered) if not truncated else f"{len(ordered)}+",
            first=When(ordered[0], zone=tz),
            last=When(ordered[-1], zone=tz),
            text=clip(one_line(prompt.text), 60),
        ),
        now=now,
        key=f"prompt-notice-{digest}",
        topic="prompts.notice",
        ref=prompt.id,
    )
    return True
