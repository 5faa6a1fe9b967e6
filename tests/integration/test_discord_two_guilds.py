"""Two networks on two Discord servers: AT's guild and FR's guild, one bot in both.

Each guild has its own coordinator role (listed in ``[permissions]``, or as the network's own
role rule); a coordinator acts in the network of the guild they hold the role in, and only
there — whatever they name (``in:`` another guild's channel, an id of the other network's
prompt or suggestion) — and sees their own network's items only.
Mentors belong to the network of the guild they joined in: an AT request is offered to AT's
own mentors first, then to FR volunteers for cross-border mentoring who speak German, never to
FR mentors who did not opt in.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from adapters.discord.adapter import DiscordAdapter
from bot.app import App
from bot.capabilities.knowledge.tables import KnowledgeEntry
from bot.capabilities.prompts.models import Prompt
from bot.settings import NetworkSettings
from tests import databases
from tests.fakes.discord import FakeDiscord, FakeUser
from tests.integration.discord_kit import TIMEOUT, bot_post, discord_settings

WHEN = "at: 2030-01-01 10:00"
JOIN = "!mentor join topics: assessment, apprentices; capacity: 1; consent: yes; "


@dataclass
class TwoGuilds:
    """The running bot, the fake, and who is where."""

    app: App
    fake: FakeDiscord
    at_room: int
    fr_room: int
    anna: FakeUser  # AT coordinator (role in the AT guild)
    claire: FakeUser  # FR coordinator (role in the FR guild)
    ana: FakeUser  # AT trainer
    zoe: FakeUser  # FR trainer
    andi: FakeUser  # AT mentor
    fabrice: FakeUser  # FR mentor, no cross-border mentoring
    francoise: FakeUser  # FR mentor, cross-border, speaks German
    at_prompts: int = 0  # AT's prompt channel

    async def say(self, channel: int, user: FakeUser, text: str) -> str:
        """Post ``text`` as ``user`` and return the bot's next post in that channel."""
        await self.fake.send_message(channel, user, text)
        reply: str = (await bot_post(self.fake, channel)).json["content"]
        assert "@everyone" not in reply
        return reply

    async def dm(self, user: FakeUser) -> str:
        """The bot's next direct message to ``user``."""
        return str((await bot_post(self.fake, self.fake.dm_channel_id(user))).json["content"])

    def dms_to(self, user: FakeUser) -> list[str]:
        """Every direct message the bot sent ``user`` so far."""
        channel = self.fake.dm_channel_id(user)
        bot_id = str(self.fake.bot_user.id)
        return [m["content"] for m in self.fake.messages_in(channel) if m["author"]["id"] == bot_id]

    async def count(self, model: type[Prompt] | type[KnowledgeEntry]) -> int:
        async with self.app.store.session() as session:
            return int(await session.scalar(select(func.count()).select_from(model)) or 0)

    async def status(self, entry_id: str) -> str:
        async with self.app.store.session() as session:
            row = await session.get(KnowledgeEntry, entry_id)
            assert row is not None
            return row.status


@asynccontextmanager
async def two_guilds(
    fake: FakeDiscord, tmp_path: Path, *, own_roles: bool = False
) -> AsyncIterator[TwoGuilds]:
    """AT on the fake's first guild (channel ``general``), FR on a second guild (``salon``).

    ``own_roles``: the coordinator roles are each network's own rule (AT's ``Koordination``,
    FR's ``Coordination``), nothing in ``[permissions]``; each guild also has a role of the
    other's name, which Anna (in FR's guild) and Claire (in AT's) hold. AT has a prompt
    channel (``impulse``)."""
    fr_guild = fake.add_guild("Réseau France")
    fr_room = fake.add_text_channel("salon", guild_id=fr_guild.id)
    at_prompts = fake.add_text_channel("impulse")
    koordination = fake.add_role("Koordination")
    coordination = fake.add_role("Coordination", guild_id=fr_guild.id)
    anna = fake.add_user("anna", roles=[koordination])
    claire = fake.add_user("claire", roles=[coordination], guild_id=fr_guild.id)
    if own_roles:
        # Anna holds a role named like AT's in FR's guild, Claire one named like FR's in AT's.
        fake.join(anna, fr_guild.id, roles=[fake.add_role("Koordination", guild_id=fr_guild.id)])
        fake.join(claire, fake.guild_id, roles=[fake.add_role("Coordination")])
    else:
        # Anna is in FR's guild too, without a role there: her AT role does not count there.
        fake.join(anna, fr_guild.id)
    at_users = [fake.add_user(n) for n in ("ana", "andi")]
    fr_users = [fake.add_user(n, guild_id=fr_guild.id) for n in ("zoe", "fabrice", "francoise")]
    settings = discord_settings(
        fake,
        tmp_path,
        knowledge={"seed": False},
        limits={"commands_per_window": 1000},
        permissions={}
        if own_roles
        else {
            "coordinator_roles": ("koordination", "coordination"),
            "discord_guilds": (str(fake.guild_id), str(fr_guild.id)),
        },
    )
    at = NetworkSettings(country="AT", servers=(f"discord:{fake.guild_id}",))
    fr = NetworkSettings(country="FR", servers=(f"discord:{fr_guild.id}",))
    if own_roles:
        at = dataclasses.replace(
            at, coordinator_roles=("Koordination",), prompt_channel=f"discord:{at_prompts.id}"
        )
        fr = dataclasses.replace(fr, coordinator_roles=("Coordination",))
    settings = dataclasses.replace(settings, networks={"AT": at, "FR": fr})
    app = App(settings, interactive=True)
    databases.prepare(app.settings.database_url)
    await app.start()
    adapter = app.load_adapter("discord")
    assert isinstance(adapter, DiscordAdapter)
    adapter.guild_ready_timeout = 0.05
    task = asyncio.create_task(adapter.start(app))
    try:
        async with asyncio.timeout(TIMEOUT):
            await adapter.wait_until_ready()
        yield TwoGuilds(
            app=app,
            fake=fake,
            at_room=fake.channel_id,
            fr_room=fr_room.id,
            anna=anna,
            claire=claire,
            ana=at_users[0],
            andi=at_users[1],
            zoe=fr_users[0],
            fabrice=fr_users[1],
            francoise=fr_users[2],
            at_prompts=at_prompts.id,
        )
    finally:
        await app.stop()
        async with asyncio.timeout(TIMEOUT):
            await task


def proposal_number(text: str) -> int:
    found = re.search(r"proposal #(\d+)", text)
    assert found, text
    return int(found.group(1))


async def test_an_at_coordinator_acts_in_the_at_guild_only(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with two_guilds(fake, tmp_path) as w:
        # FR's prompt and suggestion, AT's own.
        assert "Scheduled prompt 1" in await w.say(
            w.fr_room, w.claire, f"!prompt schedule {WHEN}; text: Salut"
        )
        assert "Scheduled prompt 2" in await w.say(
            w.at_room, w.anna, f"!prompt schedule {WHEN}; text: Hallo"
        )
        await w.say(w.fr_room, w.zoe, "!tool suggest https://example.fr/guide Guide du tuteur")
        await w.say(w.at_room, w.ana, "!tool suggest https://example.at/lehre Lehrlingsleitfaden")
        await w.say(w.fr_room, w.zoe, "!tool zzformation")
        await w.say(w.at_room, w.ana, "!tool zzgrundkurs")

        # Naming FR's channel, prompt or suggestion from AT's guild is refused, nothing stored.
        refused = await w.say(
            w.at_room, w.anna, f"!prompt schedule in: <#{w.fr_room}>; {WHEN}; text: Hallo"
        )
        assert "belongs to network FR" in refused
        assert await w.count(Prompt) == 2
        assert "belongs to network FR" in await w.say(w.at_room, w.anna, "!prompt cancel 1 confirm")
        assert "belongs to network FR" in await w.say(
            w.at_room, w.anna, "!tool approve guide-tuteur"
        )
        assert await w.status("guide-tuteur") == "pending"
        # Her AT role does not make her a coordinator in FR's guild.
        assert "Only a coordinator" in await w.say(
            w.fr_room, w.anna, f"!prompt schedule {WHEN}; text: Coucou"
        )
        assert await w.count(Prompt) == 2

        # Lists show AT's items only.
        listed = await w.say(w.at_room, w.anna, "!prompt list")
        assert "Hallo" in listed and "Salut" not in listed
        review = await w.say(w.at_room, w.anna, "!tool review")
        assert "Lehrlingsleitfaden" in review and "Guide du tuteur" not in review
        gaps = await w.say(w.at_room, w.anna, "!tool gaps")
        assert "zzgrundkurs" in gaps and "zzformation" not in gaps

        # FR's coordinator still can, in FR's guild.
        assert "Salut" in await w.say(w.fr_room, w.claire, "!prompt list")
        assert "network" not in await w.say(w.fr_room, w.claire, "!tool approve guide-tuteur")
        assert await w.status("guide-tuteur") == "published"
        # Once published it is FR's own: offered as you type in FR's guild, not in AT's.
        for channel, user, offered in ((w.fr_room, w.claire, True), (w.at_room, w.anna, False)):
            typed = [{"type": 3, "name": "id", "value": "guide", "focused": True}]
            sent = await fake.send_autocomplete(
                "tool",
                user=user,
                focused="id",
                value="guide",
                options=[{"type": 1, "name": "show", "options": typed}],
                channel_id=channel,
            )
            answer = await fake.wait_for_interaction_response(sent)
            choices = [c["value"] for c in answer.json["data"]["choices"]]
            assert ("guide-tuteur" in choices) is offered, choices
        assert "belongs to network" not in await w.say(
            w.fr_room, w.claire, "!prompt cancel 1 confirm"
        )


async def test_an_at_request_goes_to_at_mentors_then_fr_cross_border_volunteers(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with two_guilds(fake, tmp_path) as w:
        assert "Welcome" in await w.say(w.at_room, w.andi, JOIN + "languages: de")
        assert "Welcome" in await w.say(
            w.fr_room, w.fabrice, JOIN + "languages: de, fr; cross_border: no"
        )
        assert "Welcome" in await w.say(
            w.fr_room, w.francoise, JOIN + "languages: de; cross_border: yes"
        )

        await w.say(w.at_room, w.ana, "!match assessment of apprentices; lang: de")
        first = await w.dm(w.andi)  # AT's own mentor first
        await fake.send_message(
            fake.dm_channel_id(w.andi), w.andi, f"!match decline {proposal_number(first)}"
        )
        second = await w.dm(w.francoise)  # then FR's cross-border volunteer
        await fake.send_message(
            fake.dm_channel_id(w.francoise),
            w.francoise,
            f"!match decline {proposal_number(second)}",
        )
        # Nobody is left: the asker is told two mentors were asked; Fabrice never was.
        while "I asked 2 mentors" not in (told := await w.dm(w.ana)):
            pass
        assert "request #1" in told
        assert not [m for m in w.dms_to(w.fabrice) if "proposal #" in m]

        stats = await w.say(w.at_room, w.anna, "!match stats")
        assert "andi" in stats and "francoise" not in stats and "fabrice" not in stats
        fr_stats = await w.say(w.fr_room, w.claire, "!match stats")
        assert "francoise" in fr_stats and "andi" not in fr_stats


async def test_a_networks_own_role_rule_counts_in_its_guild_only(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with two_guilds(fake, tmp_path, own_roles=True) as w:
        # AT's rule (Koordination) makes Anna a coordinator in AT's guild, where no [permissions]
        # rule or discord_guilds says anything: the network claims the guild. Without in:, the
        # prompt goes to AT's prompt channel, and the reply says so.
        scheduled = await w.say(w.at_room, w.anna, f"!prompt schedule {WHEN}; text: Hallo")
        assert "Scheduled prompt 1" in scheduled
        assert f"discord:#{w.at_prompts}" in scheduled and "prompt channel" in scheduled
        # She may name a channel of AT's guild too.
        assert "Scheduled prompt 2" in await w.say(
            w.at_room, w.anna, f"!prompt schedule in: <#{w.at_room}>; {WHEN}; text: Servus"
        )
        # A role of the same name in FR's guild is nothing there: AT's rule counts in AT only.
        assert "Only a coordinator" in await w.say(
            w.fr_room, w.anna, f"!prompt schedule {WHEN}; text: Coucou"
        )
        # FR's rule the other way round: Claire coordinates in FR's guild, not in AT's.
        fr_said = await w.say(w.fr_room, w.claire, f"!prompt schedule {WHEN}; text: Salut")
        assert "Scheduled prompt 3" in fr_said and "prompt channel" not in fr_said
        assert "Only a coordinator" in await w.say(
            w.at_room, w.claire, f"!prompt schedule {WHEN}; text: Bonjour"
        )
        assert "Only a coordinator" in await w.say(w.at_room, w.ana, "!prompt list")
        async with w.app.store.session() as session:
            rows = (await session.scalars(select(Prompt).order_by(Prompt.id))).all()
            targets = {p.text: [t.room_id for t in p.targets] for p in rows}
        assert targets == {
            "Hallo": [str(w.at_prompts)],
            "Servus": [str(w.at_room)],
            "Salut": [str(w.fr_room)],
        }
        # Each sees their own network's prompts only.
        listed = await w.say(w.at_room, w.anna, "!prompt list")
        assert "Hallo" in listed and "Salut" not in listed
        assert "belongs to network AT" in await w.say(w.fr_room, w.claire, "!prompt cancel 1")
