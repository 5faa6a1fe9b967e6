"""Crontab text means what it means in cron, not what APScheduler 3 numbers it as."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.capabilities.prompts.schedule import parse_schedule

UTC = ZoneInfo("UTC")
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)  # a Friday
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def weekdays(cron: str, n: int = 7) -> list[int]:
    times = parse_schedule(cron=cron, tz="UTC", now=NOW).next_times(NOW, n)
    assert len(times) == n
    assert all((t.hour, t.minute) == (9, 0) for t in times)
    return [t.weekday() for t in times]


@pytest.mark.parametrize("field", ["1", "mon", "MON", "Mon"])
def test_one_and_mon_are_monday(field: str) -> None:
    assert set(weekdays(f"0 9 * * {field}", 3)) == {MONDAY}


@pytest.mark.parametrize("field", ["0", "7", "sun", "SUN"])
def test_zero_and_seven_are_sunday(field: str) -> None:
    assert set(weekdays(f"0 9 * * {field}", 3)) == {SUNDAY}


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("1-5", {MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY}),
        ("mon-fri", {MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY}),
        ("5-7", {FRIDAY, SATURDAY, SUNDAY}),
        ("0,6", {SATURDAY, SUNDAY}),
        ("sat,sun", {SATURDAY, SUNDAY}),
        ("*/2", {SUNDAY, TUESDAY, THURSDAY, SATURDAY}),  # 0,2,4,6 in cron numbering
        ("1-5/2", {MONDAY, WEDNESDAY, FRIDAY}),
        ("tue-thu", {TUESDAY, WEDNESDAY, THURSDAY}),
        ("0-6", set(range(7))),
        ("1-7", set(range(7))),
    ],
)
def test_ranges_steps_and_lists_of_days(field: str, days: set[int]) -> None:
    # Two weeks of occurrences cover every matching day.
    assert set(weekdays(f"0 9 * * {field}", 2 * len(days))) == days


def test_minute_and_hour_steps() -> None:
    schedule = parse_schedule(cron="*/15 9-10 * * *", tz="UTC", now=NOW)

    times = schedule.next_times(NOW, 9)

    assert [t.strftime("%d %H:%M") for t in times] == [
        "21 09:00",
        "21 09:15",
        "21 09:30",
        "21 09:45",
        "21 10:00",
        "21 10:15",
        "21 10:30",
        "21 10:45",
        "22 09:00",
    ]


def test_month_names_and_day_of_month() -> None:
    schedule = parse_schedule(cron="30 8 1,15 jan,jul *", tz="UTC", now=NOW)

    times = schedule.next_times(NOW, 5)

    assert [t.strftime("%Y-%m-%d %H:%M") for t in times] == [
        "2026-07-01 08:30",
        "2026-07-15 08:30",
        "2027-01-01 08:30",
        "2027-01-15 08:30",
        "2027-07-01 08:30",
    ]


def test_both_day_fields_restricted_means_either_matches() -> None:
    # Vixie cron: the 1st of the month, and every Monday.
    schedule = parse_schedule(cron="0 9 1 * mon", tz="UTC", now=NOW)

    days = [t.date().isoformat() for t in schedule.next_times(NOW, 4)]

    assert days == ["2026-03-23", "2026-03-30", "2026-04-01", "2026-04-06"]


def test_star_step_day_field_is_anded_with_weekday() -> None:
    # A day field starting with "*" counts as unrestricted, so both must match.
    schedule = parse_schedule(cron="0 9 */2 * mon", tz="UTC", now=NOW)

    times = schedule.next_times(NOW, 4)

    assert all(t.weekday() == MONDAY and t.day % 2 == 1 for t in times)


def test_impossible_day_part_is_dropped_when_weekday_can_match() -> None:
    # 30 February never happens, but the Mondays of February do.
    schedule = parse_schedule(cron="0 9 30 2 mon", tz="UTC", now=NOW)

    times = schedule.next_times(NOW, 4)

    assert all(t.month == 2 and t.weekday() == MONDAY for t in times)


@pytest.mark.parametrize(
    ("macro", "expanded"),
    [("@daily", "0 0 * * *"), ("@weekly", "0 0 * * 0"), ("@monthly", "0 0 1 * *")],
)
def test_macros_expand(macro: str, expanded: str) -> None:
    schedule = parse_schedule(cron=macro, tz="UTC", now=NOW)

    assert schedule.spec == expanded
    assert schedule.next_times(NOW) == parse_schedule(cron=expanded, tz="UTC", now=NOW).next_times(
        NOW
    )


def test_spacing_and_case_are_normalised() -> None:
    schedule = parse_schedule(cron="  0   9 *  * MON-FRI ", tz="UTC", now=NOW)

    assert schedule.spec == "0 9 * * mon-fri"


def test_feb_29_fires_in_leap_years_only() -> None:
    schedule = parse_schedule(cron="0 9 29 2 *", tz="UTC", now=NOW)

    assert [t.year for t in schedule.next_times(NOW, 3)] == [2028, 2032, 2036]
