"""Core events: what adapters hand to the core, as plain values (no platform types).

An adapter translates one platform event (a Discord message, a Matrix room event, a console
line) into one of these and passes it to the core; the core never sees the platform object.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    """A chat message the bot can see.

    ``room_id`` is the platform's id of the channel or room (for a direct message, the id of the
    direct channel/room); ``thread_id`` is set when the message was sent inside a thread.
    ``mentions_bot`` is true when the bot was mentioned; adapters remove the mention itself
    from ``text``. ``roles`` carries the platform facts permissions are mapped from (Discord
    role names and ids; on the console the role the operator chose), ``power_level`` the
    sender's Matrix power level in the room. These are facts of one server or room, so they
    count only where ``bot.toml`` configures it (:mod:`bot.permissions`): ``guild_id`` (the
    Discord server) and ``room_id`` (the Matrix room) say where the message came from, and
    ``is_direct`` marks direct rooms, where they never count. ``language``/``country`` are the
    best hints the platform gives (a Discord locale, a guild default), used to rank results.
    """

    platform: str
    room_id: str
    room_name: str = ""
    thread_id: str | None = None
    sender_id: str
    sender_name: str = ""
    text: str
    is_direct: bool = False
    mentions_bot: bool = False
    event_id: str | None = None
    roles: frozenset[str] = field(default_factory=frozenset)
    power_level: int | None = None
    language: str | None = None
    country: str | None = None
    guild_id: str | None = None
