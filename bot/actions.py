"""Core actions: what the core asks an adapter to do, as plain values.

Every action names its ``platform`` so the composition root can route it to the right adapter,
also for actions nobody asked for (a scheduled prompt, a proposal to a mentor). Text is plain
markdown-ish text already sanitised by the core; adapters render it for their platform and must
still send it with every mention disabled.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.safety import sanitize


@dataclass(frozen=True, slots=True, kw_only=True)
class Choice:
    """A quick answer an adapter may offer as a button or reaction.

    ``command`` is the exact command text that choosing it stands for (for example
    ``"!match accept 12"``): the payload a button or reaction carries, run as typed when chosen.
    It may hold user input (a query, a bio), so it is never shown as it is: what a reader sees
    is :attr:`shown`, so platforms without buttons lose nothing and nobody is pinged.
    """

    label: str
    command: str
    emoji: str | None = None

    @property
    def shown(self) -> str:
        """The command as text for a reader: mentions neutralised, control characters gone."""
        return sanitize(self.command)


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    """One item of a list answer (a search result): a title that links to ``url``, and one
    short line under it.

    Kept apart from the text so each platform can show a list compactly in its own way (an
    embed, an HTML link, a line and its link) instead of printing long addresses in the text.
    ``number`` is the item's place in the whole list (0: none); ``tag`` is what the reader types
    to ask about the item (an id), shown beside the title.
    """

    title: str
    url: str = ""
    number: int = 0
    tag: str = ""
    line: str = ""

    @property
    def heading(self) -> str:
        """The title with its number in front: ``3. Mentoring guide``."""
        return f"{self.number}. {self.title}" if self.number else self.title

    @property
    def domain(self) -> str:
        """The host ``url`` points at, without ``www.`` (empty without a web address)."""
        if not self.url.lower().startswith(("http://", "https://")):
            return ""
        host = self.url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        host = host.rsplit("@", 1)[-1].lower()
        return host.removeprefix("www.")

    def plain_lines(self) -> list[str]:
        """The item as plain text: ``N. TITLE [TAG] — DOMAIN``, then its short line and its
        link, indented (for platforms that show text only)."""
        title = self.heading + (f" [{self.tag}]" if self.tag else "")
        if self.domain:
            title += f" — {self.domain}"
        return [title, *(f"   {x}" for x in (self.line, self.url) if x)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    """A file sent with a message: a name to save it under, its bytes and their media type.

    The content is data, never chat text: adapters upload it as a file (a Discord
    attachment, a Matrix ``m.file``, a file on disk for the console), so nothing in it is read
    as a mention or cut at a message's length.
    """

    filename: str
    content: bytes
    mime: str = "application/octet-stream"


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """Answer in the room (or thread) a message came from.

    ``reply_to`` is the event id answered; ``is_error`` marks replies that report a problem
    (``vetbot say`` exits 1 when one is produced); ``store_failed`` those that report that the
    database failed or stayed busy (``vetbot say`` exits 3); ``private`` asks for an answer only
    the sender sees where the platform can (Discord ephemeral responses). ``cards`` are list
    items shown after the text (:class:`Card`); an adapter that has no way of its own to show
    them sends :attr:`plain_text`, so nothing is lost.
    """

    platform: str
    room_id: str
    text: str
    thread_id: str | None = None
    reply_to: str | None = None
    room_name: str = ""
    is_error: bool = False
    private: bool = False
    choices: tuple[Choice, ...] = ()
    store_failed: bool = False
    cards: tuple[Card, ...] = ()

    @property
    def plain_text(self) -> str:
        """The text with the cards after it as plain lines (:meth:`Card.plain_lines`)."""
        return "\n".join([self.text, *(line for c in self.cards for line in c.plain_lines())])


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectMessage:
    """Send a direct message to a user on a platform, with a file when ``attachment`` is set.

    An attachment is never written to the outbox: a message carrying one is sent at once or
    not at all (the person can ask again).
    """

    platform: str
    user_id: str
    text: str
    user_name: str = ""
    choices: tuple[Choice, ...] = ()
    key: str | None = None
    attachment: Attachment | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Post:
    """Post a new message in a room, optionally opening a thread on it for answers.

    ``key`` is an idempotency key (for example a prompt's delivery key); adapters use it where
    the platform offers idempotent sends (Matrix transaction ids, Discord nonces), so a retry
    cannot post twice. ``thread_title`` set means: open a thread on the posted message.
    ``choices`` are offered to everyone in the room, as a reply's are (buttons where the
    platform has them, else their commands as text).
    """

    platform: str
    room_id: str
    text: str
    room_name: str = ""
    thread_id: str | None = None
    thread_title: str | None = None
    key: str | None = None
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class React:
    """Add a reaction to a message."""

    platform: str
    room_id: str
    event_id: str
    emoji: str


Action = Reply | DirectMessage | Post | React


@dataclass(frozen=True, slots=True, kw_only=True)
class Delivery:
    """What an adapter reports back after carrying out an action (ids may be unknown)."""

    message_id: str | None = None
    thread_id: str | None = None
