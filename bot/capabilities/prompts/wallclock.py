"""From wall-clock times to real instants: the daylight-saving policy, and the trigger.

Schedules are written in local wall-clock time ("Monday 09:00 in Europe/Brussels"), so a
weekly 09:00 prompt stays at 09:00 local when the UTC offset changes. Two wall-clock times
need a decision, made here once for every recurring schedule:

* **Gap** (spring forward; 02:30 does not exist in Brussels on 2026-03-29): the occurrence
  fires at the moment the clocks jump, 03:00 local (01:00 UTC) — the first instant after
  the intended time, as Vixie cron does. Several occurrences in one gap collapse into one.
* **Fold** (fall back; 02:30 happens twice on 2026-10-25): the occurrence fires once, on the
  first pass (02:30 +02:00). The repeated hour never fires it again, so nothing posts twice.

One-off ``at:`` times in a gap are refused when the schedule is parsed (the coordinator gets
the time the clocks jump to as a suggestion); in a fold they take the first pass, as above.

With this policy the instant of a wall-clock time never decreases as the wall-clock time
increases, which is what lets :func:`instants_after` walk the wall clock forwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger

from bot.capabilities.prompts.recurrence import WallRule

_TICK = timedelta(microseconds=1)


class WallTime(Enum):
    """How a naive wall-clock time exists in a zone."""

    SINGLE = "single"  # exists once
    GAP = "gap"  # skipped by a forward shift
    FOLD = "fold"  # happens twice (a backward shift)


def classify(wall: datetime, zone: ZoneInfo) -> WallTime:
    """Whether naive ``wall`` exists once, never or twice in ``zone``."""
    first = wall.replace(tzinfo=zone, fold=0)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall:
        return WallTime.GAP
    if first.utcoffset() != wall.replace(tzinfo=zone, fold=1).utcoffset():
        return WallTime.FOLD
    return WallTime.SINGLE


def to_instant(wall: datetime, zone: ZoneInfo) -> datetime:
    """The instant (aware, in ``zone``) at which naive ``wall`` fires, per the policy above."""
    kind = classify(wall, zone)
    if kind is not WallTime.GAP:
        return wall.replace(tzinfo=zone, fold=0)
    return gap_end(wall, zone)


def gap_end(wall: datetime, zone: ZoneInfo) -> datetime:
    """For ``wall`` inside a gap: the instant the clocks jumped (aware, in ``zone``)."""
    # Read with the offset from before the jump, ``wall`` lies after the jump; read with the
    # offset from after it, before. Transitions fall on whole seconds: bisect between the two.
    low = int(wall.replace(tzinfo=zone, fold=1).timestamp())
    high = int(wall.replace(tzinfo=zone, fold=0).timestamp())
    after_offset = wall.replace(tzinfo=zone, fold=1).utcoffset()
    while low < high:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, zone).utcoffset() == after_offset:
            high = middle
        else:
            low = middle + 1
    return datetime.fromtimestamp(low, zone)


def instants_after(
    rule: WallRule,
    zone: ZoneInfo,
    after: datetime,
    *,
    anchor: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Iterator[datetime]:
    """The occurrences of ``rule`` in ``zone`` strictly after aware ``after``, in order.

    Aware datetimes in ``zone``, no duplicates; only local dates from ``start`` to ``end``
    (both inclusive); phase counted from the ``anchor`` date. The iterator is lazy and may be
    endless: callers bound it.
    """
    # Every wall time up to ``after``'s own wall time fires at or before ``after`` (the
    # instant never decreases with the wall time), so the walk starts there; wall times in a
    # fold that fired on the first pass are skipped below.
    cursor = after.astimezone(zone).replace(tzinfo=None)
    if start is not None:
        cursor = max(cursor, datetime.combine(start, time()) - _TICK)
    # Compared in UTC: Python compares two datetimes of the same zone by wall time alone,
    # ignoring ``fold``, which would confuse the two passes through a fold.
    latest = after.astimezone(UTC)
    while (wall := rule.next_after(cursor, anchor=anchor, end=end)) is not None:
        cursor = wall
        instant = to_instant(wall, zone)
        if instant.astimezone(UTC) <= latest:
            continue
        latest = instant.astimezone(UTC)
        yield instant


class WallClockTrigger(BaseTrigger):  # type: ignore[misc]  # APScheduler 3 is untyped
    """An APScheduler trigger firing a :class:`WallRule` in a zone, with the DST policy above.

    Built from a ``Schedule`` at every start (never pickled). Like ``CronTrigger``: with no
    previous fire time it returns the first occurrence at or after ``now``; otherwise the first
    one after the previous fire time (the scheduler's misfire handling deals with the past).
    """

    __slots__ = ("anchor", "end", "rule", "start", "zone")

    def __init__(
        self,
        rule: WallRule,
        zone: ZoneInfo,
        *,
        anchor: date | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> None:
        self.rule = rule
        self.zone = zone
        self.anchor = anchor
        self.start = start
        self.end = end

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> Any:
        after = previous_fire_time if previous_fire_time is not None else now - _TICK
        found = instants_after(
            self.rule, self.zone, after, anchor=self.anchor, start=self.start, end=self.end
        )
        return next(found, None)

    def __repr__(self) -> str:
        return (
            f"<WallClockTrigger {self.rule.crons!r} every={self.rule.every} zone={self.zone.key}>"
        )
