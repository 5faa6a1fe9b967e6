"""Two networks over Matrix: AT's room and FR's room on a real Synapse, one bot in both.

A coordinator by power level in AT's room acts in network AT only: scheduling ``in:`` FR's
room is refused and nothing is stored, and ``!prompt list`` shows AT's prompts only. An AT
request is offered to AT's own mentor first, then to an FR volunteer for cross-border
mentoring who speaks German, never to the FR mentor who did not opt in. Each network's own
power levels count in its own room only.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.conftest import NioClientFactory, require_module
from tests.integration.synapse import SynapseServer

require_module("nio", "the Matrix tests drive matrix-nio clients; install the 'matrix' extra")

from nio import RoomGetStateEventResponse, RoomPutStateResponse  # noqa: E402

from adapters.matrix.settings import MatrixPermissions  # noqa: E402
from bot.capabilities.prompts.models import Prompt  # noqa: E402
from bot.settings import NetworkSettings  # noqa: E402
from tests.integration.matrix_harness import BotRun, Human, bot_settings, new_human  # noqa: E402

pytestmark = pytest.mark.slow

WHEN = "at: 2030-01-01 10:00"
JOIN = "!mentor join topics: assessment, apprentices; capacity: 1; consent: yes; "


async def ask(human: Human, room: str, bot_id: str, text: str) -> str:
    """Send ``text`` in ``room`` and return the bot's reply to it."""
    sent = await human.send(room, text)
    return str((await human.wait_for_reply(room, bot_id, sent)).body)


async def raise_to(host: Human, room: str, user_id: str, level: int) -> None:
    """Give ``user_id`` power ``level`` in ``room`` (``host`` created it)."""
    levels = await host.client.room_get_state_event(room, "m.room.power_levels")
    assert isinstance(levels, RoomGetStateEventResponse), levels
    content = {**levels.content, "users": {**levels.content["users"], user_id: level}}
    raised = await host.client.room_put_state(room, "m.room.power_levels", content)
    assert isinstance(raised, RoomPutStateResponse), raised


def proposal_number(body: str) -> int:
    found = re.search(r"proposal #(\d+)", body)
    assert found, body
    return int(found.group(1))


async def test_two_rooms_two_networks(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    bot_id = bot_user.user_id
    host = await new_human(synapse, nio_client_factory, "host")
    people = {
        name: await new_human(synapse, nio_client_factory, name)
        for name in ("anna", "ana", "andi", "claire", "fabrice", "francoise")
    }
    anna, ana, andi = people["anna"], people["ana"], people["andi"]
    claire, fabrice, francoise = people["claire"], people["fabrice"], people["francoise"]
    settings = bot_settings(tmp_path, synapse, bot_user)
    bot = await BotRun.start(settings)
    try:
        # The host opens AT's and FR's rooms with the bot and each network's people in them.
        at_room = await host.create_room(invite=bot_id)
        fr_room = await host.create_room(invite=bot_id)
        for room, members in (
            (at_room, (anna, ana, andi)),
            (fr_room, (claire, fabrice, francoise)),
        ):
            for member in members:
                await host.client.room_invite(room, member.user_id)
                await member.accept_invite(room)
        coordinator = settings.permission_keys("matrix", MatrixPermissions).coordinator_power_level
        await raise_to(host, at_room, anna.user_id, coordinator)
        await raise_to(host, fr_room, claire.user_id, coordinator)

        # The operator names the networks' rooms and restarts the bot.
        await bot.stop()
        settings = dataclasses.replace(
            settings.replace("permissions", matrix_rooms=(at_room, fr_room)),
            networks={
                "AT": NetworkSettings(country="AT", rooms=(f"matrix:{at_room}",)),
                "FR": NetworkSettings(country="FR", rooms=(f"matrix:{fr_room}",)),
            },
        )
        bot = await BotRun.start(settings)

        async def prompts() -> int:
            async with bot.app.store.session() as session:
                return int(await session.scalar(select(func.count()).select_from(Prompt)) or 0)

        salut = await ask(claire, fr_room, bot_id, f"!prompt schedule {WHEN}; text: Salut")
        assert "Scheduled prompt 1" in salut
        hallo = await ask(anna, at_room, bot_id, f"!prompt schedule {WHEN}; text: Hallo")
        assert "Scheduled prompt 2" in hallo
        refused = await ask(
            anna, at_room, bot_id, f"!prompt schedule in: {fr_room}; {WHEN}; text: Servus"
        )
        assert "belongs to network FR" in refused
        assert await prompts() == 2
        at_list = await ask(anna, at_room, bot_id, "!prompt list")
        assert "Hallo" in at_list and "Salut" not in at_list and "Servus" not in at_list
        assert "Salut" in await ask(claire, fr_room, bot_id, "!prompt list")

        # Mentors: AT's own, FR's without and with cross-border mentoring (welcomed in a
        # direct room).
        for human, room, line in (
            (andi, at_room, JOIN + "languages: de"),
            (fabrice, fr_room, JOIN + "languages: de, fr; cross_border: no"),
            (francoise, fr_room, JOIN + "languages: de; cross_border: yes"),
        ):
            await human.send(room, line)
            await human.wait_for_notice(bot_id, "Welcome")

        await ana.send(at_room, "!match assessment of apprentices; lang: de")
        await ana.wait_for_notice(bot_id, "Request #1")
        dm, first = await andi.wait_for_notice(bot_id, "!match accept")
        await andi.send(dm, f"!match decline {proposal_number(first.body)}")
        dm, second = await francoise.wait_for_notice(bot_id, "!match accept")
        await francoise.send(dm, f"!match decline {proposal_number(second.body)}")
        _, told = await ana.wait_for_notice(bot_id, "I asked 2 mentors")
        assert "request #1" in told.body
        await fabrice.sync()
        assert not any(
            "proposal #" in notice.body
            for room in fabrice.events
            for notice in fabrice.notices(room, bot_id)
        )
    finally:
        await bot.stop()


async def test_each_networks_own_power_levels_count_in_its_room_only(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    bot_id = bot_user.user_id
    host = await new_human(synapse, nio_client_factory, "host")
    anna = await new_human(synapse, nio_client_factory, "anna")
    claire = await new_human(synapse, nio_client_factory, "claire")
    settings = bot_settings(tmp_path, synapse, bot_user)
    bot = await BotRun.start(settings)
    try:
        at_room = await host.create_room(invite=bot_id)
        fr_room = await host.create_room(invite=bot_id)
        for room in (at_room, fr_room):
            for member in (anna, claire):
                await host.client.room_invite(room, member.user_id)
                await member.accept_invite(room)
        # AT makes coordinators from level 20, FR from 40; [permissions] lists no room.
        for room, anna_level, claire_level in ((at_room, 20, 10), (fr_room, 20, 40)):
            await raise_to(host, room, anna.user_id, anna_level)
            await raise_to(host, room, claire.user_id, claire_level)
        await bot.stop()
        settings = dataclasses.replace(
            settings,
            networks={
                "AT": NetworkSettings(rooms=(f"matrix:{at_room}",), coordinator_power_level=20),
                "FR": NetworkSettings(rooms=(f"matrix:{fr_room}",), coordinator_power_level=40),
            },
        )
        bot = await BotRun.start(settings)

        line = f"!prompt schedule {WHEN}; text: Hallo"
        assert "Scheduled prompt 1" in await ask(anna, at_room, bot_id, line)
        # Level 20 is AT's rule: in FR's room it is nothing.
        assert "Only a coordinator" in await ask(anna, fr_room, bot_id, line)
        assert "Scheduled prompt 2" in await ask(claire, fr_room, bot_id, line)
        assert "Only a coordinator" in await ask(claire, at_room, bot_id, line)
        assert "belongs to network FR" in await ask(anna, at_room, bot_id, "!prompt cancel 2")
    finally:
        await bot.stop()
