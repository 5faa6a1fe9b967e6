"""The Discord adapter: discord.py's gateway and REST client in front of the core.

Messages and interactions are translated (:mod:`adapters.discord.translate`) into core events;
the actions the core returns are carried out as Discord expects: replies reference the message
answered, an interaction's first answer is its response and further ones are followups
(ephemeral when personal), choices become buttons, prompts open a thread on their post, long
texts are split, and nobody is ever pinged.

Connection: discord.py handles heartbeats, RESUME after a RECONNECT or a dropped socket, and
the REST rate limits (it waits out every 429 and retries). When Discord refuses the privileged
message-content intent (close code 4014) the adapter says so in the log and connects again
without it: mentions, direct messages and slash commands keep working, bare ``!`` commands in
channels cannot (their content arrives empty).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from discord import app_commands

from adapters.discord import slash, translate
from adapters.discord.settings import DiscordGuildSettings, DiscordSettings
from bot.actions import Action, Attachment, Card, Delivery, DirectMessage, Post, React, Reply
from bot.completions import CompletionRequest, CompletionSource
from bot.errors import ConfigError
from bot.events import Message
from bot.i18n import languages, t
from bot.numbers import is_number
from bot.ports import ChatAdapter, CommandCatalog, MessageHandler

log = logging.getLogger(__name__)

#: Discord drops an interaction not answered within 3 s: past this, the adapter defers.
DEFER_AFTER = 2.0
#: Time a completion source gets before the autocomplete is answered with nothing.
AUTOCOMPLETE_BUDGET = 2.0
#: Discord error code for "Cannot send messages to this user" (DMs closed or blocked).
DMS_CLOSED = 50007


class DeliveryError(Exception):
    """An action could not be carried out (unknown channel, Discord refused it)."""


class _Events:
    """The events the adapter cares about, forwarded by either client below."""

    adapter: DiscordAdapter
    user: Any
    guilds: Any
    intents: discord.Intents

    async def on_ready(self) -> None:
        self.adapter.ready()
        granting = self.adapter.role_guilds
        log.info(
            "connected to Discord",
            extra={
                "user": str(self.user),
                "guilds": len(self.guilds),
                # Guilds the bot is in whose roles count; in the others nobody gains a role.
                "role_guilds": ",".join(str(g.id) for g in self.guilds if str(g.id) in granting)
                or "none",
                "message_content": self.intents.message_content,
            },
        )

    async def on_resumed(self) -> None:
        log.info("Discord session resumed")

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.on_message(message)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        await self.adapter.on_interaction(interaction)


class _Client(_Events, discord.Client):
    """discord.py's client, one session for every server."""

    def __init__(self, adapter: DiscordAdapter, intents: discord.Intents, **options: Any) -> None:
        super().__init__(intents=intents, allowed_mentions=translate.NO_MENTIONS, **options)
        self.adapter = adapter


class _ShardedClient(_Events, discord.AutoShardedClient):
    """discord.py's sharded client: a session per shard this process runs
    (``[discord] shard_count``/``shard_ids``); Discord sends each server's events to the shard
    ``(guild_id >> 22) % shard_count``, and direct messages to shard 0."""

    def __init__(self, adapter: DiscordAdapter, intents: discord.Intents, **options: Any) -> None:
        super().__init__(intents=intents, allowed_mentions=translate.NO_MENTIONS, **options)
        self.adapter = adapter


class DiscordAdapter(ChatAdapter):
    """Runs the core on Discord. ``start`` connects and runs until ``stop``.

    Built from ``[discord]`` (``settings``) and what it uses of the core: the guilds whose
    roles count (``role_guilds``: their channels are found first by name), the command
    ``prefix``, the default ``language``, the room posts without one go to
    (``default_room``), the commands (for slash commands) and the completion sources (for
    autocomplete).
    """

    platform = translate.PLATFORM

    def __init__(
        self,
        *,
        settings: DiscordSettings,
        role_guilds: frozenset[str] = frozenset(),
        prefix: str = "!",
        language: str = "en",
        default_room: str = "",
        commands: CommandCatalog,
        completions: Mapping[str, CompletionSource],
    ) -> None:
        self.discord = settings
        self.prefix = prefix
        self.language = language
        self.default_room = default_room
        self.commands = commands
        self.completions = completions
        #: Whether the message-content intent is (still) requested; false after a 4014.
        self.message_content = settings.message_content
        #: How long discord.py waits for more GUILD_CREATEs before it is ready (tests shorten it).
        self.guild_ready_timeout = 2.0
        #: How long a command may run before its interaction is deferred (tests shorten it).
        self.defer_after = DEFER_AFTER
        self.client: discord.Client | None = None
        self._handler: MessageHandler | None = None
        self._ready = asyncio.Event()
        self._stopping = False
        self._previous: tuple[str, yarl.URL] | None = None
        self._dm_channels: dict[str, int] = {}
        #: Commands of buttons too long for a custom_id, by the short id the button carries.
        self.kept = translate.KeptCommands()
        #: The guilds whose roles count (configured in bot.toml); channel names resolve there first.
        self.role_guilds = role_guilds

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self, handler: MessageHandler) -> None:
        """Log in and stay connected (discord.py reconnects and resumes) until :meth:`stop`."""
        if not self.discord.token:
            raise ConfigError("no Discord bot token", key="discord.token")
        self._handler = handler
        self._point_discord_py()
        while not self._stopping:
            client = self._new_client()
            self.client = client
            try:
                await client.login(self.discord.token)
                await client.connect(reconnect=True)
            except discord.LoginFailure as exc:
                await client.close()
                raise ConfigError("Discord refused the bot token", key="discord.token") from exc
            except discord.PrivilegedIntentsRequired:
                await client.close()
                if not self.message_content:
                    raise
                log.error(
                    "Discord refused the message-content intent (close code 4014). Enable "
                    "'Message Content Intent' for the bot in the Discord developer portal, or "
                    "set [discord] message_content = false. Reconnecting without it: mentions, "
                    "direct messages and slash commands work; bare prefix commands in "
                    "channels do not."
                )
                self.message_content = False
                continue
            return

    def ready(self) -> None:
        """Called by the client when its gateway session is ready."""
        self._ready.set()

    def connected(self) -> bool:
        """Whether the gateway session is ready and open now (``/readyz``)."""
        client = self.client
        return self._ready.is_set() and client is not None and not client.is_closed()

    async def wait_until_ready(self) -> None:
        """Wait until the gateway session is ready (bound it with ``asyncio.timeout``)."""
        await self._ready.wait()

    async def stop(self) -> None:
        """Disconnect; safe to call twice."""
        self._stopping = True
        if self.client is not None and not self.client.is_closed():
            await self.client.close()
        if self._previous is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = (
                self._previous
            )
            self._previous = None

    def _point_discord_py(self) -> None:
        """Use the configured endpoints; discord.py reads them from two class attributes."""
        if self._previous is None:
            self._previous = (
                discord.http.Route.BASE,
                discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
            )
        discord.http.Route.BASE = self.discord.api_base.rstrip("/")
        if self.discord.gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.discord.gateway_url)

    def _new_client(self) -> discord.Client:
        intents = discord.Intents.default()
        intents.typing = False
        intents.presences = False
        intents.members = False
        intents.message_content = self.message_content
        self._ready.clear()
        options: dict[str, Any] = {"guild_ready_timeout": self.guild_ready_timeout}
        if self.discord.application_id:
            options["application_id"] = int(self.discord.application_id)
        if self.discord.shard_count:
            options["shard_count"] = self.discord.shard_count
            if self.discord.shard_ids:
                options["shard_ids"] = list(self.discord.shard_ids)
            return _ShardedClient(self, intents, **options)
        return _Client(self, intents, **options)

    def _language(self, *choices: str | None) -> str:
        """The adapter's own texts' language: the first of ``choices`` (the client's locale,
        the guild's language) with a catalog, else the bot's, as the core chooses for replies
        when the person chose none."""
        shipped = languages()
        return next((c for c in choices if c and c in shipped), self.language)

    def _guild(self, guild_id: int | None) -> DiscordGuildSettings:
        return self.discord.guild(None if guild_id is None else str(guild_id))

    @property
    def _bot_id(self) -> int:
        user = self.client.user if self.client is not None else None
        return user.id if user is not None else 0

    def _live(self) -> discord.Client:
        if self.client is None or self.client.is_closed():
            raise DeliveryError("not connected to Discord")
        return self.client

    # --- inbound: messages ----------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        """Translate a message, run it through the core, carry out the answer."""
        if message.author.bot or self._handler is None:
            return
        event = translate.message_event(
            message,
            bot_id=self._bot_id,
            guild=self._guild(message.guild.id if message.guild else None),
        )
        actions = await self._handler.handle(event)
        for action in actions:
            notice = await self._carry_out(action, origin=event)
            if notice is not None:
                await self.perform(notice)

    async def _carry_out(self, action: Action, *, origin: Message) -> Reply | None:
        """Carry out one action caused by ``origin``.

        Returns a notice for the sender when a direct message could not be delivered (DMs
        closed), for the caller to show where the sender is; ``None`` otherwise.
        """
        delivered = await self.perform(action)
        if delivered is not None or not isinstance(action, DirectMessage) or origin.is_direct:
            return None
        return Reply(
            platform=self.platform,
            room_id=origin.room_id,
            thread_id=origin.thread_id,
            reply_to=origin.event_id,
            text=t("discord.dm_failed", self._language(origin.language, origin.room_language)),
            is_error=True,
            private=True,
        )

    # --- inbound: interactions ------------------------------------------------------------

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Slash commands, autocomplete and button clicks.

        An interaction takes exactly one response (a second, even a deferral, is refused with
        40060), and every unsharded session of the bot receives it: with replicas, only the
        one that claims it first (by its id) responds; the others stay silent.
        """
        if self._handler is None:
            return
        if not await self._handler.claim(self.platform, str(interaction.id)):
            return
        prefix = self.prefix
        data: dict[str, Any] = dict(interaction.data or {})
        if interaction.type is discord.InteractionType.autocomplete:
            await self._autocomplete(interaction, data)
            return
        custom_id = ""
        if interaction.type is discord.InteractionType.application_command:
            line = slash.command_line(data, self.commands)
        elif interaction.type is discord.InteractionType.component:
            custom_id = str(data.get("custom_id", ""))
            command = translate.button_command(custom_id, self.kept)
            line = command[len(prefix) :] if command and command.startswith(prefix) else command
        else:
            return
        lang = self._language(
            translate.language_of(interaction.locale), self._guild(interaction.guild_id).language
        )
        if line is None and translate.is_kept_button(custom_id):
            # A long command kept in memory before a restart: say so, run nothing.
            await interaction.response.send_message(
                t("discord.choice_expired", lang),
                ephemeral=True,
                allowed_mentions=translate.NO_MENTIONS,
            )
            return
        if line is None:
            await interaction.response.send_message(
                t("discord.command_gone", lang, prefix=prefix),
                ephemeral=True,
                allowed_mentions=translate.NO_MENTIONS,
            )
            return
        event = translate.interaction_event(
            interaction, prefix + line, guild=self._guild(interaction.guild_id)
        )
        personal = slash.personal(line, self.commands)
        handling = asyncio.ensure_future(self._handler.handle(event))
        done, _ = await asyncio.wait({handling}, timeout=self.defer_after)
        if not done:
            # Slow command: acknowledge now, answer with followups when it is done.
            await interaction.response.defer(ephemeral=personal, thinking=True)
        actions = await handling
        answered = False
        for action in actions:
            notice = action if isinstance(action, Reply) else None
            if notice is None:
                notice = await self._carry_out(action, origin=event)
            if notice is not None:
                answered = await self._respond(interaction, notice, personal=personal) or answered
        if not answered and not interaction.response.is_done():
            await interaction.response.send_message(
                t("discord.done", lang), ephemeral=True, allowed_mentions=translate.NO_MENTIONS
            )

    async def _respond(
        self, interaction: discord.Interaction[Any], reply: Reply, *, personal: bool
    ) -> bool:
        """Answer an interaction with ``reply``: the response first, followups after."""
        ephemeral = reply.private or personal
        try:
            for kwargs in translate.response_kwargs(
                reply.text,
                choices=reply.choices,
                ephemeral=ephemeral,
                kept=self.kept,
                cards=reply.cards,
            ):
                if not interaction.response.is_done():
                    await interaction.response.send_message(**kwargs)
                else:
                    await interaction.followup.send(**kwargs)
        except discord.HTTPException as exc:
            log.error(
                "interaction answer failed",
                extra={**translate.describe(reply), "status": exc.status, "code": exc.code},
            )
            return False
        return True

    async def _autocomplete(
        self, interaction: discord.Interaction[Any], data: dict[str, Any]
    ) -> None:
        target = slash.autocomplete_target(data, self.commands)
        source = self.completions.get(target.source) if target else None
        choices: list[app_commands.Choice[str]] = []
        if target is not None and source is not None:
            guild = self._guild(interaction.guild_id)
            request = CompletionRequest(
                platform=self.platform,
                sender_id=str(interaction.user.id),
                command=target.path,
                field=target.field,
                room_id=str(interaction.channel_id or ""),
                guild_id=None if interaction.guild_id is None else str(interaction.guild_id),
                language=translate.language_of(interaction.locale) or guild.language or None,
                country=guild.country or None,
            )
            try:
                async with asyncio.timeout(AUTOCOMPLETE_BUDGET):
                    found = await source(target.typed, request)
            except TimeoutError:
                log.warning("completion source too slow", extra={"source": target.source})
                found = []
            except Exception:
                log.exception("completion source failed", extra={"source": target.source})
                found = []
            for item in found[:25]:
                label = (item.label or item.value)[:100]
                if label and item.value:
                    choices.append(app_commands.Choice(name=label, value=item.value[:100]))
        try:
            await interaction.response.autocomplete(choices)
        except discord.HTTPException as exc:
            log.warning("autocomplete answer failed", extra={"status": exc.status})

    # --- outbound -------------------------------------------------------------------------

    async def perform(self, action: Action) -> Delivery | None:
        """Carry out one action; ``None`` (and an error in the log) when it failed.

        discord.py has already waited out rate limits and retried server errors by then, so a
        failure here is final: Discord refused (closed DMs, missing access, unknown channel)
        or the bot is not connected.
        """
        try:
            match action:
                case Reply():
                    return await self._reply(action)
                case DirectMessage():
                    return await self._direct(action)
                case Post():
                    return await self._post(action)
                case React():
                    return await self._react(action)
        except discord.HTTPException as exc:
            log.error(
                "Discord refused to deliver an action",
                extra={**translate.describe(action), "status": exc.status, "code": exc.code},
            )
        except (DeliveryError, ValueError, OSError, TimeoutError) as exc:
            log.error(
                "could not deliver an action to Discord",
                extra={**translate.describe(action), "error": str(exc)},
            )
        return None

    async def _send(
        self,
        channel: discord.abc.Messageable,
        text: str,
        *,
        choices: Sequence[Any] = (),
        reference: discord.MessageReference | None = None,
        key: str | None = None,
        cards: Sequence[Card] = (),
        attachment: Attachment | None = None,
    ) -> discord.Message:
        first: discord.Message | None = None
        for kwargs in translate.message_kwargs(
            text,
            choices=choices,
            reference=reference,
            key=key,
            kept=self.kept,
            cards=cards,
            attachment=attachment,
        ):
            sent = await channel.send(**kwargs)
            first = first or sent
        assert first is not None  # message_kwargs never returns an empty list
        return first

    async def _reply(self, reply: Reply) -> Delivery:
        client = self._live()
        target = int(reply.thread_id or self._channel_id(reply.room_id))
        channel = client.get_partial_messageable(target)
        reference = None
        if reply.reply_to and reply.reply_to.isdigit():
            reference = discord.MessageReference(
                message_id=int(reply.reply_to), channel_id=target, fail_if_not_exists=False
            )
        sent = await self._send(
            channel, reply.text, choices=reply.choices, reference=reference, cards=reply.cards
        )
        return Delivery(message_id=str(sent.id), thread_id=reply.thread_id)

    async def _direct(self, dm: DirectMessage) -> Delivery:
        client = self._live()
        channel_id = self._dm_channels.get(dm.user_id)
        if channel_id is None:
            if not dm.user_id.isdigit():
                raise DeliveryError("the recipient is not a Discord user id")
            user = client.get_user(int(dm.user_id)) or await client.fetch_user(int(dm.user_id))
            channel_id = (await user.create_dm()).id
            self._dm_channels[dm.user_id] = channel_id
        sent = await self._send(
            client.get_partial_messageable(channel_id),
            dm.text,
            choices=dm.choices,
            key=dm.key,
            attachment=dm.attachment,
        )
        return Delivery(message_id=str(sent.id))

    async def _post(self, post: Post) -> Delivery:
        client = self._live()
        if post.thread_id:
            sent = await self._send(
                client.get_partial_messageable(int(post.thread_id)),
                post.text,
                choices=post.choices,
                key=post.key,
            )
            return Delivery(message_id=str(sent.id), thread_id=post.thread_id)
        channel_id = self._channel_id(post.room_id)
        channel = client.get_channel(channel_id) or await client.fetch_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            raise DeliveryError(f"channel {channel_id} cannot hold messages")
        sent = await self._send(channel, post.text, choices=post.choices, key=post.key)
        if not post.thread_title:
            return Delivery(message_id=str(sent.id))
        try:
            thread = await sent.create_thread(name=post.thread_title[:100])
        except (discord.HTTPException, ValueError) as exc:
            # The post itself is out: report it delivered (a retry would post it twice) and
            # say loudly that its thread is missing.
            log.error(
                "posted, but could not open its thread",
                extra={**translate.describe(post), "message_id": str(sent.id), "error": str(exc)},
            )
            return Delivery(message_id=str(sent.id))
        return Delivery(message_id=str(sent.id), thread_id=str(thread.id))

    async def _react(self, react: React) -> Delivery:
        client = self._live()
        channel = client.get_partial_messageable(int(self._channel_id(react.room_id)))
        await channel.get_partial_message(int(react.event_id)).add_reaction(react.emoji)
        return Delivery(message_id=react.event_id)

    def _channel_id(self, room: str) -> int:
        """A channel id from a room: an id, a channel name, or empty for the prompt channel.

        Empty means the ``prompt_channel`` of the (first) guild that configures one, else
        ``[prompts] default_room``; names are looked up in the guilds the bot is in.
        """
        room = room.strip().lstrip("#")
        if not room:
            configured = [
                self.discord.guild(gid).prompt_channel for gid in sorted(self.discord.guilds)
            ]
            room = next((c for c in configured if c), "") or self.default_room
            room = room.strip().lstrip("#")
            if not room:
                raise DeliveryError("no channel given and no prompt_channel configured")
        if is_number(room):
            return int(room)
        client = self._live()
        # Configured guilds first: a channel of the same name in a stranger's server (the bot
        # can be added anywhere) must not catch a prompt meant for one of ours.
        for guild in sorted(client.guilds, key=lambda g: str(g.id) not in self.role_guilds):
            for channel in guild.text_channels:
                if channel.name == room:
                    return channel.id
        raise DeliveryError(f"no channel named {room!r} in the bot's servers")

    # --- where rooms are (bot.ports.RoomDirectory) ----------------------------------------

    def servers_of(self, room: str) -> frozenset[str]:
        """The ids of the guilds holding channel ``room`` (an id, ``<#id>`` or a name), from
        discord.py's cache; none when not connected or unknown."""
        client = self.client
        if client is None or client.is_closed():
            return frozenset()
        room = room.strip().removeprefix("<#").removesuffix(">").lstrip("#")
        if room.isdigit():
            guild = getattr(client.get_channel(int(room)), "guild", None)
            return frozenset({str(guild.id)}) if guild is not None else frozenset()
        return frozenset(
            str(guild.id)
            for guild in client.guilds
            if any(channel.name == room for channel in guild.text_channels)
        )
