"""Core events: what adapters hand to the core, as plain values (no platform types).

An adapter translates one platform event (a chat message, a room event, a console line) into
one of these and passes it to the core; the core never sees the platform object.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

#: The role names a platform may give a message's sender (``Message.roles``), lowest first.
ROLES: tuple[str, ...] = ("trainer", "mentor", "expert", "coordinator", "admin")


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
    results; ``room_language`` is the default language configured for the room or server
    (the third step of :mod:`bot.readers`).

    ``claim_id`` is the platform's id of what was received when ``event_id`` names another
    message (a Matrix reaction: ``event_id`` is the message reacted to); replicas claim a
    message by it (``handled_messages``), else by ``event_id``.
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
    room_language: str | None = None
    country: str | None = None
    server_id: str | None = None
    claim_id: str | None = None


def storable_text(text: str) -> str:
    """``text`` as every database driver and encoder takes it: lone surrogates (undecodable
    bytes of a command line, ``\\ud800`` escapes in a platform's JSON) become U+FFFD, and NUL
    characters, which PostgreSQL refuses in text, are dropped. Everything else is kept."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Through UTF-16: a pair of surrogates that are really one character joins up again.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text.replace("\x00", "")


def storable(message: Message) -> Message:
    """``message`` with :func:`storable_text` applied to every text it carries (ids, names,
    roles, the text itself). The core applies it to each message as it arrives, so nothing a
    platform delivers can fail to be stored or printed further on."""
    changes: dict[str, object] = {}
    for item in dataclasses.fields(message):
        value = getattr(message, item.name)
        if isinstance(value, str):
            clean: object = storable_text(value)
        elif isinstance(value, frozenset):
            clean = frozenset(storable_text(v) if isinstance(v, str) else v for v in value)
        else:
            continue
        if clean != value:
            changes[item.name] = clean
    return dataclasses.replace(message, **changes) if changes else message  # type: ignore[arg-type]
