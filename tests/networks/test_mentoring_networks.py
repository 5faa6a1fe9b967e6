"""Mentors belong to a network: an asker's own mentors first, then cross-border volunteers
who speak the asker's language, never those who did not opt in; statistics per network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.botkit import FakeClock, TestBot
from tests.mentoring.kit import dm_to, proposal_id
from tests.networks.netkit import network_settings

JOIN = "!mentor join topics: assessment, apprentices; capacity: 1; consent: yes; "


async def say(bot: TestBot, clock: FakeClock, line: str, user: str, room: str, **kw: Any) -> str:
    clock.advance(seconds=30)
    return "\n".join(await bot.say(line, user=user, room=room, **kw))


async def test_own_network_first_then_cross_border_volunteers_only(
    tmp_path: Path, clock: FakeClock
) -> None:
    bot = await TestBot(
        network_settings(tmp_path, own_languages=False), clock, interactive=True
    ).start()
    try:
        assert "Welcome" in await say(bot, clock, JOIN + "languages: de", "andi", "at-lounge")
        no = JOIN + "languages: de, fr; cross_border: no"
        assert "Welcome" in await say(bot, clock, no, "fabrice", "fr-salon")
        yes = JOIN + "languages: de; cross_border: yes"
        assert "Welcome" in await say(bot, clock, yes, "francoise", "fr-salon")

        ask = "!match assessment of apprentices; lang: de"
        out = await say(bot, clock, ask, "ana", "at-lounge")
        first = proposal_id(out, "andi")
        out = await say(bot, clock, f"!match decline {first}", "andi", "at-lounge", dm=True)
        second = proposal_id(out, "francoise")
        assert not dm_to(out, "fabrice")
        out = await say(bot, clock, f"!match decline {second}", "francoise", "fr-salon", dm=True)
        assert not dm_to(out, "fabrice")
        assert "I asked 2 mentors about your request #1" in out  # nobody else is left
        # AT's coordinators are told, not FR's.
        assert dm_to(out, "anna") and not dm_to(out, "claire")

        # An FR request is FR's: AT's statistics count AT's request and mentors only.
        await say(bot, clock, "!match help with apprentices; lang: fr", "zoe", "fr-salon")
        at = await say(bot, clock, "!match stats", "anna", "at-lounge", role="coordinator")
        fr = await say(bot, clock, "!match stats", "claire", "fr-salon", role="coordinator")
        assert "andi" in at and "francoise" not in at and "fabrice" not in at
        assert "francoise" in fr and "andi" not in fr
    finally:
        await bot.stop()
