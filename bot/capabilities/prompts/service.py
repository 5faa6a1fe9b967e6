"""The prompt service: what coordinators do to prompts, one transaction per operation.

Each operation that changes something writes its change and its audit entry in one
transaction, and once that has committed asks the engine to re-plan what changed (the prompt
and, for a prompt of a series, the series' opening and closing: :mod:`.bookends`). It takes
values that are already read and checked (texts, rooms, a parsed :class:`Schedule`), returns
the frozen values of :mod:`.values`, and refuses by catalog key (``NotFound.keyed(…)``,
``Conflict.keyed(…)``): no text, no command prefix, no language here. A schedule change
(:class:`~.values.ScheduleOptions`) is read against the stored schedule inside the
transaction; its grammar's errors are :mod:`.schedule`'s own.

Pending skips and how an edit carries them: :mod:`.skips`. The series operations are
:class:`~.series_service.SeriesService`'s.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.actors import Actor
from bot.capabilities.prompts.bookends import Replanned, posted_opening, replan, series_parts
from bot.capabilities.prompts.models import Part, Prompt, Series, State, Status
from bot.capabilities.prompts.queries import (
    delivery_counts,
    listed_prompts,
    next_post,
    set_targets,
    targets_of,
)
from bot.capabilities.prompts.schedule import Schedule
from bot.capabilities.prompts.scope import PromptScope
from bot.capabilities.prompts.skips import (
    add_skip,
    carry_skips,
    finish_if_done,
    pending_skips,
    pending_skips_of,
    skipped_prefix,
)
from bot.capabilities.prompts.values import (
    Changed,
    Coming,
    Edited,
    Preview,
    PromptLine,
    PromptView,
    Scheduled,
    ScheduleOptions,
    Skipped,
)
from bot.errors import Conflict, NotFound, UsageError
from bot.messages import Cmd, Msg
from bot.networks import Networks
from bot.ports import Clock
from bot.store import Store
from bot.store.people import audit_by, ensure_person
from bot.targets import RoomRef

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: The options that change a prompt's schedule (``in:`` and ``text:`` do not).
SCHEDULE_FIELDS = ("at", "cron", "every", "tz", "start", "end")


class Planner(Protocol):
    """What the services need of the prompt engine (:class:`~.engine.PromptEngine`)."""

    @property
    def summary_after(self) -> timedelta:
        """How long after a post its thread's summary (and a series' closing) comes."""
        ...

    async def refresh(self, prompt_id: int) -> None:
        """Re-plan prompt ``prompt_id`` from the tables, after a committed change."""
        ...


# --- shared by the prompt and the series operations ---------------------------------------------
async def record(
    session: AsyncSession,
    actor: Actor,
    now: datetime,
    action: str,
    target: str,
    **detail: object,
) -> None:
    """Audit-log a coordinator's action in the same transaction as the change."""
    await audit_by(
        session,
        actor,
        at=now,
        action=action,
        target=target,
        detail={k: str(v) for k, v in detail.items()},
    )


def status_msg(status: str) -> Msg:
    """A status as a message parameter (rendered in the reader's language)."""
    return Msg(f"prompts.status.{status}")


async def check_series_schedule(session: AsyncSession, series_id: int, schedule: Schedule) -> None:
    """A prompt of a series posts once, and not before the series' opening if that went out."""
    if schedule.kind != "at":
        raise UsageError.keyed("prompts.series.once_only", id=series_id)
    opened = posted_opening(await series_parts(session, series_id))
    when = schedule.next_time(_EPOCH)
    if opened is not None and when is not None and when < opened:
        raise Conflict.keyed("prompts.series.before_opening", id=series_id)


class PromptService:
    """Schedule, change and read prompts; :class:`Planner` re-plans after each change."""

    def __init__(
        self, store: Store, clock: Clock, planner: Planner, networks: Networks | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.planner = planner
        self.scope = PromptScope(store, clock, networks)
        #: The occurrences :meth:`coming` worked out last, per prompt (cron rules are slow
        #: to walk): reused while the prompt's schedule and ``handled_until`` stay the same.
        self._walked: dict[int, _Walked] = {}

    # --- changes ---------------------------------------------------------------------------
    async def schedule(
        self, actor: Actor, *, text: str, schedule: Schedule, targets: Sequence[RoomRef]
    ) -> Scheduled:
        """Store a new prompt (text and rooms checked, schedule parsed by the caller); rooms
        outside the actor's networks are refused."""
        await self.scope.check_rooms(actor, targets, action="prompt.schedule", target="prompt:new")
        now = self.clock.now()
        async with self.store.session() as session:
            person = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            prompt = Prompt(
                text=text,
                part=Part.PROMPT,
                schedule=dict(schedule.to_dict()),
                status=Status.ACTIVE,
                author_person_id=person.id,
                author_platform=actor.platform,
                author_user_id=actor.user_id,
                author_name=actor.name[:200],
                created_at=now,
                updated_at=now,
            )
            set_targets(prompt, targets)
            session.add(prompt)
            await session.flush()
            prompt_id = prompt.id
            spec = schedule.spec
            await record(
                session, actor, now, "prompt.schedule", f"prompt:{prompt_id}", schedule=spec
            )
        await self.planner.refresh(prompt_id)
        return Scheduled(
            prompt_id=prompt_id,
            schedule=schedule,
            next_post=schedule.next_time(now),
            targets=tuple(targets),
        )

    async def pause(self, actor: Actor, prompt_id: int) -> Changed:
        """Stop an active prompt from posting until it is resumed."""
        return await self._transition(actor, prompt_id, "pause", (Status.ACTIVE,), Status.PAUSED)

    async def resume(self, actor: Actor, prompt_id: int) -> Changed:
        """Let a paused prompt post again; what fell due during the pause is not owed."""
        return await self._transition(actor, prompt_id, "resume", (Status.PAUSED,), Status.ACTIVE)

    async def cancel(self, actor: Actor, prompt_id: int) -> Changed:
        """End a prompt for good."""
        allowed = (Status.ACTIVE, Status.PAUSED)
        return await self._transition(actor, prompt_id, "cancel", allowed, Status.CANCELLED)

    async def _transition(
        self, actor: Actor, prompt_id: int, action: str, allowed: tuple[Status, ...], to: Status
    ) -> Changed:
        await self.scope.check_prompt(actor, prompt_id, action=f"prompt.{action}")
        now = self.clock.now()
        async with self.store.session() as session:
            prompt = await self._load(session, prompt_id)
            if prompt.status not in allowed:
                raise self._status_error(prompt, action, to)
            prompt.status = to
            prompt.updated_at = now
            if to == Status.ACTIVE:
                # Occurrences during the pause are not owed: resume from now.
                prompt.handled_until = now
            replanned = await self._replan_series(session, prompt, now)
            await record(session, actor, now, f"prompt.{action}", f"prompt:{prompt_id}")
            emptied = prompt.series_id if replanned.emptied else None
        await self._refresh(prompt_id, replanned)
        return Changed(prompt_id=prompt_id, action=action, emptied_series=emptied)

    async def skip(self, actor: Actor, prompt_id: int) -> Skipped:
        """Skip the next occurrence of an active prompt (only that one)."""
        await self.scope.check_prompt(actor, prompt_id, action="prompt.skip")
        now = self.clock.now()
        async with self.store.session() as session:
            prompt = await self._load(session, prompt_id)
            if prompt.status != Status.ACTIVE:
                raise self._status_error(prompt, "skip")
            upcoming = next_post(prompt, now)
            if upcoming is None:
                raise Conflict.keyed("prompts.error.nothing_to_skip", id=prompt_id)
            when = upcoming.astimezone(UTC)
            add_skip(session, prompt, when, now)
            prompt.handled_until = when
            prompt.updated_at = now
            schedule = Schedule.from_dict(prompt.schedule)
            ended = Status(prompt.status) if finish_if_done(prompt, schedule) else None
            replanned = await self._replan_series(session, prompt, now)
            await record(
                session,
                actor,
                now,
                "prompt.skip",
                f"prompt:{prompt_id}",
                occurrence=when.isoformat(),
            )
            emptied = prompt.series_id if replanned.emptied else None
        await self._refresh(prompt_id, replanned)
        return Skipped(
            prompt_id=prompt_id, when=when, tz=schedule.tz, ended=ended, emptied_series=emptied
        )

    async def edit(
        self,
        actor: Actor,
        prompt_id: int,
        *,
        text: str | None = None,
        targets: Sequence[RoomRef] | None = None,
        schedule: ScheduleOptions | None = None,
    ) -> Edited:
        """Change a prompt's text, rooms or schedule (``None``: left as it is).

        ``schedule`` holds the options given, read against the stored schedule. A changed
        schedule owes nothing from before the change; pending skips the new schedule (or the
        new rooms) still reach are kept, the others cleared.
        """
        await self.scope.check_prompt(actor, prompt_id, action="prompt.edit", rooms=targets or ())
        changes_schedule = schedule is not None and bool(schedule.given)
        changed = sorted(
            [
                *(schedule.given if schedule is not None else ()),
                *(["in"] if targets is not None else []),
                *(["text"] if text is not None else []),
            ]
        )
        now = self.clock.now()
        kept: list[datetime] = []
        cleared: list[datetime] = []
        ended: Status | None = None
        async with self.store.session() as session:
            prompt = await self._load(session, prompt_id)
            if prompt.status not in (Status.ACTIVE, Status.PAUSED):
                raise self._status_error(prompt, "edit")
            current = Schedule.from_dict(prompt.schedule)
            new = current
            if schedule is not None and changes_schedule:
                new = schedule.schedule(base=current, default_tz=current.tz, now=now)
                if prompt.series_id is not None:
                    await check_series_schedule(session, prompt.series_id, new)
                prompt.schedule = dict(new.to_dict())
            if text is not None:
                prompt.text = text
            if targets is not None:
                set_targets(prompt, targets)
            if changes_schedule or targets is not None:
                kept, cleared = await carry_skips(session, prompt, new, now)
                if changes_schedule:
                    # The new schedule owes nothing from before the change (skips it keeps aside).
                    prompt.handled_until = skipped_prefix(new, now, kept)
                    if finish_if_done(prompt, new):
                        ended = Status(prompt.status)
            prompt.updated_at = now
            replanned = Replanned()
            if changes_schedule:
                replanned = await self._replan_series(session, prompt, now)
            await record(
                session, actor, now, "prompt.edit", f"prompt:{prompt_id}", changed=",".join(changed)
            )
            upcoming = next_post(prompt, now)
        await self._refresh(prompt_id, replanned)
        return Edited(
            prompt_id=prompt_id,
            schedule=new if changes_schedule else None,
            next_post=upcoming if changes_schedule else None,
            targets=tuple(targets) if targets is not None else None,
            text=text,
            kept=tuple(kept) if changes_schedule else (),
            cleared=tuple(cleared),
            old_tz=current.tz,
            ended=ended,
        )

    # --- reads -----------------------------------------------------------------------------
    async def listing(self, actor: Actor | None = None) -> tuple[PromptLine, ...]:
        """Active and paused prompts (not series openings/closings), oldest first; of the
        actor's networks only (``None``: every one)."""
        now = self.clock.now()
        async with self.store.session() as session:
            prompts = [
                p for p in await listed_prompts(session) if self.scope.visible(actor, targets_of(p))
            ]
        return tuple(
            PromptLine(
                prompt_id=p.id,
                status=Status(p.status),
                text=p.text,
                tz=Schedule.from_dict(p.schedule).tz,
                next_post=next_post(p, now),
                series_id=p.series_id,
            )
            for p in prompts
        )

    async def show(self, prompt_id: int, actor: Actor | None = None) -> PromptView:
        """One prompt in full, with the count of its posts by how they went."""
        await self.scope.check_prompt(actor, prompt_id, action="prompt.show")
        now = self.clock.now()
        async with self.store.session() as session:
            prompt = await self._load(session, prompt_id)
            counts = await delivery_counts(session, prompt_id)
        return PromptView(
            prompt_id=prompt.id,
            status=Status(prompt.status),
            schedule=Schedule.from_dict(prompt.schedule),
            next_post=next_post(prompt, now),
            targets=targets_of(prompt),
            author=prompt.author_name or prompt.author_user_id,
            text=prompt.text,
            sent=counts.get(State.SENT, 0),
            missed=counts.get(State.MISSED, 0),
            skipped=counts.get(State.SKIPPED, 0),
        )

    async def preview(self, prompt_id: int, count: int = 5, actor: Actor | None = None) -> Preview:
        """The next ``count`` times an active prompt posts, skipped ones left out."""
        await self.scope.check_prompt(actor, prompt_id, action="prompt.preview")
        now = self.clock.now()
        async with self.store.session() as session:
            prompt = await self._load(session, prompt_id)
            skips = set(await pending_skips(session, prompt_id, now))
        schedule = Schedule.from_dict(prompt.schedule)
        after = max(prompt.handled_until or now, now)
        times: list[datetime] = []
        if prompt.status == Status.ACTIVE:
            coming = (w for w in schedule.iter_times(after) if w.astimezone(UTC) not in skips)
            times = [w for _, w in zip(range(count), coming, strict=False)]
        return Preview(
            prompt_id=prompt_id,
            status=Status(prompt.status),
            schedule=schedule,
            times=tuple(times),
        )

    async def coming(
        self, until: datetime, count: int = 10, actor: Actor | None = None
    ) -> tuple[Coming, ...]:
        """The posts of every active prompt of :meth:`listing` up to ``until`` (at most
        ``count`` each, skipped ones left out, as :meth:`preview` gives them), in one read."""
        now = self.clock.now()
        async with self.store.session() as session:
            prompts = [
                p
                for p in await listed_prompts(session)
                if p.status == Status.ACTIVE and self.scope.visible(actor, targets_of(p))
            ]
            skips = await pending_skips_of(session, [p.id for p in prompts], now)
        out = []
        for p in prompts:
            skipped = skips.get(p.id, set())
            after = max(p.handled_until or now, now)
            times = [
                w
                for w in self._occurrences(p, after, until, count + len(skipped))
                if w.astimezone(UTC) not in skipped
            ]
            out.append(Coming(prompt_id=p.id, text=p.text, times=tuple(times[:count])))
        listed = {p.id for p in prompts}
        for gone in [i for i in self._walked if i not in listed]:
            del self._walked[gone]
        return tuple(out)

    def _occurrences(
        self, prompt: Prompt, after: datetime, until: datetime, count: int
    ) -> list[datetime]:
        """The prompt's occurrences strictly after ``after`` up to ``until`` — the first
        ``count`` at least, when there are more — from the last walk when it reaches."""
        key = (json.dumps(prompt.schedule, sort_keys=True, default=str), prompt.handled_until)
        walked = self._walked.get(prompt.id)
        if walked is not None and walked.key == key and walked.start <= after:
            ahead = [w for w in walked.times if w > after]
            if walked.reach >= until or len(ahead) >= count:
                return [w for w in ahead if w <= until]
        # Walk a week further than asked, so the next pages find it walked.
        horizon = until + timedelta(days=7)
        times: list[datetime] = []
        reach = horizon
        for when in Schedule.from_dict(prompt.schedule).iter_times(after):
            if when > horizon:
                break
            times.append(when)
            if len(times) >= count + 10:
                reach = when
                break
        self._walked[prompt.id] = _Walked(key=key, start=after, times=tuple(times), reach=reach)
        return [w for w in times if w <= until]

    # --- helpers ---------------------------------------------------------------------------
    async def _load(self, session: AsyncSession, prompt_id: int) -> Prompt:
        """The prompt ``prompt_id``; a series' opening or closing is named as such."""
        prompt = await session.get(Prompt, prompt_id)
        if prompt is None:
            raise NotFound.keyed("prompts.error.not_found", id=prompt_id)
        if prompt.part != Part.PROMPT:
            series = prompt.series_id
            raise Conflict.keyed(
                "prompts.error.series_part",
                id=prompt_id,
                part=Msg(f"prompts.series.{prompt.part}"),
                series=series,
                show=Cmd(f"series show {series}"),
                edit=Cmd(f"series edit {series} {prompt.part}"),
            )
        return prompt

    @staticmethod
    def _status_error(prompt: Prompt, action: str, to: Status | None = None) -> Conflict:
        """Why ``action`` cannot apply to ``prompt`` in its status (``already`` if it is there)."""
        status = status_msg(prompt.status)
        if to is not None and prompt.status == to:
            return Conflict.keyed("prompts.error.already", id=prompt.id, status=status)
        return Conflict.keyed(f"prompts.error.cannot_{action}", id=prompt.id, status=status)

    async def _replan_series(
        self, session: AsyncSession, prompt: Prompt, now: datetime
    ) -> Replanned:
        if prompt.series_id is None:
            return Replanned()
        series = await session.get(Series, prompt.series_id)
        if series is None:
            return Replanned()
        return await replan(session, series, now, self.planner.summary_after)

    async def _refresh(self, prompt_id: int, replanned: Replanned) -> None:
        for pid in (prompt_id, *replanned.changed):
            await self.planner.refresh(pid)


@dataclass(frozen=True, slots=True)
class _Walked:
    """A prompt's occurrences strictly after ``start``, every one up to ``reach``, worked out
    for its schedule and ``handled_until`` (``key``)."""

    key: tuple[str, datetime | None]
    start: datetime
    times: tuple[datetime, ...]
    reach: datetime
