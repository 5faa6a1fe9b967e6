"""What capabilities offer one another, as plain values and functions.

Capabilities never import each other (a checked contract, ``pyproject.toml``). A capability
that lets others use one of its services provides one of these values on the runtime
(``runtime.provide(ToolFinder(…))``); another finds it by type (``runtime.find(ToolFinder)``)
and goes without when that capability is not loaded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.settings import DEFAULT_NETWORK


@dataclass(frozen=True, slots=True, kw_only=True)
class ToolQuery:
    """A lookup in the knowledge store: the words, whose language and country come first,
    the asker's network, and how many results."""

    text: str
    lang: str | None = None
    country: str | None = None
    network: str = DEFAULT_NETWORK
    limit: int = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundTool:
    """One tool found: its id, its title and summary in the asker's language, its link."""

    id: str
    title: str
    url: str
    summary: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ToolFinder:
    """The knowledge store's lookup, ranked as ``!tool`` ranks."""

    find: Callable[[ToolQuery], Awaitable[Sequence[FoundTool]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class MentorNeed:
    """A need for a mentor, as ``!match`` takes it: who asks (a person id; never matched
    with themselves), what it is about (its words are matched with mentors' topics), and the
    asker's languages, country (a preference) and network. ``preferred``: people who rated
    themselves strong in what the need is about; among the mentors who fit, they are asked
    first when the request opens."""

    requester_id: int
    need: str
    languages: Sequence[str]
    country: str | None = None
    network: str = DEFAULT_NETWORK
    kind: str = "mentor"
    preferred: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class MentorAsked:
    """A request opened: its number, and whether a mentor was asked at once."""

    request_id: int
    proposed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class MentorFinder:
    """Mentoring seen from outside: how many available mentors' own topics fit a need (never
    who they are), and opening a request as ``!match`` does."""

    fitting: Callable[[MentorNeed, datetime], Awaitable[int]]
    ask: Callable[[MentorNeed, datetime], Awaitable[MentorAsked]]
