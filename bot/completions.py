"""Completion sources: suggestions for what a user is typing, for platforms that show them.

A capability registers a source under a name (``runtime.complete_with("tools", source)``) and
names it on its command (``Command.argument_autocomplete`` or ``Option.autocomplete``); an
adapter that offers completion (Discord autocomplete) looks the source up by that name and
never needs to know the command. A source gets the text typed so far and who is typing, and
returns at most ``limit`` suggestions quickly: Discord drops answers after 3 seconds, so
adapters bound the call and show nothing when it is late or fails.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Completion:
    """One suggestion: ``label`` is shown, ``value`` is what the field is filled with."""

    label: str
    value: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CompletionRequest:
    """Who is typing where, and into which command field (for ranking and permissions).

    ``command`` is the command path (``("tool", "show")``), ``field`` the option or argument
    name; ``language``/``country`` are the platform's hints, as on :class:`bot.events.Message`.
    """

    platform: str
    sender_id: str
    command: tuple[str, ...]
    field: str
    room_id: str = ""
    guild_id: str | None = None
    language: str | None = None
    country: str | None = None
    limit: int = 25


CompletionSource = Callable[[str, CompletionRequest], Awaitable[Sequence[Completion]]]
"""``await source(prefix, request)``: suggestions for ``prefix``, best first."""
