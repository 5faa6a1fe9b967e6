"""The fake Discord against an unmodified discord.py client, over 127.0.0.1.

Each test runs a plain ``discord.Client`` (and ``app_commands.CommandTree``), no project code,
so that the adapter built on the fake can trust what it emulates.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import discord
import pytest
from discord import app_commands

from tests.fakes.discord import FakeDiscord, FakeUser, point_discord_py_at

TIMEOUT = 5.0


def make_client(*, message_content: bool = True, members: bool = False) -> discord.Client:
    intents = discord.Intents.default()
    intents.message_content = message_content
    intents.members = members
    # A short guild_ready_timeout: the fake sends its one GUILD_CREATE right after READY.
    return discord.Client(intents=intents, guild_ready_timeout=0.05)


@asynccontextmanager
async def running(fake: FakeDiscord, client: discord.Client) -> AsyncIterator[discord.Client]:
    """Log ``client`` in against ``fake``, connect it, and close it afterwards."""
    with point_discord_py_at(fake.api_base, fake.gateway_url):
        await client.login(fake.token)
        task = asyncio.create_task(client.connect())
        try:
            async with asyncio.timeout(TIMEOUT):
                await client.wait_until_ready()
            yield client
        finally:
            await client.close()
            async with asyncio.timeout(TIMEOUT):
                await task


def message_queue(
    client: discord.Client, *, humans_only: bool = True
) -> asyncio.Queue[discord.Message]:
    """A queue ``on_message`` fills (without the bot's own echoed messages)."""
    queue: asyncio.Queue[discord.Message] = asyncio.Queue()

    @client.event
    async def on_message(message: discord.Message) -> None:
        if not (humans_only and message.author.bot):
            queue.put_nowait(message)

    return queue


async def next_message(queue: asyncio.Queue[discord.Message]) -> discord.Message:
    async with asyncio.timeout(TIMEOUT):
        return await queue.get()


def text_channel(client: discord.Client, channel_id: int) -> discord.TextChannel:
    channel = client.get_channel(channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


@pytest.fixture
def alice(fake: FakeDiscord) -> FakeUser:
    return fake.add_user("alice", roles=[fake.add_role("coordinator")])


async def test_client_connects_and_gets_ready_with_the_guild(
    fake: FakeDiscord, alice: FakeUser
) -> None:
    client = make_client(members=True)
    async with running(fake, client):
        identify = await fake.wait_until_ready()
        assert client.user is not None and client.user.id == fake.bot_user.id
        assert client.application_id == fake.application_id
        guild = client.get_guild(fake.guild_id)
        assert guild is not None and guild.name == "VET Trainers Europe"
        assert [channel.name for channel in guild.text_channels] == ["general"]
        member = guild.get_member(alice.id)
        assert member is not None and [role.name for role in member.roles] == [
            "@everyone",
            "coordinator",
        ]
        assert identify.intents == client.intents.value
    login = fake.requests[0]
    assert (login.method, login.path) == ("GET", "/users/@me")
    assert login.header("authorization") == f"Bot {fake.token}"
    connection = fake.gateway.connections[0]
    assert connection.query["v"] == "10" and connection.query["encoding"] == "json"
    assert connection.compression in ("zlib-stream", "zstd-stream")
    assert fake.gateway.heartbeats >= 1


async def test_on_message_receives_content(fake: FakeDiscord, alice: FakeUser) -> None:
    mentor = fake.add_role("mentor")
    client = make_client()
    queue = message_queue(client)
    async with running(fake, client):
        sent_id = await fake.send_message(fake.channel_id, alice, "!tool mentoring")
        message = await next_message(queue)
        await fake.send_message(fake.channel_id, alice, "!match", member_roles=[mentor])
        as_mentor = await next_message(queue)
    assert message.id == sent_id
    assert message.content == "!tool mentoring"
    assert message.author.id == alice.id
    assert message.guild is not None and message.guild.id == fake.guild_id
    assert message.channel.id == fake.channel_id
    assert isinstance(message.author, discord.Member)
    assert [role.name for role in message.author.roles] == ["@everyone", "coordinator"]
    assert isinstance(as_mentor.author, discord.Member)
    assert [role.name for role in as_mentor.author.roles] == ["@everyone", "mentor"]


async def test_reply_without_mentions_is_recorded_with_its_reference(
    fake: FakeDiscord, alice: FakeUser
) -> None:
    client = make_client()
    queue = message_queue(client)
    async with running(fake, client):
        asked = await fake.send_message(fake.channel_id, alice, "!tool mentoring")
        question = await next_message(queue)
        echoed = client.wait_for(
            "message", check=lambda m: m.author.id == fake.bot_user.id, timeout=TIMEOUT
        )
        reply = await question.reply(
            "3 tools found", allowed_mentions=discord.AllowedMentions.none()
        )
        assert (await echoed).id == reply.id  # Discord echoes the bot's own messages
        request = await fake.wait_for_request("POST", rf"/channels/{fake.channel_id}/messages")
    body = request.json
    assert body["content"] == "3 tools found"
    assert body["allowed_mentions"]["parse"] == []
    assert not body["allowed_mentions"].get("replied_user", False)
    assert int(body["message_reference"]["message_id"]) == asked
    assert reply.reference is not None and reply.reference.message_id == asked
    stored = fake.message(reply.id)
    assert stored is not None and stored["type"] == 19


async def test_dm_channel_is_created_then_used(fake: FakeDiscord, alice: FakeUser) -> None:
    client = make_client()
    async with running(fake, client):
        # Without the members intent the bot has not cached alice: it fetches her.
        user = await client.fetch_user(alice.id)
        dm = await user.create_dm()
        await dm.send("A mentor accepted your request")
        created = await fake.wait_for_request("POST", "/users/@me/channels")
        sent = await fake.wait_for_request("POST", rf"/channels/{dm.id}/messages")
        fake.close_dms(alice)
        with pytest.raises(discord.Forbidden) as refused:
            await dm.send("Another one")
    assert int(created.json["recipient_id"]) == alice.id
    assert dm.id == fake.dm_channel_id(alice)
    assert sent.json["content"] == "A mentor accepted your request"
    assert refused.value.code == 50007


async def test_slash_command_gets_an_ephemeral_response_via_the_callback(
    fake: FakeDiscord, alice: FakeUser
) -> None:
    client = make_client()
    tree = app_commands.CommandTree(client)
    answers: asyncio.Queue[discord.InteractionCallbackResponse[discord.Client]] = asyncio.Queue()

    @tree.command(name="tool", description="Find a tool")
    async def tool(interaction: discord.Interaction, query: str) -> None:
        answer = await interaction.response.send_message(f"Tools for {query}", ephemeral=True)
        answers.put_nowait(answer)

    async with running(fake, client):
        sent = await fake.send_slash_command("tool", user=alice, options={"query": "mentoring"})
        callback = await fake.wait_for_interaction_response(sent)
        async with asyncio.timeout(TIMEOUT):
            answer = await answers.get()
    assert callback.status == 200
    assert callback.header("Authorization") is None
    assert callback.json["type"] == 4
    assert callback.json["data"]["content"] == "Tools for mentoring"
    assert callback.json["data"]["flags"] == 64
    assert answer.is_ephemeral() and answer.message_id is not None


async def test_deferred_command_answers_with_a_followup_and_an_edit(
    fake: FakeDiscord, alice: FakeUser
) -> None:
    client = make_client()
    tree = app_commands.CommandTree(client)
    done: asyncio.Queue[int] = asyncio.Queue()

    @tree.command(name="match", description="Find a mentor")
    async def match(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(content="Searching mentors…")
        followup = await interaction.followup.send("2 mentors found", ephemeral=True, wait=True)
        done.put_nowait(followup.id)

    async with running(fake, client):
        sent = await fake.send_slash_command("match", user=alice)
        callback = await fake.wait_for_interaction_response(sent)
        app = fake.application_id
        edit = await fake.wait_for_request(
            "PATCH", rf"/webhooks/{app}/{sent.token}/messages/@original"
        )
        posted = await fake.wait_for_request("POST", rf"/webhooks/{app}/{sent.token}")
        async with asyncio.timeout(TIMEOUT):
            followup_id = await done.get()
    assert callback.json == {"type": 5, "data": {"flags": 64}}
    assert (edit.status, edit.json["content"]) == (200, "Searching mentors…")
    assert posted.header("Authorization") is None
    assert (posted.json["content"], posted.json["flags"]) == ("2 mentors found", 64)
    stored = fake.message(followup_id)
    assert stored is not None and stored["content"] == "2 mentors found"


async def test_a_late_interaction_response_is_refused_as_on_discord() -> None:
    async with FakeDiscord(interaction_deadline=0.05) as fake:
        alice = fake.add_user("alice")
        client = make_client()
        tree = app_commands.CommandTree(client)
        failures: asyncio.Queue[BaseException] = asyncio.Queue()

        @tree.command(name="tool", description="Find a tool")
        async def tool(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.1)
            try:
                await interaction.response.send_message("too late")
            except discord.HTTPException as exc:
                failures.put_nowait(exc)

        async with running(fake, client):
            sent = await fake.send_slash_command("tool", user=alice)
            callback = await fake.wait_for_interaction_response(sent)
            async with asyncio.timeout(TIMEOUT):
                failure = await failures.get()
    assert callback.status == 404
    assert isinstance(failure, discord.NotFound) and failure.code == 10062


async def test_autocomplete_is_answered_with_choices(fake: FakeDiscord, alice: FakeUser) -> None:
    client = make_client()
    tree = app_commands.CommandTree(client)
    topics = ["apprenticeship", "mentoring", "mentorship", "peer learning"]

    @tree.command(name="tool", description="Find a tool")
    async def tool(interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message(topic)

    @tool.autocomplete("topic")
    async def topic_choices(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t, value=t) for t in topics if t.startswith(current)]

    async with running(fake, client):
        sent = await fake.send_autocomplete("tool", user=alice, focused="topic", value="ment")
        callback = await fake.wait_for_interaction_response(sent)
    assert callback.status == 200
    assert callback.json["type"] == 8
    assert [choice["value"] for choice in callback.json["data"]["choices"]] == [
        "mentoring",
        "mentorship",
    ]


async def test_button_click_reaches_the_view(fake: FakeDiscord, alice: FakeUser) -> None:
    client = make_client()
    clicked_by: asyncio.Queue[int] = asyncio.Queue()

    class Proposal(discord.ui.View):
        @discord.ui.button(label="Accept", custom_id="match:accept")
        async def accept(
            self, interaction: discord.Interaction, button: discord.ui.Button[Proposal]
        ) -> None:
            clicked_by.put_nowait(interaction.user.id)
            await interaction.response.send_message("Accepted", ephemeral=True)

    async with running(fake, client):
        channel = text_channel(client, fake.channel_id)
        proposal = await channel.send("A mentor proposal", view=Proposal(timeout=None))
        posted = await fake.wait_for_request("POST", rf"/channels/{fake.channel_id}/messages")
        sent = await fake.send_button_click(proposal.id, "match:accept", user=alice)
        callback = await fake.wait_for_interaction_response(sent)
        async with asyncio.timeout(TIMEOUT):
            assert await clicked_by.get() == alice.id
    assert posted.json["components"][0]["components"][0]["custom_id"] == "match:accept"
    assert callback.json["data"]["content"] == "Accepted"


@pytest.mark.parametrize("global_", [False, True])
async def test_a_429_is_retried_after_retry_after(
    fake: FakeDiscord, alice: FakeUser, global_: bool
) -> None:
    client = make_client()
    path = rf"/channels/{fake.channel_id}/messages"
    async with running(fake, client):
        fake.rate_limit_next("POST", path, retry_after=0.2, global_=global_)
        started = time.monotonic()
        message = await text_channel(client, fake.channel_id).send("Weekly prompt")
        elapsed = time.monotonic() - started
    posts = [r for r in fake.requests if r.method == "POST" and r.path == path]
    assert [r.status for r in posts] == [429, 200]
    assert elapsed >= 0.2
    stored = fake.message(message.id)
    assert stored is not None and stored["content"] == "Weekly prompt"


async def test_reconnect_resumes_and_replays_what_was_missed(
    fake: FakeDiscord, alice: FakeUser
) -> None:
    client = make_client()
    queue = message_queue(client)
    async with running(fake, client):
        session_id = fake.gateway.current_session().session_id
        await fake.send_reconnect()
        missed = await fake.send_message(fake.channel_id, alice, "sent while reconnecting")
        await fake.wait_for_resume()
        after = await fake.send_message(fake.channel_id, alice, "sent after resuming")
        received = [await next_message(queue), await next_message(queue)]
    assert [(m.id, m.content) for m in received] == [
        (missed, "sent while reconnecting"),
        (after, "sent after resuming"),
    ]
    assert fake.resumes == 1 and len(fake.identifies) == 1
    assert fake.gateway.connections[-1].path == "/ws-resume"
    resume = next(p for p in fake.gateway.received if p["op"] == 6)
    assert resume["d"]["session_id"] == session_id


async def test_invalid_session_leads_to_a_new_identify(fake: FakeDiscord, alice: FakeUser) -> None:
    class QuickClient(discord.Client):
        async def before_identify_hook(
            self, shard_id: int | None, *, initial: bool = False
        ) -> None:
            # discord.py waits 5 s before re-identifying; the fake has no identify rate limit.
            return None

    intents = discord.Intents.default()
    intents.message_content = True
    client = QuickClient(intents=intents, guild_ready_timeout=0.05)
    queue = message_queue(client)
    async with running(fake, client):
        first = fake.gateway.current_session().session_id
        await fake.send_invalid_session(resumable=False)
        await fake.wait_until_ready(identifies=2)
        await fake.send_message(fake.channel_id, alice, "still here?")
        message = await next_message(queue)
    assert message.content == "still here?"
    assert fake.gateway.current_session().session_id != first
    assert fake.resumes == 0


async def test_without_message_content_intent_only_mentions_and_dms_carry_content() -> None:
    async with FakeDiscord(message_content_intent_allowed=False) as fake:
        alice = fake.add_user("alice")
        client = make_client(message_content=False)
        queue = message_queue(client)
        async with running(fake, client):
            await fake.send_message(fake.channel_id, alice, "just chatting")
            await fake.send_message(fake.channel_id, alice, "!tool mentoring", mentions_bot=True)
            await fake.send_message(fake.dm_channel_id(alice), alice, "a private question")
            plain, mention, private = [await next_message(queue) for _ in range(3)]
    assert plain.content == ""
    assert mention.content == f"<@{fake.bot_user.id}> !tool mentoring"
    assert private.content == "a private question" and private.guild is None


async def test_requesting_a_disallowed_intent_closes_with_4014() -> None:
    async with FakeDiscord(message_content_intent_allowed=False) as fake:
        client = make_client(message_content=True)
        with point_discord_py_at(fake.api_base, fake.gateway_url):
            await client.login(fake.token)
            with pytest.raises(discord.PrivilegedIntentsRequired):
                async with asyncio.timeout(TIMEOUT):
                    await client.connect()
            await client.close()
        assert fake.gateway.closes == [4014]


async def test_bulk_command_registration_is_recorded_with_ids(fake: FakeDiscord) -> None:
    client = make_client()
    tree = app_commands.CommandTree(client)

    @tree.command(name="tool", description="Find a tool")
    async def tool(interaction: discord.Interaction, query: str) -> None:
        await interaction.response.send_message(query)

    @tree.command(name="match", description="Find a mentor")
    async def match(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("matching")

    guild = discord.Object(id=fake.guild_id)
    async with running(fake, client):
        synced = await tree.sync()
        tree.copy_global_to(guild=guild)
        guild_synced = await tree.sync(guild=guild)
        resynced = await tree.sync()
    put = await fake.wait_for_request("PUT", rf"/applications/{fake.application_id}/commands")
    assert sorted(command["name"] for command in put.json) == ["match", "tool"]
    assert {c.name: c.id for c in synced} == {c["name"]: int(c["id"]) for c in fake.global_commands}
    assert {c.id for c in resynced} == {c.id for c in synced}
    assert sorted(c.name for c in guild_synced) == ["match", "tool"]
    assert all(c["guild_id"] == str(fake.guild_id) for c in fake.guild_commands())


async def test_threads_and_reactions(fake: FakeDiscord, alice: FakeUser) -> None:
    client = make_client()
    queue = message_queue(client)
    async with running(fake, client):
        asked = await fake.send_message(fake.channel_id, alice, "Who could mentor me?")
        question = await next_message(queue)
        await question.add_reaction("👍")
        thread = await question.create_thread(name="Mentoring request")
        await thread.send("Let's talk here")
        channel = text_channel(client, fake.channel_id)
        other = await channel.create_thread(
            name="Peer learning", type=discord.ChannelType.public_thread
        )
        reacted = await fake.wait_for_request(
            "PUT", rf"/channels/{fake.channel_id}/messages/{asked}/reactions/👍/@me"
        )
        created = await fake.wait_for_request("POST", rf"/channels/{fake.channel_id}/threads")
    assert reacted.status == 204
    assert fake.reactions == [(fake.channel_id, asked, "👍")]
    assert thread.id == asked and thread.name == "Mentoring request"
    assert [m["content"] for m in fake.messages_in(thread.id)] == ["Let's talk here"]
    assert created.json["name"] == "Peer learning" and other.parent_id == fake.channel_id


async def test_edit_delete_and_discord_limits(fake: FakeDiscord) -> None:
    client = make_client()
    async with running(fake, client):
        channel = text_channel(client, fake.channel_id)
        draft = await channel.send("draft")
        await draft.edit(content="final")
        edited = fake.message(draft.id)
        await draft.delete()
        with pytest.raises(discord.HTTPException) as too_long:
            await channel.send("x" * 2001)
    assert edited is not None and edited["content"] == "final"
    assert fake.message(draft.id) is None
    assert (too_long.value.status, too_long.value.code) == (400, 50035)


async def test_rest_answers_with_plain_json_and_refuses_missing_auth(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{fake.api_base}/users/@me") as anonymous:
            assert anonymous.status == 401
            assert anonymous.headers["Content-Type"] == "application/json"
        headers = {"Authorization": f"Bot {fake.token}"}
        async with session.get(f"{fake.api_base}/gateway/bot", headers=headers) as gateway:
            assert gateway.headers["Content-Type"] == "application/json"
            assert (await gateway.json())["url"] == fake.gateway_url
        fake.rate_limit_next("GET", "/users/@me", retry_after=0.5)
        async with session.get(f"{fake.api_base}/users/@me", headers=headers) as limited:
            assert limited.status == 429
            assert limited.headers["Via"]
            assert limited.headers["X-RateLimit-Remaining"] == "0"
            assert (await limited.json())["retry_after"] == 0.5


async def test_a_repeated_enforced_nonce_returns_the_first_message_instead_of_a_second(
    fake: FakeDiscord, alice: FakeUser
) -> None:
    client = make_client()
    async with running(fake, client):
        dm = await (await client.fetch_user(alice.id)).create_dm()
        # discord.py sends every nonce with enforce_nonce: true.
        first = await dm.send("Proposal #1: can you help?", nonce="outbox-key-1")
        again = await dm.send("Proposal #1: can you help?", nonce="outbox-key-1")
        other = await dm.send("Proposal #2: can you help?", nonce="outbox-key-2")
        elsewhere = await text_channel(client, fake.channel_id).send(
            "Same nonce in another channel", nonce="outbox-key-1"
        )
    posts = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert all(r.json["enforce_nonce"] is True for r in posts)
    assert [r.status for r in posts] == [200, 200, 200, 200]
    assert again.id == first.id and again.nonce == "outbox-key-1"
    assert elsewhere.id == first.id  # the nonce belongs to the author, not to the channel
    assert other.id != first.id
    assert [m["content"] for m in fake.messages_in(dm.id)] == [
        "Proposal #1: can you help?",
        "Proposal #2: can you help?",
    ]
    assert fake.messages_in(fake.channel_id) == []


async def test_a_nonce_is_only_enforced_when_asked_and_within_the_window() -> None:
    async with FakeDiscord(nonce_window=0.2) as fake:
        url = f"{fake.api_base}/channels/{fake.channel_id}/messages"
        headers = {"Authorization": f"Bot {fake.token}"}

        async def post(body: dict[str, object]) -> tuple[int, dict[str, object]]:
            async with session.post(url, json=body, headers=headers) as response:
                return response.status, await response.json()

        async with aiohttp.ClientSession() as session:
            _, plain = await post({"content": "one", "nonce": "n1"})
            _, echoed = await post({"content": "two", "nonce": "n1"})
            _, enforced = await post({"content": "three", "nonce": "n2", "enforce_nonce": True})
            _, repeated = await post({"content": "three", "nonce": "n2", "enforce_nonce": True})
            await asyncio.sleep(0.3)  # past the window
            _, later = await post({"content": "three", "nonce": "n2", "enforce_nonce": True})
            status, too_long = await post(
                {"content": "four", "nonce": "n" * 26, "enforce_nonce": True}
            )
    assert plain["id"] != echoed["id"] and echoed["nonce"] == "n1"
    assert repeated["id"] == enforced["id"]
    assert later["id"] != enforced["id"]
    assert (status, too_long["code"]) == (400, 50035)
    assert [m["content"] for m in fake.messages_in(fake.channel_id)] == [
        "one",
        "two",
        "three",
        "three",
    ]


async def test_rest_latency_delays_every_answer() -> None:
    async with FakeDiscord(rest_latency=0.2) as fake, aiohttp.ClientSession() as session:
        started = time.monotonic()
        headers = {"Authorization": f"Bot {fake.token}"}
        async with session.get(f"{fake.api_base}/users/@me", headers=headers) as answer:
            assert answer.status == 200
        assert time.monotonic() - started >= 0.2


async def test_spread_sessions_give_each_event_to_one_connected_bot_process() -> None:
    async with FakeDiscord(spread_sessions=True) as fake:
        alice = fake.add_user("alice")
        first, second = make_client(), make_client()
        first_queue, second_queue = message_queue(first), message_queue(second)
        async with running(fake, first), running(fake, second):
            assert fake.gateway.live_sessions == 2
            sent = [
                await fake.send_message(fake.channel_id, alice, f"message {i}") for i in range(4)
            ]
            got = [await next_message(first_queue), await next_message(first_queue)]
            got += [await next_message(second_queue), await next_message(second_queue)]
            await second.close()
            await fake.wait_for_live_sessions(1)
            last = await fake.send_message(fake.channel_id, alice, "after one left")
            after = await next_message(first_queue)
    assert sorted(m.id for m in got) == sent
    assert first_queue.empty() and second_queue.empty()
    assert after.id == last
    assert len(fake.identifies) == 2


def test_point_discord_py_at_restores_the_defaults() -> None:
    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    with point_discord_py_at("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/ws"):
        assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/ws"
    assert before == (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)


async def test_two_guilds_each_with_their_channels_and_member_roles(fake: FakeDiscord) -> None:
    second = fake.add_guild("Réseau France")
    salon = fake.add_text_channel("salon", guild_id=second.id)
    coordination = fake.add_role("coordination", guild_id=second.id)
    koordination = fake.add_role("koordination")
    # One person in both guilds, a coordinator in each by that guild's own role.
    cora = fake.add_user("cora", roles=[koordination])
    fake.join(cora, second.id, roles=[coordination])
    claire = fake.add_user("claire", roles=[coordination], guild_id=second.id)
    with pytest.raises(ValueError, match="unknown role"):
        fake.add_user("nobody", roles=[koordination], guild_id=second.id)
    client = make_client(members=True)
    queue = message_queue(client)
    async with running(fake, client):
        first, other = client.get_guild(fake.guild_id), client.get_guild(second.id)
        assert first is not None and other is not None
        assert {g.id for g in client.guilds} == {fake.guild_id, second.id}
        assert other.name == "Réseau France"
        assert [c.name for c in first.text_channels] == ["general"]
        assert [c.name for c in other.text_channels] == ["salon"]
        assert [r.name for r in other.roles] == ["@everyone", "coordination"]
        assert first.get_member(claire.id) is None
        member = other.get_member(claire.id)
        assert member is not None and [r.name for r in member.roles][-1] == "coordination"
        for guild, role in ((first, "koordination"), (other, "coordination")):
            found = guild.get_member(cora.id)
            assert found is not None and [r.name for r in found.roles] == ["@everyone", role]

        await fake.send_message(salon.id, cora, "!prompt list")
        message = await next_message(queue)
        assert message.guild is not None and message.guild.id == second.id
        assert isinstance(message.author, discord.Member)
        assert [r.name for r in message.author.roles] == ["@everyone", "coordination"]
        with pytest.raises(ValueError, match="not a member"):
            await fake.send_message(fake.channel_id, claire, "hello")

        fetched = await other.fetch_member(claire.id)
        assert [r.name for r in fetched.roles][-1] == "coordination"
        with pytest.raises(discord.NotFound):
            await first.fetch_member(claire.id)
        assert [c.name for c in await other.fetch_channels()] == ["salon"]
    assert fake.gateway.current_session().log[0]["d"]["guilds"] == [
        {"id": str(fake.guild_id), "unavailable": True},
        {"id": str(second.id), "unavailable": True},
    ]
    created = [p["d"]["id"] for p in fake.gateway.current_session().log if p["t"] == "GUILD_CREATE"]
    assert created == [str(fake.guild_id), str(second.id)]
