"""The three ways to write a schedule parse into the times a coordinator means."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.capabilities.prompts.recurrence import parse_every
from bot.capabilities.prompts.schedule import Schedule, parse_schedule

BRUSSELS = ZoneInfo("Europe/Brussels")
# Friday 2026-03-20, noon: before the spring DST change, so the lists below cross it.
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=BRUSSELS)


def local(times: list[datetime]) -> list[str]:
    return [t.strftime("%Y-%m-%d %H:%M") for t in times]


def every(text: str, **options: str) -> Schedule:
    return parse_schedule(every=text, tz="Europe/Brussels", now=NOW, **options)


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        (
            "monday 09:00",
            "monday 09:00",
            [
                "2026-03-23 09:00",
                "2026-03-30 09:00",
                "2026-04-06 09:00",
                "2026-04-13 09:00",
                "2026-04-20 09:00",
            ],
        ),
        (
            "2 weeks on tuesday 10:00",
            "2 weeks on tuesday 10:00",
            [
                "2026-03-24 10:00",
                "2026-04-07 10:00",
                "2026-04-21 10:00",
                "2026-05-05 10:00",
                "2026-05-19 10:00",
            ],
        ),
        (
            "day 08:30",
            "day 08:30",
            [
                "2026-03-21 08:30",
                "2026-03-22 08:30",
                "2026-03-23 08:30",
                "2026-03-24 08:30",
                "2026-03-25 08:30",
            ],
        ),
        (
            "day at 08:30",
            "day 08:30",
            [
                "2026-03-21 08:30",
                "2026-03-22 08:30",
                "2026-03-23 08:30",
                "2026-03-24 08:30",
                "2026-03-25 08:30",
            ],
        ),
        (
            "Daily 8:30am",
            "day 08:30",
            [
                "2026-03-21 08:30",
                "2026-03-22 08:30",
                "2026-03-23 08:30",
                "2026-03-24 08:30",
                "2026-03-25 08:30",
            ],
        ),
        (
            "weekday 09:00",
            "weekday 09:00",
            [
                "2026-03-23 09:00",
                "2026-03-24 09:00",
                "2026-03-25 09:00",
                "2026-03-26 09:00",
                "2026-03-27 09:00",
            ],
        ),
        (
            "3 days 10:00",
            "3 days 10:00",
            [
                "2026-03-21 10:00",
                "2026-03-24 10:00",
                "2026-03-27 10:00",
                "2026-03-30 10:00",
                "2026-04-02 10:00",
            ],
        ),
        (
            "month on 1 09:00",
            "month on 1 09:00",
            [
                "2026-04-01 09:00",
                "2026-05-01 09:00",
                "2026-06-01 09:00",
                "2026-07-01 09:00",
                "2026-08-01 09:00",
            ],
        ),
        (
            "monday, thursday 17:00",
            "monday, thursday 17:00",
            [
                "2026-03-23 17:00",
                "2026-03-26 17:00",
                "2026-03-30 17:00",
                "2026-04-02 17:00",
                "2026-04-06 17:00",
            ],
        ),
        (
            "Every Mondays and Thu at 5 pm",
            "monday, thursday 17:00",
            [
                "2026-03-23 17:00",
                "2026-03-26 17:00",
                "2026-03-30 17:00",
                "2026-04-02 17:00",
                "2026-04-06 17:00",
            ],
        ),
        (
            "other friday 5pm",
            "2 weeks on friday 17:00",
            [
                "2026-03-20 17:00",
                "2026-04-03 17:00",
                "2026-04-17 17:00",
                "2026-05-01 17:00",
                "2026-05-15 17:00",
            ],
        ),
        (
            "2 weeks 10:00",
            "2 weeks 10:00",
            [
                "2026-03-21 10:00",
                "2026-04-04 10:00",
                "2026-04-18 10:00",
                "2026-05-02 10:00",
                "2026-05-16 10:00",
            ],
        ),
        (
            "month on last 18:00",
            "month on last 18:00",
            [
                "2026-03-31 18:00",
                "2026-04-30 18:00",
                "2026-05-31 18:00",
                "2026-06-30 18:00",
                "2026-07-31 18:00",
            ],
        ),
        (
            "3 months on the 15th at noon",
            "3 months on 15 12:00",
            [
                "2026-04-15 12:00",
                "2026-07-15 12:00",
                "2026-10-15 12:00",
                "2027-01-15 12:00",
                "2027-04-15 12:00",
            ],
        ),
        (
            "month on 31 09:00",  # months without a 31st are skipped
            "month on 31 09:00",
            [
                "2026-03-31 09:00",
                "2026-05-31 09:00",
                "2026-07-31 09:00",
                "2026-08-31 09:00",
                "2026-10-31 09:00",
            ],
        ),
        (
            "weekend 10:00",
            "weekend 10:00",
            [
                "2026-03-21 10:00",
                "2026-03-22 10:00",
                "2026-03-28 10:00",
                "2026-03-29 10:00",
                "2026-04-04 10:00",
            ],
        ),
        (
            "1st of the month at 9",
            "month on 1 09:00",
            [
                "2026-04-01 09:00",
                "2026-05-01 09:00",
                "2026-06-01 09:00",
                "2026-07-01 09:00",
                "2026-08-01 09:00",
            ],
        ),
    ],
)
def test_every_forms_give_the_next_five_times(text: str, spec: str, expected: list[str]) -> None:
    schedule = every(text)

    assert schedule.kind == "every"
    assert schedule.spec == spec
    assert local(schedule.next_times(NOW, 5)) == expected
    # The canonical spec reads back as the same rule.
    assert parse_every(spec).spec == spec
    assert every(spec).next_times(NOW, 5) == schedule.next_times(NOW, 5)


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-01 09:00",
        "2026-12-01T09:00",
        "2026-12-01 9:00",
        "2026-12-01 at 9am",
        "2026-12-01 09:00:00",
    ],
)
def test_one_off_forms(text: str) -> None:
    schedule = parse_schedule(at=text, tz="Europe/Brussels", now=NOW)

    assert schedule.kind == "at"
    assert schedule.spec == "2026-12-01 09:00"
    (when,) = schedule.next_times(NOW, 5)
    assert when == datetime(2026, 12, 1, 8, 0, tzinfo=ZoneInfo("UTC"))
    assert local([when]) == ["2026-12-01 09:00"]
    assert schedule.next_time(when) is None


def test_one_off_keeps_seconds() -> None:
    schedule = parse_schedule(at="2026-12-01 09:00:30", tz="UTC", now=NOW)

    assert schedule.spec == "2026-12-01 09:00:30"
    assert schedule.next_time(NOW) == datetime(2026, 12, 1, 9, 0, 30, tzinfo=ZoneInfo("UTC"))


def test_times_are_aware_in_the_schedule_zone_and_strictly_after() -> None:
    schedule = parse_schedule(every="day 09:00", tz="america/new_york", now=NOW)
    first = schedule.next_time(NOW)
    assert first is not None

    assert schedule.tz == "America/New_York"
    assert first.tzinfo == ZoneInfo("America/New_York")
    assert first.hour == 9
    # Exactly at an occurrence, that occurrence is not "after".
    assert schedule.next_time(first) == first + timedelta(days=1)
    assert schedule.next_time(first - timedelta(microseconds=1)) == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("monday 09:00", "every Monday at 09:00 (Europe/Brussels)"),
        ("monday, thursday 17:00", "every Monday and Thursday at 17:00 (Europe/Brussels)"),
        ("weekday 9:00", "every weekday (Monday to Friday) at 09:00 (Europe/Brussels)"),
        ("day 8:30", "every day at 08:30 (Europe/Brussels)"),
        ("month on last 18:00", "every month on its last day at 18:00 (Europe/Brussels)"),
        (
            "3 months on 15 12:00",
            "every 3 months on day 15 at 12:00 (Europe/Brussels), counting from 2026-04-15",
        ),
        ("3 days 10:00", "every 3 days at 10:00 (Europe/Brussels), counting from 2026-03-21"),
        ("week 10:00", "every week at 10:00 (Europe/Brussels), counting from 2026-03-21"),
        (
            "2 weeks on tuesday 10:00",
            "every 2 weeks on Tuesday at 10:00 (Europe/Brussels), counting from 2026-03-24",
        ),
    ],
)
def test_describe(text: str, expected: str) -> None:
    assert every(text).describe() == expected


def test_describe_one_off_cron_and_bounds() -> None:
    one_off = parse_schedule(at="2026-12-01 09:00", tz="Europe/Brussels", now=NOW)
    cron = parse_schedule(
        cron="0 9 * * MON", tz="Europe/Brussels", start="2026-04-01", end="2026-06-30", now=NOW
    )

    assert one_off.describe() == "once on 2026-12-01 at 09:00 (Europe/Brussels)"
    assert cron.spec == "0 9 * * mon"
    assert cron.describe() == (
        "on the cron schedule `0 9 * * mon` (Europe/Brussels), from 2026-04-01 until 2026-06-30"
    )
