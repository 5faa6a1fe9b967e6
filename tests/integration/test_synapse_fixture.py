"""The Synapse test homeserver works, and two matrix-nio clients can talk through it.

These tests are the evidence the Matrix adapter's tests build on: plain, encrypted and direct
rooms deliver messages; a restart keeps users, tokens and rooms; raised limits let a burst
through while Synapse's default ``rc_message`` limit really refuses one.
"""

from __future__ import annotations

import asyncio
import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.conftest import NioClientFactory, SynapseFactory, require_module
from tests.integration.synapse import SynapseBaseConfig, SynapseError, SynapseServer

require_module("nio", "the Matrix tests drive matrix-nio clients; install the 'matrix' extra")

from nio import (  # noqa: E402  (after the skip-or-fail check above)
    AsyncClient,
    Event,
    JoinResponse,
    LoginResponse,
    MegolmEvent,
    RoomCreateResponse,
    RoomInviteResponse,
    RoomMessageNotice,
    RoomMessageText,
    RoomSendError,
    RoomSendResponse,
    WhoamiResponse,
)

from tests.integration.nio_clients import (  # noqa: E402
    trust_devices,
    wait_for_event,
    wait_for_invite,
    wait_for_member,
)

pytestmark = pytest.mark.slow

MEGOLM = "m.megolm.v1.aes-sha2"


def _get(url: str, access_token: str | None = None) -> tuple[int, dict[str, object]]:
    headers = {"Authorization": f"Bearer {access_token}"} if access_token else {}
    try:
        with urllib.request.urlopen(
            urllib.request.Request(url, headers=headers), timeout=5
        ) as response:
            return int(response.status), json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, {}


def _text(body: str) -> dict[str, str]:
    return {"msgtype": "m.text", "body": body}


async def _create_room(client: AsyncClient, **kwargs: object) -> str:
    response = await client.room_create(**kwargs)
    assert isinstance(response, RoomCreateResponse), response
    return str(response.room_id)


async def _join(client: AsyncClient, room_id: str) -> None:
    await wait_for_invite(client, room_id)
    response = await client.join(room_id)
    assert isinstance(response, JoinResponse), response
    # client.rooms learns of the join only from a sync.
    await wait_for_member(client, room_id, client.user_id)


async def _send(client: AsyncClient, room_id: str, content: dict[str, str]) -> str:
    response = await client.room_send(room_id, "m.room.message", content)
    assert isinstance(response, RoomSendResponse), response
    return str(response.event_id)


def _is_message_from(sender: str, body: str) -> Callable[[Event], bool]:
    def match(event: Event) -> bool:
        return getattr(event, "sender", None) == sender and getattr(event, "body", None) == body

    return match


# -- the homeserver itself ----------------------------------------------------------------


def test_serves_only_the_client_api_on_localhost(synapse: SynapseServer) -> None:
    assert synapse.base_url.startswith("http://127.0.0.1:")
    assert synapse.start_seconds and synapse.start_seconds[0] < 60
    status, versions = _get(f"{synapse.base_url}/_matrix/client/versions")
    assert status == 200 and versions["versions"]
    # No federation resource on the listener: federation is off.
    status, _ = _get(f"{synapse.base_url}/_matrix/federation/v1/version")
    assert status == 404


def test_register_gives_distinct_logged_in_users(synapse: SynapseServer) -> None:
    localpart = synapse.unique_localpart("alice")
    alice = synapse.register(localpart)
    assert alice.user_id == f"@{localpart}:{synapse.server_name}"
    bob = synapse.register(synapse.unique_localpart("bob"), admin=True)
    assert bob.user_id != alice.user_id and bob.access_token != alice.access_token
    with pytest.raises(SynapseError, match="M_USER_IN_USE"):
        synapse.register(localpart)


def test_start_failure_raises_with_the_homeserver_log(
    synapse_base_config: SynapseBaseConfig, tmp_path: Path
) -> None:
    server = SynapseServer(
        base=synapse_base_config,
        workdir=tmp_path / "broken",
        extra_config={"database": {"name": "no-such-database-engine"}},
    )
    with pytest.raises(SynapseError, match="exited with code") as caught:
        server.start()
    assert "no-such-database-engine" in str(caught.value)
    assert not server.running


# -- two clients talking ------------------------------------------------------------------


async def test_plain_room_delivers_text_and_notices(
    synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    alice_user = await synapse.aregister(synapse.unique_localpart("alice"))
    bob_user = await synapse.aregister(synapse.unique_localpart("bob"))
    alice = await nio_client_factory(synapse, alice_user)
    bob = await nio_client_factory(synapse, bob_user)

    room_id = await _create_room(alice, name="plain")
    invited = await alice.room_invite(room_id, bob_user.user_id)
    assert isinstance(invited, RoomInviteResponse), invited
    await _join(bob, room_id)

    await _send(alice, room_id, _text("hello from alice"))
    event = await wait_for_event(bob, room_id, _is_message_from(alice.user_id, "hello from alice"))
    assert isinstance(event, RoomMessageText)

    # Bots usually answer with m.notice; nio gives those a class of their own.
    await _send(alice, room_id, {"msgtype": "m.notice", "body": "a notice"})
    notice = await wait_for_event(bob, room_id, _is_message_from(alice.user_id, "a notice"))
    assert isinstance(notice, RoomMessageNotice)
    assert not isinstance(notice, RoomMessageText)


async def test_encrypted_room_is_decrypted_by_the_other_client(
    synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    alice_user = await synapse.aregister(synapse.unique_localpart("alice"))
    bob_user = await synapse.aregister(synapse.unique_localpart("bob"))
    alice = await nio_client_factory(synapse, alice_user, encrypted=True)
    bob = await nio_client_factory(synapse, bob_user, encrypted=True)

    room_id = await _create_room(
        alice,
        name="secret",
        invite=[bob_user.user_id],
        initial_state=[
            {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}}
        ],
    )
    await _join(bob, room_id)
    await wait_for_member(alice, room_id, bob_user.user_id)
    assert alice.rooms[room_id].encrypted and bob.rooms[room_id].encrypted

    # Trust on first use, both ways: nio will not encrypt for unverified devices.
    assert await trust_devices(alice, bob_user.user_id) == 1
    assert await trust_devices(bob, alice_user.user_id) == 1

    await _send(alice, room_id, _text("for bob's eyes only"))
    event = await wait_for_event(
        bob,
        room_id,
        lambda e: isinstance(e, (RoomMessageText, MegolmEvent)),
        what="message (decrypted or not)",
    )
    assert not isinstance(event, MegolmEvent), "bob got the message but could not decrypt it"
    assert isinstance(event, RoomMessageText)
    assert event.body == "for bob's eyes only"
    assert event.decrypted and event.sender == alice_user.user_id
    # What the server stored is ciphertext: a client without keys sees only m.room.encrypted.
    url = f"{synapse.base_url}/_matrix/client/v3/rooms/{room_id}/event/{event.event_id}"
    status, stored = await asyncio.to_thread(_get, url, bob_user.access_token)
    assert status == 200
    assert stored["type"] == "m.room.encrypted"
    assert "for bob's eyes only" not in json.dumps(stored)

    # A client restarted on the same store keeps its keys and its place in the timeline.
    await bob.close()
    bob = await nio_client_factory(
        synapse, bob_user, encrypted=True, store_path=Path(bob.store_path)
    )
    assert bob.loaded_sync_token
    await _send(alice, room_id, _text("second secret"))
    event = await wait_for_event(
        bob, room_id, lambda e: isinstance(e, (RoomMessageText, MegolmEvent)), what="message"
    )
    assert isinstance(event, RoomMessageText) and event.body == "second secret"


async def test_direct_room_is_flagged_and_works_both_ways(
    synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    alice_user = await synapse.aregister(synapse.unique_localpart("alice"))
    bob_user = await synapse.aregister(synapse.unique_localpart("bob"))
    alice = await nio_client_factory(synapse, alice_user)
    bob = await nio_client_factory(synapse, bob_user)

    room_id = await _create_room(alice, is_direct=True, invite=[bob_user.user_id])
    invite_events = await wait_for_invite(bob, room_id)
    bob_invite = [e for e in invite_events if e.state_key == bob_user.user_id]
    assert bob_invite and bob_invite[0].content.get("is_direct") is True
    joined = await bob.join(room_id)
    assert isinstance(joined, JoinResponse), joined

    await _send(bob, room_id, _text("hi alice, bob here"))
    event = await wait_for_event(
        alice, room_id, _is_message_from(bob.user_id, "hi alice, bob here")
    )
    assert isinstance(event, RoomMessageText)
    assert alice.rooms[room_id].member_count == 2


async def test_restart_keeps_users_tokens_and_rooms(
    synapse_factory: SynapseFactory, nio_client_factory: NioClientFactory
) -> None:
    server = synapse_factory()
    alice_user = server.register("alice")
    bob_user = server.register("bob")
    alice = await nio_client_factory(server, alice_user)
    bob = await nio_client_factory(server, bob_user)
    room_id = await _create_room(alice, invite=[bob_user.user_id])
    await _join(bob, room_id)
    await _send(alice, room_id, _text("before the restart"))
    await wait_for_event(bob, room_id, _is_message_from(alice.user_id, "before the restart"))

    port, old_pid = server.port, server.pid
    assert old_pid is not None
    await server.arestart()
    assert server.port == port and server.pid != old_pid and len(server.start_seconds) == 2
    with pytest.raises(ProcessLookupError):
        os.kill(old_pid, 0)

    # The same access token still works, and so does the password.
    whoami = await alice.whoami()
    assert isinstance(whoami, WhoamiResponse) and whoami.user_id == alice_user.user_id
    fresh = AsyncClient(server.base_url, bob_user.user_id)
    try:
        login = await fresh.login(bob_user.password, device_name="after restart")
        assert isinstance(login, LoginResponse), login
    finally:
        await fresh.close()

    # Bob's client carries on from its pre-restart sync token.
    await _send(alice, room_id, _text("after the restart"))
    event = await wait_for_event(bob, room_id, _is_message_from(alice.user_id, "after the restart"))
    assert isinstance(event, RoomMessageText)


# -- rate limits ---------------------------------------------------------------------------


async def _send_burst(client: AsyncClient, room_id: str, count: int) -> list[object]:
    return [
        await client.room_send(room_id, "m.room.message", _text(f"burst {n}")) for n in range(count)
    ]


async def test_raised_limits_let_a_burst_through(
    synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    user = await synapse.aregister(synapse.unique_localpart("chatty"))
    client = await nio_client_factory(synapse, user, max_limit_exceeded=0)
    room_id = await _create_room(client)
    responses = await _send_burst(client, room_id, 15)
    assert all(isinstance(r, RoomSendResponse) for r in responses), responses


async def test_default_limits_refuse_a_burst_of_fifteen(
    synapse_default_limits: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    server = synapse_default_limits
    user = await server.aregister(server.unique_localpart("chatty"))
    # max_limit_exceeded=0: hand the 429 back instead of sleeping and retrying (nio's default).
    client = await nio_client_factory(server, user, max_limit_exceeded=0)
    room_id = await _create_room(client)
    responses = await _send_burst(client, room_id, 15)

    refused = [r for r in responses if isinstance(r, RoomSendError)]
    sent = [r for r in responses if isinstance(r, RoomSendResponse)]
    assert refused, "15 quick messages should exceed rc_message (0.2/s, burst 10)"
    assert len(sent) + len(refused) == 15
    # The burst allowance (10) lets the first messages through.
    assert 5 <= len(sent) <= 11 and all(isinstance(r, RoomSendResponse) for r in responses[:5])
    first = refused[0]
    assert first.status_code == "M_LIMIT_EXCEEDED"
    assert first.retry_after_ms is not None and first.retry_after_ms > 0
    assert first.transport_response is not None and first.transport_response.status == 429
