"""Core events: what adapters hand to the core, as plain values (no platform types).

An adapter translates one platform event (a chat message, a room event, a console line) into
one of these and passes it to the core; the core never sees the platform object.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class Message:
    """A chat message the bot can see.

    ``room_id`` is the platform's id of the channel or room (for a direct message, the id of the
    direct channel/room); ``thread_id`` is set when the message was sent inside a thread.
    ``mentions_bot`` is true when the bot was mentioned; adapters remove the mention itself
    from ``text``. ``is_direct`` marks direct rooms.

    The facts a platform gives about the sender where the message was written, for its
    declared role mapping (:class:`bot.ports.Platform`, :mod:`bot.permissions`): ``roles``,
    role names and ids as the platform gives them (on an operator's console, the role chosen
    there); ``sender_level``, a numeric standing in the room where the platform ranks members
    so; ``server_id``, the server (community) the room belongs to where the platform groups
    rooms so. They are facts of one server or room, which anyone can create, so they count only
    where ``bot.toml`` configures it, and never in a direct room. ``language``/``country`` are
    the best hints the platform gives (a user's locale, a server's default), used to rank
    results.
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
    sender_level: int | None = None
    language: str | None = None
    country: str | None = None
    server_id: str | None = None
