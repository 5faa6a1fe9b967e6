"""Outgoing text safety: nothing the bot says may ping a crowd or echo a user's mention.

The core sanitises every text it emits; adapters additionally send with mentions disabled
(Discord ``allowed_mentions`` none, Matrix empty ``m.mentions``). Two layers, because a single
missed flag in one adapter must not be enough to ping a whole server.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"

# @everyone / @here (Discord), @room (Matrix), and their full-width look-alikes.
_CROWD = re.compile(r"@(?=(everyone|here|room|channel)\b)", re.IGNORECASE)
# Discord raw mentions: <@123>, <@!123>, <@&123> (role), and <!everyone>-style legacy forms.
_DISCORD_RAW = re.compile(r"<(@[!&]?|!)(?=[\w&])")
# Matrix user ids written in text (@name:server) are highlighted by some clients.
_MATRIX_USER = re.compile(r"@(?=[a-z0-9._=\-/]+:[a-z0-9.\-]+)", re.IGNORECASE)


def sanitize(text: str) -> str:
    """Return ``text`` with every mention neutralised by a zero-width space after ``@``/``<``.

    Idempotent, and it changes nothing a reader sees besides breaking the mention.
    """
    text = _CROWD.sub("@" + ZWSP, text)
    text = _DISCORD_RAW.sub(lambda m: "<" + ZWSP + m.group(1), text)
    return _MATRIX_USER.sub("@" + ZWSP, text)


def clip(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def one_line(text: str, limit: int = 120) -> str:
    """Collapse whitespace and control characters into single spaces, then clip."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return clip(flat, limit)
