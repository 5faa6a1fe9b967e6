"""The matrix-nio side of the adapter: the client, its login, encryption upkeep and sending.

- :func:`open_client` builds an ``AsyncClient`` whose errors come back to us (nio's own
  retry-forever on 429 and on timeouts is switched off: the adapter retries itself, without
  holding up anything else), restores or creates the login, and keeps it in the data directory
  so a restart reuses the same device and end-to-end keys.
- :func:`key_upkeep` does after each sync what nio's ``sync_forever`` would: upload, query and
  claim keys and send the queued to-device messages.
- :class:`DeviceTrust` applies the ``[matrix] trust`` policy (tofu, all, none).
- :func:`send_event` sends one queued event and classifies the answer for the outgoing queue.
- :func:`invite_allowed` applies the ``[matrix] auto_join`` allow-list.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    ErrorResponse,
    KeysClaimError,
    KeysQueryError,
    KeysUploadError,
    LoginResponse,
    RoomSendResponse,
    UploadResponse,
    WhoamiResponse,
)
from nio.crypto import ENCRYPTION_ENABLED
from nio.exceptions import LocalProtocolError, OlmUnverifiedDeviceError, SendRetryError

from adapters.matrix import translate
from adapters.matrix.outgoing import (
    Outcome,
    Outgoing,
    RateLimited,
    Refused,
    Sent,
    Unreachable,
)
from adapters.matrix.settings import MatrixSettings
from adapters.matrix.state import AdapterState, Credentials
from bot.actions import Attachment
from bot.errors import ConfigError
from bot.private_files import private_dir

log = logging.getLogger(__name__)

T = TypeVar("T")

# What a dropped connection or an unreachable homeserver looks like from nio (it re-raises
# the transport's exceptions once its own retries are off).
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    TimeoutError,
    OSError,
    SendRetryError,
)


def is_unreachable(response: ErrorResponse) -> bool:
    """An error answer worth retrying later: a gateway or server failure, or no status."""
    transport = getattr(response, "transport_response", None)
    status = getattr(transport, "status", None)
    return status is None or int(status) >= 500


def retry_after(response: ErrorResponse) -> float | None:
    """Seconds to wait when ``response`` is a rate-limit refusal, else ``None``."""
    transport = getattr(response, "transport_response", None)
    if response.status_code == "M_LIMIT_EXCEEDED" or getattr(transport, "status", None) == 429:
        return (response.retry_after_ms or 1000) / 1000
    return None


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    what: str,
    stopping: Callable[[], bool],
    backoff_start: float = 0.2,
    backoff_max: float = 10.0,
) -> T:
    """Run ``call`` until it gives an answer that is not "unreachable" or "rate limited".

    Error answers the homeserver means (forbidden, unknown room) are returned to the caller;
    connection failures and 5xx are retried with exponential backoff, rate limits after the
    time the homeserver asks for. Raises ``asyncio.CancelledError`` once ``stopping()``.
    """
    backoff = backoff_start
    while True:
        if stopping():
            raise asyncio.CancelledError
        try:
            answer = await call()
        except CONNECTION_ERRORS as exc:
            log.warning("matrix: %s failed, will retry", what, extra={"reason": repr(exc)})
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, backoff_max)
            continue
        if isinstance(answer, ErrorResponse):
            wait = retry_after(answer)
            if wait is not None:
                await asyncio.sleep(wait)
                continue
            if is_unreachable(answer):
                log.warning("matrix: %s failed, will retry", what, extra={"reason": str(answer)})
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, backoff_max)
                continue
        return answer


def encryption_available(settings: MatrixSettings) -> bool:
    """Whether this run encrypts: asked for in the settings and matrix-nio[e2e] installed."""
    if settings.encryption and not ENCRYPTION_ENABLED:
        log.warning(
            "matrix: encryption is on in the settings but matrix-nio[e2e] is not installed; "
            "encrypted rooms will not be readable"
        )
    return settings.encryption and ENCRYPTION_ENABLED


async def open_client(
    settings: MatrixSettings,
    data_dir: Path,
    state: AdapterState,
    *,
    stopping: Callable[[], bool] = lambda: False,
) -> AsyncClient:
    """A logged-in client for ``settings``, its login restored from ``state`` when possible.

    Order of preference: the stored login (same homeserver and user, and the configured access
    token if one is set); the configured access token (its device found with whoami); a
    password login, reusing the stored device id so the device and its keys survive.
    Raises :class:`~bot.errors.ConfigError` when the settings cannot give a working login.
    """
    if not settings.homeserver:
        raise ConfigError("a homeserver URL is needed for Matrix", key="matrix.homeserver")
    if not (settings.access_token or settings.password):
        raise ConfigError(
            "set an access_token or a password (VETBOT_MATRIX_ACCESS_TOKEN / _PASSWORD)",
            key="matrix.access_token",
        )
    if settings.password and not settings.user_id:
        raise ConfigError("a user id is needed to log in with a password", key="matrix.user_id")
    encrypted = encryption_available(settings)
    store_dir = data_dir / "matrix" / "store"
    private_dir(store_dir)  # the encryption keys
    config = AsyncClientConfig(
        max_limit_exceeded=0,
        max_timeouts=0,
        store_sync_tokens=False,  # the adapter keeps its own token, saved with what it handled
        encryption_enabled=encrypted,
        request_timeout=30,
    )
    client = AsyncClient(
        settings.homeserver,
        settings.user_id,
        store_path=str(store_dir) if encrypted else "",
        config=config,
    )
    try:
        await _login(client, settings, state, stopping)
        if client.olm is not None and client.should_upload_keys:
            await with_retries(client.keys_upload, what="uploading device keys", stopping=stopping)
    except BaseException:
        await client.close()
        raise
    return client


async def _login(
    client: AsyncClient,
    settings: MatrixSettings,
    state: AdapterState,
    stopping: Callable[[], bool],
) -> None:
    stored = state.credentials
    usable = (
        stored is not None
        and stored.homeserver == settings.homeserver
        and (not settings.user_id or stored.user_id == settings.user_id)
        and (not settings.access_token or stored.access_token == settings.access_token)
    )
    if stored is not None and usable:
        client.restore_login(stored.user_id, stored.device_id, stored.access_token)
        whoami = await with_retries(client.whoami, what="checking the login", stopping=stopping)
        if isinstance(whoami, WhoamiResponse):
            log.info(
                "matrix: restored login", extra={"user": stored.user_id, "device": stored.device_id}
            )
            return
        if not settings.password:
            raise ConfigError(f"the stored Matrix login was refused ({whoami})", key="matrix")
        log.warning("matrix: stored login refused, logging in again", extra={"reason": str(whoami)})
    if settings.access_token:
        client.access_token = settings.access_token
        whoami = await with_retries(client.whoami, what="checking the token", stopping=stopping)
        if not isinstance(whoami, WhoamiResponse) or not whoami.device_id:
            raise ConfigError(
                f"the homeserver refused the access token ({whoami})", key="matrix.access_token"
            )
        client.restore_login(whoami.user_id, whoami.device_id, settings.access_token)
    else:
        if stored is not None and stored.user_id == settings.user_id:
            client.device_id = stored.device_id  # log in to the same device: keep its keys
        answer = await with_retries(
            lambda: client.login(settings.password, device_name=settings.device_name),
            what="logging in",
            stopping=stopping,
        )
        if not isinstance(answer, LoginResponse):
            raise ConfigError(f"the homeserver refused the login ({answer})", key="matrix.password")
    state.set_credentials(
        Credentials(
            homeserver=settings.homeserver,
            user_id=client.user_id,
            device_id=client.device_id,
            access_token=client.access_token,
        )
    )
    state.save()
    log.info("matrix: logged in", extra={"user": client.user_id, "device": client.device_id})


async def key_upkeep(client: AsyncClient) -> None:
    """What ``sync_forever`` does after each sync; without it no encrypted room works."""
    if client.olm is None:
        return
    if client.should_upload_keys:
        _warn_on_error(await client.keys_upload(), KeysUploadError, "keys upload")
    if client.should_query_keys:
        _warn_on_error(await client.keys_query(), KeysQueryError, "keys query")
    if client.should_claim_keys:
        users = client.get_users_for_key_claiming()
        _warn_on_error(await client.keys_claim(users), KeysClaimError, "keys claim")
    await client.send_to_device_messages()


def _warn_on_error(response: object, error_type: type, what: str) -> None:
    if isinstance(response, error_type):
        log.warning("matrix: %s failed", what, extra={"reason": str(response)})


class DeviceTrust:
    """The ``[matrix] trust`` policy for the devices the bot encrypts for.

    ``tofu``: a device seen for the first time is trusted (and logged with its key, so an
    operator can compare); ``all``: messages are encrypted for every device without marking
    any as trusted; ``none``: only devices an operator verified get the keys, and a message to
    a room with unverified devices is refused (and logged).
    """

    def __init__(self, policy: str) -> None:
        self.policy = policy

    @property
    def ignore_unverified(self) -> bool:
        return self.policy == "all"

    def trust_new_devices(self, client: AsyncClient, user_ids: Iterable[str]) -> int:
        """Under ``tofu``, trust every device of ``user_ids`` not yet decided; returns how many."""
        if self.policy != "tofu" or client.olm is None:
            return 0
        count = 0
        for user_id in user_ids:
            for device in client.device_store.active_user_devices(user_id):
                if device.verified or device.blacklisted or device.ignored:
                    continue
                client.verify_device(device)
                count += 1
                log.info(
                    "matrix: trusted a device on first use",
                    extra={"device": device.id, "ed25519": device.ed25519},
                )
        return count

    def trust_encrypted_rooms(self, client: AsyncClient) -> int:
        """Apply :meth:`trust_new_devices` to everyone in the encrypted rooms the bot is in."""
        users: set[str] = set()
        for room in client.rooms.values():
            if room.encrypted:
                users.update(room.users)
        return self.trust_new_devices(client, users)


async def send_event(client: AsyncClient, trust: DeviceTrust, item: Outgoing) -> Outcome:
    """Send one queued event with its fixed transaction id; classify what happened."""
    room = client.rooms.get(item.room_id)
    encrypted = client.olm is not None and room is not None and room.encrypted
    for _attempt in range(3):
        try:
            if encrypted:
                if client.should_query_keys:
                    await client.keys_query()
                trust.trust_new_devices(client, room.users)
            response = await client.room_send(
                item.room_id,
                item.event_type,
                item.content,
                tx_id=item.txn_id,
                ignore_unverified_devices=trust.ignore_unverified,
            )
        except OlmUnverifiedDeviceError as exc:
            if trust.policy != "tofu":
                return Refused(reason=f"unverified device in the room and trust is none: {exc}")
            continue  # a device appeared while sending; trust it on the next round
        except LocalProtocolError as exc:
            if isinstance(exc, SendRetryError):
                return Unreachable(reason=repr(exc))
            return Refused(reason=str(exc))
        except CONNECTION_ERRORS as exc:
            return Unreachable(reason=repr(exc))
        if isinstance(response, RoomSendResponse):
            return Sent(event_id=response.event_id)
        wait = retry_after(response)
        if wait is not None:
            return RateLimited(retry_after=wait)
        if is_unreachable(response) or response.status_code == "M_UNKNOWN_TOKEN":
            return Unreachable(reason=str(response))
        return Refused(reason=str(response))
    return Unreachable(reason="devices kept changing while encrypting")


def invite_allowed(
    entries: Sequence[str],
    *,
    inviter: str,
    room_id: str,
    room_aliases: Sequence[str] = (),
    own_server: str,
) -> bool:
    """Whether the ``[matrix] auto_join`` allow-list accepts an invite.

    Entries are user ids (``@ana:example.org``), room ids (``!abc:example.org``), room aliases
    (``#trainers:example.org``), server names (``example.org``: anyone from that server) or
    ``*`` (anyone). An empty list accepts invites from the bot's own server only.
    """
    allowed = list(entries) or [own_server]
    inviter_server = inviter.split(":", 1)[1] if ":" in inviter else ""
    for entry in allowed:
        entry = entry.strip()
        if entry == "*" or entry in (inviter, room_id) or entry in room_aliases:
            return True
        if entry[:1] not in ("@", "!", "#") and entry.casefold() == inviter_server.casefold():
            return True
    return False


async def upload_attachment(
    client: AsyncClient, room_id: str, attachment: Attachment
) -> dict[str, Any] | None:
    """Upload ``attachment`` to the media repository; the ``m.file`` content to send into
    ``room_id``, or ``None`` when the homeserver refused (logged).

    In an encrypted room (and with encryption available) the file is encrypted before it
    leaves, and the event carries its keys (the spec's ``EncryptedFile``); elsewhere it carries
    the plain ``mxc://`` address. nio retries rate limits and timeouts of the upload itself.
    """
    room = client.rooms.get(room_id)
    encrypt = client.olm is not None and room is not None and room.encrypted
    content = attachment.content
    response, keys = await client.upload(
        lambda _limited, _timeouts: io.BytesIO(content),
        content_type=attachment.mime,
        filename=attachment.filename,
        encrypt=encrypt,
        filesize=len(content),
    )
    if not isinstance(response, UploadResponse):
        log.error(
            "matrix: the homeserver refused a file upload",
            extra={"room": room_id, "error": str(response)},
        )
        return None
    if encrypt and keys:
        return translate.file_content(
            attachment.filename,
            mime=attachment.mime,
            size=len(content),
            encrypted_file={**keys, "url": response.content_uri},
        )
    return translate.file_content(
        attachment.filename, mime=attachment.mime, size=len(content), url=response.content_uri
    )
