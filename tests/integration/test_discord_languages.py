"""Languages and moments on Discord, against the fake Discord: a guild's language is the
language of the prompts posted in it, and moments reach Discord as its timestamps
(``<t:UNIX:f>``), which each reader's client shows in their own zone.

The bot runs on a clock the tests move; the prompt engine is driven by hand (``run_due``), as
in the console's prompt tests, so nothing waits for real time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.capabilities.prompts.engine import PromptEngine
from bot.i18n import t
from bot.runtime import Runtime
from tests.botkit import FakeClock
from tests.fakes.discord import FakeDiscord
from tests.integration.discord_kit import bot_post, running_bot

LIMITS = {"commands_per_window": 1000}
#: A Discord timestamp with date and time, and its epoch.
STAMP = re.compile(r"<t:(\d+):f>")


def capabilities_only(runtime: Runtime) -> None:
    """No probe commands: the bot as shipped."""


def epoch(at: datetime) -> int:
    return int(at.timestamp())


async def test_a_french_guilds_prompt_is_posted_and_summarised_in_french(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    coordination = fake.add_role("Coordination")
    cora = fake.add_user("cora", roles=[coordination])
    salon = fake.add_text_channel("echanges")
    clock = FakeClock()  # 2026-11-24 09:00 UTC
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        clock=clock,
        knowledge={"seed": False},
        limits=LIMITS,
        permissions={"coordinator_roles": ("coordination",)},
        discord={"guilds": {str(fake.guild_id): {"language": "fr"}}},
    ) as bot:
        runtime = bot.app.runtime
        runtime.interactive = True  # the engine plans jobs; its worker runs, the clock is ours
        engine = runtime.get(PromptEngine)
        await engine.start()
        await engine.ready()

        await fake.send_message(
            fake.channel_id,
            cora,
            f"!prompt schedule in: <#{salon.id}>; at: 2026-11-24 10:05; "
            "text: Quel est votre meilleur conseil pour la première semaine ?",
        )
        scheduled = await bot_post(fake, fake.channel_id)
        await fake.send_message(fake.channel_id, cora, "!prompt preview 1")
        preview = await bot_post(fake, fake.channel_id)

        clock.advance(minutes=5)
        assert await engine.run_due() == 1
        posted = await bot_post(fake, salon.id)
        opened = await fake.wait_for_request("POST", rf"/channels/{salon.id}/messages/\d+/threads")
        thread = int(opened.path.split("/")[-2])  # the thread opens on the post

        clock.advance(hours=24)
        assert await engine.threads.summarise_due() == 1
        assert await bot.app.relay.flush() == 1
        summary = await bot_post(fake, thread)

    # 10:05 in Brussels ([bot] timezone, the schedule's zone) is 09:05 UTC.
    first = epoch(datetime(2026, 11, 24, 9, 5, tzinfo=UTC))
    assert "Question 1 programmée" in scheduled.json["content"]
    assert f"<t:{first}:f>" in scheduled.json["content"]  # its next run
    assert [int(s) for s in STAMP.findall(preview.json["content"])] == [first]
    assert posted.json["content"].startswith("Quel est votre meilleur conseil")
    assert summary.json["content"] == (
        "Pas encore de réponse dans ce fil. Il reste ouvert à vos réflexions."
    )


async def test_a_proposals_deadline_arrives_as_a_discord_timestamp(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    mia = fake.add_user("mia")
    ana = fake.add_user("ana")
    clock = FakeClock()
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        clock=clock,
        knowledge={"seed": False},
        limits=LIMITS,
        matching={"proposal_deadline_hours": 30.0},
    ):
        await fake.send_message(
            fake.channel_id,
            mia,
            "!mentor join topics: assessment of apprentices; languages: en; consent: yes",
        )
        await bot_post(fake, fake.channel_id)
        await fake.send_message(
            fake.channel_id, ana, "!match designing the assessment of apprentices lang: en"
        )
        await bot_post(fake, fake.channel_id)
        proposal = await bot_post(fake, fake.dm_channel_id(mia))
        await fake.send_message(fake.dm_channel_id(mia), mia, "!match pending")
        pending = await bot_post(fake, fake.dm_channel_id(mia))

    # The deadline counts from delivery, on the bot's clock.
    deadline = epoch(clock.now() + timedelta(hours=30))
    content = proposal.json["content"]
    assert "assessment of apprentices" in content
    assert [int(s) for s in STAMP.findall(content)] == [deadline]
    assert "CET" not in content and "2026" not in content  # no date written by the bot
    assert [int(s) for s in STAMP.findall(pending.json["content"])] == [deadline]


async def test_the_adapters_own_notice_is_written_in_the_guilds_language(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    ana = fake.add_user("ana")
    fake.close_dms(ana)
    async with running_bot(
        fake,
        tmp_path,
        setup=capabilities_only,
        knowledge={"seed": False},
        limits=LIMITS,
        discord={"guilds": {str(fake.guild_id): {"language": "fr"}}},
    ):
        # Something stored about her (her own zone), so that !mydata has an export to send.
        await fake.send_message(fake.channel_id, ana, "!timezone Europe/Paris")
        await bot_post(fake, fake.channel_id)
        await fake.send_message(fake.channel_id, ana, "!mydata")
        refused = await bot_post(fake, fake.dm_channel_id(ana))
        said = [(await bot_post(fake, fake.channel_id)).json["content"] for _ in range(2)]

    assert refused.status == 403
    # The export could not be sent: the core's answer and the adapter's notice, both French.
    assert t("discord.dm_failed", "fr") in said
    assert t("discord.dm_failed", "en") not in said
