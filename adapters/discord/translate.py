"""Translation between Discord and the core, in one place.

Inbound: a ``discord.Message`` or ``discord.Interaction`` becomes a :class:`bot.events.Message`
(bot mention stripped, roles as names and ids, the guild as the server, direct/thread facts,
language and country hints). Outbound: an action's text becomes the keyword arguments of a
Discord send — split under Discord's 2,000 characters at line boundaries, list items
(:class:`~bot.actions.Card`) as embeds whose title links to the item, choices as buttons
whose ``custom_id`` carries the command, an attachment as an uploaded file, a nonce from the
action's idempotency key, and every mention disabled.

A choice's command is the button's payload only; it is never message text as it is (it may
hold user input). A command too long for a ``custom_id`` is kept by the adapter
(:class:`KeptCommands`) under a short id, or, without such a keeper, shown as sanitised text.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import discord

from adapters.discord.platform import NAME
from adapters.discord.settings import DiscordGuildSettings
from bot.actions import Action, Attachment, Card, Choice, Post, React, Reply
from bot.events import Message

PLATFORM = NAME

#: Discord's limit on a message's content.
MAX_CONTENT = 2000
#: Prefix of the ``custom_id`` of a button that stands for a command.
COMMAND_BUTTON = "vetbot:"
#: Prefix of the ``custom_id`` of a button whose command the adapter keeps (:class:`KeptCommands`).
KEPT_BUTTON = "vetbot#"
_MAX_CUSTOM_ID = 100
_MAX_BUTTONS = 25
_MAX_NONCE = 25
#: Discord's limits on embeds: per message, and on an embed's title and description.
_MAX_EMBEDS = 10
_MAX_EMBED_TITLE = 256
_MAX_EMBED_DESCRIPTION = 4096

#: Sent with every message: nobody is pinged, not even the author of the message answered.
NO_MENTIONS = discord.AllowedMentions.none()


# --- inbound -----------------------------------------------------------------------------------


def strip_mention(content: str, bot_id: int) -> tuple[str, bool]:
    """``content`` without the bot's mention (``<@ID>`` or ``<@!ID>``), and whether it had one."""
    pattern = re.compile(rf"[ \t]*<@!?{bot_id}>[ \t]*")
    stripped, count = pattern.subn(" ", content)
    return stripped.strip(), count > 0


def language_of(locale: discord.Locale | str | None) -> str | None:
    """``de`` for ``de``, ``pt`` for ``pt-BR``; ``None`` when unknown."""
    if locale is None:
        return None
    value = locale.value if isinstance(locale, discord.Locale) else str(locale)
    language = value.split("-", 1)[0].lower()
    return language if len(language) == 2 and language.isalpha() else None


def roles_of(author: discord.User | discord.Member) -> frozenset[str]:
    """The member's role names and ids (``@everyone`` left out); nothing outside a guild."""
    if not isinstance(author, discord.Member):
        return frozenset()
    facts: set[str] = set()
    for role in author.roles:
        if role.is_default():
            continue
        facts.add(role.name)
        facts.add(str(role.id))
    return frozenset(facts)


def _where(channel: Any) -> tuple[str, str, str | None]:
    """(room id, room name, thread id): a thread's messages belong to its parent channel."""
    if isinstance(channel, discord.Thread):
        parent = channel.parent
        name = parent.name if parent is not None else str(channel.parent_id)
        return str(channel.parent_id), name, str(channel.id)
    if isinstance(channel, discord.DMChannel | discord.GroupChannel):
        return str(channel.id), "dm", None
    return str(channel.id), str(getattr(channel, "name", None) or channel.id), None


def message_event(message: discord.Message, *, bot_id: int, guild: DiscordGuildSettings) -> Message:
    """The core event for a message the bot received."""
    text, mentioned = strip_mention(message.content, bot_id)
    mentioned = mentioned or any(user.id == bot_id for user in message.mentions)
    room_id, room_name, thread_id = _where(message.channel)
    return Message(
        platform=PLATFORM,
        room_id=room_id,
        room_name=room_name,
        thread_id=thread_id,
        sender_id=str(message.author.id),
        sender_name=message.author.display_name,
        text=text,
        is_direct=message.guild is None,
        mentions_bot=mentioned,
        event_id=str(message.id),
        roles=roles_of(message.author),
        language=guild.language or None,
        room_language=guild.language or None,
        country=guild.country or None,
        server_id=None if message.guild is None else str(message.guild.id),
    )


def interaction_event(
    interaction: discord.Interaction[Any], text: str, *, guild: DiscordGuildSettings
) -> Message:
    """The core event for a slash command or a button click, carrying ``text`` as typed.

    The user's own Discord language comes first; the guild's configured language is the
    fallback (Discord always sends a locale, so that only matters for odd locales).
    """
    channel = interaction.channel
    if channel is None:
        room_id, room_name, thread_id = str(interaction.channel_id), "", None
    else:
        room_id, room_name, thread_id = _where(channel)
    return Message(
        platform=PLATFORM,
        room_id=room_id,
        room_name=room_name,
        thread_id=thread_id,
        sender_id=str(interaction.user.id),
        sender_name=interaction.user.display_name,
        text=text,
        is_direct=interaction.guild_id is None,
        event_id=None,
        # Every unsharded session of the bot gets the interaction; replicas claim it by its id.
        claim_id=str(interaction.id),
        roles=roles_of(interaction.user),
        language=language_of(interaction.locale) or guild.language or None,
        room_language=guild.language or None,
        country=guild.country or None,
        server_id=None if interaction.guild_id is None else str(interaction.guild_id),
    )


class KeptCommands:
    """Commands too long for a button's ``custom_id``, kept in memory under a short id.

    The id is derived from the command (the same command, the same id), so keeping one twice
    costs nothing. At most ``limit`` are kept, the oldest forgotten first; a restart forgets
    them all, and a click on such a button is then answered "expired" (:func:`is_kept_button`)
    rather than run. Pure: no I/O.
    """

    def __init__(self, limit: int = 5000) -> None:
        self.limit = limit
        self._commands: OrderedDict[str, str] = OrderedDict()

    def keep(self, command: str) -> str:
        """The ``custom_id`` that stands for ``command`` from now on."""
        custom_id = KEPT_BUTTON + hashlib.sha256(command.encode()).hexdigest()[:32]
        self._commands[custom_id] = command
        self._commands.move_to_end(custom_id)
        while len(self._commands) > self.limit:
            self._commands.popitem(last=False)
        return custom_id

    def get(self, custom_id: str) -> str | None:
        return self._commands.get(custom_id)

    def __len__(self) -> int:
        return len(self._commands)


def is_kept_button(custom_id: str) -> bool:
    """Whether ``custom_id`` is one of ours whose command is kept by the adapter."""
    return custom_id.startswith(KEPT_BUTTON)


def button_command(custom_id: str, kept: KeptCommands | None = None) -> str | None:
    """The command text a button click stands for (``None``: not one of ours, or a kept
    command that is no longer known)."""
    if is_kept_button(custom_id):
        return kept.get(custom_id) if kept is not None else None
    if not custom_id.startswith(COMMAND_BUTTON):
        return None
    command = custom_id[len(COMMAND_BUTTON) :].strip()
    return command or None


# --- outbound ----------------------------------------------------------------------------------


def split_text(text: str, limit: int = MAX_CONTENT) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at line boundaries.

    A single line longer than ``limit`` is cut at its last space before the limit (or hard,
    when it has none). Never returns an empty list: an empty text is one empty piece.
    """
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip(" ")
        candidate = f"{current}\n{line}" if current else line
        if current and len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    pieces.append(current)
    return [p for p in pieces if p.strip()] or [""]


class ChoiceButtons(discord.ui.View):
    """Buttons for an action's choices. Clicks are handled as commands by the adapter's
    ``on_interaction``, never by this view, so discord.py must not store it for dispatch."""

    def is_dispatchable(self) -> bool:
        return False


def _fits(choice: Choice) -> bool:
    return len(COMMAND_BUTTON + choice.command) <= _MAX_CUSTOM_ID


def _buttoned(choices: Sequence[Choice], kept: KeptCommands | None) -> list[Choice]:
    """The choices that become buttons: the first 25 whose command fits a ``custom_id`` or,
    with a keeper, the first 25."""
    return [c for c in choices if kept is not None or _fits(c)][:_MAX_BUTTONS]


def buttons(choices: Sequence[Choice], kept: KeptCommands | None = None) -> ChoiceButtons | None:
    """A view with one button per choice (at most 25). The ``custom_id`` carries the command;
    a command too long for it is handed to ``kept`` and the button carries its short id."""
    chosen = _buttoned(choices, kept)
    if not chosen:
        return None
    view = ChoiceButtons(timeout=None)
    for choice in chosen:
        if _fits(choice):
            custom_id = COMMAND_BUTTON + choice.command
        else:
            assert kept is not None  # _buttoned takes long commands only with a keeper
            custom_id = kept.keep(choice.command)
        view.add_item(
            discord.ui.Button(
                label=choice.label[:80],
                custom_id=custom_id,
                emoji=choice.emoji,
                style=discord.ButtonStyle.secondary,
            )
        )
    return view


def unbuttoned(choices: Sequence[Choice], kept: KeptCommands | None = None) -> str:
    """Choices that could not become buttons, as text lines (the command as
    :attr:`~bot.actions.Choice.shown`, never the raw payload), so nothing is lost."""
    chosen = _buttoned(choices, kept)
    return "\n".join(f"{c.label}: {c.shown}" for c in choices if c not in chosen)


def _link(url: str) -> str | None:
    """``url`` when it is a web address Discord accepts as a link, else ``None``."""
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else None


def card_embed(card: Card) -> discord.Embed:
    """A list item as an embed: its numbered title linking to it, then its tag (what to type
    to ask for it) and its short line. No bare address in the text: the title is the link."""
    description = " · ".join(x for x in (f"`{card.tag}`" if card.tag else "", card.line) if x)
    return discord.Embed(
        title=card.heading[:_MAX_EMBED_TITLE],
        url=_link(card.url),
        description=description[:_MAX_EMBED_DESCRIPTION] or None,
    )


def _cards_as_text(cards: Sequence[Card]) -> str:
    """Cards beyond what a message holds as embeds, as lines (the link in angle brackets,
    which Discord shows without a preview)."""
    lines: list[str] = []
    for card in cards:
        link = _link(card.url)
        title = f"[{card.heading}](<{link}>)" if link else card.heading
        lines.append(" · ".join(x for x in (title, f"`{card.tag}`" if card.tag else "") if x))
        if card.line:
            lines.append(card.line)
    return "\n".join(lines)


def attachment_file(attachment: Attachment) -> discord.File:
    """An attachment as a file discord.py uploads with the message."""
    return discord.File(io.BytesIO(attachment.content), filename=attachment.filename)


def nonce_for(key: str, part: int = 0) -> str:
    """A Discord nonce (at most 25 characters) from an idempotency key; one per message part.

    The same key always gives the same nonce, so with ``enforce_nonce`` a repeated send
    (a retry after a lost answer) returns the first message instead of posting twice.
    """
    digest = hashlib.sha256(f"{key}\x00{part}".encode()).hexdigest()
    return digest[:_MAX_NONCE]


def message_kwargs(
    text: str,
    *,
    choices: Sequence[Choice] = (),
    reference: discord.MessageReference | None = None,
    key: str | None = None,
    kept: KeptCommands | None = None,
    cards: Sequence[Card] = (),
    attachment: Attachment | None = None,
) -> list[dict[str, Any]]:
    """The ``Messageable.send`` keyword arguments for a text, one dict per message part.

    The first part answers ``reference``; the last carries the embeds of ``cards``, the
    buttons (long commands handed to ``kept``) and the attachment. Every part disables all
    mentions, including the ping of the author of the message answered.
    """
    parts, embeds, view = _parts(text, choices, kept, cards)
    sends: list[dict[str, Any]] = []
    for index, part in enumerate(parts):
        kwargs: dict[str, Any] = {
            "content": part,
            "allowed_mentions": NO_MENTIONS,
            "mention_author": False,
        }
        if index == 0 and reference is not None:
            kwargs["reference"] = reference
        if index == len(parts) - 1:
            _last_part(kwargs, embeds, view, attachment)
        if key is not None:
            kwargs["nonce"] = nonce_for(key, index)
        sends.append(kwargs)
    return sends


def _parts(
    text: str, choices: Sequence[Choice], kept: KeptCommands | None, cards: Sequence[Card]
) -> tuple[list[str], list[discord.Embed], ChoiceButtons | None]:
    """The text parts, the embeds and the buttons of one answer."""
    extra = "\n".join(
        x for x in (_cards_as_text(cards[_MAX_EMBEDS:]), unbuttoned(choices, kept)) if x
    )
    parts = split_text(f"{text}\n{extra}" if extra else text)
    return parts, [card_embed(c) for c in cards[:_MAX_EMBEDS]], buttons(choices, kept)


def _last_part(
    kwargs: dict[str, Any],
    embeds: list[discord.Embed],
    view: ChoiceButtons | None,
    attachment: Attachment | None,
) -> None:
    if embeds:
        kwargs["embeds"] = embeds
    if view is not None:
        kwargs["view"] = view
    if attachment is not None:
        kwargs["file"] = attachment_file(attachment)


def response_kwargs(
    text: str,
    *,
    choices: Sequence[Choice] = (),
    ephemeral: bool,
    kept: KeptCommands | None = None,
    cards: Sequence[Card] = (),
) -> list[dict[str, Any]]:
    """The keyword arguments of an interaction response and its followups, one per part."""
    parts, embeds, view = _parts(text, choices, kept, cards)
    sends: list[dict[str, Any]] = []
    for index, part in enumerate(parts):
        kwargs: dict[str, Any] = {
            "content": part,
            "allowed_mentions": NO_MENTIONS,
            "ephemeral": ephemeral,
        }
        if index == len(parts) - 1:
            _last_part(kwargs, embeds, view, None)
        sends.append(kwargs)
    return sends


def describe(action: Action) -> dict[str, str | int]:
    """The facts about an action that a log line needs to find it again: never its text nor
    whom a direct message is for (logs hold no message text and no user ids)."""
    facts: dict[str, str | int] = {"action": type(action).__name__, "platform": action.platform}
    match action:
        case Reply() | Post():
            facts["room"] = action.room_id
            if action.thread_id:
                facts["thread"] = action.thread_id
        case React():
            facts["room"] = action.room_id
            facts["event"] = action.event_id
    key = getattr(action, "key", None)
    if key:
        facts["key"] = key
    text = getattr(action, "text", None)
    if text:
        facts["chars"] = len(text)
    return facts
