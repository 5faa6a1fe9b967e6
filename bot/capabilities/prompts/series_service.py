"""The series service: e-conferences — an ordered set of one-off prompts in the same rooms,
with an opening and a closing message — one transaction per operation.

Each prompt of a series is an ordinary one-off prompt row (``series_id`` set, ``position`` its
rank by time), so it is scheduled, delivered and summarised like any other. The opening and
closing are prompt rows too (``part`` opening/closing, no thread): the opening posts just
before the first prompt, the closing ``[prompts] summary_after_hours`` after the last one.
Both are re-planned (:mod:`.bookends`) whenever the series' prompts change, and changed or
dropped with :meth:`SeriesService.edit` until they have been posted.

As in :mod:`.service`: changes and their audit entries commit together, the engine re-plans
afterwards, outcomes are the values of :mod:`.values`, refusals are keyed errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from bot.actors import Actor
from bot.capabilities.prompts import queries
from bot.capabilities.prompts.bookends import (
    NOT_POSTING,
    instant_of,
    posted_opening,
    posting_prompts,
    replan,
    series_parts,
)
from bot.capabilities.prompts.models import Part, Prompt, Series, Status
from bot.capabilities.prompts.queries import set_targets
from bot.capabilities.prompts.scope import PromptScope
from bot.capabilities.prompts.service import Planner, record, status_msg
from bot.capabilities.prompts.values import (
    BookendChange,
    ScheduleOptions,
    SeriesAdded,
    SeriesCancelled,
    SeriesCreated,
    SeriesEdited,
    SeriesLine,
    SeriesPart,
    SeriesView,
)
from bot.errors import Conflict, NotFound
from bot.networks import Networks
from bot.ports import Clock
from bot.safety import one_line
from bot.store import Store
from bot.store.people import ensure_person
from bot.targets import RoomRef

#: Longest series title (the column's size).
MAX_TITLE = 200
_ORDER = {Part.OPENING: 0, Part.PROMPT: 1, Part.CLOSING: 2}


class SeriesService:
    """Create, fill, change, cancel and read series; :class:`~.service.Planner` re-plans."""

    def __init__(
        self, store: Store, clock: Clock, planner: Planner, networks: Networks | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.planner = planner
        self.scope = PromptScope(store, clock, networks)

    # --- changes ---------------------------------------------------------------------------
    async def create(
        self,
        actor: Actor,
        *,
        title: str,
        tz: str,
        targets: Sequence[RoomRef],
        opening: str = "",
        closing: str = "",
    ) -> SeriesCreated:
        """Store a new, empty series (``tz`` a resolved IANA key; rooms checked, and refused
        outside the actor's networks)."""
        await self.scope.check_rooms(actor, targets, action="series.create", target="series:new")
        now = self.clock.now()
        async with self.store.session() as session:
            person = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            series = Series(
                title=one_line(title, MAX_TITLE),
                opening=opening,
                closing=closing,
                tz=tz,
                targets=[r.to_dict() for r in targets],
                status=Status.ACTIVE,
                author_person_id=person.id,
                author_platform=actor.platform,
                author_user_id=actor.user_id,
                author_name=actor.name[:200],
                created_at=now,
                updated_at=now,
            )
            session.add(series)
            await session.flush()
            await record(
                session, actor, now, "series.create", f"series:{series.id}", title=series.title
            )
            created = SeriesCreated(series_id=series.id, title=series.title, targets=tuple(targets))
        return created

    async def add(
        self, actor: Actor, series_id: int, *, text: str, at: str, tz: str | None = None
    ) -> SeriesAdded:
        """Add a prompt posting once, ``at`` (in ``tz``, by default the series' zone).

        The prompt belongs to its author (``actor``); the series keeps its own author. It may
        not come before an opening already posted.
        """
        await self.scope.check_series(actor, series_id, action="series.add")
        now = self.clock.now()
        async with self.store.session() as session:
            series = await self._load_active(session, series_id)
            schedule = ScheduleOptions(at=at, tz=tz).schedule(
                base=None, default_tz=series.tz, now=now
            )
            when = schedule.next_time(now)
            assert when is not None  # a one-off accepted by the parser lies ahead
            opened = posted_opening(await series_parts(session, series_id))
            if opened is not None and when < opened:
                raise Conflict.keyed("prompts.series.before_opening", id=series_id)
            prompt = Prompt(
                text=text,
                part=Part.PROMPT,
                series_id=series_id,
                schedule=dict(schedule.to_dict()),
                status=Status.ACTIVE,
                author_person_id=series.author_person_id,
                author_platform=actor.platform,
                author_user_id=actor.user_id,
                author_name=actor.name[:200],
                created_at=now,
                updated_at=now,
            )
            set_targets(prompt, [RoomRef.from_dict(x) for x in series.targets])
            session.add(prompt)
            await session.flush()
            replanned = await replan(session, series, now, self.planner.summary_after)
            series.updated_at = now
            await record(
                session,
                actor,
                now,
                "series.add",
                f"series:{series_id}",
                prompt=prompt.id,
                at=schedule.spec,
            )
            added = SeriesAdded(
                series_id=series_id,
                prompt_id=prompt.id,
                position=prompt.position,
                when=when,
                tz=series.tz,
            )
        for pid in (added.prompt_id, *replanned.changed):
            await self.planner.refresh(pid)
        return added

    async def edit(
        self,
        actor: Actor,
        series_id: int,
        *,
        title: str | None = None,
        opening: str | None = None,
        closing: str | None = None,
    ) -> SeriesEdited:
        """Change the title, or give the opening or closing a new text (``""`` drops it).

        ``None`` leaves a field as it is. A new opening is refused once the series has begun
        (its opening or first prompt went out): it would come late.
        """
        await self.scope.check_series(actor, series_id, action="series.edit")
        given = {"title": title, "opening": opening, "closing": closing}
        changed = ",".join(sorted(k for k, v in given.items() if v is not None))
        now = self.clock.now()
        async with self.store.session() as session:
            series = await self._load_active(session, series_id)
            # A posted closing finishes the series (refused above); a posted opening, or a
            # first prompt already out, means the series has begun.
            parts = await series_parts(session, series_id)
            prompts = posting_prompts(parts)
            begun = posted_opening(parts) is not None or (
                bool(prompts) and instant_of(prompts[0]) <= now
            )
            if opening is not None and begun:
                raise Conflict.keyed("prompts.series.opening_gone", id=series_id)
            if title is not None:
                series.title = one_line(title, MAX_TITLE)
            bookends: list[BookendChange] = []
            for part, text in ((Part.OPENING, opening), (Part.CLOSING, closing)):
                if text is None:
                    continue
                setattr(series, part.value, text)
                bookends.append(BookendChange(part=part, dropped=not text))
            series.updated_at = now
            replanned = await replan(session, series, now, self.planner.summary_after)
            await record(session, actor, now, "series.edit", f"series:{series_id}", changed=changed)
            edited = SeriesEdited(
                series_id=series_id,
                title=series.title if title is not None else None,
                bookends=tuple(bookends),
            )
        for pid in replanned.changed:
            await self.planner.refresh(pid)
        return edited

    async def cancel(self, actor: Actor, series_id: int) -> SeriesCancelled:
        """Cancel a series with every post of it not yet made."""
        await self.scope.check_series(actor, series_id, action="series.cancel")
        now = self.clock.now()
        async with self.store.session() as session:
            series = await self._load(session, series_id)
            if series.status == Status.CANCELLED:
                raise Conflict.keyed(
                    "prompts.series.already", id=series_id, status=status_msg(series.status)
                )
            self._check_active(series)
            series.status = Status.CANCELLED
            series.updated_at = now
            ids = []
            for part in await series_parts(session, series_id):
                if part.status in (Status.ACTIVE, Status.PAUSED):
                    part.status = Status.CANCELLED
                    part.updated_at = now
                    ids.append(part.id)
            await record(
                session, actor, now, "series.cancel", f"series:{series_id}", prompts=len(ids)
            )
        for pid in ids:
            await self.planner.refresh(pid)
        return SeriesCancelled(series_id=series_id, cancelled=len(ids))

    # --- reads -----------------------------------------------------------------------------
    async def show(self, series_id: int, actor: Actor | None = None) -> SeriesView:
        """A series with its parts in posting order. In a running series a cancelled opening
        or closing is left out: dropped, or nothing left to open, it is simply not there (it
        comes back with a prompt or a new text)."""
        await self.scope.check_series(actor, series_id, action="series.show")
        async with self.store.session() as session:
            series = await self._load(session, series_id)
            rows = await series_parts(session, series_id)
        if series.status == Status.ACTIVE:
            rows = [p for p in rows if p.part == Part.PROMPT or p.status != Status.CANCELLED]
        rows.sort(key=lambda p: (instant_of(p), _ORDER[Part(p.part)], p.position))
        parts = tuple(
            SeriesPart(
                prompt_id=p.id,
                part=Part(p.part),
                position=p.position if p.status not in NOT_POSTING else None,
                status=Status(p.status),
                when=instant_of(p),
                text=p.text,
            )
            for p in rows
        )
        return SeriesView(
            series_id=series.id,
            title=series.title,
            status=Status(series.status),
            targets=tuple(RoomRef.from_dict(x) for x in series.targets),
            tz=series.tz,
            parts=parts,
        )

    async def listing(self, actor: Actor | None = None) -> tuple[SeriesLine, ...]:
        """The newest series first; of the actor's networks only (``None``: every one)."""
        async with self.store.session() as session:
            rows = [
                s
                for s in await queries.recent_series(session)
                if self.scope.visible(actor, [RoomRef.from_dict(x) for x in s.targets])
            ]
        return tuple(
            SeriesLine(series_id=s.id, title=s.title, status=Status(s.status)) for s in rows
        )

    # --- helpers ---------------------------------------------------------------------------
    @staticmethod
    async def _load(session: AsyncSession, series_id: int) -> Series:
        series = await session.get(Series, series_id)
        if series is None:
            raise NotFound.keyed("prompts.series.not_found", id=series_id)
        return series

    async def _load_active(self, session: AsyncSession, series_id: int) -> Series:
        series = await self._load(session, series_id)
        self._check_active(series)
        return series

    @staticmethod
    def _check_active(series: Series) -> None:
        if series.status != Status.ACTIVE:
            raise Conflict.keyed(
                "prompts.series.not_active", id=series.id, status=status_msg(series.status)
            )
