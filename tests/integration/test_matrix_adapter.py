"""The Matrix adapter end to end: the real bot, a real Synapse, a person on a nio client.

Each test runs the whole bot in-process (``App`` + ``load_adapter("matrix")``) against the
test homeserver and talks to it as a person would. What they pin down: answers are notices,
rich replies, never pinging; direct rooms and reactions work; encrypted rooms and direct
chats are read and answered; bursts are answered completely and in order even under
Synapse's default rate limits; restarts neither replay nor lose commands; a homeserver
outage loses nothing and doubles nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.integration.conftest import NioClientFactory, SynapseFactory, require_module
from tests.integration.synapse import SynapseServer

require_module("nio", "the Matrix tests drive matrix-nio clients; install the 'matrix' extra")

from nio import (  # noqa: E402
    MegolmEvent,
    MemoryDownloadResponse,
    RoomEncryptedFile,
    RoomMessageNotice,
)
from nio.crypto.attachments import decrypt_attachment  # noqa: E402
from nio.exceptions import EncryptionError  # noqa: E402

from adapters.matrix.state import AdapterState  # noqa: E402
from bot.actions import Action, Attachment, Choice, DirectMessage, Post  # noqa: E402
from bot.events import Message  # noqa: E402
from tests.integration.matrix_harness import (  # noqa: E402
    BotRun,
    Human,
    assert_quiet_notice,
    bot_settings,
    content_of,
    get_event,
    new_human,
    override_rate_limit,
    reply_target,
)
from tests.integration.nio_clients import trust_devices  # noqa: E402

pytestmark = pytest.mark.slow


async def test_command_and_mention_in_a_room(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    # The room exists and holds a command before the bot ever runs: that backlog is not for it.
    room = (await ana.client.room_create(invite=[bot_user.user_id])).room_id
    backlog = await ana.send(room, "!help")

    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    seen: list[Message] = []

    async def listener(message: Message) -> list[Action]:
        seen.append(message)
        return []

    bot.app.runtime.listen(listener)
    try:
        await ana.wait_for_member(room, bot_user.user_id)
        chatter = await ana.send(room, "good morning everyone")
        command = await ana.send(room, "!help")
        reply = await ana.wait_for_reply(room, bot_user.user_id, command)
        assert_quiet_notice(reply)
        assert "!help" in reply.body
        # Per-room order: had the chatter (or the backlog) been answered, it would come first.
        first = ana.notices(room, bot_user.user_id)[0]
        assert reply_target(first) == command

        localpart = bot_user.user_id[1:].split(":")[0]
        mention = await ana.send(room, f"{localpart}: help")
        answer = await ana.wait_for_reply(room, bot_user.user_id, mention)
        assert answer.body == reply.body

        # A pill (a matrix.to link) anywhere addresses the bot too.
        pill = await ana.send(
            room,
            f"{localpart} help please",
            format="org.matrix.custom.html",
            formatted_body=f'<a href="https://matrix.to/#/{bot_user.user_id}">{localpart}</a>'
            " help please",
        )
        answer = await ana.wait_for_reply(room, bot_user.user_id, pill)
        assert "help" in answer.body.lower()
        # What the core was told: the sender's power level (she created the room), the mention.
        told = {m.event_id: m for m in seen}
        assert (told[command].sender_level or 0) >= 100 and not told[command].is_direct
        assert told[mention].mentions_bot and told[mention].text == "help"
        assert told[chatter].text == "good morning everyone" and not told[chatter].mentions_bot

        # A prompt posted with a title opens a thread; answers in it stay in it.
        post = await bot.adapter.perform(
            Post(
                platform="matrix",
                room_id=room,
                text="What worked this week?",
                thread_title="Week 1",
            )
        )
        assert post is not None and post.message_id and post.thread_id == post.message_id
        in_thread = await ana.send(
            room,
            "!help",
            **{"m.relates_to": {"rel_type": "m.thread", "event_id": post.thread_id}},
        )
        threaded = await ana.wait_for_reply(room, bot_user.user_id, in_thread)
        relation = content_of(threaded)["m.relates_to"]
        assert relation["rel_type"] == "m.thread" and relation["event_id"] == post.thread_id
        assert [m.thread_id for m in seen if m.event_id == in_thread] == [post.thread_id]

        await ana.settle(0.5)
        assert not ana.replies_to(room, bot_user.user_id, backlog)
        assert not ana.replies_to(room, bot_user.user_id, chatter)
        assert backlog not in told
    finally:
        await bot.stop()


async def test_direct_chats_and_a_choice_answered_by_reaction(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    try:
        # A direct chat the person opens: no prefix needed.
        dm = await ana.create_room(invite=bot_user.user_id, direct=True)
        asked = await ana.send(dm, "help")
        reply = await ana.wait_for_reply(dm, bot_user.user_id, asked)
        assert_quiet_notice(reply)
        assert dm in bot.adapter.state.direct_rooms

        # A direct message the bot sends on its own reuses that room.
        first = await bot.adapter.perform(
            DirectMessage(platform="matrix", user_id=ana.user_id, text="A note for you.")
        )
        assert first is not None and first.message_id
        await ana.wait_for(dm, lambda e: getattr(e, "event_id", None) == first.message_id)

        # A proposal-like message with choices, answered with a reaction.
        choices = (
            Choice(label="Show me the commands", command="!help"),
            Choice(label="Not now", command="!help nosuchcommand"),
        )
        offer = await bot.adapter.perform(
            DirectMessage(
                platform="matrix", user_id=ana.user_id, text="Shall I help?", choices=choices
            )
        )
        assert offer is not None and offer.message_id
        proposal = await ana.wait_for(
            dm, lambda e: getattr(e, "event_id", None) == offer.message_id
        )
        assert "✅" in proposal.body and "!help" in proposal.body  # type: ignore[attr-defined]
        # The bot seeded the reactions, so answering is one click.
        await ana.wait_for(
            dm,
            lambda e: (
                e.source.get("type") == "m.reaction"
                and e.source["content"]["m.relates_to"]["event_id"] == offer.message_id
            ),
            what="seeded reaction",
        )
        await ana.react(dm, offer.message_id, "✅")
        answer = await ana.wait_for_reply(dm, bot_user.user_id, offer.message_id)
        assert answer.body == reply.body  # the ✅ stood for "!help"
    finally:
        await bot.stop()

    # The person leaves the direct room: the bot leaves too and forgets it.
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    try:
        await ana.client.room_leave(dm)
        for _ in range(150):
            if dm not in bot.adapter.state.direct_rooms:
                break
            await asyncio.sleep(0.1)
        assert dm not in bot.adapter.state.direct_rooms
        # A private answer now opens a fresh direct room, which the person is invited to.
        delivery = await bot.adapter.perform(
            DirectMessage(platform="matrix", user_id=ana.user_id, text="Still there?")
        )
        assert delivery is not None
        new_dm = await ana.accept_invite()
        assert new_dm != dm
        await ana.wait_for(new_dm, lambda e: getattr(e, "event_id", None) == delivery.message_id)
    finally:
        await bot.stop()


async def test_encrypted_room_and_encrypted_direct_chat(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    require_module("vodozemac", "encrypted rooms need matrix-nio[e2e]")
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory, encrypted=True)
    settings = bot_settings(tmp_path, synapse, bot_user, encryption=True)
    bot = await BotRun.start(settings)
    try:
        room = await ana.create_room(invite=bot_user.user_id, encrypted=True)
        # Power levels count only in rooms bot.toml lists: list this one (never a DM).
        await bot.stop()
        bot = await BotRun.start(settings.replace("permissions", matrix_rooms=(room,)))
        assert await trust_devices(ana.client, bot_user.user_id) >= 1
        command = await ana.send(room, "!help")
        reply = await ana.wait_for_reply(room, bot_user.user_id, command, within=30)
        assert reply.decrypted and "!help" in reply.body
        assert_quiet_notice(reply)
        assert not any(isinstance(e, MegolmEvent) for e in ana.events[room])
        # What the homeserver stored is ciphertext.
        stored = await asyncio.to_thread(
            get_event, synapse, ana.client.access_token, room, reply.event_id
        )
        assert stored["type"] == "m.room.encrypted"

        dm = await ana.create_room(invite=bot_user.user_id, encrypted=True, direct=True)
        asked = await ana.send(dm, "help")
        answer = await ana.wait_for_reply(dm, bot_user.user_id, asked, within=30)
        # The same help, less the coordinator commands: power levels never count in a DM.
        assert answer.decrypted and "commands you can use" in answer.body
        assert "!prompt" in reply.body and "!prompt" not in answer.body
    finally:
        await bot.stop()


async def test_a_direct_room_the_bot_opens_is_encrypted_for_the_person(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    require_module("vodozemac", "encrypted rooms need matrix-nio[e2e]")
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    mia = await new_human(synapse, nio_client_factory, "mia", encrypted=True)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user, encryption=True))
    try:
        # The bot writes first: the room is new, and the person is only invited when the
        # message is encrypted. It must be readable once she joins.
        delivery = await bot.adapter.perform(
            DirectMessage(platform="matrix", user_id=mia.user_id, text="A proposal for you.")
        )
        assert delivery is not None and delivery.message_id
        dm = await mia.accept_invite()
        note = await mia.wait_for(
            dm,
            lambda e: getattr(e, "event_id", None) == delivery.message_id,
            what="the bot's first message",
        )
        for _ in range(20):  # the room key may follow the message by a sync or two
            if not isinstance(note, MegolmEvent):
                break
            await mia.sync()
            with contextlib.suppress(EncryptionError):
                note = mia.client.decrypt_event(note)
        assert isinstance(note, RoomMessageNotice), f"not readable: {note!r}"
        assert note.decrypted and note.body == "A proposal for you."
    finally:
        await bot.stop()


async def test_a_file_for_an_encrypted_direct_room_is_uploaded_encrypted(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    require_module("vodozemac", "encrypted rooms need matrix-nio[e2e]")
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    mia = await new_human(synapse, nio_client_factory, "mia", encrypted=True)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user, encryption=True))
    export = Attachment(
        filename="mydata-2026-11-24.json",
        content='{\n  "bio": "Ausbilderin, zwölf Jahre"\n}\n'.encode(),
        mime="application/json",
    )
    try:
        delivery = await bot.adapter.perform(
            DirectMessage(
                platform="matrix", user_id=mia.user_id, text="Your data:", attachment=export
            )
        )
        assert delivery is not None and delivery.message_id
        dm = await mia.accept_invite()
        sent: RoomEncryptedFile | None = None
        for _ in range(40):  # the room key may follow the events by a sync or two
            for index, event in enumerate(mia.events.get(dm, [])):
                if isinstance(event, MegolmEvent):
                    with contextlib.suppress(EncryptionError):
                        mia.events[dm][index] = event = mia.client.decrypt_event(event)
                if isinstance(event, RoomEncryptedFile):
                    sent = event
            if sent is not None:
                break
            await mia.sync()
        assert sent is not None, "no readable file arrived"
        assert sent.body == export.filename
        downloaded = await mia.client.download(mxc=sent.url)
        assert isinstance(downloaded, MemoryDownloadResponse), downloaded
        # The media repository holds ciphertext; the keys in the event open it.
        assert downloaded.body != export.content
        plain = decrypt_attachment(downloaded.body, sent.key["k"], sent.hashes["sha256"], sent.iv)
        assert plain == export.content
    finally:
        await bot.stop()


async def _burst(ana: Human, room: str, bot_id: str, count: int, within: float) -> None:
    commands = [await ana.send(room, "!help" if n % 2 else f"!hepl{n}") for n in range(count)]
    deadline = time.monotonic() + within
    while len(ana.notices(room, bot_id)) < count and time.monotonic() < deadline:
        await ana.sync(timeout_ms=1000)
    answered = [reply_target(n) for n in ana.notices(room, bot_id)]
    assert answered == commands, (
        f"{len(answered)}/{count} answered, in order: {answered == commands}"
    )


async def test_burst_of_twenty_is_answered_in_order_and_rooms_do_not_wait(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    release = asyncio.Event()

    async def slow_listener(message: Message) -> list[Action]:
        if message.text == "!slow":
            await release.wait()  # a command that takes as long as the test wants
        return []

    bot.app.runtime.listen(slow_listener)
    try:
        room = await ana.create_room(invite=bot_user.user_id)
        await _burst(ana, room, bot_user.user_id, 20, within=30)

        # One slow command holds up neither the sync loop nor other rooms.
        other = await ana.create_room(invite=bot_user.user_id)
        slow = await ana.send(room, "!slow")
        quick = await ana.send(other, "!help")
        await ana.wait_for_reply(other, bot_user.user_id, quick)
        assert not ana.replies_to(room, bot_user.user_id, slow)
        release.set()
        await ana.wait_for_reply(room, bot_user.user_id, slow)
    finally:
        release.set()
        await bot.stop()


async def test_burst_of_twenty_under_default_rate_limits(
    tmp_path: Path, synapse_default_limits: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    server = synapse_default_limits
    bot_user = await server.aregister(server.unique_localpart("vetbot"))
    ana_user = await server.aregister(server.unique_localpart("ana"), admin=True)
    # Only the bot meets rc_message (0.2/s, burst 10); the person may type as fast as she likes.
    await asyncio.to_thread(override_rate_limit, server, ana_user, ana_user.user_id)
    ana = Human(await nio_client_factory(server, ana_user, max_limit_exceeded=0))
    bot = await BotRun.start(bot_settings(tmp_path, server, bot_user))
    try:
        room = await ana.create_room(invite=bot_user.user_id)
        # 10 answers go out at once, the other 10 one every 5 s as Synapse allows.
        await _burst(ana, room, bot_user.user_id, 20, within=90)
        assert bot.adapter.queue.rate_limited > 0, "the homeserver never asked the bot to wait"
    finally:
        await bot.stop()


async def test_quick_restarts_replay_nothing(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    settings = bot_settings(tmp_path, synapse, bot_user)
    bot = await BotRun.start(settings)
    room = await ana.create_room(invite=bot_user.user_id)
    await ana.settle(0.5)
    # The token from before the commands: what a crash between handling a sync and saving
    # its token (or a homeserver's cached sync answer) would bring back.
    stale_token = bot.adapter.state.sync_token
    before = [await ana.send(room, "!help") for _ in range(3)]
    for command in before:
        await ana.wait_for_reply(room, bot_user.user_id, command)
    device = bot.adapter.state.credentials.device_id  # type: ignore[union-attr]
    began = time.monotonic()
    await bot.stop()
    bot = await BotRun.start(settings)
    assert time.monotonic() - began < 2.0, "the restart itself was not quick"
    await bot.stop()
    state = AdapterState.load(bot.adapter.state.path)
    assert stale_token and state.sync_token != stale_token
    state.set_sync_token(stale_token)
    state.save()
    bot = await BotRun.start(settings)
    seen: list[Message] = []

    async def listener(message: Message) -> list[Action]:
        seen.append(message)
        return []

    bot.app.runtime.listen(listener)
    try:
        assert bot.adapter.state.credentials.device_id == device  # type: ignore[union-attr]
        after = await ana.send(room, "!help")
        await ana.wait_for_reply(room, bot_user.user_id, after)
        # Room state survives the restart too: the creator still outranks an admin.
        assert [(m.sender_level or 0) >= 100 for m in seen if m.event_id == after] == [True]
        await ana.settle(1.0)
        for command in [*before, after]:
            assert len(ana.replies_to(room, bot_user.user_id, command)) == 1
    finally:
        await bot.stop()


async def test_commands_sent_while_down_are_answered_once_unless_too_old(
    tmp_path: Path,
    synapse: SynapseServer,
    nio_client_factory: NioClientFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    max_age_s = 6.0
    settings = bot_settings(tmp_path, synapse, bot_user, max_command_age_minutes=max_age_s / 60)
    bot = await BotRun.start(settings)
    room = await ana.create_room(invite=bot_user.user_id)
    await bot.stop()

    too_old = await ana.send(room, "!help")
    await asyncio.sleep(max_age_s + 0.5)
    fresh = [await ana.send(room, "!help") for _ in range(2)]
    caplog.set_level(logging.INFO, logger="adapters.matrix")
    bot = await BotRun.start(settings)
    try:
        for command in fresh:
            await ana.wait_for_reply(room, bot_user.user_id, command)
        await ana.settle(1.0)
        assert [len(ana.replies_to(room, bot_user.user_id, c)) for c in fresh] == [1, 1]
        assert not ana.replies_to(room, bot_user.user_id, too_old)
        assert any(
            getattr(r, "event_id", None) == too_old and "older than" in r.getMessage()
            for r in caplog.records
        )
    finally:
        await bot.stop()


async def test_homeserver_restart_loses_and_doubles_nothing(
    tmp_path: Path, synapse_factory: SynapseFactory, nio_client_factory: NioClientFactory
) -> None:
    server = synapse_factory()
    bot_user = await server.aregister("vetbot")
    ana = await new_human(server, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, server, bot_user))
    try:
        room = await ana.create_room(invite=bot_user.user_id)
        commands = [await ana.send(room, "!help") for _ in range(3)]
        await server.astop()
        # While the homeserver is away the core posts on its own: it waits, it is not lost.
        post = Post(platform="matrix", room_id=room, text="Weekly prompt", key="prompt-1")
        posting = asyncio.create_task(bot.adapter.perform(post))
        await asyncio.sleep(1.0)
        assert not posting.done()
        await server.astart()
        delivery = await asyncio.wait_for(posting, 30)
        assert delivery is not None and delivery.message_id
        # Posting the same key again is the same transaction: the same event, not a second one.
        again = await bot.adapter.perform(post)
        assert again is not None and again.message_id == delivery.message_id

        commands.append(await ana.send(room, "!help"))
        for command in commands:
            await ana.wait_for_reply(room, bot_user.user_id, command, within=30)
        await ana.settle(1.0)
        for command in commands:
            assert len(ana.replies_to(room, bot_user.user_id, command)) == 1
        posts = [e for e in ana.events[room] if getattr(e, "body", None) == "Weekly prompt"]
        assert [p.event_id for p in posts] == [delivery.message_id]
    finally:
        await bot.stop()


async def test_a_limited_timeline_gap_is_fetched(
    tmp_path: Path,
    synapse: SynapseServer,
    nio_client_factory: NioClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import adapters.matrix.adapter as adapter_module

    small = adapter_module.sync_filter_for

    def tiny_timeline(user_id: str) -> dict[str, object]:
        wanted = small(user_id)
        wanted["room"]["timeline"]["limit"] = 3
        return wanted

    # A timeline of 3 stands in for the homeserver cutting a long one short.
    monkeypatch.setattr(adapter_module, "sync_filter_for", tiny_timeline)
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    settings = bot_settings(tmp_path, synapse, bot_user)
    bot = await BotRun.start(settings)
    room = await ana.create_room(invite=bot_user.user_id)
    await bot.stop()
    commands = [await ana.send(room, "!help") for _ in range(8)]
    bot = await BotRun.start(settings)
    try:
        deadline = time.monotonic() + 20
        while len(ana.notices(room, bot_user.user_id)) < 8 and time.monotonic() < deadline:
            await ana.sync(timeout_ms=500)
        assert [reply_target(n) for n in ana.notices(room, bot_user.user_id)] == commands
    finally:
        await bot.stop()


async def test_a_lost_answer_to_creating_a_direct_room_makes_no_second_room(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    client = bot.adapter.client
    assert client is not None
    real_create = client.room_create
    creates: list[str] = []

    async def answer_lost(*args: Any, **kwargs: Any) -> Any:
        # The homeserver creates the room, but its answer never reaches the bot.
        answer = await real_create(*args, **kwargs)
        creates.append(answer.room_id)
        if len(creates) == 1:
            raise aiohttp.ServerDisconnectedError()
        return answer

    client.room_create = answer_lost  # type: ignore[method-assign]
    try:
        delivery = await bot.adapter.perform(
            DirectMessage(platform="matrix", user_id=ana.user_id, text="A note for you.")
        )
        assert delivery is not None and delivery.message_id
        assert len(creates) == 1
        # Ana has not joined yet (the bot does not even see its own invite in its syncs):
        # the next message still goes to the same room.
        again = await bot.adapter.perform(
            DirectMessage(platform="matrix", user_id=ana.user_id, text="And another.")
        )
        assert again is not None and again.message_id
        dm = await ana.accept_invite()
        assert creates == [dm]
        assert bot.adapter.state.dm_rooms[ana.user_id] == dm
        for wanted in (delivery.message_id, again.message_id):
            await ana.wait_for(dm, lambda e, w=wanted: getattr(e, "event_id", None) == w)
        await ana.settle(0.5)
        assert creates == [dm] and not ana.client.invited_rooms
    finally:
        await bot.stop()
