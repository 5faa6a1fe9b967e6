"""Translation between Matrix and the core: the one module that knows both shapes.

Inbound, :func:`message_from_event` turns a nio room message event into a
:class:`~bot.events.Message` (the bot's mention or pill removed from the text, the reply
fallback dropped, the thread and the sender's power level filled in) and
:func:`message_from_reaction` turns a reaction on a message that offered choices into the
choice's command. Outbound, :func:`message_content` renders a text with its choices as an
``m.notice`` with an HTML body, a plain-text fallback, rich-reply and thread relations and an
empty ``m.mentions`` (so nothing the bot says pings anyone); :func:`reaction_content` builds an
annotation, :func:`file_content` an ``m.file`` for an uploaded attachment. List items
(:class:`~bot.actions.Card`) become an HTML link on their title and one short line; the
plain-text fallback names the link's domain only. Everything here is pure: no I/O, no client,
easy to test with events parsed by nio.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from adapters.matrix.platform import NAME
from bot.actions import Card, Choice
from bot.events import Message
from bot.i18n import t
from bot.safety import sanitize

PLATFORM = NAME

# Emojis offered for choices without one of their own, in order: yes, no, then numbers.
DEFAULT_CHOICE_EMOJIS = ("✅", "❌", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣")

_MATRIX_TO = re.compile(r"""<a\s[^>]*href=["']https://matrix\.to/#/([^"'?]+)[^>]*>""", re.I)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`\n]+)`")
_SPACES = re.compile(r"[ \t]{2,}")


@dataclass(frozen=True, slots=True, kw_only=True)
class BotIdentity:
    """Who the bot is on Matrix: its user id and the names people address it by."""

    user_id: str
    display_name: str = ""

    @property
    def localpart(self) -> str:
        return self.user_id.removeprefix("@").split(":", 1)[0]

    def names(self) -> tuple[str, ...]:
        """Ways a message can start by addressing the bot, longest first."""
        found = {self.user_id, self.localpart}
        if self.display_name:
            found.add(self.display_name)
        return tuple(sorted((n for n in found if n), key=len, reverse=True))


@dataclass(frozen=True, slots=True, kw_only=True)
class RoomFacts:
    """What the adapter knows about the room an event came from."""

    room_id: str
    name: str = ""
    is_direct: bool = False
    sender_name: str = ""
    sender_power_level: int | None = None
    #: The room's configured language (``[matrix.rooms."ID"] language``), if any.
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OfferedChoice:
    """A choice as offered on Matrix: the reaction key that stands for its command.

    ``command`` is the payload a reaction runs; the text line shows :attr:`shown`.
    """

    emoji: str
    label: str
    command: str

    @property
    def shown(self) -> str:
        """The command as a reader sees it: mentions neutralised, never the raw payload."""
        return sanitize(self.command)


CREATOR_POWER_LEVEL = 2**53 - 1
"""The power level a room creator has in room versions 12 and later ("infinite")."""


def room_creators(create_event: Mapping[str, Any]) -> frozenset[str]:
    """The creators an ``m.room.create`` event names: its sender and ``additional_creators``."""
    creators = {create_event.get("sender")}
    content = create_event.get("content")
    if isinstance(content, Mapping):
        extra = content.get("additional_creators")
        if isinstance(extra, list):
            creators.update(extra)
    return frozenset(c for c in creators if isinstance(c, str))


def creators_are_privileged(room_version: str) -> bool:
    """Room versions 12 and later give creators unlimited power (and leave them out of
    ``m.room.power_levels``)."""
    if "hydra" in room_version:
        return True
    try:
        return int(room_version) >= 12
    except ValueError:
        return False


def power_level(
    sender: str, *, listed_level: int, room_version: str, creators: frozenset[str]
) -> int:
    """The sender's power level: the one ``m.room.power_levels`` gives, unless the room's
    version makes the sender, as a creator, more powerful than any level."""
    if sender in creators and creators_are_privileged(room_version):
        return CREATOR_POWER_LEVEL
    return listed_level


def event_relation(source: Mapping[str, Any]) -> Mapping[str, Any]:
    """The ``m.relates_to`` of a raw event's content (empty when there is none)."""
    content = source.get("content")
    if not isinstance(content, Mapping):
        return {}
    relation = content.get("m.relates_to")
    return relation if isinstance(relation, Mapping) else {}


def is_edit(source: Mapping[str, Any]) -> bool:
    """An edit (``m.replace``) repeats an earlier message; it is never a new command."""
    return event_relation(source).get("rel_type") == "m.replace"


def thread_of(source: Mapping[str, Any]) -> str | None:
    """The thread root event id when the event was sent in a thread."""
    relation = event_relation(source)
    if relation.get("rel_type") == "m.thread":
        root = relation.get("event_id")
        return root if isinstance(root, str) else None
    return None


def strip_reply_fallback(body: str) -> str:
    """Drop the quoted ``> <@user> …`` lines older clients put before a rich reply's text."""
    lines = body.splitlines()
    if not lines or not lines[0].startswith("> "):
        return body
    index = 0
    while index < len(lines) and lines[index].startswith(">"):
        index += 1
    return "\n".join(lines[index:]).lstrip("\n")


def _strip_leading_name(text: str, bot: BotIdentity) -> tuple[str, bool]:
    """Remove the bot's address at the start of ``text``.

    ``@vetbot:example.org …`` and ``@vetbot …`` address the bot whatever follows; a bare name
    (``vetbot: …``, ``VET Bot, …``) only with a colon or comma after it, so that talking
    *about* the bot ("vetbot is great") is not taken as a command.
    """
    stripped = text.lstrip()
    low = stripped.casefold()
    for name in bot.names():
        candidate = name.casefold()
        leads = (candidate,) if candidate.startswith("@") else ("@" + candidate, candidate)
        for lead in leads:
            if not low.startswith(lead):
                continue
            rest = stripped[len(lead) :]
            separators = ":, \t\n" if lead.startswith("@") else ":,"
            if (not rest and lead.startswith("@")) or (rest and rest[0] in separators):
                return rest.lstrip(":, \t\n"), True
    return text, False


def mention_stripped(body: str, formatted_body: str | None, bot: BotIdentity) -> tuple[str, bool]:
    """The text without the bot's mention, and whether the bot was mentioned.

    A mention is the bot's name or user id at the start of the text (``vetbot: help``,
    ``@vetbot:example.org help``), or a pill (a ``matrix.to`` link to the bot) anywhere in the
    HTML body; a pill's visible text (usually the display name) is removed from the plain text.
    """
    text, mentioned = _strip_leading_name(body, bot)
    if mentioned:
        return text.strip(), True
    pills = _MATRIX_TO.findall(formatted_body or "")
    if any(_unquote(p) == bot.user_id for p in pills):
        for name in bot.names():
            index = body.casefold().find(name.casefold())
            if index >= 0:
                text = (body[:index] + body[index + len(name) :]).strip(" :,\t\n")
                return _SPACES.sub(" ", text), True
        return body.strip(), True
    if bot.user_id in body:
        return body.replace(bot.user_id, "").strip(" :,\t\n"), True
    return body, False


def _unquote(value: str) -> str:
    return value.replace("%40", "@").replace("%3A", ":").replace("%3a", ":")


def message_from_event(
    event_id: str,
    sender: str,
    source: Mapping[str, Any],
    room: RoomFacts,
    bot: BotIdentity,
) -> Message | None:
    """The core message for a room message event, or ``None`` if it is not one to handle.

    Only ``m.text`` messages count: notices are what bots send (answering them would let two
    bots talk forever) and edits repeat a message already handled. The bot's own events and
    events without a body are skipped too.
    """
    content = source.get("content")
    if sender == bot.user_id or not isinstance(content, Mapping):
        return None
    if content.get("msgtype") != "m.text" or is_edit(source):
        return None
    body = content.get("body")
    if not isinstance(body, str) or not body.strip():
        return None
    relation = event_relation(source)
    if isinstance(relation.get("m.in_reply_to"), Mapping):
        body = strip_reply_fallback(body)
    formatted = content.get("formatted_body")
    text, mentioned = mention_stripped(body, formatted if isinstance(formatted, str) else None, bot)
    return Message(
        platform=PLATFORM,
        room_id=room.room_id,
        room_name=room.name,
        thread_id=thread_of(source),
        sender_id=sender,
        sender_name=room.sender_name or sender,
        text=text,
        is_direct=room.is_direct,
        mentions_bot=mentioned,
        event_id=event_id,
        sender_level=room.sender_power_level,
        language=room.language,
        room_language=room.language,
    )


def message_from_reaction(
    *,
    reacts_to: str,
    key: str,
    sender: str,
    offered: Sequence[OfferedChoice],
    room: RoomFacts,
    thread_id: str | None = None,
    reaction_id: str | None = None,
) -> Message | None:
    """The command a reaction stands for, as a message from the reacting user.

    ``offered`` are the choices of the message reacted to. The message's ``event_id`` is that
    message (so the answer quotes the question, not the reaction), its ``claim_id`` the
    reaction ``reaction_id`` (replicas claim each reaction, not the question once), and it
    counts as addressed to the bot.
    """
    wanted = _normalise_emoji(key)
    for choice in offered:
        if _normalise_emoji(choice.emoji) == wanted:
            return Message(
                platform=PLATFORM,
                room_id=room.room_id,
                room_name=room.name,
                thread_id=thread_id,
                sender_id=sender,
                sender_name=room.sender_name or sender,
                text=choice.command,
                is_direct=room.is_direct,
                mentions_bot=True,
                event_id=reacts_to,
                claim_id=reaction_id,
                sender_level=room.sender_power_level,
                language=room.language,
                room_language=room.language,
            )
    return None


def _normalise_emoji(emoji: str) -> str:
    # Clients differ in sending the emoji presentation selector (U+FE0F); ignore it.
    return emoji.replace("\ufe0f", "").strip()


def offered_choices(choices: Sequence[Choice]) -> tuple[OfferedChoice, ...]:
    """Give each choice a distinct reaction: its own emoji, else ✅, ❌, 3️⃣…"""
    used: set[str] = set()
    spare = iter(DEFAULT_CHOICE_EMOJIS)
    out: list[OfferedChoice] = []
    for choice in choices:
        emoji = choice.emoji
        if not emoji or _normalise_emoji(emoji) in used:
            emoji = next((e for e in spare if _normalise_emoji(e) not in used), "")
        if not emoji:
            continue  # more choices than reactions: the text still lists the command
        used.add(_normalise_emoji(emoji))
        out.append(OfferedChoice(emoji=emoji, label=choice.label, command=choice.command))
    return tuple(out)


def render_html(text: str) -> str:
    """The HTML body for plain, markdown-ish text: escaped, **bold** and `code`, line breaks."""
    escaped = html.escape(text, quote=False)
    escaped = _BOLD.sub(r"<strong>\1</strong>", escaped)
    escaped = _CODE.sub(r"<code>\1</code>", escaped)
    return escaped.replace("\n", "<br/>")


def _link(url: str) -> str | None:
    """``url`` when it is a web address safe to put in an ``href``, else ``None``."""
    if not url.lower().startswith(("http://", "https://")) or any(c.isspace() for c in url):
        return None
    return url


def card_text(card: Card) -> str:
    """A list item as plain text: ``N. TITLE [TAG] — DOMAIN``, its short line indented."""
    title = card.heading + (f" [{card.tag}]" if card.tag else "")
    if card.domain:
        title += f" — {card.domain}"
    return f"{title}\n   {card.line}" if card.line else title


def card_html(card: Card) -> str:
    """A list item as HTML: its title as a link, the tag as code, the short line below."""
    title = html.escape(card.title, quote=False)
    link = _link(card.url)
    if link is not None:
        title = f'<a href="{html.escape(link, quote=True)}">{title}</a>'
    number = f"{card.number}. " if card.number else ""
    tag = f" <code>{html.escape(card.tag, quote=False)}</code>" if card.tag else ""
    line = f"<br/>{html.escape(card.line, quote=False)}" if card.line else ""
    return f"{number}{title}{tag}{line}"


def choice_lines(offered: Sequence[OfferedChoice], lang: str) -> list[str]:
    """One line per choice telling the reader which reaction or command picks it."""
    return [
        t("matrix.choice_line", lang, emoji=c.emoji, label=sanitize(c.label), command=c.shown)
        for c in offered
    ]


def message_content(
    text: str,
    *,
    reply_to: str | None = None,
    thread_id: str | None = None,
    offered: Sequence[OfferedChoice] = (),
    lang: str = "en",
    msgtype: str = "m.notice",
    cards: Sequence[Card] = (),
) -> dict[str, Any]:
    """The content of a message the bot sends.

    An ``m.notice`` (bots speak in notices), HTML with a plain-text fallback, list items after
    the text (:func:`card_html`, :func:`card_text`), the choices as lines of text, a rich reply
    to ``reply_to``, inside ``thread_id``'s thread when given, and always an empty
    ``m.mentions``: the bot never pings anyone.
    """
    body_parts, html_parts = [text], [render_html(text)]
    for card in cards:
        body_parts.append(card_text(card))
        html_parts.append(card_html(card))
    if offered:
        lines = choice_lines(offered, lang)
        body_parts.append("\n" + "\n".join(lines))
        html_parts.append("<br/>" + render_html("\n".join(lines)))
    content: dict[str, Any] = {
        "msgtype": msgtype,
        "body": "\n".join(body_parts),
        "format": "org.matrix.custom.html",
        "formatted_body": "<br/>".join(html_parts),
        "m.mentions": {},
    }
    if thread_id:
        content["m.relates_to"] = {
            "rel_type": "m.thread",
            "event_id": thread_id,
            # Clients without threads show the message as a reply to the answered one (or
            # to the thread root); is_falling_back says that reply is only a fallback.
            "is_falling_back": reply_to is None,
            "m.in_reply_to": {"event_id": reply_to or thread_id},
        }
    elif reply_to:
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
    return content


def file_content(
    filename: str,
    *,
    mime: str,
    size: int,
    url: str | None = None,
    encrypted_file: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """An ``m.file`` for an uploaded attachment: ``url`` (its ``mxc://`` address) in a plain
    room, or ``encrypted_file`` (the upload's decryption keys, with its ``url``) in an
    encrypted one, as the spec's ``EncryptedFile``."""
    content: dict[str, Any] = {
        "msgtype": "m.file",
        "body": filename,
        "filename": filename,
        "info": {"mimetype": mime, "size": size},
        "m.mentions": {},
    }
    if encrypted_file is not None:
        content["file"] = dict(encrypted_file)
    else:
        content["url"] = url
    return content


def post_text(text: str, thread_title: str | None) -> str:
    """A post that opens a thread carries its title in bold unless the text starts with it."""
    if thread_title and not text.lstrip().startswith(thread_title):
        return f"**{thread_title}**\n{text}"
    return text


def reaction_content(event_id: str, emoji: str) -> dict[str, Any]:
    """An ``m.reaction`` annotating ``event_id`` with ``emoji``."""
    return {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": emoji}}


def txn_id_for_key(key: str) -> str:
    """A transaction id derived from an idempotency key: the same key, the same transaction,
    so the homeserver answers a repeated send with the first event instead of a second one."""
    return "vetbot-k-" + hashlib.sha256(key.encode()).hexdigest()[:40]
