"""Texts as values: a message key and its parameters, rendered for a reader at the edge.

A service that owes someone a message (a proposal, an introduction, a notice) does not write
the text: it builds a :class:`Msg` and stores it in the outbox; the text is rendered when it
is delivered, in the recipient's language and with the bot's command prefix. So a message
written by one process in one language reaches a reader of another language correctly.

A parameter is plain data (text, number, ``None``), a :class:`Cmd` (a command, rendered with
the prefix), a :class:`Word` (an option key or another command word, in the reader's words), a
:class:`When` (a moment or a day, written in the reader's language and time zone), a nested
:class:`Msg`, a :class:`Join` of several or an :class:`Items` list (joined as the reader's
language joins lists). Everything converts to JSON and back without loss
(:func:`to_data`, :func:`from_data`), so an outbox row holds it.

A platform whose clients show moments in each reader's own zone (Discord's ``<t:…:f>``)
writes :class:`When` values itself: :func:`render` is given its :data:`Moments` (the
platform's :meth:`~bot.ports.Platform.moment`), and the core never knows the markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeAlias

from bot.formats import format_day, format_items, format_moment
from bot.i18n import t
from bot.words import words


@dataclass(frozen=True, slots=True)
class Cmd:
    """A command as the reader types it: ``Cmd("match accept 12")`` → ``!match accept 12``."""

    text: str


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a ``commands.toml`` table (``options``, ``values``, …) by its canonical name,
    written as a reader of the language types it: ``Word("options", "lang")`` → ``sprache``."""

    table: str
    name: str


@dataclass(frozen=True, slots=True)
class Late:
    """A value known only when the message is delivered (a deadline counted from delivery):
    filled from the ``late`` values given to :func:`render`."""

    name: str


@dataclass(frozen=True, slots=True)
class When:
    """A moment, written when rendered in the reader's language and time zone: ``moment``
    gives weekday, date, time and zone (``Sat, 5 Dec 2026, 09:04 CET``), ``day`` the date
    alone (``Sat, 5 Dec 2026``). ``at`` is timezone-aware (a naive one is taken as UTC).
    ``zone`` shows it in that zone instead of the reader's (a prompt's times in the zone its
    schedule is written in)."""

    at: datetime
    style: Literal["moment", "day"] = "moment"
    zone: str | None = None


@dataclass(frozen=True, slots=True)
class Items:
    """Several parts as one list in the reader's language (``en, de and fr``; ``or`` style:
    ``en, de or fr``); empty parts are left out."""

    parts: tuple[Param, ...]
    style: Literal["standard", "or"] = "standard"


@dataclass(frozen=True, slots=True)
class Join:
    """Several parts rendered one after the other with ``sep`` between them (empty parts
    are left out)."""

    parts: tuple[Param, ...]
    sep: str = "; "


@dataclass(frozen=True, slots=True)
class Msg:
    """A catalog key with its parameters."""

    key: str
    params: Mapping[str, Param] = field(default_factory=dict)

    @classmethod
    def of(cls, key: str, /, **params: Param) -> Msg:
        return cls(key, params)


Param: TypeAlias = str | int | float | Cmd | Word | Late | When | Items | Msg | Join | None

#: How a platform writes a moment itself (``at``, and ``style`` ``moment`` or ``day``), or
#: ``None`` where the core writes it (:meth:`bot.ports.Platform.moment`).
Moments: TypeAlias = Callable[[datetime, str], str | None]


def render(
    value: Param,
    lang: str,
    prefix: str,
    late: Mapping[str, Param] | None = None,
    *,
    zone: str = "UTC",
    moments: Moments | None = None,
) -> str:
    """The text of ``value`` for a reader of ``lang`` in time zone ``zone``, commands written
    with ``prefix``, :class:`Late` values taken from ``late``, moments written by ``moments``
    where it writes them."""
    if isinstance(value, Msg):
        params = {
            name: _argument(p, lang, prefix, late, zone, moments)
            for name, p in value.params.items()
        }
        return t(value.key, lang, prefix=prefix, **params)
    if isinstance(value, Cmd):
        return f"{prefix}{value.text}"
    if isinstance(value, Word):
        return words().shown(value.table, value.name, lang)
    if isinstance(value, When):
        return moment_text(value, lang, zone, moments)
    if isinstance(value, Late):
        return render((late or {}).get(value.name), lang, prefix, zone=zone, moments=moments)
    if isinstance(value, Join):
        parts = (render(p, lang, prefix, late, zone=zone, moments=moments) for p in value.parts)
        return value.sep.join(p for p in parts if p)
    if isinstance(value, Items):
        items = (render(p, lang, prefix, late, zone=zone, moments=moments) for p in value.parts)
        return format_items(items, lang, style=value.style)
    if value is None:
        return ""
    return str(value)


def moment_text(value: When, lang: str, zone: str, moments: Moments | None = None) -> str:
    """A moment as the platform writes it (``moments``), else in ``lang`` and the value's own
    zone or ``zone``."""
    if moments is not None:
        written = moments(value.at, value.style)
        if written is not None:
            return written
    where = value.zone or zone
    if value.style == "day":
        return format_day(value.at, lang, where)
    return format_moment(value.at, lang, where)


def _argument(
    value: Param,
    lang: str,
    prefix: str,
    late: Mapping[str, Param] | None,
    zone: str,
    moments: Moments | None,
) -> object:
    """A parameter for the catalog: numbers stay numbers (plural forms select on them)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return render(value, lang, prefix, late, zone=zone, moments=moments)


def fill(
    params: Mapping[str, object],
    lang: str,
    prefix: str,
    zone: str,
    moments: Moments | None = None,
) -> dict[str, object]:
    """Parameters for :func:`bot.i18n.t` with every message value among them rendered for the
    reader (numbers and plain values left as they are)."""
    return {
        name: render(value, lang, prefix, zone=zone, moments=moments)
        if isinstance(value, Cmd | Word | When | Items | Msg | Join | Late)
        else value
        for name, value in params.items()
    }


def to_data(value: Param) -> Any:
    """``value`` as JSON-ready data (dicts tagged ``$msg``, ``$cmd``, ``$word``, ``$late``,
    ``$when``, ``$items`` or ``$join``)."""
    if isinstance(value, Msg):
        return {"$msg": value.key, "params": {k: to_data(v) for k, v in value.params.items()}}
    if isinstance(value, Cmd):
        return {"$cmd": value.text}
    if isinstance(value, Word):
        return {"$word": value.name, "table": value.table}
    if isinstance(value, Late):
        return {"$late": value.name}
    if isinstance(value, When):
        at = value.at if value.at.tzinfo is not None else value.at.replace(tzinfo=UTC)
        return {"$when": at.isoformat(), "style": value.style, "zone": value.zone}
    if isinstance(value, Items):
        return {"$items": [to_data(p) for p in value.parts], "style": value.style}
    if isinstance(value, Join):
        return {"$join": [to_data(p) for p in value.parts], "sep": value.sep}
    return value


def from_data(data: Any) -> Param:
    """The inverse of :func:`to_data`."""
    if isinstance(data, dict):
        if "$msg" in data:
            params = data.get("params") or {}
            return Msg(str(data["$msg"]), {k: from_data(v) for k, v in params.items()})
        if "$cmd" in data:
            return Cmd(str(data["$cmd"]))
        if "$word" in data:
            return Word(str(data.get("table", "")), str(data["$word"]))
        if "$late" in data:
            return Late(str(data["$late"]))
        if "$when" in data:
            return When(
                datetime.fromisoformat(str(data["$when"])),
                "day" if data.get("style") == "day" else "moment",
                str(data["zone"]) if data.get("zone") else None,
            )
        if "$items" in data:
            return Items(
                tuple(from_data(p) for p in data["$items"]),
                "or" if data.get("style") == "or" else "standard",
            )
        if "$join" in data:
            return Join(tuple(from_data(p) for p in data["$join"]), str(data.get("sep", "; ")))
        raise ValueError(f"not a message value: {sorted(data)}")
    if data is None or isinstance(data, str | int | float):
        return data  # type: ignore[no-any-return]
    raise ValueError(f"not a message value: {type(data).__name__}")
