"""The Discord adapter end to end: the real core and discord.py against the fake Discord.

Every test runs the bot in process (``discord_kit.running_bot``) and asserts on what reached
the fake: REST bodies (content, references, mentions, flags, components, nonces) and gateway
sessions (intents, resumes).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from pathlib import Path

import pytest

from adapters.discord.sync import sync_commands
from adapters.discord.translate import MAX_CONTENT, nonce_for
from bot.actions import Choice, DirectMessage, Post
from bot.app import run
from bot.cli import AppServices, build_parser
from bot.commands import Command
from bot.context import Context
from bot.i18n import languages
from bot.runtime import Runtime
from tests.fakes.discord import FakeDiscord, FakeUser, Intent
from tests.fakes.discord.state import ChannelKind
from tests.integration.discord_kit import (
    LONG_LINE,
    TIMEOUT,
    bot_post,
    discord_settings,
    probe_commands,
    running_bot,
)

NO_PINGS = {"parse": [], "replied_user": False}
EPHEMERAL = 64


@pytest.fixture
def alice(fake: FakeDiscord) -> FakeUser:
    return fake.add_user("alice")


async def test_prefix_command_in_a_channel_is_answered_as_a_reply_without_pings(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path):
        asked = await fake.send_message(fake.channel_id, alice, "!echo hello @everyone")
        sent = await bot_post(fake, fake.channel_id)
    body = sent.json
    assert body["content"].startswith("echo: hello @")
    assert "@everyone" not in body["content"]  # the core breaks the mention, Discord ignores it
    assert int(body["message_reference"]["message_id"]) == asked
    assert body["allowed_mentions"] == NO_PINGS


async def test_a_mention_is_a_command_without_the_prefix(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path):
        await fake.send_message(fake.channel_id, alice, "just chatting, !echo ignored")
        await fake.send_message(fake.channel_id, alice, "echo via mention", mentions_bot=True)
        sent = await bot_post(fake, fake.channel_id)
    assert sent.json["content"] == "echo: via mention"
    assert sent.json["allowed_mentions"] == NO_PINGS


async def test_direct_message_needs_no_prefix_and_is_direct(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    dm = fake.dm_channel_id(alice)
    async with running_bot(fake, tmp_path):
        await fake.send_message(dm, alice, "whoami")
        sent = await bot_post(fake, dm)
    assert "user=alice" in sent.json["content"]
    assert "direct=True" in sent.json["content"] and "guild=None" in sent.json["content"]
    assert sent.json["allowed_mentions"] == NO_PINGS


async def test_a_message_in_a_thread_is_answered_in_the_thread(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    thread = fake.world.add_thread(
        parent_id=fake.channel_id, name="Prompt 1", kind=ChannelKind.PUBLIC_THREAD
    )
    async with running_bot(fake, tmp_path):
        await fake.send_message(thread.id, alice, "!whoami")
        sent = await bot_post(fake, thread.id)
    assert f"thread={thread.id}" in sent.json["content"]


async def test_guild_settings_give_language_and_country(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    lang = languages()[-1]  # a server's language must have a catalog
    guilds = {str(fake.guild_id): {"language": lang, "country": "AT"}}
    async with running_bot(fake, tmp_path, discord={"guilds": guilds}):
        await fake.send_message(fake.channel_id, alice, "!whoami")
        sent = await bot_post(fake, fake.channel_id)
    assert f"lang={lang} country=AT" in sent.json["content"]
    assert f"guild={fake.guild_id}" in sent.json["content"]


async def test_slash_command_runs_as_the_prefix_form_and_personal_answers_are_ephemeral(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path):
        mine = await fake.send_slash_command("whoami", user=alice)
        personal = await fake.wait_for_interaction_response(mine)
        echoed = await fake.send_slash_command(
            "echo",
            user=alice,
            options=[
                {
                    "type": 1,
                    "name": "run",
                    "options": [
                        {"type": 3, "name": "text", "value": "mentoring"},
                        {"type": 3, "name": "note", "value": "a; b"},
                        {"type": 3, "name": "lang", "value": "de"},
                    ],
                }
            ],
        )
        public = await fake.wait_for_interaction_response(echoed)
        twice = await fake.send_slash_command(
            "echo",
            user=alice,
            options=[
                {"type": 1, "name": "twice", "options": [{"type": 3, "name": "text", "value": "x"}]}
            ],
        )
        sub = await fake.wait_for_interaction_response(twice)
    assert personal.json["type"] == 4
    assert personal.json["data"]["flags"] == EPHEMERAL
    assert "user=alice" in personal.json["data"]["content"]
    assert "lang=en" in personal.json["data"]["content"]  # the interaction's locale, en-US
    assert personal.json["data"]["allowed_mentions"]["parse"] == []
    assert public.json["data"]["content"] == "echo: mentoring [lang=de; note=a; b]"
    assert not public.json["data"].get("flags", 0) & EPHEMERAL
    assert sub.json["data"]["content"] == "echo: x"


async def test_an_interaction_answers_first_then_follows_up(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    app_id = fake.application_id
    async with running_bot(fake, tmp_path):
        long = await fake.send_slash_command("long", user=alice)
        first = await fake.wait_for_interaction_response(long)
        more = [await fake.wait_for_request("POST", rf"/webhooks/{app_id}/{long.token}")]
        more.append(await fake.wait_for_request("POST", rf"/webhooks/{app_id}/{long.token}"))
    assert first.json["type"] == 4
    contents = [first.json["data"]["content"], *(m.json["content"] for m in more)]
    assert "\n".join(contents) == "\n".join(f"{i}:{LONG_LINE}" for i in range(5))
    assert all(m.json["allowed_mentions"]["parse"] == [] for m in more)


async def test_a_slow_command_is_deferred_then_answered_with_followups(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    app_id = fake.application_id
    async with running_bot(fake, tmp_path) as bot:
        bot.adapter.defer_after = 0.05
        slow = await fake.send_slash_command("slow", user=alice)
        deferred = await fake.wait_for_interaction_response(slow)
        answers = [
            await fake.wait_for_request("POST", rf"/webhooks/{app_id}/{slow.token}")
            for _ in range(2)
        ]
    assert deferred.json == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert [a.json["content"] for a in answers] == ["thought about it", "and one more thing"]
    assert all(a.json["flags"] == EPHEMERAL for a in answers)


async def test_autocomplete_is_answered_from_the_completion_source_well_within_3_s(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path):
        started = time.monotonic()
        sent = await fake.send_autocomplete(
            "echo",
            user=alice,
            focused="text",
            value="ment",
            # As Discord sends it: the focused option inside the subcommand it belongs to.
            options=[
                {
                    "type": 1,
                    "name": "run",
                    "options": [{"type": 3, "name": "text", "value": "ment", "focused": True}],
                }
            ],
        )
        callback = await fake.wait_for_interaction_response(sent)
        elapsed = time.monotonic() - started
        unknown = await fake.send_autocomplete("whoami", user=alice, focused="x", value="a")
        empty = await fake.wait_for_interaction_response(unknown)
    # The fake appends the focused option at the top level; the adapter reads it there too.
    assert callback.status == 200 and callback.json["type"] == 8
    assert callback.json["data"]["choices"] == [
        {"name": "Mentoring", "value": "mentoring"},
        {"name": "Mentorship", "value": "mentorship"},
    ]
    assert elapsed < 1.0
    assert empty.json == {"type": 8, "data": {"choices": []}}


async def test_choices_become_buttons_and_a_click_runs_the_command_as_the_clicker(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    bob = fake.add_user("bob")
    async with running_bot(fake, tmp_path):
        await fake.send_message(fake.channel_id, alice, "!ask")
        offered = await bot_post(fake, fake.channel_id)
        buttons = offered.json["components"][0]["components"]
        message_id = int(fake.messages_in(fake.channel_id)[-1]["id"])
        clicked = await fake.send_button_click(message_id, buttons[0]["custom_id"], user=bob)
        answer = await fake.wait_for_interaction_response(clicked)
    assert [(b["label"], b["custom_id"], b["type"]) for b in buttons] == [
        ("Yes", "vetbot:!whoami", 2),
        ("No", "vetbot:!echo no", 2),
    ]
    assert answer.json["type"] == 4
    assert "user=bob" in answer.json["data"]["content"]


LONG_CHOICE = "!echo " + "w" * 100 + " @everyone <@&123456789012345678>"


async def _ask_long(ctx: Context) -> None:
    ctx.reply("Say it back?", choices=[Choice(label="Echo it", command=LONG_CHOICE)])


def _with_a_long_choice(runtime: Runtime) -> None:
    probe_commands(runtime)
    runtime.registry.add(Command(name="asklong", summary="A long choice.", handler=_ask_long))


async def test_a_choice_too_long_for_a_custom_id_is_a_button_kept_by_the_adapter(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path, setup=_with_a_long_choice):
        await fake.send_message(fake.channel_id, alice, "!asklong")
        offered = await bot_post(fake, fake.channel_id)
        [button] = offered.json["components"][0]["components"]
        message_id = int(fake.messages_in(fake.channel_id)[-1]["id"])
        clicked = await fake.send_button_click(message_id, button["custom_id"], user=alice)
        answer = await fake.wait_for_interaction_response(clicked)
    async with running_bot(fake, tmp_path, setup=_with_a_long_choice):
        # After a restart the kept command is gone: the click is answered, nothing is run.
        again = await fake.send_button_click(message_id, button["custom_id"], user=alice)
        expired = await fake.wait_for_interaction_response(again)
    # The command is the button's payload only, never message text.
    assert offered.json["content"] == "Say it back?"
    assert len(button["custom_id"]) <= 100 and "@everyone" not in button["custom_id"]
    assert answer.json["data"]["content"].startswith("echo: " + "w" * 100)
    assert "has expired" in expired.json["data"]["content"]
    assert expired.json["data"]["flags"] == EPHEMERAL


async def test_a_long_answer_is_split_at_line_boundaries(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path):
        asked = await fake.send_message(fake.channel_id, alice, "!long")
        parts = [await bot_post(fake, fake.channel_id) for _ in range(3)]
    contents = [p.json["content"] for p in parts]
    assert all(len(c) <= MAX_CONTENT for c in contents)
    assert "\n".join(contents) == "\n".join(f"{i}:{LONG_LINE}" for i in range(5))
    assert all(line.endswith(LONG_LINE) for c in contents for line in c.split("\n"))
    assert int(parts[0].json["message_reference"]["message_id"]) == asked
    assert all("message_reference" not in p.json for p in parts[1:])
    assert all(p.json["allowed_mentions"] == NO_PINGS for p in parts)


async def test_a_429_is_waited_out_and_the_answer_still_arrives(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    path = rf"/channels/{fake.channel_id}/messages"
    async with running_bot(fake, tmp_path):
        fake.rate_limit_next("POST", path, retry_after=0.2)
        await fake.send_message(fake.channel_id, alice, "!echo patience")
        limited = await bot_post(fake, fake.channel_id)
        delivered = await bot_post(fake, fake.channel_id)
    assert (limited.status, delivered.status) == (429, 200)
    assert delivered.json["content"] == "echo: patience"


async def test_after_reconnect_the_session_resumes_and_the_bot_still_answers(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path):
        await fake.send_reconnect()
        await fake.send_message(fake.channel_id, alice, "!echo while reconnecting")
        await fake.wait_for_resume()
        await fake.send_message(fake.channel_id, alice, "!echo after resuming")
        answers = [await bot_post(fake, fake.channel_id) for _ in range(2)]
    assert [a.json["content"] for a in answers] == [
        "echo: while reconnecting",
        "echo: after resuming",
    ]
    assert fake.resumes == 1 and len(fake.identifies) == 1


async def test_without_the_message_content_intent_it_falls_back_and_keeps_working(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="adapters.discord")
    async with FakeDiscord(message_content_intent_allowed=False) as fake:
        alice = fake.add_user("alice")
        async with running_bot(fake, tmp_path) as bot:
            await fake.send_message(fake.channel_id, alice, "!echo unseen")
            await fake.send_message(fake.channel_id, alice, "echo seen", mentions_bot=True)
            first = await bot_post(fake, fake.channel_id)
            slash = await fake.send_slash_command("whoami", user=alice)
            answered = await fake.wait_for_interaction_response(slash)
            assert bot.adapter.message_content is False
    assert fake.gateway.closes == [4014]
    first_try, second_try = fake.identifies
    assert first_try.has(Intent.MESSAGE_CONTENT) and not second_try.has(Intent.MESSAGE_CONTENT)
    assert any("4014" in r.getMessage() for r in caplog.records)
    # The bare "!echo unseen" arrived without content, so the first answer is the mention's.
    assert first.json["content"] == "echo: seen"
    assert "user=alice" in answered.json["data"]["content"]


async def test_discord_roles_map_to_coordinator_by_name_and_by_id(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    by_name = fake.add_user("cora", roles=[fake.add_role("coordinator")])
    by_id_role = fake.add_role("Netzwerk-Koordination")
    by_id = fake.add_user("kai", roles=[by_id_role])
    plain = fake.add_user("tim", roles=[fake.add_role("trainer")])
    roles = {"coordinator_roles": ("coordinator", str(by_id_role.id))}
    # Roles count only in a server bot.toml configures; by default in none.
    async with running_bot(fake, tmp_path, permissions=roles):
        await fake.send_message(fake.channel_id, by_name, "!secret")
        unconfigured = (await bot_post(fake, fake.channel_id)).json["content"]
    permissions = {**roles, "discord_guilds": (str(fake.guild_id),)}
    async with running_bot(fake, tmp_path, permissions=permissions):
        answers = []
        for user in (by_name, by_id, plain):
            await fake.send_message(fake.channel_id, user, "!secret")
            answers.append((await bot_post(fake, fake.channel_id)).json["content"])
    assert "coordinator" in unconfigured and "granted" not in unconfigured
    assert answers[:2] == ["coordinators only: granted"] * 2
    assert "coordinator" in answers[2] and "granted" not in answers[2]


async def test_a_refused_direct_message_is_logged_and_reported_to_the_sender(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="adapters.discord")
    fake.close_dms(alice)
    async with running_bot(fake, tmp_path) as bot:
        await fake.send_message(fake.channel_id, alice, "!notify")
        refused = await bot_post(fake, fake.dm_channel_id(alice))
        notices = [await bot_post(fake, fake.channel_id) for _ in range(2)]
        direct = DirectMessage(platform="discord", user_id=str(alice.id), text="later")
        assert await bot.app.send([direct]) == [None]
    assert (refused.status, refused.json["content"]) == (403, "A private note for you.")
    assert "direct message" in notices[1].json["content"]
    failures = [
        r for r in caplog.records if r.getMessage() == "Discord refused to deliver an action"
    ]
    assert len(failures) == 2
    assert {(r.action, r.code) for r in failures} == {("DirectMessage", 50007)}  # type: ignore[attr-defined]
    # Logs name neither the recipient nor the text.
    assert not any(hasattr(r, "user") or hasattr(r, "text") for r in failures)


async def test_a_post_with_a_thread_title_opens_a_thread_with_an_idempotent_nonce(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    prompts = fake.add_text_channel("prompts")
    guilds = {str(fake.guild_id): {"prompt_channel": "prompts"}}
    async with running_bot(fake, tmp_path, discord={"guilds": guilds}) as bot:
        post = Post(
            platform="discord",
            room_id="",
            text="What makes a good first week for an apprentice?",
            thread_title="First weeks",
            key="prompt:7:2026-11-24T09:00",
        )
        (delivery,) = await bot.app.send([post])
        sent = await bot_post(fake, prompts.id)
        opened = await fake.wait_for_request(
            "POST", rf"/channels/{prompts.id}/messages/\d+/threads"
        )
        assert delivery is not None and delivery.thread_id is not None
        answer = Post(
            platform="discord", room_id=str(prompts.id), thread_id=delivery.thread_id, text="Hi"
        )
        await bot.app.send([answer])
        in_thread = await bot_post(fake, int(delivery.thread_id))
    assert sent.json["nonce"] == nonce_for(post.key or "") and sent.json["enforce_nonce"] is True
    assert len(sent.json["nonce"]) <= 25
    assert sent.json["allowed_mentions"] == NO_PINGS
    assert opened.json["name"] == "First weeks"
    assert delivery.message_id == str(delivery.thread_id)  # a thread on a message shares its id
    assert in_thread.json["content"] == "Hi"


async def test_sync_registers_commands_generated_from_the_registry(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path) as bot:
        settings, registry = bot.app.settings, bot.app.runtime.registry
        await sync_commands(settings, registry)
        await sync_commands(settings, registry, guild_id=str(fake.guild_id))
    put = await fake.wait_for_request("PUT", rf"/applications/{fake.application_id}/commands")
    commands = {c["name"]: c for c in put.json}
    assert set(commands) >= {"help", "whoami", "echo", "long", "ask", "notify", "secret"}
    echo = commands["echo"]
    assert [(o["type"], o["name"]) for o in echo["options"]] == [(1, "run"), (1, "twice")]
    run_options = {o["name"]: o for o in echo["options"][0]["options"]}
    assert run_options["text"]["autocomplete"] is True and run_options["text"]["required"]
    assert [c["value"] for c in run_options["lang"]["choices"]] == ["de", "en", "fr"]
    assert all(o["type"] == 3 for o in run_options.values())
    assert commands["help"]["options"][0]["required"] is False  # usage "[COMMAND]"
    assert {c["name"] for c in fake.guild_commands()} == set(commands)
    assert all(1 <= len(c["description"]) <= 100 for c in put.json)


async def test_stop_while_connected_ends_the_adapter_task(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path) as bot:
        await bot.adapter.stop()
        async with asyncio.timeout(TIMEOUT):
            await bot.task
        assert await bot.app.send([Post(platform="discord", room_id="1", text="x")]) == [None]


async def test_vetbot_run_serves_discord_when_a_token_is_configured(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    settings = discord_settings(fake, tmp_path)
    assert settings.enabled_adapters == ("discord",)
    serving = asyncio.create_task(run(settings, no_input=True))
    try:
        await fake.wait_until_ready()
        await fake.send_message(fake.channel_id, alice, "!help")
        answer = await bot_post(fake, fake.channel_id)
    finally:
        os.kill(os.getpid(), signal.SIGTERM)  # what `vetbot run` stops on
        async with asyncio.timeout(TIMEOUT):
            assert await serving == 0
    assert "help" in answer.json["content"]


async def test_vetbot_discord_sync_command(
    fake: FakeDiscord, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["discord", "sync", "--guild", str(fake.guild_id)])
    settings = discord_settings(fake, tmp_path)
    assert await args.with_services(settings, args, AppServices(settings)) == 0
    put = await fake.wait_for_request(
        "PUT", rf"/applications/{fake.application_id}/guilds/{fake.guild_id}/commands"
    )
    assert "help" in {c["name"] for c in put.json}
    assert f"for guild {fake.guild_id}" in capsys.readouterr().out


async def test_a_post_whose_thread_cannot_open_is_still_reported_delivered(
    fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="adapters.discord")
    thread = fake.world.add_thread(
        parent_id=fake.channel_id, name="Old prompt", kind=ChannelKind.PUBLIC_THREAD
    )
    async with running_bot(fake, tmp_path) as bot:
        post = Post(platform="discord", room_id=str(thread.id), text="Q?", thread_title="No")
        (delivery,) = await bot.app.send([post])
        sent = await bot_post(fake, thread.id)
    assert sent.status == 200
    assert delivery is not None and delivery.message_id and delivery.thread_id is None
    assert any(r.getMessage() == "posted, but could not open its thread" for r in caplog.records)


async def test_sync_sends_name_and_description_localisations(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """Slash commands carry the command words of each shipped language (Discord shows each
    user their client's language) and still answer to the canonical names."""
    async with running_bot(fake, tmp_path) as bot:
        await sync_commands(bot.app.settings, bot.app.runtime.registry)
    put = await fake.wait_for_request("PUT", rf"/applications/{fake.application_id}/commands")
    commands = {c["name"]: c for c in put.json}
    assert commands["help"]["name_localizations"] == {
        "de": "hilfe",
        "fr": "aide",
        "it": "aiuto",
        "es-ES": "ayuda",
        "es-419": "ayuda",
        "pl": "pomoc",
        "nl": "hulp",
        "pt-BR": "ajuda",
    }
    tool = commands["tool"]
    assert tool["name_localizations"]["pl"] == "narzędzie"
    subs = {o["name"]: o for o in tool["options"]}
    assert subs["show"]["name_localizations"]["de"] == "zeigen"
    run = {o["name"]: o for o in subs["run"]["options"]}
    assert run["lang"]["name_localizations"]["fr"] == "langue"
    assert run["country"]["name_localizations"]["de"] == "land"
    # Descriptions where the language has the text: German has its command texts.
    assert commands["help"]["description_localizations"]["de"] != commands["help"]["description"]
    assert run["lang"]["description_localizations"]["de"]
    # Choices show in the reader's words and send the canonical value back.
    mentor = {o["name"]: o for o in commands["mentor"]["options"]}
    consent = {o["name"]: o for o in mentor["join"]["options"]}["consent"]
    yes = next(c for c in consent["choices"] if c["value"] == "yes")
    assert yes["name_localizations"]["fr"] == "oui" and yes["name_localizations"]["pl"] == "tak"
    # What Discord stored is what was sent: the fake accepted every locale and name.
    stored = {c["name"]: c for c in fake.world.global_commands}
    assert stored["help"]["name_localizations"]["nl"] == "hulp"


async def test_a_slash_command_used_in_german_runs_the_canonical_command(
    fake: FakeDiscord, alice: FakeUser, tmp_path: Path
) -> None:
    """Discord sends the canonical names whatever the user's client showed."""
    from adapters.discord.slash import command_line

    async with running_bot(fake, tmp_path) as bot:
        registry = bot.app.runtime.registry
        data = {"name": "help", "options": [{"type": 3, "name": "command", "value": "werkzeug"}]}
        assert command_line(data, registry) == "help werkzeug"
        assert registry.parse("help werkzeug") is not None
