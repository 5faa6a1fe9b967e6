"""Reading and checking what users type into mentoring commands (pure; no store, no chat).

Each reader returns a clean value or raises :class:`FieldError` naming a ``mentoring.*`` text
key and its parameters; the chat layer turns that into a translated usage error. Limits are
module constants so help texts and tests can quote them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.codes import COUNTRY_HINTS, LANGUAGES, PLACES
from bot.numbers import iso_dates
from bot.numbers import number as ascii_number
from bot.safety import clip
from bot.words import words

MAX_CAPACITY = 10
MAX_TOPICS = 15
MAX_TOPIC_LENGTH = 60
MAX_LANGUAGES = 8
MAX_SECTOR_LENGTH = 80
MAX_BIO_LENGTH = 600
MIN_NEED_LENGTH = 3
MAX_NEED_LENGTH = 500
MAX_COMMENT_LENGTH = 500
MAX_PAUSE_DAYS = 366

#: ``xx`` or ``xx-YY`` / ``xx_YY`` (a language with a region, kept as the language ``xx``).
_LANGUAGE = re.compile(r"^(?P<code>[a-z]{2})(?:[-_][a-z]{2})?$")
# Terminal escape sequences (ESC [ … letter) go whole, not just their ESC, so no "[31m" stays.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]")
# C0/C1 control characters and bidirectional overrides/isolates/marks; newline and tab are
# whitespace and handled by the caller.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _trailing_consent() -> re.Pattern[str]:
    """A greedy ``bio:`` swallows a ``; consent: yes`` (``; zustimmung: ja`` …) typed after
    it; this finds it, to take it back out."""
    names = words().option_keys(["consent"]).pattern
    return re.compile(rf"[;\s]*\b(?:{names})\s*:\s*(\w+)\s*;?\s*$", re.IGNORECASE)


_TRAILING_CONSENT = _trailing_consent()

PROFILE_KEYS = ("topics", "languages", "country", "sector", "capacity", "bio")


class FieldError(ValueError):
    """A value the user typed is not acceptable; ``key`` is the text explaining why."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True, kw_only=True)
class ProfileFields:
    """The profile fields given in one join/update command; ``None`` means not given."""

    topics: tuple[str, ...] | None = None
    languages: tuple[str, ...] | None = None
    country: str | None = None
    sector: str | None = None
    capacity: int | None = None
    bio: str | None = None
    consent: bool | None = None
    #: Open to requests of other networks than one's own (``cross_border: yes``).
    cross_border: bool | None = None
    clear_country: bool = False
    clear_sector: bool = False

    def given(self) -> bool:
        """Whether any profile field (not consent) was given."""
        return any(
            v is not None
            for v in (
                self.topics,
                self.languages,
                self.country,
                self.sector,
                self.capacity,
                self.cross_border,
            )
        ) or (self.bio is not None or self.clear_country or self.clear_sector)


def plain(raw: str, limit: int = 100_000) -> str:
    """``raw`` on one line: terminal escapes, control and bidi-override characters removed,
    whitespace runs (newlines too) collapsed to single spaces, clipped to ``limit``.

    Every text a user gives mentoring goes through this before it is checked or stored, so
    nothing stored can ring a bell, recolour a terminal or reverse a line on screen.
    """
    text = _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", raw[: limit * 4 + 100]))
    return clip(" ".join(text.split()), limit)


def topics(raw: str) -> tuple[str, ...]:
    """Comma-separated topics, de-duplicated case-insensitively, order kept."""
    seen: dict[str, str] = {}
    for part in raw.split(","):
        topic = plain(part, 1000)
        if not topic:
            continue
        if len(topic) > MAX_TOPIC_LENGTH:
            raise FieldError("mentoring.field.topic_long", limit=MAX_TOPIC_LENGTH)
        seen.setdefault(topic.casefold(), topic)
    if not seen:
        raise FieldError("mentoring.field.topics_missing")
    if len(seen) > MAX_TOPICS:
        raise FieldError("mentoring.field.topics_many", limit=MAX_TOPICS)
    return tuple(seen.values())


def language(raw: str) -> str | None:
    """The ISO 639-1 code ``raw`` names (``de``, ``DE``, ``pt-BR`` → ``pt``), or ``None``."""
    found = _LANGUAGE.match(raw.strip().lower())
    if found is None or found.group("code") not in LANGUAGES:
        return None
    return found.group("code")


def languages(raw: str) -> tuple[str, ...]:
    """ISO 639-1 codes (``en, de`` or ``en de``), lower case, de-duplicated, order kept.

    A regional form (``pt-BR``) counts as its language (``pt``): people are matched by the
    language they speak, and ``pt`` must meet ``pt``.
    """
    found: list[str] = []
    for part in re.split(r"[,;\s]+", plain(raw)):
        if not part:
            continue
        code = language(part)
        if code is None:
            raise FieldError("mentoring.field.language_bad", value=plain(part, 20))
        if code not in found:
            found.append(code)
    if not found:
        raise FieldError("mentoring.field.languages_missing")
    if len(found) > MAX_LANGUAGES:
        raise FieldError("mentoring.field.languages_many", limit=MAX_LANGUAGES)
    return tuple(found)


def country(raw: str) -> str:
    """An ISO 3166-1 alpha-2 country code, upper case (``UK`` and ``EL`` get the ISO hint)."""
    value = plain(raw, 20)
    code = value.upper()
    if code in COUNTRY_HINTS:
        raise FieldError("mentoring.field.country_hint", value=value, code=COUNTRY_HINTS[code])
    if code not in PLACES:
        raise FieldError("mentoring.field.country_bad", value=value)
    return code


def sector(raw: str) -> str:
    value = plain(raw, 1000)
    if not value:
        raise FieldError("mentoring.field.sector_missing")
    if len(value) > MAX_SECTOR_LENGTH:
        raise FieldError("mentoring.field.sector_long", limit=MAX_SECTOR_LENGTH)
    return value


def capacity(raw: str) -> int:
    """How many mentees at once: a whole number from 1 to ``MAX_CAPACITY``."""
    value = raw.strip()
    found = ascii_number(value, max_digits=6)
    if found is None or not 1 <= found <= MAX_CAPACITY:
        raise FieldError("mentoring.field.capacity_bad", value=plain(value, 20), max=MAX_CAPACITY)
    return found


def bio(raw: str) -> str:
    """A few words about the person, on one line, control characters removed."""
    value = plain(raw, MAX_BIO_LENGTH * 100)
    if len(value) > MAX_BIO_LENGTH:
        raise FieldError("mentoring.field.bio_long", limit=MAX_BIO_LENGTH, length=len(value))
    return value


def consent(raw: str) -> bool:
    """A yes or no in any shipped language (``yes``, ``ja``, ``oui``, ``sì``, ``tak``, ``nee`` …,
    the ``[values]`` of ``bot/locale/<lang>/commands.toml``)."""
    answer = words().find("values", " ".join(raw.split()))
    if answer == "yes":
        return True
    if answer == "no":
        return False
    raise FieldError("mentoring.field.consent_bad")


def cross_border(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("yes", "y"):
        return True
    if value in ("no", "n"):
        return False
    raise FieldError("mentoring.field.cross_border_bad", value=plain(raw, 20))


def profile(options: Mapping[str, str]) -> ProfileFields:
    """The profile fields in a join/update command's options (``-`` clears country/sector)."""
    bio_raw = options.get("bio")
    consent_raw = options.get("consent")
    if bio_raw is not None:
        found = _TRAILING_CONSENT.search(bio_raw)
        if found and consent_raw is None:
            consent_raw, bio_raw = found.group(1), bio_raw[: found.start()]
    country_raw = options.get("country")
    sector_raw = options.get("sector")
    return ProfileFields(
        topics=topics(options["topics"]) if "topics" in options else None,
        languages=languages(options["languages"]) if "languages" in options else None,
        country=country(country_raw) if country_raw and country_raw.strip() != "-" else None,
        clear_country=country_raw is not None and country_raw.strip() == "-",
        sector=sector(sector_raw) if sector_raw and sector_raw.strip() != "-" else None,
        clear_sector=sector_raw is not None and sector_raw.strip() == "-",
        capacity=capacity(options["capacity"]) if "capacity" in options else None,
        bio=bio(bio_raw) if bio_raw is not None else None,
        consent=consent(consent_raw) if consent_raw is not None else None,
        cross_border=cross_border(options["cross_border"]) if "cross_border" in options else None,
    )


def need(raw: str) -> str:
    """What a trainer asks for, on one line, within the length limits."""
    value = plain(raw)
    if len(value) < MIN_NEED_LENGTH:
        raise FieldError("mentoring.field.need_missing")
    if len(value) > MAX_NEED_LENGTH:
        raise FieldError("mentoring.field.need_long", limit=MAX_NEED_LENGTH, length=len(value))
    return value


def kind(raw: str | None) -> str:
    value = (raw or "mentor").strip().lower()
    if value in ("mentor", "mentors"):
        return "mentor"
    if value in ("expert", "experts", "peer expert", "peer-expert"):
        return "expert"
    raise FieldError("mentoring.field.kind_bad", value=plain(value, 20))


def until(raw: str, now: datetime) -> datetime:
    """``YYYY-MM-DD`` (or day first, ``31.12.2026``): the start of that day (UTC), in the
    future and within a year."""
    try:
        day = date.fromisoformat(iso_dates(raw.strip()))
    except ValueError as exc:
        raise FieldError("mentoring.field.until_bad", value=plain(raw, 20)) from exc
    when = datetime.combine(day, time(0, 0), tzinfo=UTC)
    if when <= now or when > now + timedelta(days=MAX_PAUSE_DAYS):
        raise FieldError("mentoring.field.until_range", days=MAX_PAUSE_DAYS)
    return when


def number(raw: str) -> int:
    """A positive ID as typed (``12`` or ``#12``)."""
    found = ascii_number(raw.strip().lstrip("#"), max_digits=9)
    if found is None or found < 1:
        raise FieldError("mentoring.field.id_bad", value=plain(raw, 20))
    return found


def rating(raw: str) -> int:
    value = raw.strip()
    if not re.fullmatch(r"[1-5]", value):
        raise FieldError("mentoring.field.rating_bad", value=plain(value, 20))
    return int(value)


def comment(raw: str) -> str:
    value = plain(raw)
    if len(value) > MAX_COMMENT_LENGTH:
        raise FieldError("mentoring.field.comment_long", limit=MAX_COMMENT_LENGTH)
    return value
