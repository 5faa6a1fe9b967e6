"""The fake REST API: the HTTP half of Discord API v10 that a bot built on discord.py uses.

Served under ``/api/v10``. Every request is recorded (see ``recording``), answered with the
Discord error shapes (``{"message", "code"}``) where Discord would refuse it, and carries
``X-RateLimit-*`` headers. Scripted 429s carry a ``Via`` header and a JSON body with
``retry_after``: discord.py takes a 429 without ``Via`` for a Cloudflare ban and gives up.

Responses are built with ``Content-Type: application/json`` exactly: discord.py's
``json_or_text`` compares the header with ``==`` and would treat aiohttp's usual
``application/json; charset=utf-8`` as text.

Like Discord, the interaction callback and the interaction webhooks need no Authorization
header (the interaction token authorises them); every other route needs ``Bot <token>``.

Creating a message honours ``enforce_nonce`` as Discord does: when another message by the same
author carries the same ``nonce`` and was created within the last few minutes
(``nonce_window``), no message is created and that message is returned instead (status 200, no
MESSAGE_CREATE). Without ``enforce_nonce`` the nonce is only echoed back. A nonce longer than
25 characters is refused (50035), as on Discord.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from tests.fakes.discord.gateway import Gateway, Intent
from tests.fakes.discord.recording import RateLimitRule, RequestLog
from tests.fakes.discord.state import (
    MAX_CONTENT_LENGTH,
    MESSAGE_FLAG_EPHEMERAL,
    MESSAGE_FLAG_LOADING,
    ChannelKind,
    FakeChannel,
    FakeGuild,
    InteractionState,
    Json,
    Upload,
    World,
    now_iso,
)

API_PREFIX = "/api/v10"
_UNAUTHENTICATED = re.compile(r"/gateway|/interactions/.*|/webhooks/\d+/[^/]+(/.*)?")
_COMMAND_NAME = re.compile(r"[-_\w]{1,32}")
#: The locales Discord accepts in name_localizations and description_localizations.
LOCALES = frozenset(
    {
        *("id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu"),
        *("nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru"),
        *("uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko"),
    }
)
#: Discord's limit on a message nonce.
MAX_NONCE_LENGTH = 25

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_BODY = web.RequestKey("body", object)  # the decoded body, read once by the middleware
_UPLOADS = web.RequestKey("uploads", tuple)  # the file parts of a multipart body


class ApiError(Exception):
    """A refusal in Discord's error shape."""

    def __init__(self, status: int, code: int, message: str, errors: Json | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def response(self) -> web.Response:
        """The JSON error response."""
        body: Json = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return json_response(body, status=self.status)


def json_response(payload: Any, *, status: int = 200) -> web.Response:
    """A response whose Content-Type is exactly ``application/json`` (see module docstring)."""
    return web.Response(
        status=status,
        body=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )


def no_content() -> web.Response:
    """A 204 response."""
    return web.Response(status=204)


def _form_error(field: str, code: str, message: str) -> ApiError:
    errors = {field: {"_errors": [{"code": code, "message": message}]}}
    return ApiError(400, 50035, "Invalid Form Body", errors)


def _snowflake(request: web.Request, name: str) -> int:
    raw = request.match_info[name]
    if not raw.isdigit():
        raise _form_error(name, "NUMBER_TYPE_COERCE", f"Value {raw!r} is not snowflake.")
    return int(raw)


def _body(request: web.Request) -> Json:
    body = request.get(_BODY)
    return body if isinstance(body, dict) else {}


def _uploads(request: web.Request) -> tuple[Upload, ...]:
    return tuple(request.get(_UPLOADS, ()))


class RestApi:
    """The route handlers, over the shared world, gateway and request log."""

    def __init__(
        self,
        *,
        world: World,
        gateway: Gateway,
        log: RequestLog,
        token: str,
        interaction_deadline: float,
        echo_bot_messages: bool,
        gateway_url: Callable[[], str],
        nonce_window: float,
        latency: float = 0.0,
    ) -> None:
        self._world = world
        self._gateway = gateway
        self._log = log
        self._token = token
        self._interaction_deadline = interaction_deadline
        self._echo_bot_messages = echo_bot_messages
        self._gateway_url = gateway_url
        self._nonce_window = nonce_window
        self._latency = latency

    def routes(self) -> list[web.RouteDef]:
        """The routes, under ``API_PREFIX``."""
        table: list[tuple[str, str, Handler]] = [
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway_bot),
            ("GET", "/users/@me", self.get_me),
            ("GET", "/users/{user_id}", self.get_user),
            ("POST", "/users/@me/channels", self.create_dm),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/applications/@me", self.get_application),
            ("GET", "/channels/{channel_id}", self.get_channel),
            ("POST", "/channels/{channel_id}/typing", self.typing),
            ("POST", "/channels/{channel_id}/messages", self.create_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message),
            (
                "PUT",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.react,
            ),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.unreact,
            ),
            (
                "POST",
                "/channels/{channel_id}/messages/{message_id}/threads",
                self.thread_from_message,
            ),
            ("POST", "/channels/{channel_id}/threads", self.thread_without_message),
            ("GET", "/guilds/{guild_id}", self.get_guild),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self.get_roles),
            ("GET", "/guilds/{guild_id}/members", self.get_members),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
            ("GET", "/applications/{app_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/commands", self.put_commands),
            ("GET", "/applications/{app_id}/guilds/{guild_id}/commands", self.get_commands),
            ("PUT", "/applications/{app_id}/guilds/{guild_id}/commands", self.put_commands),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback),
            ("POST", "/webhooks/{app_id}/{token}", self.followup),
            ("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self.get_webhook_message),
            (
                "PATCH",
                "/webhooks/{app_id}/{token}/messages/{message_id}",
                self.edit_webhook_message,
            ),
            (
                "DELETE",
                "/webhooks/{app_id}/{token}/messages/{message_id}",
                self.delete_webhook_message,
            ),
        ]
        return [web.route(method, API_PREFIX + path, handler) for method, path, handler in table]

    # -- recording, authorisation, rate limits -------------------------------------------

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Record every API request; answer scripted 429s, missing auth and errors."""
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        path = request.path[len(API_PREFIX) :]
        body, uploads = await self._read_body(request)
        files = tuple(u.filename for u in uploads)
        request[_BODY] = body
        request[_UPLOADS] = uploads
        if self._latency:
            await asyncio.sleep(self._latency)
        response: web.StreamResponse
        rule = self._log.take_rate_limit(request.method, path)
        try:
            if rule is not None:
                response = self._rate_limited(rule)
            elif _UNAUTHENTICATED.fullmatch(path) is None and request.headers.get(
                "Authorization"
            ) != (f"Bot {self._token}"):
                raise ApiError(401, 0, "401: Unauthorized")
            else:
                response = await handler(request)
                self._add_ratelimit_headers(request, response)
        except ApiError as exc:
            response = exc.response()
        except web.HTTPException as exc:
            error = {"message": f"{exc.status}: {exc.reason}", "code": 0}
            response = json_response(error, status=exc.status)
        self._log.record(
            method=request.method,
            path=path,
            query=request.query,
            headers=request.headers,
            json=body,
            files=files,
            status=response.status,
        )
        return response

    @staticmethod
    async def _read_body(request: web.Request) -> tuple[Any, tuple[Upload, ...]]:
        if not request.can_read_body:
            return None, ()
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            payload = form.get("payload_json")
            uploads = tuple(
                Upload(
                    field=key,
                    filename=value.filename,
                    content_type=value.content_type,
                    content=value.file.read(),
                )
                if isinstance(value, web.FileField)
                else Upload(
                    field=key, filename=key, content_type="text/plain", content=str(value).encode()
                )
                for key, value in form.items()
                if key != "payload_json"
            )
            return (json.loads(str(payload)) if payload is not None else None), uploads
        text = await request.text()
        try:
            return (json.loads(text) if text else None), ()
        except ValueError:
            return text, ()

    @staticmethod
    def _bucket(request: web.Request) -> str:
        # One bucket per route template, as Discord's hashes are per route.
        resource = request.match_info.route.resource
        template = resource.canonical if resource is not None else request.path
        return hashlib.sha1(f"{request.method} {template}".encode()).hexdigest()[:16]

    def _add_ratelimit_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        # Plenty remaining, so discord.py never throttles itself pre-emptively.
        response.headers.update(
            {
                "X-RateLimit-Limit": "50",
                "X-RateLimit-Remaining": "49",
                "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
                "X-RateLimit-Reset-After": "1.000",
                "X-RateLimit-Bucket": self._bucket(request),
            }
        )

    @staticmethod
    def _rate_limited(rule: RateLimitRule) -> web.Response:
        response = json_response(
            {
                "message": "You are being rate limited.",
                "retry_after": rule.retry_after,
                "global": rule.global_,
            },
            status=429,
        )
        response.headers.update(
            {
                "Via": "1.1 google",
                "Retry-After": str(max(1, round(rule.retry_after))),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + rule.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{rule.retry_after:.3f}",
                "X-RateLimit-Bucket": hashlib.sha1(rule.path_regex.encode()).hexdigest()[:16],
                "X-RateLimit-Scope": "global" if rule.global_ else "user",
            }
        )
        if rule.global_:
            response.headers["X-RateLimit-Global"] = "true"
        return response

    # -- lookups ----------------------------------------------------------------------------

    def _channel(self, request: web.Request) -> FakeChannel:
        channel = self._world.channels.get(_snowflake(request, "channel_id"))
        if channel is None:
            raise ApiError(404, 10003, "Unknown Channel")
        return channel

    def _message(self, request: web.Request, channel: FakeChannel) -> Json:
        message = self._world.messages.get(_snowflake(request, "message_id"))
        if message is None or message["channel_id"] != str(channel.id):
            raise ApiError(404, 10008, "Unknown Message")
        return message

    def _guild(self, request: web.Request) -> FakeGuild:
        guild = self._world.guilds.get(_snowflake(request, "guild_id"))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        return guild

    def _check_application(self, request: web.Request) -> None:
        if _snowflake(request, "app_id") != self._world.application_id:
            raise ApiError(404, 10002, "Unknown Application")

    # -- gateway, users, application --------------------------------------------------------

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self._gateway_url()})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return json_response(
            {"url": self._gateway_url(), "shards": 1, "session_start_limit": limit}
        )

    async def get_me(self, request: web.Request) -> web.Response:
        return json_response({**self._world.bot.payload(), "verified": True, "mfa_enabled": False})

    async def get_user(self, request: web.Request) -> web.Response:
        user = self._world.users.get(_snowflake(request, "user_id"))
        if user is None:
            raise ApiError(404, 10013, "Unknown User")
        return json_response(user.payload())

    async def get_application(self, request: web.Request) -> web.Response:
        return json_response(self._world.application_payload())

    async def create_dm(self, request: web.Request) -> web.Response:
        recipient = _body(request).get("recipient_id")
        if recipient is None or int(recipient) not in self._world.users:
            raise ApiError(400, 50033, "Invalid Recipient(s)")
        channel = self._world.dm_channel_for(int(recipient))
        return json_response(self._world.channel_payload(channel))

    # -- channels and messages --------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self._world.channel_payload(self._channel(request)))

    async def typing(self, request: web.Request) -> web.Response:
        self._channel(request)
        return no_content()

    async def create_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        body = _body(request)
        if channel.is_dm and channel.recipient_id in self._world.closed_dms:
            raise ApiError(403, 50007, "Cannot send messages to this user")
        _check_message_body(body, has_files=request.content_type.startswith("multipart/"))
        reference = body.get("message_reference")
        if (
            reference
            and reference.get("fail_if_not_exists", True)
            and int(reference.get("message_id", 0)) not in self._world.messages
        ):
            raise _form_error("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown")
        nonce = _nonce(body)
        if nonce is not None and body.get("enforce_nonce"):
            earlier = self._world.message_with_nonce(
                self._world.bot.id, nonce, within=self._nonce_window
            )
            if earlier is not None:
                return json_response(_as_rest(earlier))
        message = self._world.message_payload(
            channel=channel,
            author=self._world.bot,
            content=str(body.get("content") or ""),
            body=body,
            uploads=_uploads(request),
        )
        if self._echo_bot_messages and self._gateway.session is not None:
            await self._gateway.dispatch_message_create(message)
        return json_response(_as_rest(message))

    async def get_message(self, request: web.Request) -> web.Response:
        return json_response(_as_rest(self._message(request, self._channel(request))))

    async def edit_message(self, request: web.Request) -> web.Response:
        message = self._message(request, self._channel(request))
        if message["author"]["id"] != str(self._world.bot.id):
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        _edit(message, _body(request))
        return json_response(_as_rest(message))

    async def delete_message(self, request: web.Request) -> web.Response:
        message = self._message(request, self._channel(request))
        del self._world.messages[int(message["id"])]
        return no_content()

    async def react(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        message = self._message(request, channel)
        self._world.reactions.append((channel.id, int(message["id"]), request.match_info["emoji"]))
        return no_content()

    async def unreact(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        key = (channel.id, int(self._message(request, channel)["id"]), request.match_info["emoji"])
        if key in self._world.reactions:
            self._world.reactions.remove(key)
        return no_content()

    async def thread_from_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        message = self._message(request, channel)
        if channel.kind is not ChannelKind.GUILD_TEXT:
            raise ApiError(400, 50024, "Cannot execute action on this channel type")
        if int(message["id"]) in self._world.channels:
            raise ApiError(400, 160004, "A thread has already been created for this message")
        body = _body(request)
        thread = self._world.add_thread(
            parent_id=channel.id,
            name=str(body.get("name") or ""),
            kind=ChannelKind.PUBLIC_THREAD,
            auto_archive_duration=int(body.get("auto_archive_duration") or 1440),
            thread_id=int(message["id"]),
        )
        return await self._thread_created(thread)

    async def thread_without_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel.kind is not ChannelKind.GUILD_TEXT:
            raise ApiError(400, 50024, "Cannot execute action on this channel type")
        body = _body(request)
        thread = self._world.add_thread(
            parent_id=channel.id,
            name=str(body.get("name") or ""),
            kind=ChannelKind(int(body.get("type") or ChannelKind.PRIVATE_THREAD)),
            auto_archive_duration=int(body.get("auto_archive_duration") or 1440),
        )
        return await self._thread_created(thread)

    async def _thread_created(self, thread: FakeChannel) -> web.Response:
        if not thread.name:
            raise _form_error("name", "BASE_TYPE_REQUIRED", "This field is required")
        payload = self._world.channel_payload(thread)
        if self._gateway.session is not None:
            await self._gateway.dispatch(
                "THREAD_CREATE", {**payload, "newly_created": True}, required=Intent.GUILDS
            )
        return json_response(payload)

    # -- guild ------------------------------------------------------------------------------

    async def get_guild(self, request: web.Request) -> web.Response:
        payload = self._world.guild_payload(self._guild(request).id)
        for key in ("channels", "threads", "members", "presences", "voice_states"):
            payload.pop(key)
        return json_response(payload)

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        return json_response(self._world.guild_payload(self._guild(request).id)["channels"])

    async def get_roles(self, request: web.Request) -> web.Response:
        return json_response([role.payload() for role in self._guild(request).roles.values()])

    async def get_members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        limit = int(request.query.get("limit", "1"))
        after = int(request.query.get("after", "0"))
        ids = sorted(user_id for user_id in guild.member_roles if user_id > after)
        return json_response(
            [self._world.member_payload(user_id, guild_id=guild.id) for user_id in ids[:limit]]
        )

    async def get_member(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        user_id = _snowflake(request, "user_id")
        if user_id not in guild.member_roles:
            raise ApiError(404, 10007, "Unknown Member")
        return json_response(self._world.member_payload(user_id, guild_id=guild.id))

    # -- application commands ---------------------------------------------------------------

    def _command_scope(self, request: web.Request) -> int | None:
        self._check_application(request)
        if "guild_id" not in request.match_info:
            return None
        return self._guild(request).id

    async def get_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        if scope is None:
            return json_response(self._world.global_commands)
        return json_response(self._world.guild_commands.get(scope, []))

    async def put_commands(self, request: web.Request) -> web.Response:
        scope = self._command_scope(request)
        commands = request.get(_BODY)
        if not isinstance(commands, list):
            raise _form_error("_root", "LIST_TYPE_CONVERT", "Only iterables may be used.")
        for index, command in enumerate(commands):
            _check_command(command, f"{index}")
        _check_unique_names(commands, "_root")
        return json_response(self._world.register_commands(scope, commands))

    # -- interactions -----------------------------------------------------------------------

    def _interaction_by_token(self, request: web.Request) -> InteractionState:
        self._check_application(request)
        token = request.match_info["token"]
        for interaction in self._world.interactions.values():
            if interaction.token == token:
                return interaction
        raise ApiError(404, 10015, "Unknown Webhook")

    async def interaction_callback(self, request: web.Request) -> web.Response:
        interaction = self._world.interactions.get(_snowflake(request, "interaction_id"))
        if (
            interaction is None
            or interaction.token != request.match_info["token"]
            or time.monotonic() - interaction.created > self._interaction_deadline
        ):
            raise ApiError(404, 10062, "Unknown interaction")
        if interaction.acknowledged:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        body = _body(request)
        kind = int(body.get("type", 0))
        data: Json = body.get("data") or {}
        is_autocomplete = interaction.type == 4
        if (kind == 8) != is_autocomplete or kind not in (1, 4, 5, 6, 7, 8, 9):
            raise _form_error("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Invalid type")
        message: Json | None = None
        if kind == 4:
            _check_message_body(data, has_files=request.content_type.startswith("multipart/"))
            message = self._interaction_message(interaction, data, _uploads(request))
        elif kind == 5:
            loading = {"flags": int(data.get("flags") or 0) | MESSAGE_FLAG_LOADING}
            message = self._interaction_message(interaction, loading)
        elif kind == 7 and interaction.component_message_id is not None:
            message = self._world.messages.get(interaction.component_message_id)
            if message is not None:
                _edit(message, data)
        interaction.acknowledged = True
        if message is not None and kind in (4, 5):
            interaction.original_message_id = int(message["id"])
        if request.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        flags = int(message["flags"]) if message is not None else 0
        answer: Json = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.type,
                "response_message_id": None if message is None else message["id"],
                "response_message_loading": bool(flags & MESSAGE_FLAG_LOADING),
                "response_message_ephemeral": bool(flags & MESSAGE_FLAG_EPHEMERAL),
            }
        }
        if message is not None:
            answer["resource"] = {"type": kind, "message": _as_rest(message)}
        return json_response(answer)

    def _interaction_message(
        self, interaction: InteractionState, body: Json, uploads: tuple[Upload, ...] = ()
    ) -> Json:
        return self._world.message_payload(
            channel=self._world.channels[interaction.channel_id],
            author=self._world.bot,
            content=str(body.get("content") or ""),
            body=body,
            webhook_id=self._world.application_id,
            uploads=uploads,
        )

    async def followup(self, request: web.Request) -> web.Response:
        interaction = self._interaction_by_token(request)
        body = _body(request)
        _check_message_body(body, has_files=request.content_type.startswith("multipart/"))
        return json_response(
            _as_rest(self._interaction_message(interaction, body, _uploads(request)))
        )

    def _webhook_message(self, request: web.Request) -> Json:
        interaction = self._interaction_by_token(request)
        message_id = (
            interaction.original_message_id
            if request.match_info["message_id"] == "@original"
            else _snowflake(request, "message_id")
        )
        message = self._world.messages.get(message_id) if message_id is not None else None
        if message is None:
            raise ApiError(404, 10008, "Unknown Message")
        return message

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        return json_response(_as_rest(self._webhook_message(request)))

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        _edit(message, _body(request))
        message["flags"] = int(message["flags"]) & ~MESSAGE_FLAG_LOADING
        return json_response(_as_rest(message))

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        del self._world.messages[int(message["id"])]
        return no_content()


def _as_rest(message: Json) -> Json:
    """A stored message as REST returns it (REST message objects carry no ``member``)."""
    return {key: value for key, value in message.items() if key != "member"}


def _nonce(body: Json) -> str | None:
    """The message's nonce as text (Discord takes an integer or a string), checked for length."""
    nonce = body.get("nonce")
    if nonce is None:
        return None
    text = str(nonce)
    if len(text) > MAX_NONCE_LENGTH:
        raise _form_error(
            "nonce", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_NONCE_LENGTH} or fewer in length."
        )
    return text


def _check_message_body(body: Json, *, has_files: bool) -> None:
    content = body.get("content") or ""
    if len(content) > MAX_CONTENT_LENGTH:
        raise _form_error(
            "content", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_CONTENT_LENGTH} or fewer in length."
        )
    parts = ("content", "embeds", "components", "sticker_ids", "poll", "attachments")
    if not has_files and not any(body.get(part) for part in parts):
        raise ApiError(400, 50006, "Cannot send an empty message")


def _edit(message: Json, body: Json) -> None:
    if "content" in body and len(body["content"] or "") > MAX_CONTENT_LENGTH:
        raise _form_error(
            "content", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_CONTENT_LENGTH} or fewer in length."
        )
    for key in ("content", "embeds", "components", "flags"):
        if key in body:
            message[key] = body[key] if body[key] is not None else message[key]
    message["edited_timestamp"] = now_iso()


def _check_command(command: Any, where: str) -> None:
    """Discord's main limits on a command: name pattern, description and option counts."""
    if not isinstance(command, dict):
        raise _form_error(where, "DICT_TYPE_CONVERT", "Only dictionaries may be used.")
    name = str(command.get("name", ""))
    chat_input = int(command.get("type", 1)) == 1
    if chat_input and (_COMMAND_NAME.fullmatch(name) is None or name != name.lower()):
        raise _form_error(f"{where}.name", "APPLICATION_COMMAND_INVALID_NAME", "Invalid name")
    description = str(command.get("description", ""))
    if chat_input and not 1 <= len(description) <= 100:
        raise _form_error(
            f"{where}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
        )
    _check_localizations(command, where)
    options = command.get("options") or []
    if len(options) > 25:
        raise _form_error(f"{where}.options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer.")
    _check_unique_names(options, f"{where}.options")
    for index, option in enumerate(options):
        if len(option.get("choices") or []) > 25:
            raise _form_error(
                f"{where}.options.{index}.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer."
            )
        if int(option.get("type", 3)) in (1, 2):  # subcommand / group: options nest
            _check_command({**option, "type": 1}, f"{where}.options.{index}")
        else:
            _check_command(
                {
                    "name": option.get("name"),
                    "description": option.get("description"),
                    "type": 1,
                    "name_localizations": option.get("name_localizations"),
                    "description_localizations": option.get("description_localizations"),
                },
                f"{where}.options.{index}",
            )


def _check_localizations(command: Json, where: str) -> None:
    """Localised names follow the name rules, descriptions the length; keys are locales."""
    names = command.get("name_localizations") or {}
    descriptions = command.get("description_localizations") or {}
    for field, values in (
        ("name_localizations", names),
        ("description_localizations", descriptions),
    ):
        if not isinstance(values, dict):
            raise _form_error(
                f"{where}.{field}", "DICT_TYPE_CONVERT", "Only dictionaries may be used."
            )
        for locale in values:
            if locale not in LOCALES:
                raise _form_error(f"{where}.{field}", "LOCALE_INVALID", f"Invalid locale {locale}")
    for locale, name in names.items():
        if _COMMAND_NAME.fullmatch(str(name)) is None or name != str(name).lower():
            raise _form_error(
                f"{where}.name_localizations.{locale}",
                "APPLICATION_COMMAND_INVALID_NAME",
                "Invalid name",
            )
    for locale, text in descriptions.items():
        if not 1 <= len(str(text)) <= 100:
            raise _form_error(
                f"{where}.description_localizations.{locale}",
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 100 in length.",
            )


def _check_unique_names(siblings: list[Json], where: str) -> None:
    """Sibling options (and commands of one bulk overwrite) have distinct names, in every
    locale too (a localised name counts where given, else the name)."""
    locales = {loc for s in siblings for loc in (s.get("name_localizations") or {})}
    for locale in (None, *sorted(locales)):
        seen: set[str] = set()
        for sibling in siblings:
            local = sibling.get("name_localizations") or {}
            name = str(local.get(locale, sibling.get("name")) if locale else sibling.get("name"))
            if name in seen:
                raise _form_error(
                    where, "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", f"Duplicate {name}"
                )
            seen.add(name)
