"""Each Matrix reader in their own language, against a real Synapse: in one room, a mentor who
chose French gets French answers and a French proposal by direct message (its deadline
written the French way), while the trainer who asks, having chosen German, reads German."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.conftest import NioClientFactory, require_module
from tests.integration.synapse import SynapseServer

require_module("nio", "the Matrix tests drive matrix-nio clients; install the 'matrix' extra")

from nio import RoomMessageNotice  # noqa: E402

from bot.capabilities.mentoring.tables import Proposal  # noqa: E402
from bot.formats import format_moment  # noqa: E402
from tests.integration.matrix_harness import (  # noqa: E402
    BotRun,
    Human,
    bot_settings,
    new_human,
)

pytestmark = pytest.mark.slow

MENTOR_JOIN = "!mentor join topics: assessment of apprentices; languages: en, de, fr; consent: yes"
NEED = "!match designing the assessment of apprentices lang: de"


async def test_a_french_mentor_and_a_german_trainer_each_read_their_own_language(
    tmp_path: Path, synapse: SynapseServer, nio_client_factory: NioClientFactory
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    mia = await new_human(synapse, nio_client_factory)
    bot = await BotRun.start(bot_settings(tmp_path, synapse, bot_user))
    bot_id = bot_user.user_id
    try:
        room = await ana.create_room_with(mia, invite=bot_id)

        # Personal answers may come in a direct room: each is looked for in any room.
        await mia.send(room, "!language fr")
        _, chosen_fr = await mia.wait_for_notice(bot_id, "Désormais, je vous écris en Français")
        await mia.send(room, MENTOR_JOIN)
        _, welcome = await mia.wait_for_notice(bot_id, "Bienvenue")

        await ana.send(room, "!language de")
        _, chosen_de = await ana.wait_for_notice(bot_id, "Ab jetzt schreibe ich dir auf Deutsch")
        await ana.send(room, NEED)
        _, saved = await ana.wait_for_notice(bot_id, "Anfrage #1 gespeichert.")

        # The proposal reaches the mentor in a direct room, in her language.
        dm, proposal = await mia.wait_for_notice(bot_id, "!match accept")
        await ana.send(room, "!match status")
        _, status = await ana.wait_for_notice(bot_id, "Deine Anfragen")
        async with bot.app.store.session() as session:
            deadline = (await session.execute(select(Proposal.deadline_at))).scalar_one()
    finally:
        await bot.stop()

    zone = bot.app.settings.bot.timezone
    french = _plain(proposal.body)
    assert _plain(chosen_fr.body).startswith("Désormais, je vous écris en Français (fr).")
    assert _plain(welcome.body).startswith("Bienvenue !")
    assert chosen_de.body.startswith("Ab jetzt schreibe ich dir auf Deutsch (de).")
    assert saved.body.startswith("Anfrage #1 gespeichert.")
    assert dm != room
    # In their direct rooms, nothing in the other's language, nor in English.
    assert not _private(mia, room, bot_id, "Anfrage", "Request", "Welcome", "From now on")
    assert not _private(ana, room, bot_id, "Désormais", "Request", "From now on", "Welcome")
    assert french.startswith("Un formateur cherche un mentor (proposition n° 1) :")
    assert "Pouvez-vous l'aider ?" in french
    assert deadline is not None
    # Matrix shows text as written: the deadline in French, in the bot's zone.
    assert f"Répondez avant le {_plain(format_moment(deadline, 'fr', zone))} :" in french
    assert status.body.startswith("Deine Anfragen")


def _private(human: Human, shared: str, bot_id: str, *words: str) -> list[str]:
    """The bot's notices to ``human`` outside the ``shared`` room that hold any of ``words``."""
    return [
        event.body
        for room_id, events in human.events.items()
        if room_id != shared
        for event in events
        if isinstance(event, RoomMessageNotice)
        and event.sender == bot_id
        and any(word in event.body for word in words)
    ]


def _plain(text: str) -> str:
    """``text`` with French typography's narrow and non-breaking spaces as plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")
