"""The values the prompt services take and return: who acts, a schedule as typed, and the
outcome of each operation.

All frozen, none holding an ORM row or a text a person reads: the chat layer
(:mod:`.chat`, :mod:`.series_chat`) renders them in the reader's language. (The tables are
:mod:`.models`; the schedule's own rules are :mod:`.schedule`.)
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from bot.capabilities.prompts.models import Part, Status
from bot.capabilities.prompts.schedule import Schedule, parse_schedule
from bot.targets import RoomRef


# --- what the services take ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleOptions:
    """The schedule options as the coordinator typed them (``None``: not given).

    Kept as text because a change is read against the stored schedule (:meth:`schedule`):
    ``!prompt edit 3 tz: Europe/Lisbon`` keeps the prompt's rule and moves its zone.
    """

    at: str | None = None
    cron: str | None = None
    every: str | None = None
    tz: str | None = None
    start: str | None = None
    end: str | None = None

    @property
    def given(self) -> tuple[str, ...]:
        """The names of the options given, in the order above."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is not None)

    def schedule(self, *, base: Schedule | None, default_tz: str, now: datetime) -> Schedule:
        """The schedule these options describe; with ``base``, the stored one they change.

        No rule given: ``base``'s rule and bounds, with the zone or bounds given here. No zone
        given: ``base``'s, else ``default_tz``. Raises the schedule grammar's ``UsageError``.
        """
        rules = (("at", self.at), ("cron", self.cron), ("every", self.every))
        kinds = {kind: spec for kind, spec in rules if spec is not None}
        tz = self.tz or (base.tz if base else default_tz)
        start, end = self.start, self.end
        if not kinds and base is not None:
            kinds = {base.kind: base.spec}
            if start is None and base.start is not None:
                start = base.start.isoformat()
            if end is None and base.end is not None:
                end = base.end.isoformat()
        return parse_schedule(
            at=kinds.get("at"),
            cron=kinds.get("cron"),
            every=kinds.get("every"),
            tz=tz,
            start=start,
            end=end,
            now=now,
        )


# --- what the prompt operations return ------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class Scheduled:
    """A new prompt: its id, schedule, first post (``None``: none to come) and rooms."""

    prompt_id: int
    schedule: Schedule
    next_post: datetime | None
    targets: tuple[RoomRef, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Edited:
    """What ``edit`` changed. ``schedule`` is set when the schedule changed (with the next
    post), ``targets`` when the rooms did, ``text`` when the text did.

    Pending skips (:mod:`.skips`): ``kept`` are still skipped under the new schedule;
    ``cleared`` are not (their instants, shown in ``old_tz``, the zone they were skipped
    in). ``ended`` is the prompt's new status when the change left nothing to post.
    """

    prompt_id: int
    schedule: Schedule | None = None
    next_post: datetime | None = None
    targets: tuple[RoomRef, ...] | None = None
    text: str | None = None
    kept: tuple[datetime, ...] = ()
    cleared: tuple[datetime, ...] = ()
    old_tz: str = "UTC"
    ended: Status | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Changed:
    """A prompt paused, resumed or cancelled (``action``). ``emptied_series`` names the
    series left with nothing to post by it (its opening and closing cancelled for now)."""

    prompt_id: int
    action: str
    emptied_series: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """The occurrence ``when`` (UTC) will not post; ``tz`` is the prompt's zone. ``ended``
    and ``emptied_series`` as in :class:`Edited` and :class:`Changed`."""

    prompt_id: int
    when: datetime
    tz: str
    ended: Status | None = None
    emptied_series: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PromptLine:
    """One prompt of ``!prompt list``."""

    prompt_id: int
    status: Status
    text: str
    tz: str
    next_post: datetime | None
    series_id: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PromptView:
    """One prompt in full, with how its posts went (counts by delivery state)."""

    prompt_id: int
    status: Status
    schedule: Schedule
    next_post: datetime | None
    targets: tuple[RoomRef, ...]
    author: str
    text: str
    sent: int
    missed: int
    skipped: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Preview:
    """The coming posts of a prompt (none unless it is active), skips left out."""

    prompt_id: int
    status: Status
    schedule: Schedule
    times: tuple[datetime, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Coming:
    """An active prompt's coming posts up to a time (skipped ones left out)."""

    prompt_id: int
    text: str
    times: tuple[datetime, ...]


# --- what the series operations return ------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesCreated:
    series_id: int
    title: str
    targets: tuple[RoomRef, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesAdded:
    """A prompt added to a series: its id, its rank by time, when it posts (``tz``: the
    series' zone)."""

    series_id: int
    prompt_id: int
    position: int
    when: datetime
    tz: str


@dataclass(frozen=True, slots=True, kw_only=True)
class BookendChange:
    """A series' opening or closing given a new text, or dropped."""

    part: Part
    dropped: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesEdited:
    """What ``edit`` changed: the new title (``None``: unchanged), then the bookends."""

    series_id: int
    title: str | None
    bookends: tuple[BookendChange, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesCancelled:
    """A cancelled series and how many of its posts not yet made were cancelled with it."""

    series_id: int
    cancelled: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesPart:
    """One row of a series as ``!series show`` lists it: a prompt, the opening or closing.

    ``position`` is a prompt's rank among the series' prompts that post; ``None`` for one
    that never will (cancelled or skipped).
    """

    prompt_id: int
    part: Part
    position: int | None
    status: Status
    when: datetime
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesView:
    """A series and its parts in the order they post (time, then opening, prompt, closing)."""

    series_id: int
    title: str
    status: Status
    targets: tuple[RoomRef, ...]
    tz: str
    parts: tuple[SeriesPart, ...]

    @property
    def has_prompts(self) -> bool:
        return any(p.part == Part.PROMPT for p in self.parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesLine:
    """One series of ``!series list``."""

    series_id: int
    title: str
    status: Status
