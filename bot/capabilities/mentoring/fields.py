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

from bot.safety import one_line

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

_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z]{2})?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
# A greedy ``bio:`` swallows a ``; consent: yes`` typed after it; take it back out.
_TRAILING_CONSENT = re.compile(r"[;\s]*\bconsent\s*:\s*(\w+)\s*;?\s*$", re.IGNORECASE)

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
    clear_country: bool = False
    clear_sector: bool = False

    def given(self) -> bool:
        """Whether any profile field (not consent) was given."""
        return any(
            v is not None
            for v in (self.topics, self.languages, self.country, self.sector, self.capacity)
        ) or (self.bio is not None or self.clear_country or self.clear_sector)


def topics(raw: str) -> tuple[str, ...]:
    """Comma-separated topics, de-duplicated case-insensitively, order kept."""
    seen: dict[str, str] = {}
    for part in raw.split(","):
        topic = one_line(part, 1000)
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


def languages(raw: str) -> tuple[str, ...]:
    """Language codes (``en, de`` or ``en de``), lower case, de-duplicated."""
    found: list[str] = []
    for part in re.split(r"[,\s]+", raw.strip()):
        code = part.strip().lower().replace("_", "-")
        if not code:
            continue
        if not _LANGUAGE.match(code):
            raise FieldError("mentoring.field.language_bad", value=one_line(part, 20))
        if code not in found:
            found.append(code)
    if not found:
        raise FieldError("mentoring.field.languages_missing")
    if len(found) > MAX_LANGUAGES:
        raise FieldError("mentoring.field.languages_many", limit=MAX_LANGUAGES)
    return tuple(found)


def country(raw: str) -> str:
    """A two-letter ISO country code, upper case."""
    value = raw.strip()
    if not _COUNTRY.match(value):
        raise FieldError("mentoring.field.country_bad", value=one_line(value, 20))
    return value.upper()


def sector(raw: str) -> str:
    value = one_line(raw, 1000)
    if not value:
        raise FieldError("mentoring.field.sector_missing")
    if len(value) > MAX_SECTOR_LENGTH:
        raise FieldError("mentoring.field.sector_long", limit=MAX_SECTOR_LENGTH)
    return value


def capacity(raw: str) -> int:
    """How many mentees at once: a whole number from 1 to ``MAX_CAPACITY``."""
    value = raw.strip()
    if not re.fullmatch(r"\d{1,6}", value) or not 1 <= int(value) <= MAX_CAPACITY:
        raise FieldError(
            "mentoring.field.capacity_bad", value=one_line(value, 20), max=MAX_CAPACITY
        )
    return int(value)


def bio(raw: str) -> str:
    value = " ".join(raw.split())
    if len(value) > MAX_BIO_LENGTH:
        raise FieldError("mentoring.field.bio_long", limit=MAX_BIO_LENGTH, length=len(value))
    return value


def consent(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("yes", "y", "ok", "i agree", "agree"):
        return True
    if value in ("no", "n"):
        return False
    raise FieldError("mentoring.field.consent_bad")


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
    )


def need(raw: str) -> str:
    """What a trainer asks for, on one line, within the length limits."""
    value = one_line(raw, 100_000)
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
    raise FieldError("mentoring.field.kind_bad", value=one_line(value, 20))


def until(raw: str, now: datetime) -> datetime:
    """``YYYY-MM-DD``: the start of that day (UTC), in the future and within a year."""
    try:
        day = date.fromisoformat(raw.strip())
    except ValueError as exc:
        raise FieldError("mentoring.field.until_bad", value=one_line(raw, 20)) from exc
    when = datetime.combine(day, time(0, 0), tzinfo=UTC)
    if when <= now or when > now + timedelta(days=MAX_PAUSE_DAYS):
        raise FieldError("mentoring.field.until_range", days=MAX_PAUSE_DAYS)
    return when


def number(raw: str) -> int:
    """A positive ID as typed (``12`` or ``#12``)."""
    value = raw.strip().lstrip("#")
    if not re.fullmatch(r"\d{1,9}", value) or int(value) < 1:
        raise FieldError("mentoring.field.id_bad", value=one_line(raw, 20))
    return int(value)


def rating(raw: str) -> int:
    value = raw.strip()
    if not re.fullmatch(r"[1-5]", value):
        raise FieldError("mentoring.field.rating_bad", value=one_line(value, 20))
    return int(value)


def comment(raw: str) -> str:
    value = one_line(raw, 100_000)
    if len(value) > MAX_COMMENT_LENGTH:
        raise FieldError("mentoring.field.comment_long", limit=MAX_COMMENT_LENGTH)
    return value
