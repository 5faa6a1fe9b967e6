"""``FakeDiscord``: a protocol-level Discord (REST + gateway) on 127.0.0.1 for tests.

An unmodified discord.py client talks to it over loopback; the tests drive it from the other
side: inject messages and interactions over the gateway, script 429s and reconnects, and read
back every REST request the bot made. Usage::

    async with FakeDiscord() as fake:
        with point_discord_py_at(fake.api_base, fake.gateway_url):
            client = discord.Client(intents=intents, guild_ready_timeout=0.05)
            await client.login(fake.token)
            task = asyncio.create_task(client.connect())
            await client.wait_until_ready()
            alice = fake.add_user("alice")          # better: before the bot connects
            await fake.send_message(fake.channel_id, alice, "hello")
            sent = await fake.wait_for_request("POST", r"/channels/\\d+/messages")

The world starts as one guild (``guild_id``) with a text channel ``general`` (``channel_id``),
an owner and the bot as members. ``add_guild`` adds more guilds the bot is in (READY names them
all, each gets its GUILD_CREATE); ``add_user``, ``add_role`` and ``add_text_channel`` take the
guild (default: the first), and ``join`` makes a user a member of another guild too, with that
guild's roles. Add guilds, users, roles and channels before the bot connects: the fake sends no
GUILD_*/CHANNEL_* updates, so a connected bot's cache would not learn of them.

One bot session at a time, unless ``spread_sessions``: then several bot processes connect at
once and each event goes to one of them (see ``gateway``). See ``redirect`` for how discord.py
is pointed here, ``gateway`` for the websocket side and ``rest`` for the routes and the Discord
errors they return (and how ``enforce_nonce`` is honoured).
"""

# The waits take a default `timeout` on purpose: a test that forgets to bound a wait must
# fail in seconds, not hang until the CI job is killed.
# ruff: noqa: ASYNC109

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from types import TracebackType

from aiohttp import web

from tests.fakes.discord.gateway import Gateway, IdentifyRecord, Intent
from tests.fakes.discord.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    BUTTON,
    MESSAGE_COMPONENT,
    Options,
    command_data,
    interaction_payload,
)
from tests.fakes.discord.recording import (
    ChangeSignal,
    RateLimitRule,
    RecordedRequest,
    RequestLog,
    RequestMatcher,
)
from tests.fakes.discord.rest import RestApi
from tests.fakes.discord.state import (
    FakeChannel,
    FakeGuild,
    FakeRole,
    FakeUser,
    InteractionState,
    Json,
    SentInteraction,
    World,
)

DEFAULT_TOKEN = "fake-bot-token.for-tests-only"
GATEWAY_PATH = "/ws"
RESUME_PATH = "/ws-resume"

# Application flags Discord sets when a privileged intent is enabled for a bot in < 100 guilds.
_FLAG_PRESENCE_LIMITED = 1 << 13
_FLAG_MEMBERS_LIMITED = 1 << 15
_FLAG_MESSAGE_CONTENT_LIMITED = 1 << 19


class FakeDiscord:
    """A fake Discord server; ``async with`` starts it on an ephemeral loopback port.

    ``*_intent_allowed`` say whether the application has the privileged intent enabled: asking
    for one that is not makes the gateway close with 4014, as Discord does.
    ``interaction_deadline`` is how long an interaction can wait for its callback (Discord: 3 s).
    ``echo_bot_messages`` dispatches MESSAGE_CREATE for messages the bot sends, as Discord does.
    ``spread_sessions`` lets several sessions (bot processes) be connected at once, each event
    going to one of them; ``broadcast_sessions`` lets them be connected at once with every
    message and interaction going to each of them (unsharded sessions of one bot).
    ``nonce_window`` is how long (seconds) a nonce sent with ``enforce_nonce`` keeps a second
    message from being created (Discord: "a few minutes").
    ``rest_latency`` (seconds) delays every REST answer, as the way to Discord and back does.
    """

    def __init__(
        self,
        *,
        message_content_intent_allowed: bool = True,
        members_intent_allowed: bool = True,
        presences_intent_allowed: bool = True,
        token: str = DEFAULT_TOKEN,
        guild_name: str = "VET Trainers Europe",
        heartbeat_interval_ms: int = 41_250,
        interaction_deadline: float = 3.0,
        echo_bot_messages: bool = True,
        spread_sessions: bool = False,
        broadcast_sessions: bool = False,
        nonce_window: float = 300.0,
        rest_latency: float = 0.0,
    ) -> None:
        allowed = 0
        flags = 0
        if message_content_intent_allowed:
            allowed |= Intent.MESSAGE_CONTENT
            flags |= _FLAG_MESSAGE_CONTENT_LIMITED
        if members_intent_allowed:
            allowed |= Intent.GUILD_MEMBERS
            flags |= _FLAG_MEMBERS_LIMITED
        if presences_intent_allowed:
            allowed |= Intent.GUILD_PRESENCES
            flags |= _FLAG_PRESENCE_LIMITED
        self.token = token
        self.world = World(guild_name=guild_name, application_flags=flags)
        self._general = self.world.add_text_channel("general")
        self._signal = ChangeSignal()
        self._log = RequestLog(self._signal)
        self._port: int | None = None
        self._runner: web.AppRunner | None = None
        self.gateway = Gateway(
            world=self.world,
            signal=self._signal,
            token=token,
            allowed_privileged=allowed,
            heartbeat_interval_ms=heartbeat_interval_ms,
            resume_gateway_url=lambda: self.resume_gateway_url,
            spread=spread_sessions,
            broadcast=broadcast_sessions,
        )
        self._rest = RestApi(
            world=self.world,
            gateway=self.gateway,
            log=self._log,
            token=token,
            interaction_deadline=interaction_deadline,
            echo_bot_messages=echo_bot_messages,
            gateway_url=lambda: self.gateway_url,
            nonce_window=nonce_window,
            latency=rest_latency,
        )

    # -- lifecycle --------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._rest.middleware])
        app.add_routes(self._rest.routes())
        app.router.add_get(GATEWAY_PATH, self.gateway.handle)
        app.router.add_get(RESUME_PATH, self.gateway.handle)
        runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _base(self, scheme: str) -> str:
        if self._port is None:
            raise RuntimeError("the fake Discord is not running; use `async with FakeDiscord()`")
        return f"{scheme}://127.0.0.1:{self._port}"

    @property
    def api_base(self) -> str:
        """The REST base to give discord.py, ``http://127.0.0.1:PORT/api/v10``."""
        return self._base("http") + "/api/v10"

    @property
    def gateway_url(self) -> str:
        """The gateway URL to give discord.py (also what GET /gateway/bot returns)."""
        return self._base("ws") + GATEWAY_PATH

    @property
    def resume_gateway_url(self) -> str:
        """The ``resume_gateway_url`` READY names; a RESUME arrives here."""
        return self._base("ws") + RESUME_PATH

    # -- the world --------------------------------------------------------------------------

    @property
    def bot_user(self) -> FakeUser:
        """The bot's own user."""
        return self.world.bot

    @property
    def application_id(self) -> int:
        """The application id (the bot user's id, as for applications created today)."""
        return self.world.application_id

    @property
    def guild_id(self) -> int:
        """The id of the first guild."""
        return self.world.guild_id

    @property
    def channel_id(self) -> int:
        """The id of the guild's ``general`` text channel."""
        return self._general.id

    def add_guild(self, name: str, *, shard: tuple[int, int] | None = None) -> FakeGuild:
        """A new guild the bot is a member of, without channels yet; with ``shard`` (shard id,
        shard count), one that shard serves."""
        return self.world.add_guild(name, shard=shard)

    def add_user(
        self,
        username: str,
        *,
        roles: Sequence[FakeRole] = (),
        bot: bool = False,
        guild_id: int | None = None,
    ) -> FakeUser:
        """A new member of a guild (default: the first) holding ``roles`` (that guild's)."""
        return self.world.add_member(
            username, bot=bot, roles=tuple(role.id for role in roles), guild_id=guild_id
        )

    def join(self, user: FakeUser, guild_id: int, *, roles: Sequence[FakeRole] = ()) -> None:
        """Make ``user`` a member of another guild too, holding ``roles`` (that guild's)."""
        self.world.join(user.id, roles=tuple(role.id for role in roles), guild_id=guild_id)

    def add_role(self, name: str, *, permissions: int = 0, guild_id: int | None = None) -> FakeRole:
        """A new role in a guild (default: the first)."""
        return self.world.add_role(name, permissions=permissions, guild_id=guild_id)

    def add_text_channel(self, name: str, *, guild_id: int | None = None) -> FakeChannel:
        """A new text channel in a guild (default: the first)."""
        return self.world.add_text_channel(name, guild_id=guild_id)

    def dm_channel_id(self, user: FakeUser) -> int:
        """The id of the DM channel between the bot and ``user`` (created if needed)."""
        return self.world.dm_channel_for(user.id).id

    def close_dms(self, user: FakeUser) -> None:
        """Make sending to ``user``'s DM channel fail with 403/50007, as when DMs are closed."""
        self.world.closed_dms.add(user.id)

    def messages_in(self, channel_id: int) -> list[Json]:
        """Messages stored for a channel (injected and sent by the bot), oldest first."""
        return self.world.messages_in(channel_id)

    def message(self, message_id: int) -> Json | None:
        """A stored message (with edits applied), or None if unknown or deleted."""
        return self.world.messages.get(message_id)

    def attachment_content(self, attachment_id: int | str) -> bytes:
        """The bytes uploaded for an attachment of a message the bot sent."""
        return self.world.attachment_files[int(attachment_id)]

    @property
    def reactions(self) -> list[tuple[int, int, str]]:
        """Reactions the bot added: (channel id, message id, emoji as in the URL, decoded)."""
        return list(self.world.reactions)

    @property
    def global_commands(self) -> list[Json]:
        """The global commands as last bulk-overwritten, with their ids."""
        return list(self.world.global_commands)

    def guild_commands(self, guild_id: int | None = None) -> list[Json]:
        """A guild's (default: the first's) commands as last bulk-overwritten, with their ids."""
        return list(self.world.guild_commands.get(guild_id or self.guild_id, []))

    # -- REST recording ---------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every REST request so far, oldest first, with the status the fake answered."""
        return self._log.requests

    async def wait_for_request(
        self, method: str, path: RequestMatcher, *, timeout: float = 5.0
    ) -> RecordedRequest:
        """The earliest request with ``method`` whose path fully matches the regex ``path`` (or
        that satisfies the predicate ``path``) not returned by an earlier call; waits for it."""
        return await self._log.wait_for(method, path, timeout=timeout)

    def rate_limit_next(
        self,
        method: str,
        path_regex: str,
        *,
        times: int = 1,
        retry_after: float = 0.2,
        global_: bool = False,
    ) -> None:
        """Answer the next ``times`` matching requests with a 429 (recorded like any other)."""
        self._log.add_rate_limit(
            RateLimitRule(
                method=method,
                path_regex=path_regex,
                times=times,
                retry_after=retry_after,
                global_=global_,
            )
        )

    # -- gateway ----------------------------------------------------------------------------

    @property
    def identifies(self) -> list[IdentifyRecord]:
        """Every IDENTIFY received, oldest first."""
        return list(self.gateway.identifies)

    @property
    def resumes(self) -> int:
        """How many RESUMEs succeeded."""
        return self.gateway.resumes

    async def wait_until_ready(
        self, *, identifies: int = 1, timeout: float = 5.0
    ) -> IdentifyRecord:
        """Wait until ``identifies`` IDENTIFYs arrived and the latest session got READY and
        GUILD_CREATE; returns its IDENTIFY."""

        def probe() -> IdentifyRecord | None:
            session = self.gateway.session
            if len(self.gateway.identifies) < identifies or session is None or not session.ready:
                return None
            return session.identify

        return await self._signal.wait_for(probe, timeout=timeout, what="ready session")

    async def wait_for_live_sessions(self, count: int, *, timeout: float = 5.0) -> None:
        """Wait until exactly ``count`` sessions are connected and ready (``spread_sessions``)."""

        def probe() -> bool | None:
            return True if self.gateway.live_sessions == count else None

        await self._signal.wait_for(probe, timeout=timeout, what=f"{count} live session(s)")

    async def wait_for_resume(self, *, total: int = 1, timeout: float = 5.0) -> None:
        """Wait until ``total`` RESUMEs have succeeded."""

        def probe() -> bool | None:
            return True if self.gateway.resumes >= total else None

        await self._signal.wait_for(probe, timeout=timeout, what=f"{total} resume(s)")

    async def dispatch(self, event: str, data: Json) -> int | None:
        """Send any dispatch event (raw); returns its sequence number."""
        return await self.gateway.dispatch(event, data)

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT; the bot resumes and gets what was dispatched meanwhile."""
        await self.gateway.send_reconnect()

    async def send_invalid_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION."""
        await self.gateway.send_invalid_session(resumable=resumable)

    async def send_message(
        self,
        channel_id: int,
        author: FakeUser,
        content: str,
        *,
        mentions_bot: bool = False,
        member_roles: Sequence[FakeRole | int] | None = None,
        reply_to: int | None = None,
    ) -> int:
        """Inject a message from ``author``; returns its id.

        ``mentions_bot`` puts ``<@BOT_ID> `` before ``content`` unless it already holds the
        mention (content holding it counts as a mention either way). ``member_roles`` (roles or
        role ids) overrides the author's roles on this message's ``member``. In a guild channel
        the author must be a member of that guild. The bot gets the
        message as Discord would show it to its intents (see ``dispatch_message_create``).
        """
        channel = self.world.channels.get(channel_id)
        if channel is None:
            raise ValueError(f"unknown channel {channel_id}")
        if channel.guild_id is not None and not self.world.is_member(author.id, channel.guild_id):
            raise ValueError(f"{author.username} is not a member of guild {channel.guild_id}")
        markup = (self.bot_user.mention, f"<@!{self.bot_user.id}>")
        mentioned = mentions_bot or any(m in content for m in markup)
        if mentions_bot and not any(m in content for m in markup):
            content = f"{self.bot_user.mention} {content}"
        body: Json = {}
        if reply_to is not None:
            body["message_reference"] = {"message_id": reply_to, "channel_id": channel_id}
        message = self.world.message_payload(
            channel=channel,
            author=author,
            content=content,
            mentions=(self.bot_user,) if mentioned else (),
            member_roles=None
            if member_roles is None
            else tuple(r if isinstance(r, int) else r.id for r in member_roles),
            body=body,
        )
        await self.gateway.dispatch_message_create(message)
        return int(message["id"])

    # -- interactions -----------------------------------------------------------------------

    async def _send_interaction(
        self,
        kind: int,
        *,
        user: FakeUser,
        channel_id: int,
        data: Json,
        message: Json | None = None,
    ) -> SentInteraction:
        if channel_id not in self.world.channels:
            raise ValueError(f"unknown channel {channel_id}")
        state = InteractionState(
            id=self.world.snowflakes.next(),
            token=secrets.token_urlsafe(48),
            type=kind,
            channel_id=channel_id,
            user_id=user.id,
            created=time.monotonic(),
            component_message_id=None if message is None else int(message["id"]),
        )
        self.world.interactions[state.id] = state
        payload = interaction_payload(self.world, state, data=data, message=message)
        await self.gateway.dispatch_interaction_create(payload)
        return SentInteraction(
            id=state.id, token=state.token, type=kind, channel_id=channel_id, user_id=user.id
        )

    async def send_slash_command(
        self,
        name: str,
        *,
        user: FakeUser,
        options: Options | None = None,
        channel_id: int | None = None,
    ) -> SentInteraction:
        """Inject a slash-command interaction (type 2) for the command ``name``."""
        channel_id = channel_id or self.channel_id
        data = command_data(self.world, name, options, guild_id=self._guild_of(channel_id))
        return await self._send_interaction(
            APPLICATION_COMMAND, user=user, channel_id=channel_id, data=data
        )

    async def send_autocomplete(
        self,
        name: str,
        *,
        user: FakeUser,
        focused: str,
        value: str,
        options: Options | None = None,
        channel_id: int | None = None,
    ) -> SentInteraction:
        """Inject an autocomplete interaction (type 4): the user typed ``value`` in ``focused``."""
        channel_id = channel_id or self.channel_id
        data = command_data(
            self.world, name, options, focused=(focused, value), guild_id=self._guild_of(channel_id)
        )
        return await self._send_interaction(
            AUTOCOMPLETE, user=user, channel_id=channel_id, data=data
        )

    async def send_button_click(
        self, message_id: int, custom_id: str, *, user: FakeUser
    ) -> SentInteraction:
        """Inject a button click (interaction type 3, component type 2) on a stored message."""
        message = self.world.messages.get(message_id)
        if message is None:
            raise ValueError(f"unknown message {message_id}")
        data: Json = {"custom_id": custom_id, "component_type": BUTTON}
        shown = {key: value for key, value in message.items() if key != "member"}
        return await self._send_interaction(
            MESSAGE_COMPONENT,
            user=user,
            channel_id=int(message["channel_id"]),
            data=data,
            message=shown,
        )

    async def wait_for_interaction_response(
        self, interaction: SentInteraction, *, timeout: float = 5.0
    ) -> RecordedRequest:
        """The bot's callback (POST /interactions/ID/TOKEN/callback) to ``interaction``."""
        path = f"/interactions/{interaction.id}/{interaction.token}/callback"
        return await self.wait_for_request("POST", lambda r: r.path == path, timeout=timeout)

    def _guild_of(self, channel_id: int) -> int | None:
        channel = self.world.channels.get(channel_id)
        if channel is None:
            raise ValueError(f"unknown channel {channel_id}")
        return channel.guild_id
