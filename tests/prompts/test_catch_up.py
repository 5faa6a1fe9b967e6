"""After downtime: post the newest due occurrence once if it is fresh, report the rest."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.capabilities.prompts.schedule import Schedule, parse_schedule, plan_catch_up

BRUSSELS = ZoneInfo("Europe/Brussels")
CREATED = datetime(2026, 3, 1, 12, 0, tzinfo=BRUSSELS)
GRACE = timedelta(minutes=15)


def daily_nine() -> Schedule:
    return parse_schedule(every="day 09:00", tz="Europe/Brussels", now=CREATED)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 4, day, hour, minute, tzinfo=BRUSSELS)


def test_nothing_due() -> None:
    plan = plan_catch_up(
        daily_nine(), last_scheduled=at(10, 9), created_at=CREATED, now=at(10, 12), grace=GRACE
    )

    assert plan.post is None
    assert plan.missed == ()
    assert not plan.truncated


def test_one_due_within_grace_is_posted() -> None:
    plan = plan_catch_up(
        daily_nine(), last_scheduled=at(9, 9), created_at=CREATED, now=at(10, 9, 5), grace=GRACE
    )

    assert plan.post == at(10, 9)
    assert plan.missed == ()


def test_one_due_beyond_grace_is_missed_not_posted() -> None:
    plan = plan_catch_up(
        daily_nine(), last_scheduled=at(9, 9), created_at=CREATED, now=at(10, 11), grace=GRACE
    )

    assert plan.post is None
    assert plan.missed == (at(10, 9),)


def test_many_due_post_at_most_once() -> None:
    plan = plan_catch_up(
        daily_nine(), last_scheduled=at(1, 9), created_at=CREATED, now=at(10, 9, 10), grace=GRACE
    )

    assert plan.post == at(10, 9)
    assert plan.missed == tuple(at(day, 9) for day in range(2, 10))


def test_many_due_none_fresh_posts_nothing() -> None:
    plan = plan_catch_up(
        daily_nine(), last_scheduled=at(1, 9), created_at=CREATED, now=at(10, 18), grace=GRACE
    )

    assert plan.post is None
    assert plan.missed == tuple(at(day, 9) for day in range(2, 11))


def test_without_last_scheduled_counts_from_creation() -> None:
    created = at(10, 8)
    one_off = parse_schedule(at="2026-04-10 09:00", tz="Europe/Brussels", now=created)

    due = plan_catch_up(
        one_off, last_scheduled=None, created_at=created, now=at(10, 9, 2), grace=GRACE
    )
    early = plan_catch_up(
        one_off, last_scheduled=None, created_at=created, now=at(10, 8, 30), grace=GRACE
    )
    handled = plan_catch_up(
        one_off, last_scheduled=at(10, 9), created_at=created, now=at(10, 9, 2), grace=GRACE
    )

    assert (due.post, due.missed) == (at(10, 9), ())
    assert (early.post, early.missed) == (None, ())
    assert (handled.post, handled.missed) == (None, ())


def test_limit_bounds_a_per_minute_cron_after_a_year_down() -> None:
    every_minute = parse_schedule(cron="* * * * *", tz="Europe/Brussels", now=CREATED)
    now = datetime(2027, 4, 10, 9, 7, 30, tzinfo=BRUSSELS)

    plan = plan_catch_up(
        every_minute, last_scheduled=CREATED, created_at=CREATED, now=now, grace=GRACE, limit=50
    )

    assert plan.truncated
    assert len(plan.missed) == 50
    # The oldest ones are listed, the freshest one is still the one posted.
    assert plan.missed[0] == CREATED + timedelta(minutes=1)
    assert plan.missed == tuple(CREATED + timedelta(minutes=i) for i in range(1, 51))
    assert plan.post == datetime(2027, 4, 10, 9, 7, tzinfo=BRUSSELS)


def test_limit_with_the_newest_beyond_grace_posts_nothing() -> None:
    hourly = parse_schedule(cron="0 * * * *", tz="UTC", now=CREATED)
    now = datetime(2026, 4, 10, 9, 30, tzinfo=ZoneInfo("UTC"))

    plan = plan_catch_up(
        hourly, last_scheduled=None, created_at=CREATED, now=now, grace=GRACE, limit=10
    )

    assert plan.truncated
    assert len(plan.missed) == 10
    assert plan.post is None


def test_limit_not_reached_is_not_truncated() -> None:
    plan = plan_catch_up(
        daily_nine(),
        last_scheduled=at(1, 9),
        created_at=CREATED,
        now=at(10, 9, 10),
        grace=GRACE,
        limit=9,
    )

    assert not plan.truncated
    assert plan.post == at(10, 9)
    assert len(plan.missed) == 8


def test_fold_hour_downtime_does_not_post_twice() -> None:
    nightly = parse_schedule(every="day 02:30", tz="Europe/Brussels", now=CREATED)
    first_pass = datetime(2026, 10, 25, 2, 30, tzinfo=BRUSSELS)  # +02:00
    second_pass_now = datetime(2026, 10, 25, 2, 40, tzinfo=BRUSSELS, fold=1)  # +01:00

    plan = plan_catch_up(
        nightly,
        last_scheduled=first_pass,
        created_at=CREATED,
        now=second_pass_now,
        grace=timedelta(hours=2),
    )

    assert plan.post is None
    assert plan.missed == ()
