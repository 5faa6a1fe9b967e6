"""The prompt engine: APScheduler jobs rebuilt from our tables, and exactly-once delivery.

**Jobs.** At start (interactive runs only) every active prompt is read from the database and
gets one APScheduler job (memory job store, ``DateTrigger``) for its next occurrence, computed
by the schedule's wall-clock trigger code (``Schedule.next_time``, DST-correct). The job carries
the prompt id and the occurrence's scheduled instant, so the delivery key is the schedule's own
time, never the moment a busy loop got round to running the job; after delivery the next
occurrence's job is added. Nothing is pickled: the tables are the truth, jobs are a cache of
"what fires next". A periodic sync picks up prompts changed by another process
(``vetbot say``).

**Exactly once.** A job fires ``PREPARE_SECONDS`` before its occurrence and queues it; a
worker handles what is queued in batches (each on its own task):

1. *claim*: in one committed transaction, insert a ``prompt_deliveries`` row per
   (prompt, platform, room, scheduled time) in state ``sending``. The UNIQUE constraint makes
   a second claim of the same occurrence a no-op (``ON CONFLICT DO NOTHING``), so nothing is
   claimed twice, whatever the timing of crashes, syncs and retries;
2. *send*: at the scheduled instant (never before; a prompt paused or cancelled meanwhile is
   dropped), hand the claimed posts to ``runtime.outbox.send``, each with ``Post.key`` = the
   delivery's idempotency key;
3. *record*: mark them ``sent`` with the message and thread ids.

Doing the database work ahead keeps a burst (1,000 prompts at Monday 09:00) on time; see
``bench/scheduler``.

A crash between 1 and 3 leaves rows in ``sending``; at the next start they are sent again
with the **same key** (if still within the grace period, else marked ``failed`` and reported
to the author). Matrix uses the key as transaction id and Discord as an enforced nonce, so the
platform drops the duplicate. The console has no such memory: after a crash in that
millisecond window it prints the prompt a second time (at least once, never lost).

**Downtime.** Occurrences that fell due while the bot was down are sorted by
:func:`~bot.capabilities.prompts.schedule.plan_catch_up`: the newest is posted once at start
if it is within ``[prompts] grace_minutes``, the others are recorded as ``missed`` and the
author gets a direct message about them.

**Threads.** Each posted prompt opens a thread (``Post.thread_title``); counting the replies
and posting the participation summary is :mod:`~bot.capabilities.prompts.threads`' job.

Why one module of over 700 lines: jobs, the queue, the worker and the resends share one
state (``next_times``, what was planned at which version, the queue) that must change
together; the delivery rows' own reads and writes are :mod:`.deliveries`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import groupby
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select, update

from bot.actions import Action, Post
from bot.actions import Delivery as Posted
from bot.capabilities.prompts.deliveries import (
    Claim,
    PromptRecord,
    as_claim,
    claim,
    later_of,
    load_records,
    new_row,
    owe_author_notice,
)
from bot.capabilities.prompts.models import (
    Delivery,
    Part,
    Prompt,
    Series,
    State,
    Status,
)
from bot.capabilities.prompts.schedule import Schedule, plan_catch_up
from bot.capabilities.prompts.threads import ThreadSummaries
from bot.errors import StoreError
from bot.i18n import t
from bot.runtime import Runtime
from bot.safety import one_line

log = logging.getLogger(__name__)

#: Seconds before an occurrence's time at which its job fires: the claim (database work) is
#: done ahead, and the posts are handed to the adapters at the scheduled instant itself.
PREPARE_SECONDS = 2.0
#: Seconds before the instant at which claimed posts are checked (paused? cancelled?) and built.
FINAL_CHECK_SECONDS = 0.25
#: Seconds between two looks at prompts changed by another process.
SYNC_SECONDS = 30.0
#: Seconds before a post the platform did not confirm is tried again, and how often.
RETRY_SECONDS = 30.0
#: How long stopping waits for delivery tasks to unwind.
STOP_SECONDS = 5.0
MAX_ATTEMPTS = 5
_PART_ORDER = {Part.OPENING: 0, Part.PROMPT: 1, Part.CLOSING: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class Occurrence:
    """One due occurrence of a prompt: the prompt and its scheduled instant (aware UTC)."""

    prompt_id: int
    scheduled_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class Resend:
    """Deliveries left in ``sending`` (by a crash or an unconfirmed post) to send again."""

    delivery_ids: tuple[int, ...]


@dataclass(slots=True, kw_only=True)
class LoadReport:
    """What :meth:`PromptEngine.load` found: for logs, tests and the benchmark."""

    prompts: int = 0
    scheduled: int = 0
    caught_up: int = 0
    missed: int = 0
    resent: int = 0
    failed: int = 0
    finished: int = 0


@dataclass(slots=True)
class _Plan:
    posts: list[Occurrence] = field(default_factory=list)
    missed: list[tuple[PromptRecord, list[datetime], bool]] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)


def thread_title(prompt: PromptRecord, lang: str) -> str:
    """The title of the thread a prompt opens: its first line, short (else "Prompt 12" in the
    room's language ``lang``)."""
    first = one_line(prompt.text.splitlines()[0] if prompt.text.strip() else "", 80)
    return first or t("prompts.thread_title", lang, id=prompt.id)


class PromptEngine:
    """Owns the prompt jobs in ``runtime.scheduler`` and the delivery worker.

    ``start``/``stop`` are the capability's start and stop hooks (``start`` does nothing
    outside interactive runs). ``refresh`` re-plans one prompt after a command changed it;
    ``run_due`` delivers every occurrence due by the runtime clock now (tests move the clock).
    """

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.store = runtime.store
        self.scheduler = runtime.scheduler
        self.settings = runtime.settings.prompts
        self.threads = ThreadSummaries(runtime)
        self.next_times: dict[int, datetime] = {}
        self._seen: dict[int, datetime] = {}  # each prompt's updated_at when last planned
        self._queue: asyncio.Queue[Occurrence | Resend] | None = None
        self._ready = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        # Posts in flight at once, over every batch (``[prompts] parallel_posts``).
        self._posting = asyncio.Semaphore(self.settings.parallel_posts)
        self._worker: asyncio.Task[None] | None = None
        self._synced_at: datetime | None = None
        self.started = False

    # --- lifecycle --------------------------------------------------------------------------
    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.settings.grace_minutes)

    @property
    def summary_after(self) -> timedelta:
        return self.threads.summary_after

    def now(self) -> datetime:
        return self.runtime.clock.now().astimezone(UTC)

    async def start(self) -> None:
        """Start hook: load the tables, catch up, schedule jobs (interactive runs only)."""
        if not self.runtime.interactive:
            return
        self._queue = asyncio.Queue()
        self._ready = asyncio.Event()
        self._worker = asyncio.create_task(self._work(), name="prompt-delivery")
        self.started = True
        report = await self.load()
        # Deliveries wait for the scheduler's first run: by then every start hook has run and
        # the composition root has registered the adapters the outbox routes to.
        self.scheduler.add_job(
            self.ready,
            DateTrigger(run_date=self.now(), timezone=UTC),
            id="prompts:ready",
            replace_existing=True,
            misfire_grace_time=None,
        )
        self.scheduler.add_job(
            self.sync,
            IntervalTrigger(seconds=SYNC_SECONDS),
            id="prompts:sync",
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
        )
        log.info(
            "prompts loaded",
            extra={
                "prompts": report.prompts,
                "scheduled": report.scheduled,
                "caught_up": report.caught_up,
                "missed": report.missed,
                "resent": report.resent,
            },
        )

    async def ready(self) -> None:
        """Let the worker deliver (called once the bot is fully started)."""
        self._ready.set()

    async def stop(self) -> None:
        """Stop hook (end of the leader work): end the worker and forget the plan."""
        self.started = False
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            # Let them unwind (their sessions roll back) before the store closes behind them.
            await asyncio.wait(tasks, timeout=STOP_SECONDS)
        # Jobs are removed with the leader work (a replica that stops leading keeps running);
        # a new start plans again from the tables.
        self.next_times.clear()
        self._seen.clear()
        self._queue = None

    # --- loading and planning ---------------------------------------------------------------
    async def load(self) -> LoadReport:
        """Rebuild every job from the tables; catch up on downtime; resend interrupted posts."""
        now = self.now()
        self._synced_at = now
        report = LoadReport()
        async with self.store.session() as session:
            prompts = list((await load_records(session, Prompt.status == Status.ACTIVE)).values())
            interrupted = list(
                (await session.execute(select(Delivery).where(Delivery.state == State.SENDING)))
                .scalars()
                .all()
            )
        report.prompts = len(prompts)
        plan = _Plan()
        for prompt in prompts:
            self._plan(prompt, now, plan)
        report.scheduled = len(self.next_times)
        report.caught_up = len(plan.posts)
        report.missed = sum(len(times) for _, times, _ in plan.missed)
        report.finished = len(plan.finished)
        await self._record_plan(plan, now)
        resend = [d.id for d in interrupted if now - d.scheduled_at <= self.grace]
        stale = [d for d in interrupted if now - d.scheduled_at > self.grace]
        report.resent, report.failed = len(resend), len(stale)
        if stale:
            await self._fail(stale, "prompts.notice.stale")
        await self.threads.reschedule()
        if resend:
            self._enqueue(Resend(delivery_ids=tuple(resend)))
        for occurrence in plan.posts:
            self._enqueue(occurrence)
        return report

    def _plan(self, prompt: PromptRecord, now: datetime, plan: _Plan) -> None:
        """Decide what one active prompt needs now: a job, a catch-up post, or to finish."""
        self._seen[prompt.id] = prompt.updated_at
        try:
            schedule = Schedule.from_dict(prompt.schedule)
        except StoreError:
            log.exception("prompt has a corrupt schedule; skipped", extra={"prompt": prompt.id})
            return
        since = prompt.handled_until or prompt.created_at
        first = schedule.next_time(since)
        if first is not None and first.astimezone(UTC) <= now:
            catch = plan_catch_up(
                schedule,
                last_scheduled=prompt.handled_until,
                created_at=prompt.created_at,
                now=now,
                grace=self.grace,
            )
            if catch.post is not None:
                plan.posts.append(
                    Occurrence(prompt_id=prompt.id, scheduled_at=catch.post.astimezone(UTC))
                )
            if catch.missed:
                plan.missed.append((prompt, list(catch.missed), catch.truncated))
            first = schedule.next_time(now)
        if first is None:
            self._unschedule(prompt.id)
            if not any(o.prompt_id == prompt.id for o in plan.posts):
                plan.finished.append(prompt.id)
            return
        self._schedule(prompt.id, first.astimezone(UTC))

    async def _record_plan(self, plan: _Plan, now: datetime) -> None:
        """Write missed occurrences and finished prompts; tell authors what was missed."""
        if not plan.missed and not plan.finished:
            return
        owed = False
        async with self.store.session() as session:
            rows: list[dict[str, Any]] = []
            for prompt, times, truncated in plan.missed:
                for when in times:
                    for target in prompt.targets:
                        rows.append(
                            new_row(
                                prompt.id, target.platform, target.room_id, when, State.MISSED, now
                            )
                        )
                newest = max(w.astimezone(UTC) for w in times)
                await session.execute(
                    update(Prompt)
                    .where(Prompt.id == prompt.id)
                    .values(handled_until=later_of(prompt.handled_until, newest))
                )
                owed |= await owe_author_notice(
                    session, prompt, "prompts.notice.missed", times, truncated, now
                )
            await claim(session, rows)
            if plan.finished:
                await session.execute(
                    update(Prompt)
                    .where(Prompt.id.in_(plan.finished), Prompt.status == Status.ACTIVE)
                    .values(status=Status.FINISHED)
                )
        if owed:
            self.runtime.outbox.kick()

    async def refresh(self, prompt_id: int) -> None:
        """Re-plan one prompt after a command changed it (no-op outside a running bot)."""
        if not self.started:
            return
        await self._refresh([prompt_id])

    async def sync(self) -> None:
        """Pick up prompts changed since the last look (by another process, say)."""
        if not self.started:
            return
        since = (self._synced_at or self.now()) - timedelta(seconds=5)
        self._synced_at = self.now()
        async with self.store.session() as session:
            rows = (
                await session.execute(
                    select(Prompt.id, Prompt.updated_at).where(Prompt.updated_at >= since)
                )
            ).all()
        # The window overlaps the last look (clocks of two processes differ a little); what
        # was already planned at this version is left alone.
        ids = [pid for pid, updated in rows if self._seen.get(pid) != updated]
        if ids:
            await self._refresh(ids)

    async def _refresh(self, ids: Sequence[int]) -> None:
        now = self.now()
        async with self.store.session() as session:
            prompts = list((await load_records(session, Prompt.id.in_(ids))).values())
        plan = _Plan()
        for prompt in prompts:
            if prompt.status == Status.ACTIVE:
                self._plan(prompt, now, plan)
            else:
                self._seen[prompt.id] = prompt.updated_at
                self._unschedule(prompt.id)
        await self._record_plan(plan, now)
        for occurrence in plan.posts:
            self._enqueue(occurrence)

    # --- jobs -------------------------------------------------------------------------------
    def _schedule(self, prompt_id: int, when: datetime) -> None:
        self.next_times[prompt_id] = when
        self.scheduler.add_job(
            self._fire,
            DateTrigger(run_date=when - timedelta(seconds=PREPARE_SECONDS), timezone=UTC),
            args=(prompt_id, when),
            id=f"prompt:{prompt_id}",
            replace_existing=True,
            # We judge lateness ourselves (grace period); APScheduler must never drop a job.
            misfire_grace_time=None,
        )

    def _unschedule(self, prompt_id: int) -> None:
        self.next_times.pop(prompt_id, None)
        with contextlib.suppress(JobLookupError):
            self.scheduler.remove_job(f"prompt:{prompt_id}")

    def _later(self, func: Any, arg: Any, *, at: datetime) -> None:
        self.scheduler.add_job(
            func, DateTrigger(run_date=at, timezone=UTC), args=(arg,), misfire_grace_time=None
        )

    async def _fire(self, prompt_id: int, when: datetime) -> None:
        """The job: hand the occurrence to the worker (nothing slow on the scheduler's path)."""
        if self.next_times.get(prompt_id) == when:
            del self.next_times[prompt_id]
        self._enqueue(Occurrence(prompt_id=prompt_id, scheduled_at=when))

    def _enqueue(self, item: Occurrence | Resend) -> None:
        if self._queue is None:
            log.warning("prompt engine not running; occurrence left for the next start")
            return
        self._queue.put_nowait(item)

    async def _work(self) -> None:
        assert self._queue is not None
        await self._ready.wait()
        while True:
            items = [await self._queue.get()]
            while not self._queue.empty():
                items.append(self._queue.get_nowait())
            # Each batch on its own task: one waiting for its posting instant must not hold up
            # the next. The delivery log's UNIQUE constraint keeps them from overlapping.
            task = asyncio.create_task(self._handle(items))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _handle(self, items: Sequence[Occurrence | Resend]) -> None:
        batch = [i for i in items if isinstance(i, Occurrence)]
        resend = [d for i in items if isinstance(i, Resend) for d in i.delivery_ids]
        try:
            if resend:
                await self.resend(resend)
            if batch:
                await self.deliver(batch)
        except Exception:
            # Nothing was claimed (or the claim rolled back): try again shortly; the
            # delivery log's UNIQUE constraint keeps a retry from posting twice.
            log.exception("prompt delivery failed; retrying", extra={"count": len(items)})
            retry_at = self.now() + timedelta(seconds=RETRY_SECONDS)
            for item in items:
                self._later(self._requeue, item, at=retry_at)

    async def _requeue(self, item: Occurrence | Resend) -> None:
        self._enqueue(item)

    def idle(self) -> bool:
        """Whether the worker has nothing queued or in hand (tests wait for it)."""
        return (self._queue is None or self._queue.empty()) and not self._tasks

    async def run_due(self) -> int:
        """Deliver every scheduled occurrence due by the runtime clock; returns how many.

        What the scheduler does in real time, for tests that move a fake clock.
        """
        now = self.now()
        due = [
            Occurrence(prompt_id=pid, scheduled_at=when)
            for pid, when in sorted(self.next_times.items(), key=lambda kv: kv[1])
            if when <= now
        ]
        for occurrence in due:
            self._unschedule(occurrence.prompt_id)
        if due:
            await self.deliver(due)
        return len(due)

    # --- delivery ---------------------------------------------------------------------------
    async def deliver(self, batch: Sequence[Occurrence]) -> int:
        """Claim, send and record a batch of due occurrences; returns how many posts went out.

        Occurrences of prompts no longer active are dropped; occurrences already claimed are
        not sent again; occurrences later than the grace period are recorded as missed. The
        next occurrences are computed only after the posts were handed off, to keep a burst of
        due prompts on time.
        """
        now = self.now()
        ids = sorted({o.prompt_id for o in batch})
        posts: list[tuple[Claim, PromptRecord]] = []
        late: dict[int, list[datetime]] = defaultdict(list)
        handled: dict[datetime, list[int]] = defaultdict(list)
        async with self.store.session() as session:
            prompts = await load_records(
                session, Prompt.id.in_(ids), Prompt.status == Status.ACTIVE
            )
            rows: list[dict[str, Any]] = []
            for occurrence in batch:
                prompt = prompts.get(occurrence.prompt_id)
                if prompt is None:
                    continue
                when = occurrence.scheduled_at.astimezone(UTC)
                is_late = now - when > self.grace
                if is_late:
                    late[prompt.id].append(when)
                state = State.MISSED if is_late else State.SENDING
                for target in prompt.targets:
                    rows.append(
                        new_row(prompt.id, target.platform, target.room_id, when, state, now)
                    )
                handled[when].append(prompt.id)
            claimed = await claim(session, rows)
            # Plain UPDATEs (not the ORM's row-by-row flush): a burst is one statement per time.
            for when, pids in handled.items():
                await session.execute(
                    update(Prompt)
                    .where(
                        Prompt.id.in_(pids),
                        (Prompt.handled_until.is_(None)) | (Prompt.handled_until < when),
                    )
                    .values(handled_until=when)
                )
            posts = [(c, prompts[c.prompt_id]) for c in claimed if c.attempts > 0]
            owed = False
            for pid, times in late.items():
                owed |= await owe_author_notice(
                    session, prompts[pid], "prompts.notice.missed", times, False, now
                )
        for when, pids in handled.items():
            for pid in pids:
                prompt = prompts[pid]
                prompt.handled_until = later_of(prompt.handled_until, when)
        stopped = await self._send(posts)
        await self._reschedule([p for p in prompts.values() if p.id not in stopped], now)
        if owed:
            self.runtime.outbox.kick()
        return len(posts)

    async def _reschedule(self, prompts: Sequence[PromptRecord], now: datetime) -> None:
        """Add the next job of each recurring prompt; finish those with none left."""
        ended: list[int] = []
        for prompt in prompts:
            try:
                nxt = Schedule.from_dict(prompt.schedule).next_time(prompt.handled_until or now)
            except StoreError:
                log.exception("prompt has a corrupt schedule", extra={"prompt": prompt.id})
                continue
            if nxt is None:
                ended.append(prompt.id)
                self._unschedule(prompt.id)
            else:
                self._schedule(prompt.id, nxt.astimezone(UTC))
        if ended:
            closed = {
                p.series_id
                for p in prompts
                if p.id in ended and p.part == Part.CLOSING and p.series_id is not None
            }
            async with self.store.session() as session:
                await session.execute(
                    update(Prompt)
                    .where(Prompt.id.in_(ended), Prompt.status == Status.ACTIVE)
                    .values(status=Status.FINISHED)
                )
                # A series ends with its closing message.
                if closed:
                    await session.execute(
                        update(Series)
                        .where(Series.id.in_(closed), Series.status == Status.ACTIVE)
                        .values(status=Status.FINISHED, updated_at=now)
                    )
            for prompt in prompts:
                if prompt.id in ended:
                    prompt.status = Status.FINISHED

    async def _send(self, posts: Sequence[tuple[Claim, PromptRecord]]) -> set[int]:
        """Hand claimed posts to the outbox at their scheduled instants, never before.

        Claims are made up to ``PREPARE_SECONDS`` ahead; a prompt paused or cancelled while
        its claim waited is not sent (its rows become ``skipped``); returns those prompts' ids.
        """
        ordered = sorted(
            posts,
            key=lambda dp: (
                dp[0].scheduled_at,
                _PART_ORDER.get(Part(dp[1].part), 1),
                dp[1].position,
                dp[0].id,
            ),
        )
        stopped: set[int] = set()
        for when, group in groupby(ordered, key=lambda dp: dp[0].scheduled_at):
            chosen = list(group)
            # Wake a little early to look for prompts stopped meanwhile and to build the
            # posts, then hand them over at the instant itself.
            early = (when - self.now()).total_seconds() - FINAL_CHECK_SECONDS
            if early > 0:
                await asyncio.sleep(early)
                kept = await self._drop_stopped(chosen)
                stopped |= {c.prompt_id for c, _ in chosen} - {c.prompt_id for c, _ in kept}
                chosen = kept
            actions = self._posts(chosen)
            wait = (when - self.now()).total_seconds()
            if wait > 0:
                await asyncio.sleep(wait)
            await self._send_now(chosen, actions)
        return stopped

    async def _drop_stopped(
        self, posts: list[tuple[Claim, PromptRecord]]
    ) -> list[tuple[Claim, PromptRecord]]:
        ids = {c.prompt_id for c, _ in posts}
        async with self.store.session() as session:
            stopped = set(
                (
                    await session.execute(
                        select(Prompt.id).where(
                            Prompt.id.in_(ids),
                            Prompt.status.in_((Status.PAUSED, Status.CANCELLED, Status.SKIPPED)),
                        )
                    )
                ).scalars()
            )
            if stopped:
                await session.execute(
                    update(Delivery)
                    .where(Delivery.id.in_([c.id for c, _ in posts if c.prompt_id in stopped]))
                    .values(state=State.SKIPPED, note="stopped before posting")
                )
        return [(c, p) for c, p in posts if c.prompt_id not in stopped]

    def _posts(self, posts: Sequence[tuple[Claim, PromptRecord]]) -> list[Action]:
        actions: list[Action] = []
        for delivery, prompt in posts:
            target = next(
                (
                    x
                    for x in prompt.targets
                    if x.platform == delivery.platform and x.room_id == delivery.room_id
                ),
                None,
            )
            actions.append(
                Post(
                    platform=delivery.platform,
                    room_id=delivery.room_id,
                    room_name=target.room_name if target is not None else delivery.room_id,
                    text=prompt.text,
                    thread_title=thread_title(
                        prompt, self.runtime.room_reader(delivery.platform, delivery.room_id).lang
                    )
                    if prompt.part == Part.PROMPT
                    else None,
                    key=delivery.key,
                )
            )
        return actions

    async def _send_now(
        self, posts: Sequence[tuple[Claim, PromptRecord]], actions: Sequence[Action]
    ) -> None:
        if not posts:
            return
        results = await self._post_all(posts, actions)
        now = self.now()
        sent: list[dict[str, Any]] = []
        unsent: list[Claim] = []
        for (delivery, prompt), result in zip(posts, results, strict=True):
            if result is None:
                unsent.append(delivery)
                continue
            thread = result.thread_id if prompt.part == Part.PROMPT else None
            sent.append(
                {
                    "id": delivery.id,
                    "state": State.SENT,
                    "sent_at": now,
                    "message_id": result.message_id,
                    "thread_id": thread,
                    "summary_state": "due" if thread else None,
                }
            )
        async with self.store.session() as session:
            if sent:
                await session.execute(update(Delivery), sent)
        for row in sent:
            if row["thread_id"]:
                self.threads.schedule(row["id"], now + self.threads.summary_after)
        if unsent:
            await self._retry_later(unsent, now)

    async def _post_all(
        self, posts: Sequence[tuple[Claim, PromptRecord]], actions: Sequence[Action]
    ) -> list[Posted | None]:
        """Send the posts of one instant, up to ``[prompts] parallel_posts`` at once.

        Openings go out before prompts and prompts before closings (each part waits for the
        one before it), so a series still opens before its prompts and closes after them.
        The outbox logs and answers ``None`` for a post that failed; the others go on.
        """
        results: list[Posted | None] = [None] * len(actions)

        async def post(index: int) -> None:
            async with self._posting:
                results[index] = (await self.runtime.outbox.send([actions[index]]))[0]

        for _, group in groupby(
            range(len(posts)), key=lambda i: _PART_ORDER.get(Part(posts[i][1].part), 1)
        ):
            indices = list(group)
            if len(indices) == 1:  # no task for a lone post: it runs as it did in order
                await post(indices[0])
            else:
                await asyncio.gather(*(post(i) for i in indices))
        return results

    async def _retry_later(self, unsent: Sequence[Claim], now: datetime) -> None:
        give_up = [d for d in unsent if d.attempts >= MAX_ATTEMPTS]
        again = [d.id for d in unsent if d.attempts < MAX_ATTEMPTS]
        if give_up:
            await self._fail(give_up, "prompts.notice.failed")
        if again:
            self._later(self.resend, again, at=now + timedelta(seconds=RETRY_SECONDS))

    async def resend(self, delivery_ids: Sequence[int]) -> int:
        """Send deliveries still in ``sending`` again, with the same keys; returns how many."""
        async with self.store.session() as session:
            deliveries = list(
                (
                    await session.execute(
                        select(Delivery).where(
                            Delivery.id.in_(delivery_ids), Delivery.state == State.SENDING
                        )
                    )
                )
                .scalars()
                .all()
            )
            for delivery in deliveries:
                delivery.attempts += 1
            claims = [as_claim(d) for d in deliveries]
            prompts = await load_records(session, Prompt.id.in_({d.prompt_id for d in deliveries}))
        posts = [(c, prompts[c.prompt_id]) for c in claims if c.prompt_id in prompts]
        await self._send(posts)
        return len(posts)

    async def _fail(self, deliveries: Sequence[Delivery | Claim], notice_key: str) -> None:
        """Give up on deliveries; tell each prompt's author once."""
        async with self.store.session() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.id.in_([d.id for d in deliveries]))
                .values(state=State.FAILED)
            )
            prompts = await load_records(session, Prompt.id.in_({d.prompt_id for d in deliveries}))
            by_prompt: dict[int, list[datetime]] = defaultdict(list)
            for delivery in deliveries:
                by_prompt[delivery.prompt_id].append(delivery.scheduled_at)
            owed = False
            for pid, times in by_prompt.items():
                if pid in prompts:
                    owed |= await owe_author_notice(
                        session, prompts[pid], notice_key, times, False, self.now()
                    )
        if owed:
            self.runtime.outbox.kick()
