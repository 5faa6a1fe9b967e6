"""The knowledge capability's values and rules: pure, no I/O and no text.

The services return these frozen values and raise :class:`InvalidEntry` (with the library's
:class:`~knowledge.errors.Problem` findings) or keyed errors of :mod:`bot.errors`; the chat
layer turns both into words in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from bot.errors import UsageError
from knowledge.engine import Filters
from knowledge.errors import Problem
from knowledge.records import CONTENT_FIELDS, Content, Entry
from knowledge.text import fold, tokenize

#: A person may have this many suggestions waiting for review at once.
MAX_PENDING_PER_PERSON: Final = 10
#: Near-duplicate threshold (rapidfuzz token-sort ratio over folded titles).
SIMILAR_TITLE: Final = 90.0
#: The same person viewing the same entry again within this many seconds is not counted again.
SHOWN_WINDOW_SECONDS: Final = 3600.0
#: A failed lookup is counted under at most this many characters of its normalised form.
GAP_CHARS: Final = 200
#: Which of several entries sharing a link an import without id updates: published first.
OWNER_ORDER: Final = ("published", "pending", "archived", "rejected")

#: What people may call a field in ``!tool edit`` -> the field.
FIELD_NAMES: Final[dict[str, str]] = {
    **{name: name for name in CONTENT_FIELDS},
    "alias": "aliases",
    "name": "title",
    "link": "url",
    "language": "languages",
    "lang": "languages",
    "country": "countries",
    "sector": "sectors",
    "target": "target_groups",
    "targets": "target_groups",
    "target_group": "target_groups",
    "topic": "topics",
    "license": "licence",
    "description": "summary",
}


class InvalidEntry(UsageError):
    """Values given for an entry do not pass validation; ``problems`` says where and why.

    Keyed ``knowledge.invalid``; the chat layer words each problem from its code.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(key="knowledge.invalid")
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipient:
    """Someone to tell about an outcome by direct message."""

    platform: str
    user_id: str
    name: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Found:
    """One search result: the stored entry and its score (0..100)."""

    entry: Entry
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class LookupPage:
    """One page of results; ``offset`` is where it starts in the ranked list."""

    items: tuple[Found, ...]
    total: int
    offset: int
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Completion:
    """An autocomplete choice: the entry id (the value) and its title (the label)."""

    id: str
    title: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """What a review action did; ``notify`` is the suggester to tell, if any."""

    entry: Entry
    previous: str
    notify: Recipient | None = None
    #: For an edit: each field changed, as (field, old, new) shown values.
    changed: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Suggested:
    """A suggestion taken into the review queue, and entries whose titles look the same."""

    entry: Entry
    similar: tuple[Entry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class QueueItem:
    """A pending suggestion with who suggested it and published entries that look the same."""

    entry: Entry
    suggested_by: str
    similar: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Gap:
    """A normalised lookup that found nothing, how often, and when last."""

    query: str
    count: int
    last_at: datetime


def normalise_query(query: str, filters: Filters | None = None) -> str:
    """The anonymous form a failed lookup is counted under: its distinct words, sorted, plus
    the filters used; ``""`` when the query holds no words."""
    words = sorted(set(tokenize(query) or tokenize(query, keep_stop_words=True)))
    if not words:
        return ""
    text = " ".join(words)
    if filters is not None:
        extras = [
            f"{name}:{fold(value) if name != 'country' else value}"
            for name, value in (
                ("lang", filters.lang),
                ("country", filters.country),
                ("sector", filters.sector),
                ("type", filters.type),
                ("target", filters.target_group),
            )
            if value
        ]
        if extras:
            text = f"{text} [{' '.join(extras)}]"
    return text[:GAP_CHARS].rsplit(" ", 1)[0] if len(text) > GAP_CHARS else text


def field_name(text: str) -> str | None:
    """The entry field ``text`` names (``"lang"`` is ``languages``), or ``None``."""
    return FIELD_NAMES.get(text.strip().lower().replace(" ", "_").replace("-", "_"))


def owner_rank(entry: Entry) -> tuple[int, str]:
    """Sort key: which of several entries sharing a link an import without id updates."""
    status = OWNER_ORDER.index(entry.status) if entry.status in OWNER_ORDER else len(OWNER_ORDER)
    return (status, entry.id)


#: The catalog key of each field's label, as readers see it (``!tool show``, ``!tool edit``).
_LABELS: Final[dict[str, str]] = {"url": "link", "target_groups": "targets"}


def field_label(name: str) -> str:
    """The catalog key of field ``name``'s label (``target_groups`` reads "For")."""
    return f"knowledge.f_{_LABELS.get(name, name)}"


def shown_value(content: Content, name: str) -> str:
    """A field's value as an edit shows it (list fields joined with commas)."""
    value = getattr(content, name)
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)
