"""Texts as values: a message key and its parameters, rendered for a reader at the edge.

A service that owes someone a message (a proposal, an introduction, a notice) does not write
the text: it builds a :class:`Msg` and stores it in the outbox; the text is rendered when it
is delivered, in the recipient's language and with the bot's command prefix. So a message
written by one process in one language reaches a reader of another language correctly.

A parameter is plain data (text, number, ``None``), a :class:`Cmd` (a command, rendered with
the prefix), a nested :class:`Msg`, or a :class:`Join` of several. Everything converts to JSON
and back without loss (:func:`to_data`, :func:`from_data`), so an outbox row holds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from bot.i18n import t


@dataclass(frozen=True, slots=True)
class Cmd:
    """A command as the reader types it: ``Cmd("match accept 12")`` → ``!match accept 12``."""

    text: str


@dataclass(frozen=True, slots=True)
class Late:
    """A value known only when the message is delivered (a deadline counted from delivery):
    filled from the ``late`` values given to :func:`render`."""

    name: str


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


Param: TypeAlias = str | int | float | Cmd | Late | Msg | Join | None


def render(value: Param, lang: str, prefix: str, late: Mapping[str, Param] | None = None) -> str:
    """The text of ``value`` for a reader of ``lang``, commands written with ``prefix``,
    :class:`Late` values taken from ``late``."""
    if isinstance(value, Msg):
        params = {name: _argument(p, lang, prefix, late) for name, p in value.params.items()}
        return t(value.key, lang, prefix=prefix, **params)
    if isinstance(value, Cmd):
        return f"{prefix}{value.text}"
    if isinstance(value, Late):
        return render((late or {}).get(value.name), lang, prefix)
    if isinstance(value, Join):
        parts = (render(p, lang, prefix, late) for p in value.parts)
        return value.sep.join(p for p in parts if p)
    if value is None:
        return ""
    return str(value)


def _argument(value: Param, lang: str, prefix: str, late: Mapping[str, Param] | None) -> object:
    """A parameter for the catalog: numbers stay numbers (plural forms select on them)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return render(value, lang, prefix, late)


def to_data(value: Param) -> Any:
    """``value`` as JSON-ready data (dicts tagged ``$msg``, ``$cmd``, ``$late`` or ``$join``)."""
    if isinstance(value, Msg):
        return {"$msg": value.key, "params": {k: to_data(v) for k, v in value.params.items()}}
    if isinstance(value, Cmd):
        return {"$cmd": value.text}
    if isinstance(value, Late):
        return {"$late": value.name}
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
        if "$late" in data:
            return Late(str(data["$late"]))
        if "$join" in data:
            return Join(tuple(from_data(p) for p in data["$join"]), str(data.get("sep", "; ")))
        raise ValueError(f"not a message value: {sorted(data)}")
    if data is None or isinstance(data, str | int | float):
        return data  # type: ignore[no-any-return]
    raise ValueError(f"not a message value: {type(data).__name__}")
