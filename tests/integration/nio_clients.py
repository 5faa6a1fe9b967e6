"""Driving matrix-nio clients in integration tests: sync until something arrives, trust devices.

What it is for: tests play "the human on the other side" with a plain nio client, and need to
wait for the bot's message (or an invite) without sleeping blindly. The contract of every
``wait_for_*`` helper: sync repeatedly (long-polling, so no busy loop), doing the end-to-end
housekeeping that ``sync_forever`` would do (upload/query/claim keys, send queued to-device
messages), and return as soon as the thing is seen; raise `TimeoutError` naming what was awaited
otherwise. Events already seen in earlier syncs are not seen again: start waiting before, or
right after, the action that causes the event, and keep one waiter per client.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from nio import (
    AsyncClient,
    Event,
    InviteMemberEvent,
    KeysClaimError,
    KeysQueryError,
    KeysUploadError,
    SyncError,
    SyncResponse,
)

SYNC_FILTER: dict[str, Any] = {
    # Synapse's default timeline limit is 10: a burst of more messages between two syncs would
    # be cut ("limited") and the test would miss some.
    "room": {"timeline": {"limit": 100}, "state": {"lazy_load_members": False}},
    "presence": {"not_types": ["*"]},
}
"""The sync filter the helpers use: a large timeline, no presence."""


async def sync_once(client: AsyncClient, *, timeout_ms: int = 1000) -> SyncResponse:
    """One sync (long-polling up to `timeout_ms`) plus the key housekeeping that follows it."""
    response = await client.sync(timeout=timeout_ms, sync_filter=SYNC_FILTER)
    if isinstance(response, SyncError):
        raise AssertionError(f"sync failed for {client.user_id}: {response}")
    if client.olm is not None:
        await _key_housekeeping(client)
    return response


async def _key_housekeeping(client: AsyncClient) -> None:
    # What sync_forever does after each sync: without it a fresh Olm session is never set up
    # and room keys (sent as to-device messages) never leave the sender.
    if client.should_upload_keys:
        _check(await client.keys_upload(), KeysUploadError)
    if client.should_query_keys:
        _check(await client.keys_query(), KeysQueryError)
    if client.should_claim_keys:
        users = client.get_users_for_key_claiming()
        _check(await client.keys_claim(users), KeysClaimError)
    await client.send_to_device_messages()


def _check(response: object, error_type: type) -> None:
    if isinstance(response, error_type):
        raise AssertionError(f"key request failed: {response}")


async def wait_for_event(
    client: AsyncClient,
    room_id: str,
    match: Callable[[Event], bool],
    *,
    within: float = 15.0,
    what: str = "a matching event",
) -> Event:
    """Sync until an event in `room_id`'s timeline satisfies `match`; return that event."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        response = await sync_once(client)
        joined = response.rooms.join.get(room_id)
        if joined is not None:
            for event in joined.timeline.events:
                if match(event):
                    return event
    raise TimeoutError(f"{client.user_id} saw no {what} in {room_id} within {within:.0f} s")


async def wait_for_invite(
    client: AsyncClient, room_id: str, *, within: float = 15.0
) -> list[InviteMemberEvent]:
    """Sync until `client` is invited to `room_id`; return the invite's member events."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        response = await sync_once(client)
        invited = response.rooms.invite.get(room_id)
        if invited is not None:
            return [e for e in invited.invite_state if isinstance(e, InviteMemberEvent)]
    raise TimeoutError(f"{client.user_id} got no invite to {room_id} within {within:.0f} s")


async def wait_for_member(
    client: AsyncClient, room_id: str, user_id: str, *, within: float = 15.0
) -> None:
    """Sync until `client` knows `user_id` is a joined member of `room_id`."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        await sync_once(client)
        room = client.rooms.get(room_id)
        if room is not None and user_id in room.users:
            return
    raise TimeoutError(
        f"{client.user_id} did not see {user_id} join {room_id} within {within:.0f} s"
    )


async def trust_devices(client: AsyncClient, user_id: str) -> int:
    """Trust-on-first-use: query `user_id`'s devices and verify every one; return how many.

    nio refuses to encrypt for unverified devices (``OlmUnverifiedDeviceError``) unless
    ``room_send(..., ignore_unverified_devices=True)``; verifying them is the other way.
    """
    assert client.olm is not None, "trusting devices needs an encrypted client"
    # Always query: a device list learnt earlier may be stale (new logins, new devices).
    client.olm.users_for_key_query.add(user_id)
    _check(await client.keys_query(), KeysQueryError)
    trusted = 0
    for device in client.device_store.active_user_devices(user_id):
        if not client.verify_device(device):
            # verify_device returns False for a device that was already verified.
            assert client.olm.is_device_verified(device)
        trusted += 1
    return trusted
