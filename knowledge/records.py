"""Knowledge entries as plain values, and the one validator every way in goes through.

A file import, a chat suggestion and a coordinator's edit all turn loose input (strings from a
CSV cell, lists from YAML, text typed in chat) into a :class:`Content` with
:func:`parse_content`, which never raises: it returns the cleaned content, or the problems
found, each naming its field. Cleaning is idempotent — parsing the fields of a parsed content
gives it back unchanged — which is what makes export followed by import round-trip exactly.

Rules (shared by import, suggest and edit): ``title`` is required; text fields must be text
(a JSON number or YAML ``true`` is a problem of the row, never turned into ``"42"``); strings
are cleaned with :func:`~knowledge.text.clean_line` (control, bidirectional-override and other
invisible characters removed, whitespace collapsed); list fields take a list of texts or one
``;``-separated string — so a single string is a one-element list (``"it"`` is ``["it"]``) —
drop blanks and repeats, and may not hold ``;`` inside an item (CSV could not carry it);
``type`` defaults to ``other``; codes are checked against :mod:`knowledge.codes`; ``sectors``
and ``topics`` are free lower-case tags; ``url`` is an absolute http(s) link; ``year`` is a
whole number or its digits as text. Translations come as ``title@xx`` and ``summary@xx``
fields (``xx`` an ISO 639-1 code, :func:`translation_field`), cleaned like ``title`` and
``summary``; a language whose title and summary are both empty has no translation. Findings
are :class:`~knowledge.errors.Problem` values carrying a code, never text: the caller puts
them into words.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Final
from urllib.parse import urlsplit

from knowledge.codes import (
    COUNTRIES,
    COUNTRY_HINTS,
    LANGUAGES,
    TARGET_GROUPS,
    TYPES,
    canonical_target_group,
    canonical_type,
)
from knowledge.engine import Document, Translation
from knowledge.errors import Problem
from knowledge.text import STOP_WORDS, clean_line, fold

__all__ = [
    "CONTENT_FIELDS",
    "FIELDS",
    "ID_PATTERN",
    "LIST_FIELDS",
    "Content",
    "Entry",
    "Problem",
    "Translation",
    "make_id",
    "merge_translations",
    "parse_content",
    "parse_id",
    "to_document",
    "translation_field",
    "translation_key",
    "url_key",
]

ID_PATTERN: Final = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
LIST_FIELDS: Final = ("aliases", "languages", "countries", "sectors", "target_groups", "topics")
#: Content fields in file order (the CSV header after ``id``).
CONTENT_FIELDS: Final = (
    "title",
    "aliases",
    "summary",
    "url",
    "type",
    "languages",
    "countries",
    "sectors",
    "target_groups",
    "topics",
    "publisher",
    "licence",
    "year",
)
#: Every fixed column of an import or export file, in order (translations follow them).
FIELDS: Final = ("id", *CONTENT_FIELDS)
#: The fields a translation has; ``title@de`` names the German title.
TRANSLATED_FIELDS: Final = ("title", "summary")
_TRANSLATION_FIELD: Final = re.compile(r"^(title|summary)@([A-Za-z]{2})$")


def translation_field(name: str) -> tuple[str, str] | None:
    """``("title", "de")`` for the column ``title@de`` (code lower-cased), else ``None``."""
    found = _TRANSLATION_FIELD.match(name.strip())
    return None if found is None else (found.group(1), found.group(2).lower())


def translation_key(field: str, lang: str) -> str:
    """The column naming ``field`` (``title`` or ``summary``) in ``lang``: ``title@de``."""
    return f"{field}@{lang}"


_MAX_CHARS: Final = {
    "title": 300,
    "summary": 1000,
    "url": 1000,
    "publisher": 300,
    "licence": 200,
}
_MAX_ITEM_CHARS: Final = 200
_MAX_ITEMS: Final = 40
_ID_WORD_BUDGET: Final = 24

_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2100

#: Called with a field name, a problem code and its params; collects the problems of one row.
_Report = Callable[..., None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Content:
    """What an entry says about a tool; everything an import or export file carries but the id."""

    title: str
    aliases: tuple[str, ...] = ()
    summary: str = ""
    url: str = ""
    type: str = "other"
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    publisher: str = ""
    licence: str = ""
    year: int | None = None
    #: Titles and summaries in more languages, one per language, ordered by language.
    translations: tuple[Translation, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The fields as plain data (lists for list fields), in file order, then each
        translation's ``title@xx`` and ``summary@xx``."""
        out: dict[str, object] = {}
        for name in CONTENT_FIELDS:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        for translation in self.translations:
            out[translation_key("title", translation.lang)] = translation.title
            out[translation_key("summary", translation.lang)] = translation.summary
        return out

    def translation(self, lang: str) -> Translation | None:
        """The title and summary in ``lang``, if the entry has them."""
        return next((t for t in self.translations if t.lang == lang), None)

    def in_language(self, lang: str) -> tuple[str, str]:
        """The title and summary to show a reader of ``lang``: the translation's where it has
        them, else the entry's own."""
        found = self.translation(lang)
        if found is None:
            return self.title, self.summary
        return found.title or self.title, found.summary or self.summary


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """A stored entry: its id, content, review status and bookkeeping.

    ``added_by``/``reviewed_by`` are person ids (``None`` for the seed and file imports, or
    once the person asked to be forgotten); ``added_via`` is ``seed``, ``import`` or ``chat``.
    ``network`` is where it was suggested or belongs; unless ``shared`` it is that network's
    own entry (:attr:`own_network`).
    """

    id: str
    content: Content
    status: str
    added_by: int | None = None
    added_via: str = "import"
    created_at: datetime
    updated_at: datetime
    reviewed_by: int | None = None
    reviewed_at: datetime | None = None
    review_note: str = ""
    shown_count: int = 0
    last_shown_at: datetime | None = None
    network: str = ""
    shared: bool = True

    @property
    def own_network(self) -> str:
        """The network that keeps this entry as its own, or ``""`` when every network shares
        it (what the lookup index prefers for that network's readers)."""
        return "" if self.shared else self.network


def to_document(entry_id: str, content: Content, *, network: str = "") -> Document:
    """The lookup engine's view of an entry; ``network`` is the one keeping it as its own."""
    return Document(
        id=entry_id,
        title=content.title,
        aliases=content.aliases,
        summary=content.summary,
        topics=content.topics,
        type=content.type,
        languages=frozenset(content.languages),
        countries=frozenset(content.countries),
        sectors=frozenset(content.sectors),
        target_groups=frozenset(content.target_groups),
        publisher=content.publisher,
        translations=content.translations,
        network=network,
    )


#: Query parameters that only say where a click came from; links differing in them are the
#: same link. Matched case-insensitively; ``utm_`` (any suffix) is a prefix.
_TRACKING_PARAMS: Final = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wickedid",
    }
)


def url_key(url: str) -> str:
    """The form two links are compared in: no scheme, ``www.``, fragment, trailing slash or
    tracking parameters (``utm_*``, ``fbclid``, ``gclid``…), host in lower case, path case
    kept. ``https://www.EPALE.eu/en/?utm_source=x`` and ``http://epale.eu/en`` are the same."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/")
    kept = [
        pair for pair in parts.query.split("&") if pair and not _is_tracking(pair.split("=", 1)[0])
    ]
    query = f"?{'&'.join(kept)}" if kept else ""
    return f"{host}{path}{query}"[:1000]


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in _TRACKING_PARAMS


def _clean_text(value: str) -> str:
    return clean_line(value)


def parse_id(value: object) -> tuple[str | None, str | None]:
    """``(id, None)`` for a valid entry id (trimmed, lower-cased), ``(None, problem code)``
    else; ``(None, None)`` when nothing was given."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, "id_not_text"
    text = value.strip().lower()
    if not text:
        return None, None
    if not ID_PATTERN.fullmatch(text):
        return None, "id_form"
    return text, None


def parse_content(
    raw: Mapping[str, object], *, row: int = 0
) -> tuple[Content | None, list[Problem]]:
    """Validate and clean ``raw`` (field name -> loose value); unknown keys are not looked at.

    Returns the content and no problems, or ``None`` and every problem found in the row.
    """
    problems: list[Problem] = []

    def problem(field: str, code: str, /, **params: object) -> None:
        problems.append(Problem(row=row, field=field, code=code, params=params))

    text: dict[str, str] = {}
    for name in ("title", "summary", "url", "publisher", "licence"):
        value = _scalar_text(raw.get(name), name, problem) or ""
        if len(value) > _MAX_CHARS[name]:
            problem(name, "too_long", limit=_MAX_CHARS[name])
        text[name] = value
    if not text["title"] and not any(p.field == "title" for p in problems):
        problem("title", "required")
    url = text["url"]
    if url:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or "." not in (parts.hostname or ""):
            problem("url", "url_form")
        elif " " in url:
            problem("url", "url_spaces")
    kind = _scalar_text(raw.get("type"), "type", problem) or "other"
    canonical = canonical_type(kind)
    if canonical is None:
        problem("type", "unknown_type", value=kind[:40], types=", ".join(TYPES))
    lists = {name: _list(raw.get(name), name, problem) for name in LIST_FIELDS}
    languages = _codes(lists["languages"], "languages", False, LANGUAGES, {}, problem, "ISO 639-1")
    countries = _codes(
        lists["countries"], "countries", True, COUNTRIES, COUNTRY_HINTS, problem, "ISO 3166-1"
    )
    groups: list[str] = []
    for item in lists["target_groups"]:
        group = canonical_target_group(item)
        if group is None:
            problem(
                "target_groups",
                "unknown_target_group",
                value=item[:40],
                groups=", ".join(TARGET_GROUPS),
            )
        elif group not in groups:
            groups.append(group)
    year = _year(raw.get("year"), problem)
    translations = _translations(raw, problem)
    if problems:
        return None, problems
    return Content(
        title=text["title"],
        aliases=lists["aliases"],
        summary=text["summary"],
        url=url,
        type=canonical or "other",
        languages=languages,
        countries=countries,
        sectors=_unique(item.lower() for item in lists["sectors"]),
        target_groups=tuple(groups),
        topics=_unique(item.lower() for item in lists["topics"]),
        publisher=text["publisher"],
        licence=text["licence"],
        year=year,
        translations=translations,
    ), []


def _translations(raw: Mapping[str, object], problem: _Report) -> tuple[Translation, ...]:
    """The ``title@xx`` / ``summary@xx`` fields of ``raw`` as translations, by language."""
    found: dict[str, dict[str, str]] = {}
    for name, value in raw.items():
        parsed = translation_field(name) if isinstance(name, str) else None
        if parsed is None:
            continue
        field, lang = parsed
        if lang not in LANGUAGES:
            problem(name, "unknown_code", value=lang, standard="ISO 639-1")
            continue
        text = _scalar_text(value, name, problem) or ""
        if len(text) > _MAX_CHARS[field]:
            problem(name, "too_long", limit=_MAX_CHARS[field])
        found.setdefault(lang, {})[field] = text
    return tuple(
        Translation(lang=lang, title=fields.get("title", ""), summary=fields.get("summary", ""))
        for lang, fields in sorted(found.items())
        if fields.get("title") or fields.get("summary")
    )


def merge_translations(
    stored: tuple[Translation, ...], given: tuple[Translation, ...], named: Collection[str]
) -> tuple[Translation, ...]:
    """``stored`` with the fields a row names (``title@de``…) set from ``given``: a field not
    named keeps its stored value, a named empty one clears it."""
    by_lang = {t.lang: {"title": t.title, "summary": t.summary} for t in stored}
    new = {t.lang: t for t in given}
    for name in named:
        parsed = translation_field(name)
        if parsed is None:
            continue
        field, lang = parsed
        value = getattr(new[lang], field) if lang in new else ""
        by_lang.setdefault(lang, {"title": "", "summary": ""})[field] = value
    return tuple(
        Translation(lang=lang, title=fields["title"], summary=fields["summary"])
        for lang, fields in sorted(by_lang.items())
        if fields["title"] or fields["summary"]
    )


def _scalar_text(value: object, name: str, problem: _Report) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple, dict)):
        problem(name, "not_single_text")
        return None
    if not isinstance(value, str):
        # JSON 42 or YAML `true` for a title is a mistake in the file, not a title "42".
        if isinstance(value, bool):
            problem(name, "not_text_bool")
        elif isinstance(value, (int, float)):
            problem(name, "not_text_number")
        else:
            problem(name, "not_text", kind=type(value).__name__)
        return None
    return _clean_text(value)


def _list(value: object, name: str, problem: _Report) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.split(";")
    elif isinstance(value, (list, tuple)):
        items = []
        for item in value:
            if not isinstance(item, str):
                # YAML reads an unquoted `no` as False and `2030` as a number: say so rather
                # than guess.
                problem(name, "item_not_text", item=repr(item))
                continue
            text = item
            if ";" in text:
                problem(name, "item_semicolon", item=text[:40])
                continue
            items.append(text)
    else:
        problem(name, "not_list")
        return ()
    cleaned = _unique(_clean_text(item) for item in items)
    if len(cleaned) > _MAX_ITEMS:
        problem(name, "too_many_items", limit=_MAX_ITEMS)
    if any(len(item) > _MAX_ITEM_CHARS for item in cleaned):
        problem(name, "item_too_long", limit=_MAX_ITEM_CHARS)
    return cleaned


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return tuple(out)


def _codes(
    items: tuple[str, ...],
    name: str,
    upper: bool,
    allowed: Collection[str],
    hints: Mapping[str, str],
    problem: _Report,
    standard: str,
) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        code = item.upper() if upper else item.lower()
        if code in hints:
            problem(name, "code_hint", value=item[:20], code=hints[code], standard=standard)
        elif code not in allowed:
            problem(name, "unknown_code", value=item[:20], standard=standard)
        elif code not in out:
            out.append(code)
    return tuple(out)


def _year(value: object, problem: _Report) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        problem("year", "year_form")
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        problem("year", "year_form")
        return None
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        problem("year", "year_range", low=_MIN_YEAR, high=_MAX_YEAR)
        return None
    return year


def make_id(title: str, taken: Collection[str]) -> str:
    """A short, typeable id for a new entry, made from the title's words and not in ``taken``.

    ``"Mentoring in the workplace: a guide"`` becomes ``mentoring-workplace`` (whole words,
    at most 24 characters); a clash gets ``-2``, ``-3``…; a title with no Latin letters or
    digits gets ``tool-`` and four random characters.
    """
    words = [w for w in fold(title).split() if w.isascii()]
    kept = [w for w in words if w not in STOP_WORDS] or words
    parts: list[str] = []
    for word in kept:
        if parts and len("-".join([*parts, word])) > _ID_WORD_BUDGET:
            break
        parts.append(word[:_ID_WORD_BUDGET])
    base = "-".join(parts)
    if len(base) < 2:
        alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
        while True:
            candidate = "tool-" + "".join(secrets.choice(alphabet) for _ in range(4))
            if candidate not in taken:
                return candidate
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
