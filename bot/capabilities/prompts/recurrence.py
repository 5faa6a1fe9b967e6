"""Recurrence rules on the wall clock: the ``every:`` grammar and standard crontab.

Both forms compile to a :class:`WallRule`: one or more APScheduler ``CronTrigger`` s that
run on *naive wall-clock time* (they are built in UTC, which has no daylight saving, so they do
pure calendar arithmetic), plus an optional phase filter for "every N days/weeks/months".
Turning wall-clock times into real instants, with the daylight-saving policy, is the job of
:mod:`bot.capabilities.prompts.wallclock`.

The ``every:`` grammar
----------------------

Case, extra spaces, commas and the filler words ``every each on at the of and &`` are
forgiven; a time of day is always required::

    every: monday 09:00                      weekly on one day
    every: monday, thursday 17:00            weekly on several days ("mondays and thursdays")
    every: weekday 09:00                     Monday to Friday ("weekdays"); "weekend" = Sat, Sun
    every: day 08:30    every: day at 08:30  daily (also "daily 8:30")
    every: 3 days 10:00                      every third day, counted from the first occurrence
    every: week 10:00   every: 2 weeks 10:00 every 7 / 14 days from the first occurrence
    every: 2 weeks on tuesday 10:00          every other Tuesday ("every other tuesday 10:00")
    every: month on 1 09:00                  day of month: 1..31, "1st", "15th", or "last"
    every: 3 months on last 18:00            every third month, on its last day

Times: ``9:00``, ``09:00``, ``09:00:30``, ``9am``, ``5:30 pm``, ``noon``, ``midnight``, and a
bare hour after ``at`` (``at 9``); as Europe writes them too: ``9h``, ``9h30``, ``9.00``,
``9 Uhr``, ``9u30``. Counts: days 1..365, weeks 1..52, months 1..12; 0 is an
error. A month without the given day (``on 31`` in April) is skipped, and the coordinator is
told so (:func:`short_month_day`); ``last`` means the last day of every month. "Every N" counts
from the *anchor*, the first occurrence fixed when the prompt is scheduled (see
``Schedule.anchor``), so a restart never shifts the phase.

Other languages
---------------

The grammar is English; the words of the other shipped languages are read as the English
words they stand for before parsing (:func:`localise_every`, from the ``[every]`` and
``[weekdays]`` tables of ``bot/locale/<lang>/commands.toml``): ``montag 09:00``, ``lundi 9h``,
``lunedì 9:00``, ``alle 2 Wochen am Dienstag 10:00``, ``tous les jours 8h30``, ``werktags
9:00``, ``co poniedziałek 9:00``. Ordinals as written there (``1.``, ``1er``, ``1e``) count
as ``1st``. The stored spec is always the English canonical text.

Standard crontab
----------------

``minute hour day-of-month month day-of-week``, with ``*``, lists, ranges, steps
(``*/15``, ``1-5/2``, ``5/10`` = ``5-max/10``), month names ``jan``..``dec`` and day names
``sun``..``sat``, and the macros ``@hourly @daily @midnight @weekly @monthly @yearly
@annually``. Day-of-week numbers follow cron, not APScheduler: ``0`` and ``7`` are Sunday,
``1`` is Monday (APScheduler 3's ``CronTrigger.from_crontab`` passes the field through
unchanged, where ``0`` means Monday; so we expand every field ourselves and never call it).
As in Vixie cron, when both day fields are restricted (neither starts with ``*``) a day
matches if *either* does (``0 9 1 * mon`` is the 1st of the month and every Monday);
otherwise both must match. Ranges do not wrap (``fri-mon`` is an error). An expression that
can never fire (``0 9 30 2 *``) is refused.

Why one module of over 500 lines: both grammars compile to the one :class:`WallRule` through
the same trigger builders, :func:`short_month_day` reads both, and much of the length is the
grammars' tables and this documentation of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Literal, TypeVar

from apscheduler.triggers.cron import CronTrigger
from rapidfuzz import fuzz, process

from bot.capabilities.prompts.inputs import schedule_error
from bot.errors import UsageError
from bot.words import words as command_words

Period = Literal["day", "week", "month"]
_T = TypeVar("_T")

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ALIASES: dict[str, int] = {}
for _i, _name in enumerate(_WEEKDAY_NAMES):
    for _alias in (_name, _name + "s", _name[:3], _name[:3] + "s"):
        _WEEKDAY_ALIASES[_alias] = _i
_WEEKDAY_ALIASES.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
WORKDAYS = frozenset(range(5))
_DAY_WORDS = frozenset({*_WEEKDAY_ALIASES, "weekday", "weekdays", "weekend", "weekends"})
ALL_DAYS = frozenset(range(7))

_UNITS: dict[str, Period] = {
    "day": "day",
    "days": "day",
    "daily": "day",
    "week": "week",
    "weeks": "week",
    "weekly": "week",
    "month": "month",
    "months": "month",
    "monthly": "month",
}
_MAX_COUNT: dict[Period, int] = {"day": 365, "week": 52, "month": 12}
_FILLER = frozenset({"every", "each", "on", "at", "the", "of", "and", "&", ","})
#: The grammar's own words, for "did you mean" on a word it does not know.
_ENGLISH_WORDS = (*_DAY_WORDS, *_UNITS, "every", "other", "last", "noon", "midnight")
_TIME = re.compile(r"(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?(am|pm)?")
_NUMBER = re.compile(r"\d{1,4}")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_TOKEN = re.compile(r"[a-z]+|&|,|[0-9][0-9:]*(?:am|pm)?(?:st|nd|rd|th)?|\S")

# One microsecond: CronTrigger returns fire times >= ``now``; asking from one microsecond past
# a whole-second time makes it "strictly after", as every occurrence is on a whole second.
_TICK = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# Compiled rules


@dataclass(frozen=True, slots=True, kw_only=True)
class WallRule:
    """A recurrence on naive wall-clock time, before any time zone or DST decision.

    ``crons`` are CronTriggers in UTC used as a plain calendar; a time matches if any of them
    fires. When ``every > 1``, only periods (days, ISO weeks or months, per ``period``) whose
    distance from the anchor's period is a multiple of ``every`` are kept.
    """

    crons: tuple[Any, ...]
    period: Period | None = None
    every: int = 1

    @property
    def phased(self) -> bool:
        """Whether the rule needs an anchor to know which periods are "on"."""
        return self.every > 1

    def next_after(
        self, wall: datetime, *, anchor: date | None = None, end: date | None = None
    ) -> datetime | None:
        """The first wall-clock time strictly after naive ``wall``; ``None`` past ``end``.

        Without an anchor a phased rule keeps every period (that is how the anchor itself, the
        first occurrence, is found).
        """
        cursor = wall
        # Each pass either returns or jumps to a later "on" period, where every rule built
        # here has an occurrence; the bound only guards against a rule that breaks that.
        for _ in range(1000):
            found = [
                c.get_next_fire_time(None, (cursor + _TICK).replace(tzinfo=UTC)) for c in self.crons
            ]
            fired = [f for f in found if f is not None]
            if not fired:
                return None
            candidate: datetime = min(fired).replace(tzinfo=None)
            if end is not None and candidate.date() > end:
                return None
            if not self.phased or anchor is None or self.period is None:
                return candidate
            index = _period_index(self.period, anchor, candidate.date())
            if index % self.every == 0:
                return candidate
            skip_to = _period_start(self.period, anchor, index + self.every - index % self.every)
            cursor = datetime.combine(skip_to, time()) - _TICK
        return None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _period_index(period: Period, anchor: date, day: date) -> int:
    if period == "day":
        return (day - anchor).days
    if period == "week":
        return (_monday(day) - _monday(anchor)).days // 7
    return (day.year * 12 + day.month) - (anchor.year * 12 + anchor.month)


def _period_start(period: Period, anchor: date, index: int) -> date:
    if period == "day":
        return anchor + timedelta(days=index)
    if period == "week":
        return _monday(anchor) + timedelta(weeks=index)
    months = anchor.year * 12 + anchor.month - 1 + index
    return date(months // 12, months % 12 + 1, 1)


def _cron(
    *,
    minute: str,
    hour: str,
    day: str = "*",
    month: str = "*",
    day_of_week: str = "*",
    second: str = "0",
) -> Any:
    return CronTrigger(
        year="*",
        month=month,
        day=day,
        day_of_week=day_of_week,
        hour=hour,
        minute=minute,
        second=second,
        timezone=UTC,
    )


def _daily_at(at: time, *, day: str = "*", day_of_week: str = "*") -> Any:
    return _cron(
        minute=str(at.minute),
        hour=str(at.hour),
        second=str(at.second),
        day=day,
        day_of_week=day_of_week,
    )


# ---------------------------------------------------------------------------------------------
# Times of day (shared with the one-off "at:" form)


# European ways of writing a time: 9h, 9h30, 9.00, 9 uhr, 9:00 uhr, 9u30.
_H_TIME = re.compile(r"\b(\d{1,2})\s?[hu](\d{2})?\b")
_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})\b(?!\.)")
_UHR_TIME = re.compile(r"\b(\d{1,2})(:\d{2})?\s?(?:uhr|godz\.?)(?=\s|$|,)")
_LOCAL_ORDINAL = re.compile(r"\b(\d{1,2})(?:\.|er|re|eme|e|o|a|ste|de)(?=\s|$|,)")


def normalise_times(text: str) -> str:
    """``text`` with times written the European way (``9h``, ``9h30``, ``9.00``, ``9 uhr``)
    as ``9:00``, ``9:30``; lower-case ASCII in and out."""
    text = _UHR_TIME.sub(lambda m: f"{m[1]}{m[2] or ':00'}", text)
    text = _H_TIME.sub(lambda m: f"{m[1]}:{m[2] or '00'}", text)
    return _DOT_TIME.sub(r"\1:\2", text)


def localise_every(text: str) -> str:
    """Folded ``every:`` text in any shipped language, as the English grammar's words.

    Phrases (``tous les jours``) are read before single words; weekday names become English
    names, ``[every]`` words the English word they are filed under; anything else is kept, for
    the grammar to accept or refuse.
    """
    text = _LOCAL_ORDINAL.sub(r"\1th", normalise_times(text))
    phrases, singles = _every_words()
    for phrase, english in phrases:
        text = re.sub(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", english, text)
    return " ".join(singles.get(word, word) for word in text.split())


@lru_cache(maxsize=1)
def _every_words() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """(phrases longest first, single words) → English word, from every language's tables."""
    found = dict(command_words().table("every"))
    for word, day in command_words().table("weekdays").items():
        found[word] = _WEEKDAY_NAMES[WEEKDAY_KEYS.index(day)]
    phrases = sorted(
        ((w, e) for w, e in found.items() if " " in w or "-" in w), key=lambda p: -len(p[0])
    )
    singles = {w: e for w, e in found.items() if " " not in w and "-" not in w}
    return tuple(phrases), singles


def parse_time_of_day(text: str) -> time:
    """``9:00``, ``09:00:30``, ``9am``, ``5:30pm``, ``noon``, ``midnight`` as a ``time``.

    Raises ``UsageError`` for anything else, or an impossible time such as ``25:00``.
    """
    if text == "noon":
        return time(12)
    if text == "midnight":
        return time(0)
    match = _TIME.fullmatch(normalise_times(text))
    if match is None or (match[2] is None and match[4] is None):
        raise schedule_error("bad_time", text=text)
    hour, minute, second = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    if match[4] is not None:
        if not 1 <= hour <= 12:
            raise schedule_error("bad_time", text=text)
        hour = hour % 12 + (12 if match[4] == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise schedule_error("bad_time", text=text)
    return time(hour, minute, second)


def format_time_of_day(at: time) -> str:
    """``HH:MM``, or ``HH:MM:SS`` when the seconds are not zero."""
    return at.strftime("%H:%M:%S" if at.second else "%H:%M")


# ---------------------------------------------------------------------------------------------
# The "every:" grammar


@dataclass(frozen=True, slots=True, kw_only=True)
class Recurrence:
    """A parsed ``every:`` text.

    ``weekdays`` (0 = Monday) is non-empty only for weekly rules on named days;
    ``month_day`` is set only for monthly rules (1..31, or ``"last"``).
    """

    unit: Period
    count: int
    at: time
    weekdays: frozenset[int] = frozenset()
    month_day: int | Literal["last"] | None = None

    @property
    def spec(self) -> str:
        """The canonical text; parsing it gives this same value back."""
        clock = format_time_of_day(self.at)
        if self.unit == "month":
            every = "month" if self.count == 1 else f"{self.count} months"
            return f"{every} on {self.month_day} {clock}"
        if self.unit == "week" and self.weekdays:
            days = _days_text(self.weekdays)
            return f"{days} {clock}" if self.count == 1 else f"{self.count} weeks on {days} {clock}"
        if self.unit == "week":
            return f"week {clock}" if self.count == 1 else f"{self.count} weeks {clock}"
        return f"day {clock}" if self.count == 1 else f"{self.count} days {clock}"

    def compile(self) -> WallRule:
        """The wall-clock rule this recurrence stands for."""
        if self.unit == "month":
            return WallRule(
                crons=(_daily_at(self.at, day=str(self.month_day)),),
                period="month",
                every=self.count,
            )
        if self.unit == "week" and self.weekdays:
            dow = ",".join(str(d) for d in sorted(self.weekdays))
            return WallRule(
                crons=(_daily_at(self.at, day_of_week=dow),), period="week", every=self.count
            )
        days = self.count * (7 if self.unit == "week" else 1)
        return WallRule(crons=(_daily_at(self.at),), period="day", every=days)


def _days_text(days: frozenset[int]) -> str:
    if days == WORKDAYS:
        return "weekday"
    if days == frozenset({5, 6}):
        return "weekend"
    return ", ".join(_WEEKDAY_NAMES[d] for d in sorted(days))


def _tokens(text: str) -> list[str]:
    # "5 pm" -> "5pm", so the time is a single token.
    text = re.sub(r"(\d)\s+(am|pm)\b", r"\1\2", text)
    return _TOKEN.findall(text)


def parse_every(text: str) -> Recurrence:
    """Parse cleaned ``every:`` text (see the module docstring). Raises ``UsageError``."""
    tokens = _tokens(localise_every(text))
    count: int | None = None
    unit: Period | None = None
    days: set[int] = set()
    month_day: int | Literal["last"] | None = None
    at: time | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token == "at" and _NUMBER.fullmatch(following) and len(following) <= 2:
            at = _set_once(at, parse_time_of_day(following + ":00"))
            i += 2
            continue
        i += 1
        if token in _FILLER:
            continue
        if token == "other":
            count = _set_once(count, 2)
        elif _NUMBER.fullmatch(token) and (following in _UNITS or following in _DAY_WORDS):
            count = _set_once(count, int(token))
        elif token in _UNITS:
            unit = _set_once(unit, _UNITS[token])
        elif token in ("weekday", "weekdays"):
            days |= WORKDAYS
        elif token in ("weekend", "weekends"):
            days |= {5, 6}
        elif token in _WEEKDAY_ALIASES:
            days.add(_WEEKDAY_ALIASES[token])
        elif token == "last":
            month_day = _set_once(month_day, "last")
            if following == "day":
                i += 1
        elif (ordinal := _ORDINAL.fullmatch(token)) or (
            unit == "month" and _NUMBER.fullmatch(token)
        ):
            number = int(ordinal[1] if ordinal else token)
            if not 1 <= number <= 31:
                raise schedule_error("bad_month_day", text=token)
            month_day = _set_once(month_day, number)
        elif token in ("noon", "midnight") or ":" in token or token.endswith(("am", "pm")):
            at = _set_once(at, parse_time_of_day(token))
        else:
            raise _unknown_word(token)
    return _build_recurrence(
        count=count, unit=unit, days=frozenset(days), month_day=month_day, at=at
    )


def _unknown_word(token: str) -> UsageError:
    """The error for a word the grammar does not know, naming the closest day or ``every:``
    word of any language when one is close (``montagg`` → ``montag``)."""
    known = [*_every_words()[1], *_ENGLISH_WORDS]
    found = process.extractOne(token, known, scorer=fuzz.ratio, score_cutoff=75)
    if found is None or not token.isalpha():
        return schedule_error("bad_every_word", text=token[:20])
    return schedule_error("bad_every_word_suggest", text=token[:20], suggestion=found[0])


def _set_once(current: _T | None, value: _T) -> _T:
    if current is not None:
        raise schedule_error("bad_every")
    return value


def _build_recurrence(
    *,
    count: int | None,
    unit: Period | None,
    days: frozenset[int],
    month_day: int | Literal["last"] | None,
    at: time | None,
) -> Recurrence:
    # A zero interval is the real mistake even when the time is missing too.
    if count == 0:
        raise schedule_error("zero_interval")
    if at is None:
        raise schedule_error("every_needs_time")
    if unit is None and month_day is not None and not days:
        unit = "month"
    if unit is None:
        if not days:
            raise schedule_error("bad_every")
        unit = "week"  # "every monday", "every other friday"
    count = count or 1
    if count > _MAX_COUNT[unit]:
        raise schedule_error("interval_too_long", limit=_MAX_COUNT[unit], unit=unit)
    if unit == "day" and days:
        if count == 1 and days == ALL_DAYS:
            days = frozenset()
        else:
            raise schedule_error("bad_every")
    if unit == "month":
        if month_day is None:
            raise schedule_error("month_needs_day")
        if days:
            raise schedule_error("bad_every")
    elif month_day is not None:
        raise schedule_error("bad_every")
    if unit == "week" and days == ALL_DAYS and count == 1:
        unit, days = "day", frozenset()
    return Recurrence(unit=unit, count=count, at=at, weekdays=days, month_day=month_day)


# ---------------------------------------------------------------------------------------------
# Standard crontab

_MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CRON_DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_FIELDS: tuple[tuple[str, int, int, tuple[str, ...]], ...] = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day", 1, 31, ()),
    ("month", 1, 12, _MONTH_NAMES),
    ("day_of_week", 0, 7, _CRON_DOW_NAMES),
)
_ITEM = re.compile(r"(\*|[0-9a-z]{1,3}(?:-[0-9a-z]{1,3})?)(?:/([0-9]{1,2}))?")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February may have 29


def normalise_cron(text: str) -> str:
    """Cleaned crontab text with macros expanded (the form stored as ``Schedule.spec``)."""
    return _MACROS.get(text, text)


def _cron_value(text: str, low: int, high: int, names: tuple[str, ...]) -> int:
    if text.isdigit():
        value = int(text)
    elif text in names:
        value = names.index(text) + low
    else:
        raise schedule_error("bad_cron_value", text=text)
    if not low <= value <= high:
        raise schedule_error("cron_out_of_range", text=text, low=low, high=high)
    return value


def _expand_field(text: str, low: int, high: int, names: tuple[str, ...]) -> set[int]:
    values: set[int] = set()
    for item in text.split(","):
        match = _ITEM.fullmatch(item)
        if match is None:
            raise schedule_error("bad_cron_value", text=item[:20])
        span, step_text = match[1], match[2]
        step = int(step_text) if step_text is not None else 1
        if step == 0 or step > high:
            raise schedule_error("cron_out_of_range", text=item, low=low, high=high)
        if span == "*":
            first, last = low, high
        elif "-" in span:
            first_text, last_text = span.split("-")
            first, last = (_cron_value(v, low, high, names) for v in (first_text, last_text))
            if first > last:
                raise schedule_error("cron_reversed_range", text=item)
        else:
            first = _cron_value(span, low, high, names)
            last = high if step_text is not None else first
        values.update(range(first, last + 1, step))
    return values


def _list(values: set[int], low: int, high: int) -> str:
    return "*" if values == set(range(low, high + 1)) else ",".join(str(v) for v in sorted(values))


def compile_cron(text: str) -> WallRule:
    """The rule for a 5-field crontab (cleaned text, macros allowed). Raises ``UsageError``."""
    fields = normalise_cron(text).split(" ")
    if len(fields) != 5:
        raise schedule_error("cron_field_count", count=len(fields))
    sets = [
        _expand_field(f, low, high, names)
        for f, (_, low, high, names) in zip(fields, _FIELDS, strict=True)
    ]
    minutes, hours, days, months, cron_dows = sets
    # Cron counts Sunday as 0 and 7; APScheduler (like date.weekday) as 6, Monday as 0.
    dows = {(d - 1) % 7 for d in cron_dows}
    minute, hour, month = _list(minutes, 0, 59), _list(hours, 0, 23), _list(months, 1, 12)
    day, dow = _list(days, 1, 31), _list(dows, 0, 6)
    day_possible = any(d <= _DAYS_IN_MONTH[m - 1] for m in months for d in days)

    def make(day: str = "*", day_of_week: str = "*") -> Any:
        return _cron(minute=minute, hour=hour, day=day, month=month, day_of_week=day_of_week)

    if not fields[2].startswith("*") and not fields[4].startswith("*"):
        # Vixie cron: either day field may match. A part that can never match is dropped, so
        # the trigger does not search to the year 9999 for it.
        crons = (make(day=day),) if day_possible else ()
        return WallRule(crons=(*crons, make(day_of_week=dow)))
    if not day_possible:
        raise schedule_error("never_fires")
    return WallRule(crons=(make(day=day, day_of_week=dow),))


def short_month_day(kind: str, spec: str) -> int | None:
    """The day of the month (29..31) a stored schedule posts on when some of its months lack it.

    Such months are skipped (``every: month on 31`` does not post in April); the coordinator
    is told so. ``None`` for every other schedule, and for a crontab that names several days
    of the month or restricts the weekday too (then other days still post).
    """
    if kind == "every":
        rule = parse_every(spec)
        day = rule.month_day if rule.unit == "month" else None
        return day if isinstance(day, int) and day >= 29 else None
    if kind != "cron":
        return None
    fields = normalise_cron(spec).split(" ")
    if len(fields) != 5 or fields[2].startswith("*") or not fields[4].startswith("*"):
        return None
    days = _expand_field(fields[2], 1, 31, ())
    months = _expand_field(fields[3], 1, 12, _MONTH_NAMES)
    if len(days) != 1:
        return None
    [day] = days
    # February counts 28 days here: in three years of four it has no 29th.
    short = any(day > _DAYS_IN_MONTH[m - 1] - (m == 2) for m in months)
    return day if short else None


@lru_cache(maxsize=512)
def compile_spec(kind: str, spec: str) -> WallRule:
    """The rule for a stored ``(kind, spec)`` of a recurring schedule; cached, as rules are
    immutable in use and rebuilt often (every ``next_times`` call)."""
    if kind == "cron":
        return compile_cron(spec)
    if kind == "every":
        return parse_every(spec).compile()
    raise schedule_error("bad_kind")
