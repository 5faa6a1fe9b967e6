"""Outgoing text safety: nothing the bot says may ping a crowd or echo a user's mention, and
nothing it prints may steer a terminal.

:func:`sanitize_action` is applied to every action at one choke point (the end of
``Core.handle`` and ``App.send``), whatever produced it; adapters additionally send with
mentions disabled (Discord ``allowed_mentions`` none, Matrix empty ``m.mentions``). Two layers,
because a single missed flag in one adapter must not be enough to ping a whole server.

Control characters are always removed *before* mentions are neutralised: removing them after
would join ``@\x00everyone`` into a live ``@everyone``. A choice's ``command`` is the one text
left as it is (it is the payload a button or reaction carries); what is shown of it is
:attr:`bot.actions.Choice.shown`, the command put through :func:`sanitize`.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

ZWSP = "\u200b"

# @everyone / @here (Discord), @room (Matrix), also glued to other characters (@everyone_).
_CROWD = re.compile(r"[@＠](?=(everyone|here|room|channel))", re.IGNORECASE)
# Discord raw mentions: <@123>, <@!123>, <@&123> (role), and <!everyone>-style legacy forms.
_DISCORD_RAW = re.compile(r"<(@[!&]?|!)(?=[\w&])")
# Matrix user ids written in text (@name:server) are highlighted by some clients.
_MATRIX_USER = re.compile(r"[@＠](?=[a-z0-9._=\-/]+:[a-z0-9.\-]+)", re.IGNORECASE)
# matrix.to links are pills: https://matrix.to/#/@ana:example.org or %40ana%3Aexample.org
_MATRIX_TO = re.compile(r"matrix\.to/#/(@|%40)", re.IGNORECASE)
# C0/C1 control characters (but newline and tab), bidirectional marks, overrides and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

A = TypeVar("A")


def sanitize(text: str) -> str:
    """Return ``text`` with control characters removed, then mentions neutralised (a
    zero-width space after ``@``/``<``). Idempotent; a reader sees the same words."""
    text = _CONTROL.sub("", text)  # first: a removed character must not join a mention
    text = _CROWD.sub(lambda m: m.group(0) + ZWSP, text)
    text = _DISCORD_RAW.sub(lambda m: "<" + ZWSP + m.group(1), text)
    text = _MATRIX_TO.sub(lambda m: "matrix.to/#/" + ZWSP + m.group(1), text)
    return _MATRIX_USER.sub(lambda m: m.group(0) + ZWSP, text)


#: The fields of actions, choices and cards that a reader sees as text.
_SHOWN_FIELDS = frozenset(
    ("text", "thread_title", "label", "room_name", "user_name", "title", "tag", "line")
)


def sanitize_action(action: A) -> A:
    """A copy of ``action`` with every user-visible text field sanitised (choices and cards
    included; a card's ``url`` is a link target, not text, and an attachment's bytes are a file).

    A choice keeps its ``command`` as it is: that is the payload its button or reaction carries,
    never shown as such (adapters show :attr:`~bot.actions.Choice.shown`).
    """
    if not dataclasses.is_dataclass(action) or isinstance(action, type):
        return action
    changes: dict[str, object] = {}
    for field in dataclasses.fields(action):
        value = getattr(action, field.name)
        if field.name in _SHOWN_FIELDS and isinstance(value, str):
            clean = sanitize(value)
            if clean != value:
                changes[field.name] = clean
        elif field.name in ("choices", "cards") and value:
            changes[field.name] = tuple(sanitize_action(choice) for choice in value)
    return dataclasses.replace(action, **changes) if changes else action


def clip(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def one_line(text: str, limit: int = 120) -> str:
    """Collapse whitespace and control characters into single spaces, then clip."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return clip(flat, limit)
