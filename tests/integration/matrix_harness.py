"""Running the whole bot against the test homeserver, and the human on the other side.

- :func:`bot_settings` and :class:`BotRun`: a real :class:`bot.app.App` with the Matrix adapter,
  a SQLite file and a data directory in the test's temp dir, started in-process the way
  ``vetbot run`` starts it (``app.load_adapter("matrix")``, ``adapter.start(app)`` in a task).
- :class:`Human`: a matrix-nio client that records every timeline event it syncs (decrypted
  when it can), so a test can wait for "the bot's answer to my event X" and later check that
  nothing was answered twice; :func:`new_human` registers one.
- What every answer must look like (:func:`assert_quiet_notice`), and reading what the
  homeserver stored (:func:`get_event`).
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nio import (
    AsyncClient,
    Event,
    JoinResponse,
    RoomCreateResponse,
    RoomMessageNotice,
    RoomSendResponse,
)

from adapters.matrix.adapter import MatrixAdapter
from bot.app import App
from bot.settings import Settings
from tests import databases
from tests.botkit import make_settings
from tests.integration.nio_clients import sync_once, wait_for_invite
from tests.integration.synapse import RegisteredUser, SynapseServer

if TYPE_CHECKING:
    from tests.integration.conftest import NioClientFactory

MEGOLM = "m.megolm.v1.aes-sha2"
ENCRYPTION_STATE = {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}}


def bot_settings(
    tmp_path: Path,
    server: SynapseServer,
    bot_user: RegisteredUser,
    *,
    data_name: str = "data",
    sections: Mapping[str, Mapping[str, Any]] | None = None,
    **matrix: Any,
) -> Settings:
    """Settings for a bot on ``server`` as ``bot_user`` (password login, unless overridden).

    The core's per-user command limit is raised: the tests send bursts on purpose.
    ``sections`` overrides other sections (``{"prompts": {"summary_after_hours": 0.002}}``).
    """
    values: dict[str, Any] = {
        "homeserver": server.base_url,
        "user_id": bot_user.user_id,
        "password": bot_user.password,
        "encryption": False,
    }
    values.update(matrix)
    overrides: dict[str, dict[str, Any]] = {
        "bot": {"adapters": ("matrix",)},
        "limits": {"commands_per_window": 1000},
    }
    for name, changes in (sections or {}).items():
        overrides[name] = {**overrides.get(name, {}), **changes}
    return make_settings(
        tmp_path / data_name,
        f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        matrix=values,
        **overrides,
    )


@dataclass
class BotRun:
    """One running bot; ``stop()`` shuts it down as ``vetbot run`` would."""

    app: App
    adapter: MatrixAdapter
    task: asyncio.Task[None]

    @classmethod
    async def start(cls, settings: Settings, *, within: float = 30.0) -> BotRun:
        app = App(settings, interactive=True)
        databases.prepare(settings.database_url)
        await app.start()
        adapter = app.load_adapter("matrix")
        assert isinstance(adapter, MatrixAdapter)
        task = asyncio.create_task(adapter.start(app), name="adapter-matrix")
        ready = asyncio.create_task(adapter.ready.wait())
        done, _ = await asyncio.wait({task, ready}, timeout=within, return_when="FIRST_COMPLETED")
        if ready not in done:
            ready.cancel()
            await app.stop()
            if task.done():
                task.result()  # raises what made the adapter fail
            raise TimeoutError("the Matrix adapter did not finish its first sync")
        return cls(app=app, adapter=adapter, task=task)

    async def stop(self) -> None:
        await self.app.stop()
        await asyncio.wait_for(self.task, 15)


@dataclass
class Human:
    """A person chatting with the bot through a plain matrix-nio client."""

    client: AsyncClient
    events: dict[str, list[Event]] = field(default_factory=dict)

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    async def sync(self, timeout_ms: int = 300) -> None:
        response = await sync_once(self.client, timeout_ms=timeout_ms)
        for room_id, joined in response.rooms.join.items():
            self.events.setdefault(room_id, []).extend(joined.timeline.events)

    async def wait_for(
        self, room_id: str, match: Callable[[Event], bool], *, within: float = 20.0, what: str = ""
    ) -> Event:
        """The first recorded event in ``room_id`` that matches, syncing until there is one."""
        deadline = time.monotonic() + within
        while True:
            for event in self.events.get(room_id, []):
                if match(event):
                    return event
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.user_id} saw no {what or 'matching event'} in {room_id}")
            await self.sync()

    async def settle(self, seconds: float) -> None:
        """Keep syncing for ``seconds`` (to see anything that should not arrive)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            await self.sync(timeout_ms=200)

    async def wait_for_notice(
        self, sender: str, contains: str, *, within: float = 20.0
    ) -> tuple[str, RoomMessageNotice]:
        """A notice from ``sender`` containing ``contains`` in any room; invites to direct
        rooms are accepted meanwhile (the bot opens one for personal answers)."""
        deadline = time.monotonic() + within
        while True:
            for room_id, events in self.events.items():
                for event in events:
                    if (
                        isinstance(event, RoomMessageNotice)
                        and event.sender == sender
                        and contains in event.body
                    ):
                        return room_id, event
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.user_id} saw no notice containing {contains!r}")
            for room_id in list(self.client.invited_rooms):
                joined = await self.client.join(room_id)
                assert isinstance(joined, JoinResponse), joined
            await self.sync()

    def notices(self, room_id: str, sender: str) -> list[RoomMessageNotice]:
        return [
            e
            for e in self.events.get(room_id, [])
            if isinstance(e, RoomMessageNotice) and e.sender == sender
        ]

    def replies_to(self, room_id: str, sender: str, event_id: str) -> list[RoomMessageNotice]:
        return [n for n in self.notices(room_id, sender) if reply_target(n) == event_id]

    async def wait_for_reply(
        self, room_id: str, sender: str, event_id: str, *, within: float = 20.0
    ) -> RoomMessageNotice:
        event = await self.wait_for(
            room_id,
            lambda e: (
                isinstance(e, RoomMessageNotice)
                and e.sender == sender
                and reply_target(e) == event_id
            ),
            within=within,
            what=f"reply to {event_id}",
        )
        assert isinstance(event, RoomMessageNotice)
        return event

    async def send(self, room_id: str, body: str, **content: Any) -> str:
        response = await self.client.room_send(
            room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": body, **content},
            ignore_unverified_devices=True,
        )
        assert isinstance(response, RoomSendResponse), response
        return str(response.event_id)

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        response = await self.client.room_send(
            room_id,
            "m.reaction",
            {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}},
        )
        assert isinstance(response, RoomSendResponse), response
        return str(response.event_id)

    async def create_room(
        self, *, invite: str, encrypted: bool = False, direct: bool = False
    ) -> str:
        response = await self.client.room_create(
            invite=[invite],
            is_direct=direct,
            initial_state=[ENCRYPTION_STATE] if encrypted else [],
        )
        assert isinstance(response, RoomCreateResponse), response
        room_id = str(response.room_id)
        await self.wait_for_member(room_id, invite)
        return room_id

    async def create_room_with(self, other: Human, *, invite: str) -> str:
        """A room of this human's with ``invite`` (the bot) in it and ``other`` joined."""
        room_id = await self.create_room(invite=invite)
        await self.client.room_invite(room_id, other.user_id)
        await other.accept_invite(room_id)
        return room_id

    async def wait_for_member(self, room_id: str, user_id: str, *, within: float = 20.0) -> None:
        """Sync (recording events) until ``user_id`` is a joined member of ``room_id``."""
        deadline = time.monotonic() + within
        while True:
            room = self.client.rooms.get(room_id)
            if room is not None and user_id in room.users and user_id not in room.invited_users:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{user_id} did not join {room_id}")
            await self.sync()

    async def accept_invite(self, room_id: str | None = None, *, within: float = 20.0) -> str:
        """Join the next room the human is invited to (or ``room_id``); returns its id."""
        if room_id is None:
            deadline = time.monotonic() + within
            while not self.client.invited_rooms:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{self.user_id} got no invite")
                await self.sync()
            room_id = next(iter(self.client.invited_rooms))
        else:
            await wait_for_invite(self.client, room_id, within=within)
        joined = await self.client.join(room_id)
        assert isinstance(joined, JoinResponse), joined
        await self.wait_for_member(room_id, self.user_id)
        return room_id


async def new_human(
    server: SynapseServer, factory: NioClientFactory, name: str = "ana", **kwargs: object
) -> Human:
    """A freshly registered person (``name`` plus a unique suffix) on a logged-in client."""
    user = await server.aregister(server.unique_localpart(name))
    return Human(await factory(server, user, **kwargs))


def content_of(event: object) -> dict[str, Any]:
    """An event's ``content`` as sent."""
    content = event.source["content"]  # type: ignore[attr-defined]
    assert isinstance(content, dict)
    return content


def assert_quiet_notice(event: RoomMessageNotice) -> None:
    """Bots answer in notices, with HTML and a plain fallback, and never ping anyone."""
    content = content_of(event)
    assert content["msgtype"] == "m.notice"
    assert content["m.mentions"] == {}
    assert content["format"] == "org.matrix.custom.html"
    assert isinstance(content["formatted_body"], str) and content["formatted_body"]


def get_event(server: SynapseServer, token: str, room_id: str, event_id: str) -> dict[str, Any]:
    """The event as the homeserver serves it to the holder of ``token`` (blocking)."""
    request = urllib.request.Request(
        f"{server.base_url}/_matrix/client/v3/rooms/{room_id}/event/{event_id}",
        headers={"Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        data = json.loads(response.read())
        assert isinstance(data, dict)
        return data


def reply_target(event: Event) -> str | None:
    """The event a rich reply answers."""
    relation = event.source.get("content", {}).get("m.relates_to", {})
    target = relation.get("m.in_reply_to", {}).get("event_id")
    return target if isinstance(target, str) else None


def override_rate_limit(server: SynapseServer, admin: RegisteredUser, user_id: str) -> None:
    """Lift ``rc_message`` for ``user_id`` (the human), so only the bot meets the limits."""
    request = urllib.request.Request(
        f"{server.base_url}/_synapse/admin/v1/users/{user_id}/override_ratelimit",
        data=json.dumps({"messages_per_second": 0, "burst_count": 0}).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {admin.access_token}",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
