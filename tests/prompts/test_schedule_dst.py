"""Daylight saving: local times stay local; gaps fire when the clocks jump; folds fire once.

Europe/Brussels in 2026: clocks go 02:00 -> 03:00 on 29 March (+01:00 -> +02:00) and
03:00 -> 02:00 on 25 October (+02:00 -> +01:00).
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.capabilities.prompts.schedule import Schedule, parse_schedule
from bot.errors import UsageError
from bot.i18n import t

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BRUSSELS)
PLUS_1 = timedelta(hours=1)
PLUS_2 = timedelta(hours=2)


def brussels(every: str | None = None, cron: str | None = None) -> Schedule:
    return parse_schedule(every=every, cron=cron, tz="Europe/Brussels", now=NOW)


@pytest.mark.parametrize(
    ("after", "offsets"),
    [
        (datetime(2026, 3, 16, tzinfo=BRUSSELS), [PLUS_1, PLUS_1, PLUS_2, PLUS_2]),
        (datetime(2026, 10, 12, tzinfo=BRUSSELS), [PLUS_2, PLUS_2, PLUS_1, PLUS_1]),
    ],
)
def test_weekly_monday_stays_at_nine_local(after: datetime, offsets: list[timedelta]) -> None:
    schedule = brussels(every="monday 09:00")

    times = schedule.next_times(after, 4)

    assert [(t.weekday(), t.hour, t.minute) for t in times] == [(0, 9, 0)] * 4
    assert [t.utcoffset() for t in times] == offsets
    # Hence in UTC the post moves by an hour across the change.
    assert {t.astimezone(UTC).hour for t in times} == {8, 7}


def test_daily_time_in_spring_gap_fires_when_clocks_jump() -> None:
    schedule = brussels(every="day 02:30")

    times = schedule.next_times(datetime(2026, 3, 27, tzinfo=BRUSSELS), 4)

    assert [t.isoformat() for t in times] == [
        "2026-03-27T02:30:00+01:00",
        "2026-03-28T02:30:00+01:00",
        "2026-03-29T03:00:00+02:00",  # 02:30 does not exist: the moment the clocks jump
        "2026-03-30T02:30:00+02:00",
    ]


def test_several_times_in_one_gap_post_once() -> None:
    schedule = brussels(cron="0,20,40 2,3 * * *")

    times = schedule.next_times(datetime(2026, 3, 29, 1, 0, tzinfo=BRUSSELS), 4)

    assert [t.isoformat() for t in times] == [
        "2026-03-29T03:00:00+02:00",  # 02:00, 02:20, 02:40 and 03:00 together
        "2026-03-29T03:20:00+02:00",
        "2026-03-29T03:40:00+02:00",
        "2026-03-30T02:00:00+02:00",
    ]


def test_daily_time_in_autumn_fold_fires_once_on_first_pass() -> None:
    schedule = brussels(every="day 02:30")

    times = schedule.next_times(datetime(2026, 10, 24, tzinfo=BRUSSELS), 3)

    assert [t.isoformat() for t in times] == [
        "2026-10-24T02:30:00+02:00",
        "2026-10-25T02:30:00+02:00",  # first pass; the second 02:30 (+01:00) does not fire
        "2026-10-26T02:30:00+01:00",
    ]
    gaps = [b.astimezone(UTC) - a.astimezone(UTC) for a, b in itertools.pairwise(times)]
    assert gaps == [timedelta(hours=24), timedelta(hours=25)]


def test_no_second_post_when_asked_during_the_repeated_hour() -> None:
    schedule = brussels(cron="*/20 2 * * *")
    # 02:10 on the second pass (+01:00): 02:20 and 02:40 already fired on the first pass.
    second_pass = datetime(2026, 10, 25, 2, 10, tzinfo=BRUSSELS, fold=1)
    assert second_pass.utcoffset() == PLUS_1

    following = schedule.next_time(second_pass)

    assert following is not None
    assert following.isoformat() == "2026-10-26T02:00:00+01:00"


def test_trigger_follows_the_same_policy() -> None:
    schedule = brussels(every="day 02:30")
    trigger = schedule.trigger()
    start = datetime(2026, 3, 27, tzinfo=BRUSSELS)

    fired: list[datetime] = []
    previous = None
    for _ in range(8):
        previous = trigger.get_next_fire_time(previous, start)
        fired.append(previous)

    assert fired == schedule.next_times(start, 8)
    # Across both changes the UTC instants only go forward.
    also = schedule.next_times(datetime(2026, 10, 20, tzinfo=BRUSSELS), 10)
    assert all(a.astimezone(UTC) < b.astimezone(UTC) for a, b in itertools.pairwise(also))


def test_one_off_in_gap_is_refused_with_the_jump_time() -> None:
    with pytest.raises(UsageError) as caught:
        parse_schedule(at="2026-03-29 02:30", tz="Europe/Brussels", now=NOW)

    error = caught.value
    assert "03:00" in t(error.hint_key, **error.params)
    assert "2026-03-29 02:30" in t(error.key, **error.params)


def test_one_off_in_fold_takes_the_first_pass() -> None:
    schedule = parse_schedule(at="2026-10-25 02:30", tz="Europe/Brussels", now=NOW)

    (when,) = schedule.next_times(NOW)

    assert when.utcoffset() == PLUS_2
    assert when.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
