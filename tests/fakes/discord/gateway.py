"""The fake gateway: the websocket half of Discord, as discord.py's ``DiscordWebSocket`` uses it.

A connection gets HELLO; IDENTIFY starts a new session (READY naming every guild as
unavailable, then one GUILD_CREATE per guild); RESUME
re-attaches a known session, replays every dispatch with a sequence number above the one the
client sent, then sends RESUMED. Every dispatch carries the session's next sequence number and is
kept in the session's log, so dispatches made while the bot is between connections (after op 7
RECONNECT) are delivered on resume — as Discord does.

Sessions: by default one at a time, the latest IDENTIFY taking over (what a single bot process
needs). With ``spread`` several sessions live side by side, as when several processes run one
bot, and each event goes to exactly one of the connected sessions, in turn — as Discord's
shards split a bot's events between them. An event routed to a session whose process died
(its socket closed, or not yet noticed) is lost with it unless that session resumes. With
``broadcast`` several sessions live side by side too, but each message and interaction goes
to every connected one — as Discord does for several unsharded sessions of one bot (replicas
of one bot, each identifying without ``shard``).

Shards: a session that identifies with ``shard: [id, count]`` lives beside the sessions of the
other shards (a newer IDENTIFY of the same shard replaces it); READY and GUILD_CREATE name only
the guilds of its shard, ``(guild_id >> 22) % count == id``, and each guild's events go to the
session of its shard (messages and interactions), direct messages to shard 0 — as Discord
routes them.

Transport compression: discord.py always connects with ``compress=zlib-stream`` (or
``zstd-stream`` when the ``zstandard`` package or Python 3.14's ``compression.zstd`` is
importable) and has no option to turn it off. For ``zlib-stream`` the fake compresses every
payload with one zlib stream per connection, each ending in a Z_SYNC_FLUSH, exactly as Discord
does. For anything else it sends plain text frames, which discord.py also accepts (it only
decompresses binary frames).

Close codes the fake uses, as Discord: 4002 undecodable payload, 4004 wrong token, 4014
disallowed (privileged, not enabled for the application) intents.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import IntFlag
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.discord.recording import ChangeSignal
from tests.fakes.discord.state import Json, World

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11


class Intent(IntFlag):
    """The gateway intents the fake looks at (Discord's bit values)."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15


PRIVILEGED_INTENTS = Intent.GUILD_MEMBERS | Intent.GUILD_PRESENCES | Intent.MESSAGE_CONTENT


@dataclass(frozen=True, slots=True, kw_only=True)
class IdentifyRecord:
    """An IDENTIFY the bot sent."""

    intents: int
    token: str
    properties: Mapping[str, Any]
    shard: tuple[int, int] | None

    def has(self, intent: Intent) -> bool:
        """Whether the bot asked for ``intent``."""
        return bool(self.intents & intent)


@dataclass(frozen=True, slots=True, kw_only=True)
class ConnectionRecord:
    """A websocket connection the bot opened: which URL path, query and compression."""

    path: str
    query: Mapping[str, str]
    compression: str | None


class _Connection:
    """One open websocket, with its transport compression."""

    def __init__(self, ws: web.WebSocketResponse, compression: str | None) -> None:
        self.ws = ws
        # zlib-stream: one compression context for the connection's whole life, flushed with
        # Z_SYNC_FLUSH after each payload so the client sees the 00 00 ff ff suffix it waits for.
        self._zlib = zlib.compressobj() if compression == "zlib-stream" else None

    async def send(self, payload: Json) -> bool:
        """Send a payload; False if the socket is already gone."""
        text = json.dumps(payload)
        try:
            if self._zlib is not None:
                data = self._zlib.compress(text.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(data)
            else:
                await self.ws.send_str(text)
        except ConnectionError:
            return False
        return True


class GatewaySession:
    """A gateway session: its intents, sequence counter, dispatch log and current connection."""

    def __init__(self, identify: IdentifyRecord) -> None:
        self.session_id = uuid.uuid4().hex
        self.identify = identify
        self.seq = 0
        self.log: list[Json] = []
        self.connection: _Connection | None = None
        self.ready = False

    @property
    def intents(self) -> int:
        """The intents the session was identified with."""
        return self.identify.intents


class Gateway:
    """Serves the websocket, keeps the session and counts what the bot did on it."""

    def __init__(
        self,
        *,
        world: World,
        signal: ChangeSignal,
        token: str,
        allowed_privileged: int,
        heartbeat_interval_ms: int,
        resume_gateway_url: Callable[[], str],
        spread: bool = False,
        broadcast: bool = False,
    ) -> None:
        self._world = world
        self._signal = signal
        self._token = token
        self._allowed_privileged = allowed_privileged
        self._heartbeat_interval_ms = heartbeat_interval_ms
        self._resume_gateway_url = resume_gateway_url
        self._open: set[_Connection] = set()
        #: The latest identified session.
        self.session: GatewaySession | None = None
        #: With ``spread``: every identified session, oldest first (else just the latest).
        self.sessions: list[GatewaySession] = []
        self.spread = spread or broadcast
        self.broadcast = broadcast
        self._turn = 0
        self.connections: list[ConnectionRecord] = []
        self.identifies: list[IdentifyRecord] = []
        self.received: list[Json] = []
        self.resumes = 0
        self.heartbeats = 0
        self.closes: list[int] = []

    # -- the websocket --------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """aiohttp handler for the gateway and resume URLs."""
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        compression = request.query.get("compress")
        self.connections.append(
            ConnectionRecord(path=request.path, query=dict(request.query), compression=compression)
        )
        connection = _Connection(ws, compression)
        self._open.add(connection)
        self._signal.notify()
        try:
            await connection.send(
                {"op": OP_HELLO, "d": {"heartbeat_interval": self._heartbeat_interval_ms}}
            )
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                try:
                    payload = json.loads(message.data)
                except ValueError:
                    await self._close(connection, 4002, "Error while decoding payload.")
                    break
                self.received.append(payload)
                await self._on_payload(connection, payload)
        finally:
            self._open.discard(connection)
            for session in self.sessions:
                if session.connection is connection:
                    session.connection = None
            self._signal.notify()
        return ws

    async def _on_payload(self, connection: _Connection, payload: Json) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if not isinstance(data, dict):
            data = {}
        if op == OP_HEARTBEAT:
            self.heartbeats += 1
            await connection.send({"op": OP_HEARTBEAT_ACK, "d": None})
        elif op == OP_IDENTIFY:
            await self._identify(connection, data)
        elif op == OP_RESUME:
            await self._resume(connection, data)
        elif op == OP_REQUEST_GUILD_MEMBERS:
            await self._send_members_chunk(connection, data)
        # Presence (3) and voice state (4) updates are only recorded in ``received``.

    async def _identify(self, connection: _Connection, data: Json) -> None:
        shard = data.get("shard")
        identify = IdentifyRecord(
            intents=int(data.get("intents", 0)),
            token=str(data.get("token")),
            properties=data.get("properties") or {},
            shard=(int(shard[0]), int(shard[1])) if shard else None,
        )
        self.identifies.append(identify)
        if identify.token != self._token:
            await self._close(connection, 4004, "Authentication failed.")
            return
        if identify.intents & PRIVILEGED_INTENTS & ~self._allowed_privileged:
            await self._close(connection, 4014, "Disallowed intent(s).")
            return
        session = GatewaySession(identify)
        self.session = session
        if identify.shard is not None:
            others = [s for s in self.sessions if s.identify.shard not in (None, identify.shard)]
            self.sessions = [*others, session]
        else:
            self.sessions = [*self.sessions, session] if self.spread else [session]
        session.connection = connection
        world = self._world
        guilds = [g for g in world.guilds if _in_shard(g, identify.shard)]
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": {**world.bot.payload(), "verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(guild_id), "unavailable": True} for guild_id in guilds],
                "session_id": session.session_id,
                "session_type": "normal",
                "resume_gateway_url": self._resume_gateway_url(),
                "application": {"id": str(world.application_id), "flags": world.application_flags},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "geo_ordered_rtc_regions": [],
                **({"shard": list(identify.shard)} if identify.shard is not None else {}),
            },
            session=session,
        )
        for guild_id in guilds:
            guild = world.guild_payload(guild_id)
            if not identify.has(Intent.GUILD_MEMBERS):
                # Without the members intent Discord lists only the bot itself (and members
                # in voice, which the fake has none of).
                bot_id = str(world.bot.id)
                guild["members"] = [m for m in guild["members"] if m["user"]["id"] == bot_id]
            await self.dispatch("GUILD_CREATE", guild, required=Intent.GUILDS, session=session)
        session.ready = True
        self._signal.notify()

    async def _resume(self, connection: _Connection, data: Json) -> None:
        session = next((s for s in self.sessions if s.session_id == data.get("session_id")), None)
        if session is None or data.get("token") != self._token:
            await connection.send({"op": OP_INVALID_SESSION, "d": False})
            return
        session.connection = connection
        last_seen = data.get("seq") or 0
        for payload in session.log:
            if payload["s"] > last_seen:
                await connection.send(payload)
        await self.dispatch("RESUMED", {}, session=session)
        self.resumes += 1
        self._signal.notify()

    async def _send_members_chunk(self, connection: _Connection, data: Json) -> None:
        world = self._world
        guild = world.guilds.get(int(data.get("guild_id") or world.guild_id))
        if guild is None:
            return  # Discord ignores a request for a guild the bot is not in
        query = str(data.get("query") or "").lower()
        wanted = {int(user_id) for user_id in data.get("user_ids") or []}
        members = [
            world.member_payload(user_id, guild_id=guild.id)
            for user_id in guild.member_roles
            if (not wanted or user_id in wanted)
            and world.users[user_id].username.lower().startswith(query)
        ]
        limit = int(data.get("limit") or 0)
        chunk: Json = {
            "guild_id": str(guild.id),
            "members": members[:limit] if limit else members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        asking = next((s for s in self.sessions if s.connection is connection), None)
        await self.dispatch("GUILD_MEMBERS_CHUNK", chunk, session=asking)

    async def _close(self, connection: _Connection, code: int, reason: str) -> None:
        self.closes.append(code)
        await connection.ws.close(code=code, message=reason.encode())

    # -- what the fake drives -------------------------------------------------------------

    def current_session(self) -> GatewaySession:
        """The identified session; RuntimeError if the bot never identified."""
        if self.session is None:
            raise RuntimeError("no bot has identified on the fake gateway yet")
        return self.session

    def _route(self) -> GatewaySession:
        """The session an event goes to: the latest; with ``spread``, the connected ready
        sessions in turn (the latest when none is connected, kept for its replay)."""
        if self.spread:
            live = [s for s in self.sessions if s.connection is not None and s.ready]
            if live:
                self._turn += 1
                return live[self._turn % len(live)]
        return self.current_session()

    def _shard_session(self, guild_id: int | None) -> GatewaySession | None:
        """With shards: the session of the shard serving ``guild_id`` (shard 0 for direct
        messages); ``None`` when no session identified with a shard."""
        sharded = [s for s in self.sessions if s.identify.shard is not None]
        if not sharded:
            return None
        for session in sharded:
            shard = session.identify.shard
            assert shard is not None
            if (guild_id is None and shard[0] == 0) or (
                guild_id is not None and _in_shard(guild_id, shard)
            ):
                return session
        return sharded[0]

    @property
    def live_sessions(self) -> int:
        """How many sessions are connected and ready now."""
        return sum(1 for s in self.sessions if s.connection is not None and s.ready)

    async def dispatch(
        self,
        event: str,
        data: Json,
        *,
        required: int = 0,
        session: GatewaySession | None = None,
    ) -> int | None:
        """Send a dispatch with the session's next sequence number and keep it for replay.

        ``session`` is where it goes (default: see ``_route``). Returns the sequence number,
        or None when the session lacks the ``required`` intents (Discord does not send such
        events at all). A session between connections keeps the dispatch for the replay that
        follows its RESUME.
        """
        session = session or self._route()
        if required and (session.intents & required) != required:
            return None
        session.seq += 1
        payload: Json = {"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data}
        session.log.append(payload)
        if session.connection is not None and not await session.connection.send(payload):
            session.connection = None
        return session.seq

    async def dispatch_message_create(self, message: Json) -> int | None:
        """Dispatch MESSAGE_CREATE as Discord would show it to this session.

        Guild messages need the GUILD_MESSAGES intent and DMs DIRECT_MESSAGES, or nothing is
        sent. Without the MESSAGE_CONTENT intent, content, embeds, attachments and components
        arrive blank unless the message is a DM, mentions the bot, or is the bot's own.
        """
        in_guild = "guild_id" in message
        required = Intent.GUILD_MESSAGES if in_guild else Intent.DIRECT_MESSAGES
        sharded = self._shard_session(int(message["guild_id"]) if in_guild else None)
        if sharded is not None:
            return await self.dispatch(
                "MESSAGE_CREATE",
                self._as_seen(message, sharded.intents),
                required=required,
                session=sharded,
            )
        if self.broadcast:
            live = [s for s in self.sessions if s.connection is not None and s.ready]
            last: int | None = None
            for each in live or [self.current_session()]:
                last = await self.dispatch(
                    "MESSAGE_CREATE",
                    self._as_seen(message, each.intents),
                    required=required,
                    session=each,
                )
            return last
        session = self._route()
        return await self.dispatch(
            "MESSAGE_CREATE",
            self._as_seen(message, session.intents),
            required=required,
            session=session,
        )

    async def dispatch_interaction_create(self, interaction: Json) -> int | None:
        """Dispatch INTERACTION_CREATE where Discord sends it: with shards, to the session of
        the guild's shard (shard 0 outside guilds); with ``broadcast``, to every connected
        session (each may respond, and Discord accepts only the first response); else as
        any event."""
        guild_id = interaction.get("guild_id")
        sharded = self._shard_session(None if guild_id is None else int(guild_id))
        if sharded is not None:
            return await self.dispatch("INTERACTION_CREATE", interaction, session=sharded)
        if self.broadcast:
            live = [s for s in self.sessions if s.connection is not None and s.ready]
            last: int | None = None
            for each in live or [self.current_session()]:
                last = await self.dispatch("INTERACTION_CREATE", interaction, session=each)
            return last
        return await self.dispatch("INTERACTION_CREATE", interaction)

    def _as_seen(self, message: Json, intents: int) -> Json:
        bot_id = str(self._world.bot.id)
        visible = (
            bool(intents & Intent.MESSAGE_CONTENT)
            or "guild_id" not in message
            or message["author"]["id"] == bot_id
            or any(user["id"] == bot_id for user in message.get("mentions", []))
        )
        seen = dict(message)
        if not visible:
            seen.update(content="", embeds=[], attachments=[], components=[])
            seen.pop("poll", None)
        referenced = message.get("referenced_message")
        if referenced is not None:
            seen["referenced_message"] = self._as_seen(referenced, intents)
        return seen

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT; later dispatches wait for the RESUME that follows."""
        session = self.current_session()
        connection = session.connection
        if connection is None:
            raise RuntimeError("the bot is not connected to the fake gateway")
        # Detach first: whatever is dispatched from now on must reach the bot through the
        # replay, never the socket it is closing.
        session.connection = None
        await connection.send({"op": OP_RECONNECT, "d": None})

    async def send_invalid_session(self, *, resumable: bool) -> None:
        """Send op 9; not resumable, the session is forgotten and the bot must IDENTIFY anew."""
        session = self.current_session()
        connection = session.connection
        if connection is None:
            raise RuntimeError("the bot is not connected to the fake gateway")
        session.connection = None
        if not resumable:
            self.session = None
            self.sessions = [s for s in self.sessions if s is not session]
        await connection.send({"op": OP_INVALID_SESSION, "d": resumable})

    async def close_all(self) -> None:
        """Close every open websocket with 1001 (going away)."""
        for connection in list(self._open):
            await connection.ws.close(code=1001, message=b"fake Discord shutting down")


def _in_shard(guild_id: int, shard: tuple[int, int] | None) -> bool:
    """Whether Discord sends the events of ``guild_id`` to ``shard`` (id, count)."""
    return shard is None or (guild_id >> 22) % shard[1] == shard[0]
