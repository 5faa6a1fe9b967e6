"""Prompt threads: counting the replies in them, and the participation summary posted later.

Each posted prompt opens a thread. A message listener counts who replied there and how often
(never what was said); ``[prompts] summary_after_hours`` after the post, one summary (people
and replies) is posted in the thread and the list of who replied is deleted, keeping only the
numbers.

Exactly once: a summary is written to the outbox (:mod:`bot.outbox`) with the delivery's key
plus ``s`` as idempotency key, in the transaction that marks it ``posted`` (``posting`` is the
state rows written before the outbox existed may still hold; they are taken up as due). The
outbox retries what the platform did not confirm. Jobs live in ``runtime.scheduler`` and are
rebuilt from the table at every start (:meth:`ThreadSummaries.reschedule`).

Who replied is personal data while it is kept: :func:`replies_of` exports a person's rows
(which prompt's thread, in which room, when it was posted, how many replies) and
:func:`forget_replies` deletes them; the counts on the delivery stay.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.triggers.date import DateTrigger
from sqlalchemy import delete, false, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.actions import Action
from bot.capabilities.privacy import Subject
from bot.capabilities.prompts.models import Delivery, Participant
from bot.events import Message
from bot.messages import Msg
from bot.outbox import owe_post
from bot.runtime import Runtime

_PENDING = ("due", "posting")


class ThreadSummaries:
    """Counts replies in prompt threads and posts each thread's summary once.

    ``on_message`` is the listener; ``schedule`` plans one summary (the engine calls it when a
    prompt with a thread was posted); ``reschedule`` plans every pending one at start;
    ``summarise_due`` posts what is due by the runtime clock (tests move a fake clock).
    """

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.store = runtime.store

    @property
    def summary_after(self) -> timedelta:
        return timedelta(hours=self.runtime.settings.prompts.summary_after_hours)

    def now(self) -> datetime:
        return self.runtime.clock.now().astimezone(UTC)

    async def on_message(self, message: Message) -> list[Action]:
        """Listener: count a reply in a prompt's thread (who and how many, never what)."""
        if message.thread_id is None or message.is_direct:
            return []
        if message.text.strip().startswith(self.runtime.settings.bot.prefix):
            return []
        async with self.store.session() as session:
            delivery = (
                await session.execute(
                    select(Delivery)
                    .where(
                        Delivery.platform == message.platform,
                        Delivery.thread_id == message.thread_id,
                        Delivery.summary_state == "due",
                    )
                    .order_by(Delivery.id.desc())
                    .limit(1)
                )
            ).scalar_one_or_none()
            if delivery is None:
                return []
            delivery.replies += 1
            participant = (
                await session.execute(
                    select(Participant).where(
                        Participant.delivery_id == delivery.id,
                        Participant.sender_id == message.sender_id,
                    )
                )
            ).scalar_one_or_none()
            if participant is None:
                session.add(
                    Participant(delivery_id=delivery.id, sender_id=message.sender_id, replies=1)
                )
            else:
                participant.replies += 1
        return []

    def schedule(self, delivery_id: int, at: datetime) -> None:
        """Post the summary of delivery ``delivery_id`` at ``at`` (replaces an earlier plan)."""
        self.runtime.scheduler.add_job(
            self.summarise,
            DateTrigger(run_date=at, timezone=UTC),
            args=(delivery_id,),
            id=f"prompt-summary:{delivery_id}",
            replace_existing=True,
            misfire_grace_time=None,
        )

    async def reschedule(self) -> int:
        """Plan every summary not yet posted (at start); returns how many."""
        async with self.store.session() as session:
            rows = (
                await session.execute(
                    select(Delivery.id, Delivery.sent_at).where(
                        Delivery.summary_state.in_(_PENDING)
                    )
                )
            ).all()
        now = self.now()
        for delivery_id, sent_at in rows:
            self.schedule(delivery_id, (sent_at or now) + self.summary_after)
        return len(rows)

    async def summarise(self, delivery_id: int) -> bool:
        """Owe the participation summary in a prompt's thread, once; True if written now.

        The summary goes to the outbox in the transaction that marks it posted and drops the
        participants' ids (only the counts stay), so it is neither lost nor doubled."""
        async with self.store.session() as session:
            claimed = await session.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id, Delivery.summary_state.in_(_PENDING))
                .values(summary_state="posted")
            )
            if claimed.rowcount == 0:  # type: ignore[attr-defined]
                return False
            delivery = await session.get(Delivery, delivery_id)
            assert delivery is not None
            people = (
                await session.execute(
                    select(func.count())
                    .select_from(Participant)
                    .where(Participant.delivery_id == delivery_id)
                )
            ).scalar_one()
            delivery.participants = int(people)
            text = (
                Msg.of("prompts.summary.none")
                if people == 0
                else Msg.of("prompts.summary.text", people=people, replies=delivery.replies)
            )
            await owe_post(
                session,
                platform=delivery.platform,
                room_id=delivery.room_id,
                room_name=delivery.room_id,
                thread_id=delivery.thread_id,
                text=text,
                now=self.now(),
                key=delivery.key + "s",
                topic="prompts.summary",
                ref=delivery.id,
            )
            # Who replied was kept only to count people; the counts stay, the ids go.
            await session.execute(delete(Participant).where(Participant.delivery_id == delivery_id))
        self.runtime.outbox.kick()
        return True

    async def summarise_due(self) -> int:
        """Post every summary whose time has come by the runtime clock (for tests)."""
        cutoff = self.now() - self.summary_after
        async with self.store.session() as session:
            ids = list(
                (
                    await session.execute(
                        select(Delivery.id).where(
                            Delivery.summary_state.in_(_PENDING), Delivery.sent_at <= cutoff
                        )
                    )
                )
                .scalars()
                .all()
            )
        done = 0
        for delivery_id in ids:
            done += await self.summarise(delivery_id)
        return done


def _replied_as(subject: Subject) -> Any:
    """The subject's participant rows (a row's platform is its delivery's)."""
    return or_(
        false(),
        *(
            (Delivery.platform == a.platform) & (Participant.sender_id == a.user_id)
            for a in subject.accounts
        ),
    )


async def replies_of(session: AsyncSession, subject: Subject) -> list[dict[str, Any]]:
    """The prompt threads the subject replied in whose summary is not posted yet: the
    prompt, the room, when it was posted and how many replies (never what, never who else)."""
    if not subject.accounts:
        return []
    rows = await session.execute(
        select(Delivery.prompt_id, Delivery.platform, Delivery.room_id, Delivery.sent_at)
        .add_columns(Participant.replies)
        .join(Participant, Participant.delivery_id == Delivery.id)
        .where(_replied_as(subject))
        .order_by(Delivery.sent_at, Delivery.id)
    )
    return [
        {
            "prompt": prompt_id,
            "platform": platform,
            "room": room_id,
            "posted_at": sent_at.isoformat() if sent_at else None,
            "replies": replies,
        }
        for prompt_id, platform, room_id, sent_at, replies in rows
    ]


async def forget_replies(session: AsyncSession, subject: Subject) -> None:
    """Delete the subject's who-replied rows; the thread's reply count stays as it is."""
    if not subject.accounts:
        return
    mine = select(Participant.id).join(Delivery, Delivery.id == Participant.delivery_id)
    await session.execute(
        delete(Participant).where(Participant.id.in_(mine.where(_replied_as(subject))))
    )
