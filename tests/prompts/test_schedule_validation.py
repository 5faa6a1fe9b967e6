"""Bad schedule text gets a UsageError saying the right form — and never anything else."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.capabilities.prompts.schedule import Schedule, parse_schedule
from bot.errors import UsageError
from bot.i18n import t

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=BRUSSELS)


def refused(**options: str | None) -> UsageError:
    options.setdefault("tz", "Europe/Brussels")
    with pytest.raises(UsageError) as caught:
        parse_schedule(now=NOW, **options)  # type: ignore[arg-type]
    return english(caught.value)


def english(error: UsageError) -> UsageError:
    """A keyed schedule error as an English reader gets it: a real text and a hint from the
    catalog, not a missing key."""
    assert error.key and error.hint_key  # keyed, so the core renders it for each reader
    message, hint = t(error.key, **error.params), t(error.hint_key, **error.params)
    assert not message.startswith("prompts_schedule.")
    assert not hint.startswith("prompts_schedule.")
    return UsageError(message, hint=hint)


def test_none_of_at_cron_every() -> None:
    assert "exactly one" in refused().message


@pytest.mark.parametrize(
    "options",
    [
        {"at": "2026-12-01 09:00", "cron": "0 9 * * 1"},
        {"cron": "0 9 * * 1", "every": "monday 09:00"},
        {"at": "2026-12-01 09:00", "cron": "0 9 * * 1", "every": "monday 09:00"},
    ],
)
def test_more_than_one_kind(options: dict[str, str]) -> None:
    assert "exactly one" in refused(**options).message


@pytest.mark.parametrize(
    "cron",
    [
        "0 9 * *",  # four fields
        "0 9 * * * *",  # six fields
        "60 9 * * *",
        "0 24 * * *",
        "0 9 0 * *",
        "0 9 32 * *",
        "0 9 * 13 *",
        "0 9 * 0 *",
        "0 9 * * 8",
        "0 9 * * fri-mon",  # ranges do not wrap
        "*/0 9 * * *",
        "1-2-3 9 * * *",
        "0 9 * * monday",
        "0 9 * * mon-fri/2x",
        "mon 9 * * *",  # names only in month and day-of-week
        "garbage",
        "@sometimes",
        "0 9 ? * *",
        "0 9 30 2 *",  # never fires
        "0 9 31 4,6,9,11 *",
    ],
)
def test_bad_cron(cron: str) -> None:
    refused(cron=cron)


def test_cron_field_count_is_named() -> None:
    assert "5 fields" in refused(cron="0 9 * *").message


def test_never_firing_cron_says_so() -> None:
    assert "never fires" in refused(cron="0 9 30 2 *").message


@pytest.mark.parametrize(
    "tz", ["Mars/Olympus", "../etc/passwd", "Europe/", "/etc/localtime", "", "CEST+1"]
)
def test_unknown_time_zone(tz: str) -> None:
    refused(every="monday 09:00", tz=tz)


@pytest.mark.parametrize(
    ("at", "fragment"),
    [
        ("2026-03-20 11:59", "already past"),
        ("2026-03-20 12:00", "already past"),  # "now" is not the future
        ("2025-12-01 09:00", "already past"),
        ("2026-02-30 09:00", "not a date"),
        ("2026-04-31 09:00", "not a date"),
        ("2026-12-01 25:00", "not a time"),
        ("2026-12-01 09:60", "not a time"),
        ("2026-12-01", "YYYY-MM-DD HH:MM"),
        ("01/12/26 09:00", "YYYY-MM-DD HH:MM"),  # day first needs the whole year
        ("tomorrow", "YYYY-MM-DD HH:MM"),
        ("2999-12-01 09:00", "years ahead"),
    ],
)
def test_bad_one_off(at: str, fragment: str) -> None:
    assert fragment in refused(at=at).message


def test_one_off_with_bounds() -> None:
    refused(at="2026-12-01 09:00", end="2026-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "0 days 09:00",
        "0 weeks on monday 09:00",
        "0 months on 1 09:00",
        "monday",  # no time
        "day",
        "month 09:00",  # no day of month
        "month on 32 09:00",
        "day 24:00",
        "day 13pm",
        "400 days 09:00",
        "60 weeks 09:00",
        "13 months on 1 09:00",
        "day on monday 09:00",
        "monday 09:00 10:00",
        "fortnightly 09:00",
        "9:00",
        "",
        "   ",
    ],
)
def test_bad_every(text: str) -> None:
    refused(every=text)


@pytest.mark.parametrize("text", ["0 days 09:00", "0 days", "0 weeks on monday"])
def test_zero_interval_says_so(text: str) -> None:
    # Even without a time of day: the zero is the mistake to fix first.
    assert refused(every=text).message == "An interval of 0 never repeats."


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2026-02-30", None),
        ("2026-4-31", None),
        ("next week", None),
        (None, "2026-13-01"),
        ("2026-06-01", "2026-05-01"),  # start after end
        (None, "2026-03-01"),  # ends before the first occurrence
    ],
)
def test_bad_bounds(start: str | None, end: str | None) -> None:
    refused(every="day 09:00", start=start, end=end)


def test_end_before_first_occurrence_of_a_sparse_rule() -> None:
    # The next 1 January is after the end date.
    assert "end date" in refused(every="month on 1 09:00", end="2026-03-31").message


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "0 9 * * 1" + " " * 10_000,
        "monday 09:00\x00",
        "monday\n09:00",
        "monday 09:00 \U0001f389",
        "\u0660 \u0669 * * *",  # Arabic-Indic digits: int() would read them as 0 and 9
        "monday 09\uff1a00",  # a full-width colon
        "@everyone monday 09:00",
        "\u202emonday 09:00",
    ],
)
@pytest.mark.parametrize("option", ["at", "cron", "every", "tz"])
def test_hostile_text(option: str, text: str) -> None:
    options = {"every": "monday 09:00", option: text}
    if option in ("at", "cron"):
        del options["every"]
    refused(**options)


@pytest.mark.parametrize(
    "options",
    [
        {"every": "<@123> monday 09:00"},
        {"cron": "@everyone 9 * * *"},
        {"cron": "0 9 * * @here"},
        {"every": "monday 09:00", "tz": "@here"},
        {"at": "2026-12-01 `@everyone`"},
    ],
)
def test_hostile_text_is_not_echoed(options: dict[str, str]) -> None:
    error = refused(**options)

    assert "@" not in error.reply_text()


_SCHEDULE_WORDS = st.sampled_from(
    [
        "every", "on", "at", "the", "and", ",", "other", "last", "day", "days", "week", "weeks",
        "month", "months", "weekday", "weekend", "monday", "tue", "sundays", "0", "1", "2", "7",
        "31", "32", "1st", "29th", "09:00", "9:60", "23:59:59", "5pm", "13am", "noon", "*",
        "*/15", "1-5", "mon-fri", "jan", "@daily", "2026-03-29", "2026-02-29", "2026-12-01", "T",
        "02:30", "-", "/", "Europe/Brussels", "UTC", "\x00", "\U0001f389",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(_SCHEDULE_WORDS, max_size=8).map(" ".join),
    st.lists(_SCHEDULE_WORDS, max_size=6).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(option=st.sampled_from(["at", "cron", "every", "tz"]), text=_TEXT)
def test_any_text_gives_a_schedule_or_a_usage_error(option: str, text: str) -> None:
    options = {"every": "monday 09:00", "tz": "Europe/Brussels", option: text}
    if option in ("at", "cron"):
        del options["every"]
    try:
        schedule = parse_schedule(now=NOW, **options)  # type: ignore[arg-type]
    except UsageError:
        return
    assert isinstance(schedule, Schedule)
    # Whatever was accepted works: it has a future occurrence, in order, and a description.
    times = schedule.next_times(NOW, 3)
    assert times and times[0] > NOW
    assert times == sorted(times)
    assert schedule.describe()
    assert Schedule.from_dict(schedule.to_dict()) == schedule
