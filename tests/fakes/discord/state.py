"""The fake Discord's world and the wire shapes it is described in.

Guilds (one at first, more with ``add_guild``), each with its text channels, roles and members
(a user may be a member of several, with other roles in each); direct-message channels; threads;
the messages
the bot and the injected users wrote; the application commands the bot registered; and the
interactions the tests sent. Everything here is plain data plus the functions that render it as
the JSON payloads Discord's API v10 sends — the shapes discord.py's models read (``discord/types``
names every key; the ones discord.py indexes without a default are always present).

The world is mutated only by the REST handlers and the injection methods of ``FakeDiscord``, all
on the one event loop, so it needs no locking.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Upload:
    """A file part of a multipart request (``files[N]``): its name, media type and bytes."""

    field: str
    filename: str
    content_type: str
    content: bytes


DISCORD_EPOCH_MS = 1_420_070_400_000

# Permission bits (Discord's permission flags) granted to @everyone in a fake guild: enough for
# a bot to read, answer, react, open threads and use application commands.
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
ADD_REACTIONS = 1 << 6
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
USE_APPLICATION_COMMANDS = 1 << 31
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38
EVERYONE_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | ADD_REACTIONS
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_APPLICATION_COMMANDS
    | CREATE_PUBLIC_THREADS
    | SEND_MESSAGES_IN_THREADS
)

MESSAGE_FLAG_EPHEMERAL = 1 << 6
MESSAGE_FLAG_LOADING = 1 << 7
MAX_CONTENT_LENGTH = 2000


def now_iso() -> str:
    """The current time as Discord writes timestamps (ISO 8601 with offset)."""
    return datetime.now(UTC).isoformat()


class SnowflakeFactory:
    """Issues increasing Discord snowflakes whose embedded time is the current time."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        candidate = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        # Several ids in the same millisecond: bump the increment bits so ids stay unique and
        # ordered, as Discord's own are.
        self._last = max(candidate, self._last + 1)
        return self._last

    def skip_to(self, issued: int) -> None:
        """Count ``issued`` (made from an id of this factory) as issued: later ids are above."""
        self._last = max(self._last, issued)


class ChannelKind(IntEnum):
    """The Discord channel types the fake knows."""

    GUILD_TEXT = 0
    DM = 1
    PUBLIC_THREAD = 11
    PRIVATE_THREAD = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class FakeUser:
    """A Discord user (human or bot) known to the fake."""

    id: int
    username: str
    bot: bool = False
    global_name: str | None = None

    @property
    def mention(self) -> str:
        """The markup Discord clients put into content to mention this user."""
        return f"<@{self.id}>"

    def payload(self) -> Json:
        """The user object."""
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FakeRole:
    """A guild role; the @everyone role has the guild's id, as on Discord."""

    id: int
    name: str
    permissions: int = 0
    position: int = 0

    def payload(self) -> Json:
        """The role object."""
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": True,
            "flags": 0,
        }


@dataclass(slots=True, kw_only=True)
class FakeGuild:
    """A guild: its roles (the @everyone role has the guild's id) and its members' role ids."""

    id: int
    name: str
    owner_id: int
    joined_at: str
    roles: dict[int, FakeRole] = field(default_factory=dict)
    member_roles: dict[int, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class FakeChannel:
    """A guild text channel, a thread, or a direct-message channel."""

    id: int
    kind: ChannelKind
    name: str = ""
    guild_id: int | None = None
    parent_id: int | None = None
    position: int = 0
    recipient_id: int | None = None
    owner_id: int | None = None
    auto_archive_duration: int = 1440
    created_at: str = field(default_factory=now_iso)

    @property
    def is_dm(self) -> bool:
        """Whether this is a direct-message channel."""
        return self.kind is ChannelKind.DM

    @property
    def is_thread(self) -> bool:
        """Whether this is a thread."""
        return self.kind in (ChannelKind.PUBLIC_THREAD, ChannelKind.PRIVATE_THREAD)


@dataclass(slots=True, kw_only=True)
class InteractionState:
    """What the fake remembers of an interaction it sent, to validate the bot's answers."""

    id: int
    token: str
    type: int
    channel_id: int
    user_id: int
    created: float
    component_message_id: int | None = None
    acknowledged: bool = False
    original_message_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SentInteraction:
    """An interaction injected over the gateway; pass it to ``wait_for_interaction_response``."""

    id: int
    token: str
    type: int
    channel_id: int
    user_id: int


class World:
    """The fake's data: its guilds, channels, roles, members, messages and commands.

    The first guild (``guild_id``) is the default of every method taking a ``guild_id``.
    """

    def __init__(self, *, guild_name: str, application_flags: int) -> None:
        self.snowflakes = SnowflakeFactory()
        self.application_flags = application_flags
        self.users: dict[int, FakeUser] = {}
        self.bot = self._new_user("vetbot", bot=True)
        self.owner = self._new_user("guild-owner")
        self.application_id = self.bot.id
        self.guilds: dict[int, FakeGuild] = {}
        self.guild_id = self.add_guild(guild_name).id
        self.channels: dict[int, FakeChannel] = {}
        self.dm_by_user: dict[int, int] = {}
        self.closed_dms: set[int] = set()
        self.messages: dict[int, Json] = {}
        self.attachment_files: dict[int, bytes] = {}  # attachment id -> the bytes uploaded
        #: (author id, nonce) -> (message id, monotonic time created), for ``enforce_nonce``.
        self.nonces: dict[tuple[int, str], tuple[int, float]] = {}
        self.reactions: list[tuple[int, int, str]] = []
        self.global_commands: list[Json] = []
        self.guild_commands: dict[int, list[Json]] = {}
        self.command_ids: dict[tuple[int | None, int, str], int] = {}
        self.interactions: dict[int, InteractionState] = {}

    # -- building the world ---------------------------------------------------------------

    def _new_user(self, username: str, *, bot: bool = False) -> FakeUser:
        user = FakeUser(id=self.snowflakes.next(), username=username, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(self, name: str, *, shard: tuple[int, int] | None = None) -> FakeGuild:
        """Create a guild the bot is in (owned by the same owner), with its @everyone role;
        with ``shard`` (shard id, shard count), one whose events Discord sends to that shard
        (``(guild_id >> 22) % count == id``)."""
        guild_id = self.snowflakes.next()
        if shard is not None:
            wanted, count = shard
            stamp = guild_id >> 22
            stamp += (wanted - stamp % count) % count
            guild_id = (stamp << 22) | (guild_id & ((1 << 22) - 1))
            self.snowflakes.skip_to(guild_id)
        guild = FakeGuild(
            id=guild_id,
            name=name,
            owner_id=self.owner.id,
            joined_at=now_iso(),
            roles={
                guild_id: FakeRole(id=guild_id, name="@everyone", permissions=EVERYONE_PERMISSIONS)
            },
            member_roles={self.bot.id: (), self.owner.id: ()},
        )
        self.guilds[guild_id] = guild
        return guild

    def guild(self, guild_id: int | None = None) -> FakeGuild:
        """The guild with this id (the first one by default); ``KeyError`` if unknown."""
        return self.guilds[self.guild_id if guild_id is None else guild_id]

    @property
    def guild_name(self) -> str:
        return self.guild().name

    @property
    def roles(self) -> dict[int, FakeRole]:
        """The first guild's roles."""
        return self.guild().roles

    @property
    def member_roles(self) -> dict[int, tuple[int, ...]]:
        """The first guild's members and their role ids."""
        return self.guild().member_roles

    def add_member(
        self,
        username: str,
        *,
        bot: bool,
        roles: tuple[int, ...],
        guild_id: int | None = None,
    ) -> FakeUser:
        """Create a user and make them a member of the guild holding ``roles``."""
        user = self._new_user(username, bot=bot)
        self.join(user.id, roles=roles, guild_id=guild_id)
        return user

    def join(self, user_id: int, *, roles: tuple[int, ...], guild_id: int | None = None) -> None:
        """Make a known user a member of a(nother) guild, holding that guild's ``roles``."""
        guild = self.guild(guild_id)
        unknown = [role for role in roles if role not in guild.roles]
        if unknown:
            raise ValueError(
                f"unknown role ids {unknown} in guild {guild.id}; create roles with add_role first"
            )
        guild.member_roles[user_id] = roles

    def is_member(self, user_id: int, guild_id: int) -> bool:
        """Whether the user is a member of the guild."""
        return user_id in self.guild(guild_id).member_roles

    def add_role(self, name: str, *, permissions: int, guild_id: int | None = None) -> FakeRole:
        """Create a role in a guild, above its existing ones."""
        guild = self.guild(guild_id)
        role = FakeRole(
            id=self.snowflakes.next(), name=name, permissions=permissions, position=len(guild.roles)
        )
        guild.roles[role.id] = role
        return role

    def add_text_channel(self, name: str, *, guild_id: int | None = None) -> FakeChannel:
        """Create a text channel in a guild."""
        guild = self.guild(guild_id)
        position = sum(
            1
            for c in self.channels.values()
            if c.kind is ChannelKind.GUILD_TEXT and c.guild_id == guild.id
        )
        channel = FakeChannel(
            id=self.snowflakes.next(),
            kind=ChannelKind.GUILD_TEXT,
            name=name,
            guild_id=guild.id,
            position=position,
        )
        self.channels[channel.id] = channel
        return channel

    def add_thread(
        self,
        *,
        parent_id: int,
        name: str,
        kind: ChannelKind,
        auto_archive_duration: int = 1440,
        thread_id: int | None = None,
    ) -> FakeChannel:
        """Create a thread under a guild text channel (``thread_id`` = starter message id), in
        that channel's guild."""
        thread = FakeChannel(
            id=thread_id if thread_id is not None else self.snowflakes.next(),
            kind=kind,
            name=name,
            guild_id=self.channels[parent_id].guild_id,
            parent_id=parent_id,
            owner_id=self.bot.id,
            auto_archive_duration=auto_archive_duration,
        )
        self.channels[thread.id] = thread
        return thread

    def dm_channel_for(self, user_id: int) -> FakeChannel:
        """The direct-message channel between the bot and ``user_id``, created on first use."""
        existing = self.dm_by_user.get(user_id)
        if existing is not None:
            return self.channels[existing]
        channel = FakeChannel(id=self.snowflakes.next(), kind=ChannelKind.DM, recipient_id=user_id)
        self.channels[channel.id] = channel
        self.dm_by_user[user_id] = channel.id
        return channel

    def permissions_of(self, user_id: int, guild_id: int | None = None) -> int:
        """The guild-level permissions of a member (all bits for the owner)."""
        guild = self.guild(guild_id)
        if user_id == guild.owner_id:
            return (1 << 53) - 1
        bits = guild.roles[guild.id].permissions
        for role_id in guild.member_roles.get(user_id, ()):
            bits |= guild.roles[role_id].permissions
        return bits

    # -- wire shapes ----------------------------------------------------------------------

    def member_payload(
        self,
        user_id: int,
        *,
        roles: tuple[int, ...] | None = None,
        with_user: bool = True,
        guild_id: int | None = None,
    ) -> Json:
        """The guild member object of ``user_id`` in a guild (``roles`` overrides the stored
        roles)."""
        guild = self.guild(guild_id)
        member_roles = guild.member_roles.get(user_id, ()) if roles is None else roles
        payload: Json = {
            "nick": None,
            "avatar": None,
            "roles": [str(role) for role in member_roles],
            "joined_at": guild.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            payload["user"] = self.users[user_id].payload()
        return payload

    def channel_payload(self, channel: FakeChannel) -> Json:
        """The channel object of a guild text channel, a thread or a DM channel."""
        if channel.is_dm:
            assert channel.recipient_id is not None
            return {
                "id": str(channel.id),
                "type": int(channel.kind),
                "last_message_id": None,
                "recipients": [self.users[channel.recipient_id].payload()],
                "flags": 0,
            }
        payload: Json = {
            "id": str(channel.id),
            "type": int(channel.kind),
            "guild_id": str(channel.guild_id),
            "name": channel.name,
            "position": channel.position,
            "permission_overwrites": [],
            "parent_id": None if channel.parent_id is None else str(channel.parent_id),
            "nsfw": False,
            "rate_limit_per_user": 0,
            "last_message_id": None,
            "flags": 0,
        }
        if channel.kind is ChannelKind.GUILD_TEXT:
            payload["topic"] = None
        else:
            payload.update(
                owner_id=str(channel.owner_id),
                message_count=0,
                member_count=1,
                total_message_sent=0,
                thread_metadata={
                    "archived": False,
                    "auto_archive_duration": channel.auto_archive_duration,
                    "archive_timestamp": channel.created_at,
                    "locked": False,
                    "create_timestamp": channel.created_at,
                },
            )
        return payload

    def guild_payload(self, guild_id: int | None = None) -> Json:
        """The full GUILD_CREATE payload of a guild: channels, threads, roles and all members."""
        guild = self.guild(guild_id)
        guild_channels = [c for c in self.channels.values() if c.guild_id == guild.id]
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "description": None,
            "owner_id": str(guild.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_id": None,
            "system_channel_flags": 0,
            "application_id": None,
            "features": [],
            "roles": [role.payload() for role in guild.roles.values()],
            "emojis": [],
            "stickers": [],
            "channels": [self.channel_payload(c) for c in guild_channels if not c.is_thread],
            "threads": [self.channel_payload(c) for c in guild_channels if c.is_thread],
            "members": [
                self.member_payload(user_id, guild_id=guild.id) for user_id in guild.member_roles
            ],
            "member_count": len(guild.member_roles),
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "joined_at": guild.joined_at,
        }

    def application_payload(self) -> Json:
        """The application object of GET /oauth2/applications/@me."""
        return {
            "id": str(self.application_id),
            "name": self.bot.username,
            "icon": None,
            "description": "",
            "summary": "",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.owner.payload(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": self.application_flags,
            "bot": self.bot.payload(),
            # Set, discord.py warns that interactions go to an HTTP endpoint instead.
            "interactions_endpoint_url": None,
            "approximate_guild_count": len(self.guilds),
        }

    def _attachments(
        self, channel: FakeChannel, body: Json, uploads: tuple[Upload, ...]
    ) -> list[Json]:
        """The attachment objects of a new message, from its uploaded files."""
        named = {f"files[{a.get('id')}]": a for a in body.get("attachments") or [] if "id" in a}
        out: list[Json] = []
        for upload in uploads:
            attachment_id = self.snowflakes.next()
            filename = str(named.get(upload.field, {}).get("filename") or upload.filename)
            self.attachment_files[attachment_id] = upload.content
            url = f"https://cdn.discordapp.com/attachments/{channel.id}/{attachment_id}/{filename}"
            out.append(
                {
                    "id": str(attachment_id),
                    "filename": filename,
                    "size": len(upload.content),
                    "url": url,
                    "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
                    "content_type": upload.content_type,
                }
            )
        return out

    def message_payload(
        self,
        *,
        channel: FakeChannel,
        author: FakeUser,
        content: str,
        mentions: tuple[FakeUser, ...] = (),
        member_roles: tuple[int, ...] | None = None,
        body: Json | None = None,
        webhook_id: int | None = None,
        uploads: tuple[Upload, ...] = (),
    ) -> Json:
        """A new message object, stored in the world; ``body`` is what the bot sent to create it.

        ``uploads`` are the files of a multipart request; each becomes an attachment object as
        Discord returns it (named as ``body["attachments"]`` says for its ``files[N]`` part),
        its bytes kept in :attr:`attachment_files`.

        Guild messages carry ``guild_id`` and the author's ``member`` as MESSAGE_CREATE does.
        """
        body = body or {}
        message_id = self.snowflakes.next()
        reference = body.get("message_reference")
        payload: Json = {
            "id": str(message_id),
            "channel_id": str(channel.id),
            "author": author.payload(),
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [self._mentioned(user, channel) for user in mentions],
            "mention_roles": [],
            "attachments": self._attachments(channel, body, uploads),
            "embeds": list(body.get("embeds") or []),
            "components": list(body.get("components") or []),
            "pinned": False,
            "type": 19 if reference else 0,
            "flags": int(body.get("flags") or 0),
        }
        if body.get("nonce") is not None:
            payload["nonce"] = str(body["nonce"])
            self.nonces[(author.id, payload["nonce"])] = (message_id, time.monotonic())
        if webhook_id is not None:
            payload["webhook_id"] = str(webhook_id)
            payload["application_id"] = str(self.application_id)
        if channel.guild_id is not None:
            payload["guild_id"] = str(channel.guild_id)
            payload["member"] = self.member_payload(
                author.id, roles=member_roles, with_user=False, guild_id=channel.guild_id
            )
        if reference:
            payload["message_reference"] = {
                "type": 0,
                "message_id": str(reference.get("message_id")),
                "channel_id": str(reference.get("channel_id", channel.id)),
            }
            payload["referenced_message"] = self.messages.get(int(reference.get("message_id", 0)))
        self.messages[message_id] = payload
        return payload

    def message_with_nonce(self, author_id: int, nonce: str, *, within: float) -> Json | None:
        """The stored message ``author_id`` created with ``nonce`` less than ``within`` seconds
        ago (None if there is none, it is older, or it was deleted)."""
        found = self.nonces.get((author_id, nonce))
        if found is None or time.monotonic() - found[1] > within:
            return None
        return self.messages.get(found[0])

    def _mentioned(self, user: FakeUser, channel: FakeChannel) -> Json:
        mentioned = user.payload()
        if channel.guild_id is not None and self.is_member(user.id, channel.guild_id):
            mentioned["member"] = self.member_payload(
                user.id, with_user=False, guild_id=channel.guild_id
            )
        return mentioned

    def messages_in(self, channel_id: int) -> list[Json]:
        """The stored messages of a channel, oldest first."""
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    def register_commands(self, guild_id: int | None, commands: list[Json]) -> list[Json]:
        """Bulk-overwrite the global (``guild_id`` None) or guild commands; returns them with ids.

        A command keeps its id across overwrites while its name and type stay, as on Discord.
        """
        stored: list[Json] = []
        for command in commands:
            kind = int(command.get("type", 1))
            key = (guild_id, kind, str(command["name"]))
            command_id = self.command_ids.setdefault(key, self.snowflakes.next())
            entry: Json = {
                "type": kind,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "dm_permission": True,
                "nsfw": False,
                **command,
                "id": str(command_id),
                "application_id": str(self.application_id),
                "version": str(self.snowflakes.next()),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        if guild_id is None:
            self.global_commands = stored
        else:
            self.guild_commands[guild_id] = stored
        return stored

    def command_id(self, name: str, *, kind: int = 1, guild_id: int | None = None) -> int:
        """The id of a registered command (the guild's commands first), or a fresh id if
        unknown."""
        for scope in (self.guild_id if guild_id is None else guild_id, None):
            found = self.command_ids.get((scope, kind, name))
            if found is not None:
                return found
        return self.snowflakes.next()
