"""The capabilities end to end on Discord: the real bot (every capability, seeded knowledge store)
on the Discord adapter against the fake Discord, as trainers and coordinators would use it.

The scenarios mirror the console tests (``tests/knowledge/test_chat_lookup.py``,
``tests/mentoring/test_flow.py``, ``tests/prompts/test_prompt_delivery.py``) and assert on
what reached Discord: REST bodies of messages, interaction callbacks and followups, buttons,
nonces and threads. Every scenario ends by checking that no message the bot sent could ping
anyone.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from adapters.discord.translate import nonce_for
from bot.capabilities.knowledge import COMPLETION_SOURCE
from bot.capabilities.knowledge.service import KnowledgeService
from bot.capabilities.prompts.models import Delivery
from bot.completions import CompletionRequest
from bot.runtime import Runtime
from tests.fakes.discord import FakeDiscord, FakeUser, RecordedRequest
from tests.integration.discord_kit import TIMEOUT, bot_post, running_bot

NO_PINGS = {"parse": [], "replied_user": False}
EPHEMERAL = 64
CHANNEL_MESSAGE = 4
AUTOCOMPLETE_RESULT = 8
#: The per-user rate limit is not what these scenarios are about.
LIMITS = {"commands_per_window": 1000}


def capabilities_only(runtime: Runtime) -> None:
    """No probe commands: the bot as shipped."""


def run_options(**values: str) -> list[dict[str, Any]]:
    """A group's own form as Discord sends it: ``/tool run query: …``."""
    return sub_options("run", **values)


def sub_options(name: str, *, focused: str | None = None, **values: str) -> list[dict[str, Any]]:
    """One subcommand with string options (``focused`` marks the one being typed)."""
    options = []
    for key, value in values.items():
        option: dict[str, Any] = {"type": 3, "name": key, "value": value}
        if key == focused:
            option["focused"] = True
        options.append(option)
    return [{"type": 1, "name": name, "options": options}]


def assert_nobody_pinged(fake: FakeDiscord) -> None:
    """Every message the bot sent, in any form, disabled every mention."""
    checked = 0
    for request in fake.requests:
        if request.method != "POST" or not isinstance(request.json, dict):
            continue
        if re.fullmatch(r"/channels/\d+/messages", request.path):
            assert request.json["allowed_mentions"] == NO_PINGS, request
        elif request.path.startswith("/webhooks/"):
            mentions = request.json["allowed_mentions"]
            assert mentions["parse"] == [] and not mentions.get("replied_user"), request
        elif request.path.endswith("/callback") and request.json["type"] == CHANNEL_MESSAGE:
            mentions = request.json["data"]["allowed_mentions"]
            assert mentions["parse"] == [] and not mentions.get("replied_user"), request
        else:
            continue
        checked += 1
    assert checked, "the bot sent no message at all"


async def dm_from_bot(fake: FakeDiscord, user: FakeUser) -> RecordedRequest:
    """The next direct message the bot sent to ``user``."""
    return await bot_post(fake, fake.dm_channel_id(user))


async def sent_deliveries(runtime: Runtime, count: int) -> dict[str, Delivery]:
    """The prompt deliveries by room, once the engine has recorded ``count`` of them as sent."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            async with runtime.store.session() as session:
                rows = (await session.execute(select(Delivery))).scalars().all()
            if len(rows) == count and all(row.state == "sent" for row in rows):
                return {row.room_id: row for row in rows}
            await asyncio.sleep(0.05)


# --- knowledge: !tool, /tool run, /tool show and autocomplete ----------------------------------


async def test_tool_lookup_by_prefix_and_slash_command_with_autocomplete(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    ana = fake.add_user("ana")
    async with running_bot(
        fake, tmp_path, setup=capabilities_only, knowledge={"seed": True}, limits=LIMITS
    ) as bot:
        service = bot.app.runtime.get(KnowledgeService)
        source = bot.app.runtime.completions[COMPLETION_SOURCE]

        asked = await fake.send_message(fake.channel_id, ana, "!tool europass")
        typed = await bot_post(fake, fake.channel_id)

        slash = await fake.send_slash_command(
            "tool", user=ana, options=run_options(query="quality assurance vet")
        )
        slashed = await fake.wait_for_interaction_response(slash)

        started = time.monotonic()
        query_ac = await fake.send_autocomplete(
            "tool",
            user=ana,
            focused="query",
            value="Euro",
            options=sub_options("run", focused="query", query="Euro"),
        )
        query_choices = await fake.wait_for_interaction_response(query_ac)
        query_elapsed = time.monotonic() - started

        started = time.monotonic()
        id_ac = await fake.send_autocomplete(
            "tool",
            user=ana,
            focused="id",
            value="eqa",
            options=sub_options("show", focused="id", id="eqa"),
        )
        id_choices = await fake.wait_for_interaction_response(id_ac)
        id_elapsed = time.monotonic() - started

        chosen = id_choices.json["data"]["choices"][0]["value"]
        show = await fake.send_slash_command(
            "tool", user=ana, options=sub_options("show", id=chosen)
        )
        shown = await fake.wait_for_interaction_response(show)

        # What the knowledge completion source itself answers, as the adapter asks it.
        def request(path: tuple[str, ...], field: str) -> CompletionRequest:
            return CompletionRequest(
                platform="discord",
                sender_id=str(ana.id),
                command=path,
                field=field,
                guild_id=str(fake.guild_id),
            )

        expected_titles = await source("Euro", request(("tool",), "query"))
        expected_ids = await source("eqa", request(("tool", "show"), "id"))
        europass = await service.get("europass")

    # !tool in a channel: a reply to the question, the seeded entry first, as an embed whose
    # title links to it; no bare address in the text.
    assert int(typed.json["message_reference"]["message_id"]) == asked
    assert europass is not None
    first = typed.json["embeds"][0]
    assert first["title"] == f"1. {europass.content.title}"
    assert first["url"] == europass.content.url
    assert first["description"].startswith("`europass` · ")
    assert "https://" not in typed.json["content"]
    # /tool run query: … answers exactly as the typed form would, in public.
    assert slashed.json["type"] == CHANNEL_MESSAGE
    assert not slashed.json["data"].get("flags", 0) & EPHEMERAL
    assert any("`eqavet`" in e["description"] for e in slashed.json["data"]["embeds"])
    # Autocomplete: the source's answers, titles for the query, ids for show, well under 3 s.
    assert query_choices.json["type"] == AUTOCOMPLETE_RESULT
    assert query_choices.json["data"]["choices"] == [
        {"name": c.label, "value": c.value} for c in expected_titles
    ]
    assert "Europass" in {c["value"] for c in query_choices.json["data"]["choices"]}
    assert id_choices.json["data"]["choices"] == [
        {"name": c.label, "value": c.value} for c in expected_ids
    ]
    assert chosen == "eqavet"
    assert max(query_elapsed, id_elapsed) < 1.0
    # /tool show id: the chosen entry in full.
    assert "[eqavet]" in shown.json["data"]["content"]
    assert "Link: https://" in shown.json["data"]["content"]
    assert_nobody_pinged(fake)


async def test_tool_results_page_forward_and_back_with_buttons(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    ana = fake.add_user("ana")
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        knowledge={"seed": True, "page_size": 2},
        limits=LIMITS,
    ):
        await fake.send_message(fake.channel_id, ana, "!tool quality")
        first = await bot_post(fake, fake.channel_id)
        first_id = int(fake.messages_in(fake.channel_id)[-1]["id"])
        clicked = await fake.send_button_click(first_id, "vetbot:!more", user=ana)
        second = await fake.wait_for_interaction_response(clicked)
        second_id = int(fake.messages_in(fake.channel_id)[-1]["id"])
        back = await fake.send_button_click(second_id, "vetbot:!more back", user=ana)
        third = await fake.wait_for_interaction_response(back)

    def titles(embeds: list[dict[str, Any]]) -> list[str]:
        return [e["title"] for e in embeds]

    def buttons(components: list[dict[str, Any]]) -> list[tuple[str, str]]:
        (row,) = components
        return [(b["label"], b["custom_id"]) for b in row["components"]]

    # The first page: two embeds, each titled and linked, and a button for the next page.
    assert [t[:3] for t in titles(first.json["embeds"])] == ["1. ", "2. "]
    assert all(e["url"].startswith("https://") for e in first.json["embeds"])
    assert buttons(first.json["components"]) == [("More", "vetbot:!more")]
    # "More" answers the click with the next page, and offers the way back first.
    assert [t[:3] for t in titles(second.json["data"]["embeds"])] == ["3. ", "4. "]
    assert buttons(second.json["data"]["components"])[0] == ("Back", "vetbot:!more back")
    # "Back" shows the first page again, as it was.
    assert titles(third.json["data"]["embeds"]) == titles(first.json["embeds"])
    assert buttons(third.json["data"]["components"]) == [("More", "vetbot:!more")]
    assert "https://" not in first.json["content"] + second.json["data"]["content"]
    assert_nobody_pinged(fake)


# --- mentoring: join, match, accept by button, introductions; privacy export -----------------

MENTOR_JOIN = {
    "topics": "assessment of apprentices, apprenticeship design",
    "languages": "en, de",
    "country": "DE",
    "capacity": "2",
    "consent": "yes",
    "bio": "In-company trainer in construction for twelve years",
}
NEED = "!match designing the assessment of apprentices in construction lang: en; country: DE"


async def test_mentor_match_accepted_with_a_button_and_both_introduced_by_dm(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    mia = fake.add_user("mia")
    max_ = fake.add_user("max")
    ana = fake.add_user("ana")
    async with running_bot(
        fake, tmp_path, setup=capabilities_only, knowledge={"seed": False}, limits=LIMITS
    ):
        # One mentor joins with the slash group, another with the prefix form.
        joined = await fake.send_slash_command(
            "mentor", user=mia, options=sub_options("join", **MENTOR_JOIN)
        )
        welcome = await fake.wait_for_interaction_response(joined)
        await fake.send_message(
            fake.channel_id,
            max_,
            "!mentor join topics: digital tools, marketing; languages: fr; consent: yes",
        )
        welcome_max = await bot_post(fake, fake.channel_id)

        # A trainer asks in the channel; the best mentor gets a DM with buttons.
        await fake.send_message(fake.channel_id, ana, NEED)
        saved = await bot_post(fake, fake.channel_id)
        proposal = await dm_from_bot(fake, mia)
        buttons = proposal.json["components"][0]["components"]
        accept = next(b for b in buttons if b["custom_id"].startswith("vetbot:!match accept"))
        proposal_message = int(fake.messages_in(fake.dm_channel_id(mia))[-1]["id"])

        # The mentor clicks Accept in the DM: both are introduced by DM.
        clicked = await fake.send_button_click(proposal_message, accept["custom_id"], user=mia)
        thanked = await fake.wait_for_interaction_response(clicked)
        intro_mia = await dm_from_bot(fake, mia)
        intro_ana = await dm_from_bot(fake, ana)

        # The trainer asks for their data with /mydata: a DM, and a private note in the channel.
        mydata = await fake.send_slash_command("mydata", user=ana)
        noted = await fake.wait_for_interaction_response(mydata)
        export = await dm_from_bot(fake, ana)
        exported_id = fake.messages_in(fake.dm_channel_id(ana))[-1]["id"]

    assert welcome.json["data"]["flags"] == EPHEMERAL  # personal: only mia sees it
    assert "Welcome" in welcome.json["data"]["content"]
    assert "Welcome" in welcome_max.json["content"]
    assert "I've asked a mentor" in saved.json["content"]
    assert "assessment of apprentices" in proposal.json["content"]
    assert "ana" not in proposal.json["content"]  # the mentor does not see who asks yet
    assert [(b["label"], b["type"]) for b in buttons] == [("Accept", 2), ("Decline", 2)]
    assert {b["custom_id"] for b in buttons} == {
        accept["custom_id"],
        accept["custom_id"].replace("accept", "decline"),
    }
    # Sent with the proposal's idempotency key as nonce (discord.py's own nonces are numbers).
    assert re.fullmatch(r"[0-9a-f]{25}", proposal.json["nonce"])
    assert proposal.json["enforce_nonce"] is True
    # The click ran `!match accept N` as mia, in her DM with the bot.
    assert thanked.json["type"] == CHANNEL_MESSAGE
    assert "You accepted proposal" in thanked.json["data"]["content"]
    # Each introduction names the other person with their Discord identity, to find them by.
    assert f"Your mentee is ana (discord: {ana.id})" in intro_mia.json["content"]
    assert f"Meet mia (discord: {mia.id})" in intro_ana.json["content"]
    assert "accepted your request #1" in intro_ana.json["content"]
    assert not any(
        r.path == f"/channels/{fake.dm_channel_id(max_)}/messages" for r in fake.requests
    )
    assert noted.json["data"]["flags"] == EPHEMERAL  # "sent you a DM", to ana only
    # /mydata: a short note in the DM, the export as a JSON file attached to it.
    assert export.json["content"] == "Here is everything I store about you, as a file (JSON)."
    assert export.files and export.files[0].startswith("mydata-")
    (attached,) = fake.message(int(exported_id))["attachments"]  # type: ignore[index]
    assert attached["filename"].startswith("mydata-") and attached["filename"].endswith(".json")
    exported = json.loads(fake.attachment_content(attached["id"]))
    assert exported["identities"][0]["user_id"] == str(ana.id)
    assert "designing the assessment" in json.dumps(exported["mentoring"])
    assert "score" not in json.dumps(exported) and "id" not in exported["person"]
    assert_nobody_pinged(fake)


# --- prompts: scheduled by a coordinator, posted with a nonce, a thread opened -----------------


async def test_a_coordinator_schedules_a_prompt_that_is_posted_with_a_thread(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    coordinator = fake.add_role("Koordination")
    cora = fake.add_user("cora", roles=[coordinator])
    tim = fake.add_user("tim")
    peer = fake.add_text_channel("peer-learning")
    mentors = fake.add_text_channel("mentors")
    zone = "Europe/Brussels"
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        interactive=True,  # the real scheduler fires the prompt
        knowledge={"seed": False},
        limits=LIMITS,
        permissions={
            "coordinator_roles": ("koordination",),
            "discord_guilds": (str(fake.guild_id),),
        },
        bot={"data_dir": str(tmp_path), "timezone": zone},
    ) as bot:
        # A trainer may not schedule prompts.
        await fake.send_message(
            fake.channel_id, tim, f"!prompt schedule in: <#{peer.id}>; at: 10:00; text: No"
        )
        refused = await bot_post(fake, fake.channel_id)
        # A coordinator may not post in a channel outside the configured server.
        await fake.send_message(
            fake.channel_id,
            cora,
            "!prompt schedule in: <#123456789012>; at: 2030-01-01 10:00; text: No",
        )
        elsewhere = await bot_post(fake, fake.channel_id)

        # Targets as Discord users write them: a channel mention (as the client sends a
        # #channel link) and a plain #name; a time a few seconds ahead, with seconds.
        at = (datetime.now(ZoneInfo(zone)) + timedelta(seconds=3)).replace(microsecond=0)
        text = "What makes a good first week for an apprentice? Share one tip."
        await fake.send_message(
            fake.channel_id,
            cora,
            f"!prompt schedule in: <#{peer.id}>, #mentors; at: {at:%Y-%m-%d %H:%M:%S}; "
            f"text: {text}",
        )
        scheduled = await bot_post(fake, fake.channel_id)
        posts = {channel.id: await bot_post(fake, channel.id) for channel in (peer, mentors)}
        threads = {
            channel.id: await fake.wait_for_request(
                "POST", rf"/channels/{channel.id}/messages/\d+/threads"
            )
            for channel in (peer, mentors)
        }
        posted_at = datetime.now(ZoneInfo(zone))
        deliveries = await sent_deliveries(bot.app.runtime, 2)

    assert "Only a coordinator can use" in refused.json["content"]
    assert "You cannot post to discord:#123456789012" in elsewhere.json["content"]
    assert "Scheduled prompt 1" in scheduled.json["content"]
    assert f"discord:#{peer.id}" in scheduled.json["content"]
    assert "discord:#mentors" in scheduled.json["content"]
    assert posted_at >= at  # never before its time
    assert set(deliveries) == {str(peer.id), "mentors"}
    for channel, room in ((peer, str(peer.id)), (mentors, "mentors")):
        posted, opened, delivery = posts[channel.id], threads[channel.id], deliveries[room]
        assert posted.json["content"] == text
        assert posted.json["nonce"] == nonce_for(delivery.key)
        assert posted.json["enforce_nonce"] is True
        assert "message_reference" not in posted.json  # a post, not a reply
        assert opened.json["name"] and len(opened.json["name"]) <= 100
        # The thread opens on the post itself, and the engine records both ids.
        message_id = opened.path.split("/")[-2]
        assert delivery.message_id == message_id and delivery.thread_id == message_id
    assert deliveries[str(peer.id)].key != deliveries["mentors"].key
    assert_nobody_pinged(fake)


# --- per-guild roles -----------------------------------------------------------------------------


async def test_a_guild_role_from_its_own_table_makes_a_coordinator_there(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    lead = fake.add_role("Ausbildungsleitung")
    by_id = fake.add_user("kai", roles=[lead])
    by_name = fake.add_user("lena", roles=[fake.add_role("Netzwerk")])
    plain = fake.add_user("tim", roles=[fake.add_role("coordinator")])
    guild = {"coordinator_roles": (str(lead.id), "netzwerk")}
    discord = {"guilds": {str(fake.guild_id): guild}}
    # The global list holds nothing that matches: only the guild's own table grants the role.
    permissions: dict[str, Any] = {"coordinator_roles": ("vetbot-coordinators",)}
    answers: list[str] = []
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        knowledge={"seed": False},
        discord=discord,
        permissions=permissions,
    ):
        for user in (by_id, by_name, plain):
            await fake.send_message(fake.channel_id, user, "!tool review")
            answers.append((await bot_post(fake, fake.channel_id)).json["content"])
    # A guild neither listed in [permissions] discord_guilds nor given its own table grants
    # nothing, not even a role of the global list.
    scoped = {"coordinator_roles": ("coordinator",), "discord_guilds": ("1",)}
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        knowledge={"seed": False},
        permissions=scoped,
    ):
        await fake.send_message(fake.channel_id, plain, "!tool review")
        untrusted = (await bot_post(fake, fake.channel_id)).json["content"]
    denied = "Only a coordinator can use"
    assert denied not in answers[0] and denied not in answers[1]
    assert denied in answers[2]
    assert denied in untrusted


# --- surveys: the announcement carries a button to take part -----------------------------------


async def test_a_survey_announcement_has_a_button_that_starts_it_for_the_clicker(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    coordinator = fake.add_role("Koordination")
    cora = fake.add_user("cora", roles=[coordinator])
    tim = fake.add_user("tim")
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        knowledge={"seed": False},
        limits=LIMITS,
        permissions={
            "coordinator_roles": ("koordination",),
            "discord_guilds": (str(fake.guild_id),),
        },
    ):
        until = (datetime.now(ZoneInfo("UTC")) + timedelta(days=7)).strftime("%Y-%m-%d")
        await fake.send_message(
            fake.channel_id,
            cora,
            f"!survey create title: Check-in; until: {until}; questions: Helpful? | yes / no",
        )
        announced = await fake.wait_for_request("POST", _announcement(fake.channel_id))
        [button] = announced.json["components"][0]["components"]
        message_id = int(
            next(
                m["id"]
                for m in fake.messages_in(fake.channel_id)
                if "New survey" in m.get("content", "")
            )
        )
        clicked = await fake.send_button_click(message_id, button["custom_id"], user=tim)
        answer = await fake.wait_for_interaction_response(clicked)
        question = await bot_post(fake, fake.dm_channel_id(tim))
    assert "New survey: “Check-in”" in announced.json["content"]
    assert announced.json["allowed_mentions"] == NO_PINGS
    assert (button["label"], button["custom_id"]) == ("Take part", "vetbot:!survey answer 1")
    assert answer.json["type"] == CHANNEL_MESSAGE
    assert "Helpful?" in question.json["content"]
    labels = [b["label"] for b in question.json["components"][0]["components"]]
    assert labels[:2] == ["yes", "no"]


def _announcement(channel_id: int) -> Callable[[RecordedRequest], bool]:
    """A message posted in the channel that offers buttons."""

    def matches(request: RecordedRequest) -> bool:
        return request.path == f"/channels/{channel_id}/messages" and bool(
            (request.json or {}).get("components")
        )

    return matches
