"""The capabilities end to end over Matrix: the real bot, a real Synapse, people on nio clients.

What they pin down beyond the adapter's own tests: a tool lookup; a mentor match accepted with
a reaction; a coordinator's scheduled prompt that posts on time, opens a thread, counts the
replies in it and summarises them, and is never posted twice when an interrupted delivery is
resent; ``!mydata`` (a note and an ``m.file``) and ``!forgetme`` answered in a direct room.
"""

from __future__ import annotations

import asyncio
import html
import json
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.integration.conftest import NioClientFactory, require_module
from tests.integration.synapse import SynapseServer

require_module("nio", "the Matrix tests drive matrix-nio clients; install the 'matrix' extra")

from nio import (  # noqa: E402
    MemoryDownloadResponse,
    RoomGetStateEventResponse,
    RoomMessageFile,
    RoomMessageNotice,
    RoomPutStateResponse,
)

from adapters.matrix.settings import MatrixPermissions  # noqa: E402
from adapters.matrix.translate import txn_id_for_key  # noqa: E402
from bot.capabilities.knowledge.service import KnowledgeService  # noqa: E402
from bot.capabilities.prompts.models import Delivery, State  # noqa: E402
from bot.i18n import t  # noqa: E402
from bot.store.models import Identity  # noqa: E402
from tests.integration.matrix_harness import (  # noqa: E402
    BotRun,
    assert_quiet_notice,
    bot_settings,
    content_of,
    get_event,
    new_human,
)

pytestmark = pytest.mark.slow


async def eventually(check: Callable[[], Awaitable[bool]], *, within: float, what: str) -> None:
    """Poll ``check`` until it holds (the bot records some things just after sending them)."""
    deadline = time.monotonic() + within
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"never happened: {what}")
        await asyncio.sleep(0.1)


async def test_tool_lookup(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    try:
        room = await ana.create_room(invite=bot_user.user_id)
        # Two typos; the curated seed is loaded on the first start.
        asked = await ana.send(room, "!tool vet in europe databse")
        reply = await ana.wait_for_reply(room, bot_user.user_id, asked)
        assert_quiet_notice(reply)
        entry = await bot.app.runtime.get(KnowledgeService).get("vet-in-europe-database")
        assert entry is not None
        # Compact: the title links to the entry in HTML; the plain fallback names its domain.
        first = next(line for line in reply.body.splitlines() if line.lstrip().startswith("1."))
        assert "[vet-in-europe-database] — " in first, reply.body
        formatted = str(content_of(reply)["formatted_body"])
        link = f'<a href="{html.escape(entry.content.url, quote=True)}">'
        assert f"1. {link}{html.escape(entry.content.title, quote=False)}</a>" in formatted
        assert "<code>vet-in-europe-database</code>" in formatted
        assert entry.content.url not in reply.body
        assert formatted.count("https://") == formatted.count("<a href=")
    finally:
        await bot.stop()


async def test_tool_pages_forward_and_back_with_reactions(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    bot_id = bot_user.user_id
    ana = await new_human(synapse, nio_client_factory)
    settings = bot_settings(tmp_path, synapse, bot_user, sections={"knowledge": {"page_size": 2}})
    bot = await BotRun.start(settings)
    try:
        room = await ana.create_room(invite=bot_id)
        asked = await ana.send(room, "!tool quality")
        first = await ana.wait_for_reply(room, bot_id, asked)
        # The choice is offered as a reaction (seeded by the bot) and as a line of text.
        assert t("knowledge.more_label") in first.body and "!more back" not in first.body
        forward = await ana.react(room, first.event_id, "✅")
        second = await ana.wait_for_reply(room, bot_id, first.event_id)
        assert forward and "\n3. " in f"\n{second.body}" and "!more back" in second.body
        asked = await ana.send(room, "!more back")
        again = await ana.wait_for_reply(room, bot_id, asked)
        assert _numbered(again.body) == _numbered(first.body) == ["1.", "2."]
        assert _numbered(second.body)[0] == "3."
    finally:
        await bot.stop()


def _numbered(body: str) -> list[str]:
    """The numbers of the list items in a plain body (``1.``, ``2.``)."""
    return [line.split(" ", 1)[0] for line in body.splitlines() if line[:1].isdigit()]


MENTOR_JOIN = (
    "!mentor join topics: apprenticeship design, assessment of apprentices; languages: en, de;"
    " country: DE; sector: construction; capacity: 2; consent: yes"
)
NEED = "!match designing the assessment of apprentices in construction lang: en; country: DE"


async def test_match_proposal_accepted_with_a_reaction(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    mia = await new_human(synapse, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    bot_id = bot_user.user_id
    try:
        room = await ana.create_room_with(mia, invite=bot_id)

        await mia.send(room, MENTOR_JOIN)
        await mia.wait_for_notice(bot_id, "Welcome")
        await ana.send(room, NEED)
        await ana.wait_for_notice(bot_id, "Request #1")

        # The proposal reaches the mentor in a direct room, with its choices as reactions.
        dm, proposal = await mia.wait_for_notice(bot_id, "!match accept")
        assert dm != room and "✅" in proposal.body
        ana_name = ana.user_id.split(":")[0][1:]
        assert ana_name not in proposal.body  # who asks is not shown before accepting
        await mia.react(dm, proposal.event_id, "✅")

        # Accepting introduces them to each other.
        _, to_ana = await ana.wait_for_notice(bot_id, mia.user_id.split(":")[0][1:])
        assert "!match feedback" in to_ana.body
        answered = await mia.wait_for_reply(dm, bot_id, proposal.event_id)
        assert answered.body
        await ana.send(room, "!match status")
        _, status = await ana.wait_for_notice(bot_id, "matched with")
        assert status.body
    finally:
        await bot.stop()


PROMPT_TEXT = "What worked in your workshop this week?"


async def test_scheduled_prompt_posts_opens_a_thread_counts_replies_and_never_doubles(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    mia = await new_human(synapse, nio_client_factory, "mia")
    # The summary follows the post by 7.2 s: time enough for a reply on a loaded machine.
    settings = bot_settings(
        tmp_path, synapse, bot_user, sections={"prompts": {"summary_after_hours": 0.002}}
    )
    bot = await BotRun.start(settings)
    bot_id = bot_user.user_id
    store = bot.app.runtime.store
    try:
        room = await ana.create_room_with(mia, invite=bot_id)

        def schedule_in(seconds: float) -> tuple[datetime, str]:
            at = (datetime.now(UTC) + timedelta(seconds=seconds)).replace(microsecond=0)
            when = at.strftime("%Y-%m-%d %H:%M:%S")
            return at, f"!prompt schedule in: {room}; at: {when}; tz: UTC; text: {PROMPT_TEXT}"

        # Power levels count only in rooms bot.toml lists: even the room's creator is no
        # coordinator in this one until the operator lists it and restarts the bot.
        unlisted = await ana.send(room, schedule_in(60)[1])
        answer = await ana.wait_for_reply(room, bot_id, unlisted)
        assert answer.body == t(
            "core.permission_denied", command="!prompt schedule", role="coordinator"
        )
        await bot.stop()
        settings = settings.replace("permissions", matrix_rooms=(room,))
        bot = await BotRun.start(settings)
        store = bot.app.runtime.store

        # Mia has no power in the room yet: she may not schedule.
        refused = await mia.send(room, schedule_in(60)[1])
        answer = await mia.wait_for_reply(room, bot_id, refused)
        denied = t("core.permission_denied", command="!prompt schedule", role="coordinator")
        assert answer.body == denied
        # Ana (the room's creator) raises her to exactly the coordinators' power level.
        levels = await ana.client.room_get_state_event(room, "m.room.power_levels")
        assert isinstance(levels, RoomGetStateEventResponse), levels
        coordinator = settings.permission_keys("matrix", MatrixPermissions).coordinator_power_level
        content = {**levels.content, "users": {**levels.content["users"], mia.user_id: coordinator}}
        raised = await ana.client.room_put_state(room, "m.room.power_levels", content)
        assert isinstance(raised, RoomPutStateResponse), raised

        # A few seconds ahead: the engine claims it 2 s before and posts it at the second.
        at, command = schedule_in(6)
        asked = await mia.send(room, command)
        scheduled = await mia.wait_for_reply(room, bot_id, asked)
        assert "Scheduled prompt 1" in scheduled.body, scheduled.body

        # At its time, the prompt is posted in the room as a notice of its own...
        post = await ana.wait_for(
            room,
            lambda e: (
                isinstance(e, RoomMessageNotice) and e.sender == bot_id and PROMPT_TEXT in e.body
            ),
            within=20,
            what="the scheduled prompt",
        )
        assert isinstance(post, RoomMessageNotice)
        assert_quiet_notice(post)
        assert "m.relates_to" not in content_of(post)  # it is the root of its thread
        assert post.server_timestamp >= at.timestamp() * 1000, "posted before its time"

        # ...and a reply in its thread is counted, not answered, and summarised later on.
        reply = await ana.send(
            room,
            "Peer observation, in pairs.",
            **{"m.relates_to": {"rel_type": "m.thread", "event_id": post.event_id}},
        )
        summary = await ana.wait_for(
            room,
            lambda e: (
                isinstance(e, RoomMessageNotice)
                and e.sender == bot_id
                and content_of(e).get("m.relates_to", {}).get("rel_type") == "m.thread"
                and content_of(e)["m.relates_to"].get("event_id") == post.event_id
            ),
            within=20,
            what="the participation summary in the thread",
        )
        assert summary.body == t("prompts.summary.text", people=1, replies=1)  # type: ignore[attr-defined]
        assert not ana.replies_to(room, bot_id, reply)

        async def delivery() -> Delivery:
            async with store.session() as session:
                return (await session.execute(select(Delivery))).scalar_one()

        async def summarised() -> bool:
            return (await delivery()).summary_state == "posted"

        await eventually(summarised, within=10, what="the summary recorded")
        sent = await delivery()
        assert (sent.state, sent.message_id, sent.thread_id) == (
            State.SENT,
            post.event_id,
            post.event_id,
        )
        assert (sent.replies, sent.participants) == (1, 1)
        # The post's transaction id is derived from the delivery key.
        token = bot.adapter.state.credentials.access_token  # type: ignore[union-attr]
        stored = await asyncio.to_thread(get_event, synapse, token, room, post.event_id)
        assert stored["unsigned"]["transaction_id"] == txn_id_for_key(sent.key)

        # A crash between posting and recording it: the delivery is left in "sending".
        async with store.session() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.id == sent.id)
                .values(state=State.SENDING, message_id=None, thread_id=None, summary_state=None)
            )
        await bot.stop()
        bot = await BotRun.start(settings)
        store = bot.app.runtime.store

        async def resent() -> bool:
            return (await delivery()).state == State.SENT

        # The restart resends it with the same key: the homeserver gives back the same event.
        await eventually(resent, within=20, what="the interrupted delivery resent")
        assert (await delivery()).message_id == post.event_id
        await ana.settle(1.0)
        posts = [n.event_id for n in ana.notices(room, bot_id) if PROMPT_TEXT in n.body]
        assert posts == [post.event_id]
    finally:
        await bot.stop()


async def test_mydata_and_forgetme(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    mia = await new_human(synapse, nio_client_factory, "mia")
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    bot_id = bot_user.user_id
    try:
        room = await mia.create_room(invite=bot_id)
        await mia.send(room, MENTOR_JOIN)
        await mia.wait_for_notice(bot_id, "Welcome")

        # The export goes to a direct room, never to the shared one: a short note, then the
        # JSON as an m.file uploaded to the media repository.
        await mia.send(room, "!mydata")
        dm, note = await mia.wait_for_notice(bot_id, t("privacy.export_intro"))
        assert dm != room and dm in bot.adapter.state.direct_rooms
        assert note.body == t("privacy.export_intro")
        sent = await mia.wait_for(
            dm, lambda e: isinstance(e, RoomMessageFile), what="the export file"
        )
        assert isinstance(sent, RoomMessageFile)
        content = content_of(sent)
        assert content["filename"].startswith("mydata-") and content["filename"].endswith(".json")
        assert content["info"]["mimetype"] == "application/json"
        assert content["m.mentions"] == {}
        downloaded = await mia.client.download(mxc=sent.url)
        assert isinstance(downloaded, MemoryDownloadResponse), downloaded
        assert content["info"]["size"] == len(downloaded.body)
        data = json.loads(downloaded.body)
        # A file, not chat text: ids are as they are, with no zero-width space in them.
        ids = [i["user_id"] for i in data["identities"]]
        assert ids == [mia.user_id]
        assert "apprenticeship design" in json.dumps(data["mentoring"])
        assert "score" not in downloaded.body.decode()
        assert not any(t("privacy.export_intro") in n.body for n in mia.notices(room, bot_id))

        asked = await mia.send(dm, "!forgetme confirm")
        done = await mia.wait_for_reply(dm, bot_id, asked)
        assert done.body == t("privacy.forgotten")
        async with bot.app.runtime.store.session() as session:
            left = (
                await session.execute(select(Identity).where(Identity.platform == "matrix"))
            ).scalars()
            assert mia.user_id not in [i.user_id for i in left]

        asked = await mia.send(dm, "!mydata")
        nothing = await mia.wait_for_reply(dm, bot_id, asked)
        assert nothing.body == t("privacy.nothing_stored")
    finally:
        await bot.stop()
