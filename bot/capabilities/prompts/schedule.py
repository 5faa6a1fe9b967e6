"""When a coordinator's prompt posts: the ``Schedule`` value, its parser, and catch-up.

Pure: no database, no clock (every "now" is passed in), no network. A coordinator writes
exactly one of::

    at: 2026-12-01 09:00        a one-off (also 2026-12-01T09:00, 9:00, 9am, with seconds;
                                dates day first as Europe writes them: 01.12.2026,
                                01/12/2026, 01-12-2026; times 9h, 9.00, 9 uhr)
    cron: 0 9 * * mon           standard 5-field crontab (0 and 7 = Sunday, 1 = Monday)
    every: 2 weeks on tuesday 10:00
                                the small "every" grammar (see ``recurrence``)

plus ``tz: Europe/Brussels`` (an IANA zone, any case; the caller passes the default) and, for
recurring prompts, optional ``start: 2026-12-01`` / ``end: 2027-03-01`` dates (local,
inclusive). ``parse_schedule`` turns that text into a ``Schedule`` or raises
``bot.errors.UsageError`` — never anything else, whatever the text.

A ``Schedule`` is a small JSON-able value (``to_dict``/``from_dict``) from which the
APScheduler trigger is rebuilt at every start (``trigger()``); it is never pickled. For
"every N days/weeks/months" the first occurrence is fixed as ``anchor`` when the prompt is
scheduled, so restarts keep the same phase. Daylight saving: see ``wallclock`` (a time in the
spring-forward gap fires when the clocks jump; in the autumn fold it fires once, on the first
pass; a one-off ``at:`` inside a gap is refused).

``plan_catch_up`` decides what to post after downtime.

Why one module of over 400 lines: the value, its parser and the catch-up planner all work on
the same wall-clock instants and zone lookups, and a third of the module is this grammar's
documentation; the grammars themselves are :mod:`.recurrence`, the daylight-saving rules
:mod:`.wallclock`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.date import DateTrigger

from bot.capabilities.prompts.inputs import clean_option, schedule_error
from bot.capabilities.prompts.recurrence import (
    WEEKDAY_KEYS,
    WORKDAYS,
    compile_cron,
    compile_spec,
    format_time_of_day,
    normalise_cron,
    parse_every,
    parse_time_of_day,
    short_month_day,
)
from bot.capabilities.prompts.wallclock import (
    WallClockTrigger,
    WallTime,
    classify,
    gap_end,
    instants_after,
    to_instant,
)
from bot.errors import StoreError, UsageError
from bot.i18n import t
from bot.numbers import iso_dates

Kind = Literal["at", "cron", "every"]
KINDS: tuple[Kind, ...] = ("at", "cron", "every")

#: How far ahead a date may lie; further is a typo, and would overflow datetime near 9999.
#: Dates as far back are refused too (year 1 overflows as soon as a zone offset is applied).
MAX_YEARS_AHEAD = 100

#: More than any zone's distance from UTC: a wall time this long before ``now`` (read as UTC)
#: is past in every zone, and is refused before any zone arithmetic.
_SURELY_PAST = timedelta(days=2)

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Between date and time: "T", a space, a comma, or "at" in a shipped language.
_AT = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})(?:t|,?\s+(?:(?:at|um|a|as|alle|om|o|godz\.?)\s+)?)(.+)")
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-/]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Schedule:
    """When a prompt posts. Build it with :func:`parse_schedule`, or :meth:`from_dict`.

    ``spec`` is the normalised text of ``kind`` (``"2026-12-01 09:00"``, ``"0 9 * * mon"``,
    ``"2 weeks on tuesday 10:00"``); ``tz`` an IANA zone key; ``start``/``end`` inclusive
    local dates bounding a recurring schedule; ``anchor`` the first occurrence of a phased
    recurrence ("every N …"), ``None`` otherwise.
    """

    kind: Kind
    spec: str
    tz: str
    start: date | None = None
    end: date | None = None
    anchor: datetime | None = None

    @property
    def zone(self) -> ZoneInfo:
        """The time zone object for ``tz``."""
        return zone_named(self.tz)

    def trigger(self) -> BaseTrigger:
        """A fresh APScheduler trigger for this schedule (rebuilt at every start)."""
        if self.kind == "at":
            return DateTrigger(run_date=self._one_off(), timezone=self.zone)
        return WallClockTrigger(
            compile_spec(self.kind, self.spec),
            self.zone,
            anchor=self._anchor_date(),
            start=self.start,
            end=self.end,
        )

    def iter_times(self, after: datetime) -> Iterator[datetime]:
        """Occurrences strictly after aware ``after``, lazily, in order (may be endless)."""
        if self.kind == "at":
            when = self._one_off()
            if when.astimezone(UTC) > after.astimezone(UTC):
                yield when
            return
        yield from instants_after(
            compile_spec(self.kind, self.spec),
            self.zone,
            after,
            anchor=self._anchor_date(),
            start=self.start,
            end=self.end,
        )

    def next_times(self, after: datetime, n: int = 5) -> list[datetime]:
        """The next ``n`` occurrences strictly after aware ``after``, as aware times in ``tz``."""
        return list(islice(self.iter_times(after), n))

    def next_time(self, after: datetime) -> datetime | None:
        """The first occurrence strictly after ``after``, or ``None`` if there is none."""
        return next(self.iter_times(after), None)

    def describe(self, lang: str = "en") -> str:
        """A one-line text for chat: ``"every Monday at 09:00 (Europe/Brussels)"``."""
        text = t("prompts_schedule.describe.zone", lang, text=self._describe_rule(lang), tz=self.tz)
        if self.anchor is not None:
            first = self.anchor.astimezone(self.zone).date().isoformat()
            text = t("prompts_schedule.describe.counting_from", lang, text=text, date=first)
        if self.start is not None:
            text = t(
                "prompts_schedule.describe.start", lang, text=text, date=self.start.isoformat()
            )
        if self.end is not None:
            text = t("prompts_schedule.describe.end", lang, text=text, date=self.end.isoformat())
        return text

    def notes(self, lang: str = "en") -> tuple[str, ...]:
        """Warnings for chat about how this schedule behaves (months it skips), maybe none."""
        if self.kind == "at":
            return ()
        day = short_month_day(self.kind, self.spec)
        if day is None:
            return ()
        return (t(f"prompts_schedule.note.short_months_{day}", lang),)

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-able dict of strings for the database; :meth:`from_dict` reverses it."""
        return {
            "kind": self.kind,
            "spec": self.spec,
            "tz": self.tz,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "anchor": self.anchor.isoformat() if self.anchor else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, str | None]) -> Schedule:
        """The schedule stored by :meth:`to_dict`. Raises ``StoreError`` if it is corrupt.

        The spec is checked again (it must still compile), but not against any clock: a
        stored one-off may well lie in the past by now.
        """
        try:
            kind, spec, tz = data["kind"], data["spec"], data["tz"]
            if kind not in KINDS or spec is None or tz is None:
                raise ValueError(f"bad kind, spec or tz: {kind!r}, {spec!r}, {tz!r}")
            start, end, anchor = data.get("start"), data.get("end"), data.get("anchor")
            schedule = cls(
                kind=kind,
                spec=spec,
                tz=zone_named(tz).key,
                start=date.fromisoformat(start) if start else None,
                end=date.fromisoformat(end) if end else None,
                anchor=datetime.fromisoformat(anchor) if anchor else None,
            )
            if schedule.anchor is not None and schedule.anchor.tzinfo is None:
                raise ValueError("naive anchor")
            if kind == "at":
                _parse_at(spec)
            else:
                compile_spec(kind, spec)
        except (UsageError, ValueError, KeyError, TypeError, OSError) as exc:
            raise StoreError(f"stored schedule is corrupt: {exc}") from exc
        return schedule

    def _one_off(self) -> datetime:
        return to_instant(_parse_at(self.spec), self.zone)

    def _anchor_date(self) -> date | None:
        return self.anchor.astimezone(self.zone).date() if self.anchor is not None else None

    def _describe_rule(self, lang: str) -> str:
        key = "prompts_schedule.describe."
        if self.kind == "at":
            wall = _parse_at(self.spec)
            return t(
                key + "at", lang, date=wall.date().isoformat(), time=format_time_of_day(wall.time())
            )
        if self.kind == "cron":
            return t(key + "cron", lang, spec=self.spec)
        rule = parse_every(self.spec)
        clock = format_time_of_day(rule.at)
        if rule.unit == "month":
            form = "monthly_last" if rule.month_day == "last" else "monthly"
            form += "" if rule.count == 1 else "_n"
            return t(key + form, lang, day=rule.month_day, count=rule.count, time=clock)
        if rule.unit == "week" and rule.weekdays == WORKDAYS and rule.count == 1:
            return t(key + "workdays", lang, time=clock)
        if rule.unit == "week" and rule.weekdays:
            days = _join_days(sorted(rule.weekdays), lang)
            form = "weekly" if rule.count == 1 else "weekly_n"
            return t(key + form, lang, days=days, count=rule.count, time=clock)
        form = rule.unit + ("" if rule.count == 1 else "_n")
        return t(key + form, lang, count=rule.count, time=clock)


def _join_days(days: list[int], lang: str) -> str:
    names = [t(f"prompts_schedule.weekday.{WEEKDAY_KEYS[d]}", lang) for d in days]
    if len(names) == 1:
        return names[0]
    return t("prompts_schedule.describe.list_and", lang, head=", ".join(names[:-1]), last=names[-1])


# ---------------------------------------------------------------------------------------------
# Parsing


def parse_schedule(
    *,
    at: str | None = None,
    cron: str | None = None,
    every: str | None = None,
    tz: str,
    start: str | None = None,
    end: str | None = None,
    now: datetime,
) -> Schedule:
    """Validate a coordinator's options into a ``Schedule``. Raises only ``UsageError``.

    Exactly one of ``at``/``cron``/``every``; ``tz`` is the zone (the caller passes its
    default when the coordinator gave none); ``now`` is aware. Refused: a one-off not after
    ``now`` or inside a DST gap, an impossible date or time, a bad crontab, an unknown zone,
    ``start`` after ``end``, bounds on a one-off, and a recurrence with no occurrence after
    ``now`` within its bounds.
    """
    given = [
        (kind, text)
        for kind, text in zip(KINDS, (at, cron, every), strict=True)
        if text is not None
    ]
    if len(given) != 1:
        raise schedule_error("one_kind")
    kind, raw = given[0]
    zone = resolve_zone(tz)
    start_date = _parse_date("start", start, now) if start is not None else None
    end_date = _parse_date("end", end, now) if end is not None else None
    if start_date and end_date and start_date > end_date:
        raise schedule_error(
            "start_after_end", start=start_date.isoformat(), end=end_date.isoformat()
        )
    text = clean_option(kind, raw)

    if kind == "at":
        if start_date or end_date:
            raise schedule_error("at_with_bounds")
        wall = _parse_at(text)
        _check_not_too_far(wall.date(), now)
        if wall < now.astimezone(UTC).replace(tzinfo=None) - _SURELY_PAST:
            raise _in_past(wall, zone, now)
        if classify(wall, zone) is WallTime.GAP:
            jump = gap_end(wall, zone).strftime("%H:%M")
            raise schedule_error("at_in_gap", when=_format_wall(wall), tz=zone.key, jump=jump)
        if to_instant(wall, zone) <= now:
            raise _in_past(wall, zone, now)
        return Schedule(kind="at", spec=_format_wall(wall), tz=zone.key)

    if kind == "cron":
        spec = normalise_cron(text)
        rule = compile_cron(spec)
    else:
        recurrence = parse_every(text)
        spec, rule = recurrence.spec, recurrence.compile()
    first = next(instants_after(rule, zone, now, start=start_date, end=end_date), None)
    if first is None:
        raise schedule_error("ends_before_first" if end_date else "never_fires")
    return Schedule(
        kind=kind,
        spec=spec,
        tz=zone.key,
        start=start_date,
        end=end_date,
        anchor=first if rule.phased else None,
    )


@lru_cache(maxsize=1024)
def zone_named(key: str) -> ZoneInfo:
    """``ZoneInfo(key)``, kept alive: ZoneInfo's own cache holds only the 8 most recent zones
    strongly, so with many zones in use every lookup would read the zone file again."""
    return ZoneInfo(key)


@lru_cache(maxsize=1)
def _zone_keys() -> dict[str, str]:
    return {key.lower(): key for key in available_timezones()}


def resolve_zone(text: str) -> ZoneInfo:
    """The IANA zone named by ``text`` (any case: ``europe/brussels``). Raises ``UsageError``."""
    name = clean_option("tz", text, lower=False)
    if not _ZONE_NAME.fullmatch(name) or ".." in name or name.startswith("/"):
        raise schedule_error("unknown_tz", tz=name[:40])
    name = _zone_keys().get(name.lower(), name)
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError) as exc:
        raise schedule_error("unknown_tz", tz=name[:40]) from exc


def _parse_date(option: str, text: str, now: datetime) -> date:
    cleaned = iso_dates(clean_option(option, text))
    match = _DATE.fullmatch(cleaned)
    if match is None:
        raise schedule_error("bad_date", option=option)
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise schedule_error("impossible_date", text=cleaned) from exc
    _check_not_too_far(day, now)
    if day.year < now.year - MAX_YEARS_AHEAD:
        example = (now + timedelta(days=7)).date().isoformat()
        raise schedule_error("too_long_ago", option=option, years=MAX_YEARS_AHEAD, example=example)
    return day


def _check_not_too_far(day: date, now: datetime) -> None:
    if day.year > now.year + MAX_YEARS_AHEAD:
        raise schedule_error("too_far", years=MAX_YEARS_AHEAD)


def _in_past(wall: datetime, zone: ZoneInfo, now: datetime) -> UsageError:
    """The error for a one-off time that is past, with tomorrow 09:00 as the example."""
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return schedule_error(
        "at_in_past",
        when=_format_wall(wall),
        tz=zone.key,
        example=_format_wall(datetime.combine(tomorrow, time(9, 0))),
    )


def _parse_at(text: str) -> datetime:
    text = iso_dates(re.sub(r"(\d)\s+(am|pm)$", r"\1\2", text))
    match = _AT.fullmatch(text)
    if match is None:
        raise schedule_error("bad_at")
    date_match = _DATE.fullmatch(match[1])
    assert date_match is not None  # _AT only captures dates of this shape
    try:
        day = date(int(date_match[1]), int(date_match[2]), int(date_match[3]))
    except ValueError as exc:
        raise schedule_error("impossible_date", text=match[1]) from exc
    clock: time = parse_time_of_day(match[2].strip())
    return datetime.combine(day, clock)


def _format_wall(wall: datetime) -> str:
    return f"{wall.date().isoformat()} {format_time_of_day(wall.time())}"


# ---------------------------------------------------------------------------------------------
# Catch-up after downtime


@dataclass(frozen=True, slots=True, kw_only=True)
class CatchUp:
    """What to do with the occurrences that fell due while the bot was down.

    ``post``: the one occurrence to post now (at most one, however many were due);
    ``missed``: the others, oldest first, to report and never post; ``truncated``: more
    occurrences were due than the limit, and ``missed`` lists only the oldest ``limit``.
    """

    post: datetime | None
    missed: tuple[datetime, ...]
    truncated: bool = False


def plan_catch_up(
    schedule: Schedule,
    *,
    last_scheduled: datetime | None,
    created_at: datetime,
    now: datetime,
    grace: timedelta,
    limit: int = 1000,
) -> CatchUp:
    """Sort the occurrences in ``(last_scheduled or created_at, now]`` into post and missed.

    The newest due occurrence is posted if it lies within ``grace`` of ``now``; every other
    due occurrence is missed. The work is bounded: at most ``limit`` occurrences are walked
    from the start. Past the limit (a per-minute cron after a long outage), ``missed`` holds
    the oldest ``limit`` and ``truncated`` is true; the post is then found by a separate search
    backwards from ``now`` in doubling windows (still at most ``limit`` steps each, over at most
    ``grace``), so it is still the newest occurrence within ``grace`` for any schedule with
    fewer than ``limit`` occurrences in its window. After acting on the result the runtime
    records ``now`` (or ``post``) as the newest handled occurrence.
    """
    # All arithmetic in UTC: within one zone Python ignores ``fold`` when comparing.
    since = (last_scheduled if last_scheduled is not None else created_at).astimezone(UTC)
    now = now.astimezone(UTC)
    due: list[datetime] = []
    complete = True
    for when in schedule.iter_times(since):
        if when.astimezone(UTC) > now:
            break
        if len(due) == limit:
            complete = False
            break
        due.append(when)
    if complete:
        newest = due[-1] if due else None
        post = newest if newest is not None and now - newest.astimezone(UTC) <= grace else None
    else:
        low = since if grace >= now - since else now - grace
        post = _newest_due(schedule, low=low, now=now, limit=limit)
    posted = post.astimezone(UTC) if post is not None else None
    missed = tuple(w for w in due if w.astimezone(UTC) != posted)
    return CatchUp(post=post, missed=missed, truncated=not complete)


def _newest_due(schedule: Schedule, *, low: datetime, now: datetime, limit: int) -> datetime | None:
    """The newest occurrence in ``(low, now]``, walking at most ``limit`` per window."""
    span = timedelta(minutes=1)
    while True:
        window_start = max(low, now - span)
        newest = None
        for when in islice(schedule.iter_times(window_start), limit):
            if when.astimezone(UTC) > now:
                break
            newest = when
        if newest is not None or window_start == low:
            return newest
        span *= 2
