"""Dates, times and lists written the way a reader of a language writes them (Babel, CLDR).

A moment is shown in the reader's time zone, with the zone's name, in the reader's language:
``Sat, 5 Dec 2026, 09:04 CET`` in English, ``Sa., 5. Dez. 2026, 09:04 MEZ`` in German. A day
without a time (a pause's end, the day a tool was added) is ``Sat, 5 Dec 2026``. Lists are
joined as the language joins them (``en, de and fr``, ``en, de und fr``); numbers with decimals
as it writes them (``1.5``, ``1,5``); a country by its name in the reader's language
(``Österreich``, ``Autriche``).

English is written as in Europe (day before month, 24-hour clock, ``en_GB``) and Portuguese as
in Portugal (``pt_PT``): the readers are European trainers. A language Babel does not know
falls back to English; a zone that does not exist falls back to UTC (settings and commands
check zones before they are stored, so this only guards old rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_decimal

#: The regional variant written for a catalog language, where it differs from Babel's default.
REGIONS = {"en": "en_GB", "pt": "pt_PT"}


@cache
def locale_of(lang: str) -> Locale:
    """The Babel locale for a catalog language (English when Babel does not know it)."""
    try:
        return Locale.parse(REGIONS.get(lang, lang).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(REGIONS["en"])


@cache
def zone_of(name: str) -> tzinfo:
    """The time zone called ``name`` (UTC when there is none by that name)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA time zone name (``Europe/Vienna``)."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _aware(at: datetime) -> datetime:
    # Stored times are UTC; a naive one (SQLite rows read without a zone) is UTC too.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def format_moment(at: datetime, lang: str, zone: str) -> str:
    """``at`` as a reader of ``lang`` in ``zone`` writes it: weekday, date, time and zone."""
    loc = locale_of(lang)
    local = _aware(at).astimezone(zone_of(zone))
    day = format_skeleton("yMMMEd", local, locale=loc)
    time = format_time(local, "short", locale=loc)
    pattern = str(loc.datetime_formats["medium"])
    zone_name = format_datetime(local, "z", locale=loc)
    if " " in zone_name:  # no short name in this language: the offset ("GMT-05:00") is shorter
        zone_name = format_datetime(local, "OOOO", locale=loc)
    return f"{pattern.replace('{1}', day).replace('{0}', time)} {zone_name}"


def format_day(day: date | datetime, lang: str, zone: str = "UTC") -> str:
    """A day (a ``datetime`` is first put in ``zone``) with its weekday: ``Sat, 5 Dec 2026``."""
    if isinstance(day, datetime):
        day = _aware(day).astimezone(zone_of(zone)).date()
    return format_skeleton("yMMMEd", day, locale=locale_of(lang))


def format_items(items: Iterable[str], lang: str, *, style: str = "standard") -> str:
    """``items`` joined as ``lang`` joins a list (``a, b and c``); ``style`` as Babel's
    (``standard`` for "and", ``or`` for "or", ``unit-narrow`` for a plain list)."""
    values = [item for item in items if item]
    if not values:
        return ""
    return format_list(values, style=style, locale=locale_of(lang))  # type: ignore[arg-type]


def format_number(value: float, lang: str, *, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals as ``lang`` writes it (``1.5`` in English, ``1,5``
    in German)."""
    pattern = "0." + "0" * digits if digits > 0 else "0"
    return format_decimal(value, format=pattern, locale=locale_of(lang))


def language_name(code: str) -> str:
    """A language's name in itself (``de`` → ``Deutsch``); the code when Babel has none."""
    try:
        name = Locale.parse(code).get_display_name(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    if not name:
        return code
    return name[:1].upper() + name[1:]


def country_name(code: str, lang: str) -> str:
    """A country's name in the reader's language (``AT`` → ``Österreich`` in German), from
    CLDR's territory names; the code when CLDR has none."""
    name: str | None = locale_of(lang).territories.get(code.upper())
    return name or code
