"""A Schedule survives the database and restarts: phase, bounds, round trip, trigger."""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.date import DateTrigger

from bot.capabilities.prompts.schedule import Schedule, parse_schedule
from bot.errors import StoreError

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=BRUSSELS)  # a Friday


def test_every_two_weeks_keeps_its_phase_from_the_anchor() -> None:
    schedule = parse_schedule(every="2 weeks on tuesday 10:00", tz="Europe/Brussels", now=NOW)
    assert schedule.anchor == datetime(2026, 3, 24, 10, 0, tzinfo=BRUSSELS)

    # Months later, after any number of restarts, the weeks stay even from the anchor.
    later = datetime(2026, 9, 2, tzinfo=BRUSSELS)
    restored = Schedule.from_dict(json.loads(json.dumps(schedule.to_dict())))
    times = restored.next_times(later, 6)

    assert all(t.weekday() == 1 and t.hour == 10 for t in times)
    assert all((t.date() - date(2026, 3, 24)).days % 14 == 0 for t in times)
    assert times[0].date() == date(2026, 9, 8)  # 24 weeks after the anchor


def test_the_phase_comes_from_the_anchor_not_from_when_asked() -> None:
    first = parse_schedule(every="2 weeks on tuesday 10:00", tz="Europe/Brussels", now=NOW)
    a_week_later = parse_schedule(
        every="2 weeks on tuesday 10:00", tz="Europe/Brussels", now=NOW + timedelta(days=7)
    )
    asked = datetime(2026, 3, 25, tzinfo=BRUSSELS)

    assert first.next_time(asked) == datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)
    assert a_week_later.next_time(asked) == datetime(2026, 3, 31, 10, 0, tzinfo=BRUSSELS)


def test_every_three_days_counts_from_the_anchor_across_months() -> None:
    schedule = parse_schedule(every="3 days 10:00", tz="Europe/Brussels", now=NOW)
    assert schedule.anchor is not None
    anchor = schedule.anchor.date()

    times = schedule.next_times(datetime(2026, 7, 30, tzinfo=BRUSSELS), 5)

    assert [(t.date() - anchor).days % 3 for t in times] == [0] * 5
    assert [(b - a).days for a, b in itertools.pairwise(times)] == [3] * 4


def test_weekly_rules_need_no_anchor() -> None:
    assert parse_schedule(every="monday 09:00", tz="UTC", now=NOW).anchor is None
    assert parse_schedule(cron="0 9 * * 1", tz="UTC", now=NOW).anchor is None


def test_start_and_end_bound_the_occurrences() -> None:
    schedule = parse_schedule(
        every="day 09:00", tz="Europe/Brussels", start="2026-04-01", end="2026-04-03", now=NOW
    )

    times = schedule.next_times(NOW, 5)

    assert [t.date().isoformat() for t in times] == ["2026-04-01", "2026-04-02", "2026-04-03"]
    assert schedule.next_time(times[-1]) is None


def test_start_sets_the_anchor_of_a_phased_rule() -> None:
    schedule = parse_schedule(
        every="2 weeks on tuesday 10:00", tz="Europe/Brussels", start="2026-12-01", now=NOW
    )

    assert schedule.anchor == datetime(2026, 12, 1, 10, 0, tzinfo=BRUSSELS)
    assert [t.date().isoformat() for t in schedule.next_times(NOW, 3)] == [
        "2026-12-01",
        "2026-12-15",
        "2026-12-29",
    ]


@pytest.mark.parametrize(
    "options",
    [
        {"at": "2026-12-01 09:00"},
        {"at": "2026-10-25 02:30"},
        {"cron": "*/30 2 * * 0", "start": "2026-03-01", "end": "2026-11-30"},
        {"every": "2 weeks on monday, thursday 17:00"},
        {"every": "3 months on last 18:00", "end": "2028-01-01"},
        {"every": "day 02:30"},
    ],
)
def test_round_trip_gives_identical_next_times(options: dict[str, str]) -> None:
    schedule = parse_schedule(tz="Europe/Brussels", now=NOW, **options)  # type: ignore[arg-type]

    stored = json.dumps(schedule.to_dict())
    restored = Schedule.from_dict(json.loads(stored))

    assert restored == schedule
    for after in (
        NOW,
        datetime(2026, 10, 24, tzinfo=BRUSSELS),
        datetime(2027, 6, 1, tzinfo=BRUSSELS),
    ):
        assert restored.next_times(after, 10) == schedule.next_times(after, 10)


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "sometimes", "spec": "monday 09:00", "tz": "UTC"},
        {"kind": "every", "spec": "monday", "tz": "UTC"},
        {"kind": "cron", "spec": "0 9 * *", "tz": "UTC"},
        {"kind": "at", "spec": "2026-02-30 09:00", "tz": "UTC"},
        {"kind": "every", "spec": "monday 09:00", "tz": "Mars/Olympus"},
        {"kind": "every", "spec": "monday 09:00", "tz": "UTC", "start": "soon"},
        {"kind": "every", "spec": "3 days 09:00", "tz": "UTC", "anchor": "2026-03-21T09:00:00"},
        {"spec": "monday 09:00", "tz": "UTC"},
    ],
)
def test_corrupt_stored_schedule_is_a_store_error(data: dict[str, str | None]) -> None:
    with pytest.raises(StoreError):
        Schedule.from_dict(data)


def test_a_stored_one_off_may_lie_in_the_past() -> None:
    stored = {
        "kind": "at",
        "spec": "2020-01-01 09:00",
        "tz": "UTC",
        "start": None,
        "end": None,
        "anchor": None,
    }

    schedule = Schedule.from_dict(stored)

    assert schedule.next_times(NOW) == []


def test_one_off_trigger_fires_once() -> None:
    schedule = parse_schedule(at="2026-12-01 09:00", tz="Europe/Brussels", now=NOW)

    trigger = schedule.trigger()
    fire = trigger.get_next_fire_time(None, NOW)

    assert isinstance(trigger, DateTrigger)
    assert fire == schedule.next_time(NOW)
    assert trigger.get_next_fire_time(fire, NOW) is None


def test_recurring_trigger_matches_next_times_and_starts_at_now() -> None:
    schedule = parse_schedule(
        every="2 weeks on tuesday 10:00", tz="Europe/Brussels", end="2026-06-30", now=NOW
    )
    trigger = schedule.trigger()
    at_an_occurrence = datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)

    fired = []
    previous = None
    while (previous := trigger.get_next_fire_time(previous, NOW)) is not None:
        fired.append(previous)

    assert fired == schedule.next_times(NOW, 100)
    assert len(fired) == 8  # 24 March .. 30 June, every other Tuesday
    # Like CronTrigger: with no previous fire time, an occurrence exactly at "now" counts.
    assert trigger.get_next_fire_time(None, at_an_occurrence) == at_an_occurrence
